#include "fixedincident.h"
#include "report/incidentjson.h"
#include "storage/importmarker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>

#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// Ids change on import; everything else must not.
QJsonValue withoutIds(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() == u"id"_s || it.key() == u"entry_id"_s || it.key() == u"exported_at"_s)
                continue;
            QJsonValue value = withoutIds(it.value());
            if (it.key() == u"subject"_s && value.toString().startsWith(u"workstream:"_s))
                value = u"workstream:*"_s;
            o.insert(it.key(), value);
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(withoutIds(x));
        return a;
    }
    return v;
}

QByteArray exportOf(TestBridge &t, qint64 id)
{
    return QJsonDocument(exportJson(*t.session->record(id), t.clock.now())).toJson();
}

// The marker another process's import would leave beside the database.
void writeMarker(const QString &databasePath, qint64 pid, qint64 heartbeatAgoMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFile f(ImportMarker::pathFor(databasePath));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{u"pid"_s, pid},
                                      {u"entries"_s, 1000000},
                                      {u"done"_s, 250000},
                                      {u"started_ms"_s, now - 60000},
                                      {u"heartbeat_ms"_s, now - heartbeatAgoMs}})
                .toJson());
}
} // namespace

class TestIncidentImport : public QObject
{
    Q_OBJECT
private slots:
    void exportImportExportIsIdenticalApartFromIds()
    {
        TestBridge source;
        const qint64 id = seedFixedIncident(source);
        QVERIFY(source.session->setStatus(id, Status::Closed, {}, IncidentSession::OpenWork::Keep));
        const QByteArray first = exportOf(source, id);

        TestBridge target(u"Reviewer"_s);
        auto imported = target.session->importIncident(first);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        const QByteArray second = exportOf(target, *imported);
        QCOMPARE(withoutIds(QJsonDocument::fromJson(second).object()),
                 withoutIds(QJsonDocument::fromJson(first).object()));
        // The review's assumption points at the imported copy of the entry.
        const auto review = target.session->review(*imported);
        QCOMPARE(target.session->entry(review->assumptions.first().entryId)->kind,
                 EntryKind::Assumption);
        // And it shows in a window's list at once.
        QVERIFY(target.session->incident(*imported));
    }

    void refusedImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        TestBridge t;
        const QByteArray good = exportOf(t, seedFixedIncident(t));
        QJsonObject o = QJsonDocument::fromJson(good).object();
        auto variant = [&](auto change) {
            QJsonObject copy = o;
            change(copy);
            return QJsonDocument(copy).toJson();
        };
        // The export with one field of one element of one list (entries, roles…) changed.
        const auto listField
            = [&](const QString &list, int n, const QString &key, const QJsonValue &value) {
                  return variant([&](QJsonObject &c) {
                      QJsonArray items = c.value(list).toArray();
                      QJsonObject item = items.at(n).toObject();
                      item.insert(key, value);
                      items.replace(n, item);
                      c.insert(list, items);
                  });
              };
        QTest::newRow("not json") << QByteArray("meeting notes") << u"not valid JSON"_s;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"truncated"_s;
        QTest::newRow("an array") << QByteArray("[1,2,3]") << u"not an incident export"_s;
        QTest::newRow("no version")
            << variant([](QJsonObject &c) { c.remove(u"format_version"_s); })
            << u"format_version"_s;
        QTest::newRow("newer version")
            << variant([](QJsonObject &c) { c.insert(u"format_version"_s, 99); }) << u"format 99"_s;
        QTest::newRow("title a number") << variant([](QJsonObject &c) { c.insert(u"title"_s, 42); })
                                        << u"title must be a string"_s;
        QTest::newRow("unknown kind") << listField(u"entries"_s, 0, u"kind"_s, u"<script>"_s)
                                      << u"entries[0].kind has an unknown value"_s;
        QTest::newRow("bad time") << listField(u"entries"_s, 1, u"occurred_at"_s, u"yesterday"_s)
                                  << u"entries[1].occurred_at must be an ISO 8601 time"_s;
        QTest::newRow("huge id") << listField(u"entries"_s, 0, u"id"_s, 1e300)
                                 << u"entries[0].id must be a whole number"_s;
        QTest::newRow("rating of a missing entry") << variant([](QJsonObject &c) {
            QJsonObject review = c.value(u"review"_s).toObject();
            review.insert(u"assumptions"_s, QJsonArray{QJsonObject{{u"entry_id"_s, 999999},
                                                                   {u"known"_s, true},
                                                                   {u"important"_s, true}}});
            c.insert(u"review"_s, review);
        }) << u"rates entry 999999"_s;
        QTest::newRow("bad zone") << listField(u"responders"_s, 0, u"timezone"_s, u"Mars/Olympus"_s)
                                  << u"is not a time zone"_s;
        const qint64 firstId = o.value(u"entries"_s).toArray().at(0)[u"id"_s].toInteger();
        QTest::newRow("duplicate entry id")
            << listField(u"entries"_s, 2, u"id"_s, firstId) << u"is used by an earlier entry too"_s;
        QTest::newRow("edits past int")
            << listField(u"entries"_s, 0, u"edits"_s, 3e9) << u"more edits"_s;
        QTest::newRow("blank role holder")
            << listField(u"roles"_s, 0, u"person"_s, u"   "_s) << u"roles[0].person is empty"_s;
        QTest::newRow("blank update author")
            << listField(u"updates"_s, 0, u"author"_s, u""_s) << u"updates[0].author is empty"_s;
        QByteArray nul = good;
        nul.replace("\"title\": \"", QByteArray("\"title\": \"\0", 12));
        QTest::newRow("raw NUL") << nul << u"raw control character (0x00)"_s;
        QByteArray lone = good;
        lone.replace("\"title\": \"", "\"title\": \"\\ud800 ");
        QTest::newRow("lone surrogate") << lone << u"half a surrogate pair (\\ud800)"_s;
        QByteArray lowFirst = good;
        lowFirst.replace("\"title\": \"", "\"title\": \"\\udc00\\ud800");
        QTest::newRow("low before high") << lowFirst << u"half a surrogate pair (\\udc00)"_s;
        QTest::newRow("almost version 1")
            << variant([](QJsonObject &c) { c.insert(u"format_version"_s, 1.0000000000000002); })
            << u"format 1.0000000000000002"_s;
    }
    void refusedImportsChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        TestBridge t;
        t.newIncident(u"Already here"_s);
        auto imported = t.session->importIncident(json);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::Invalid);
        QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(u"Nothing was imported"_s));
        QCOMPARE(t.session->incidents().size(), 1);
        auto other = IncidentSession::open(t.path(), Database::Location::Given);
        QCOMPARE(other.value()->incidents().size(), 1); // nothing half-written either
    }

    void aWriterHeldOffByAnImportSaysSoAtOnce()
    {

        SKIP_ON_TEAM_SERVER("the import marker is a file beside the database");
        TestBridge t;
        const qint64 id = t.newIncident();
        // Another process's import: its marker, and its transaction holding the write lock.
        writeMarker(t.path(), qint64(::getppid()), 0);
        {
            auto holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"importer"_s);
            holder.setDatabaseName(t.path());
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), qPrintable(q.lastError().text()));

            QElapsedTimer waited;
            waited.start();
            auto refused = t.session->log(id, {EntryKind::Action, {}, {}, u"Drain pool"_s, false});
            QVERIFY(!refused);
            // Told within a moment, not after the full 5 s busy timeout.
            QVERIFY2(waited.elapsed() < 2000, qPrintable(QString::number(waited.elapsed())));
            const QString message = refused.error().message;
            QVERIFY2(message.contains(u"an import of %1 entries"_s.arg(QLocale().toString(1000000)))
                         && message.contains(u"25% done"_s)
                         && message.contains(u"Nothing was written"_s),
                     qPrintable(message));
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(u"importer"_s);
        // Once it ends the same line goes in.
        QVERIFY(QFile::remove(ImportMarker::pathFor(t.path())));
        QVERIFY(t.session->log(id, {EntryKind::Action, {}, {}, u"Drain pool"_s, false}));
    }

    void aStaleImportMarkerIsIgnored()
    {

        SKIP_ON_TEAM_SERVER("the import marker is a file beside the database");
        TestBridge t;
        QVERIFY(!ImportMarker::running(t.path()));
        QProcess gone;
        gone.start(u"true"_s);
        QVERIFY(gone.waitForFinished());
        writeMarker(t.path(), gone.processId(), 0);
        QVERIFY2(!ImportMarker::running(t.path()), "a finished process holds nothing");
        writeMarker(t.path(), qint64(::getppid()), 10 * 60 * 1000);
        QVERIFY2(!ImportMarker::running(t.path()), "a heartbeat ten minutes old is stale");
        writeMarker(t.path(), qint64(::getppid()), 0);
        QVERIFY(ImportMarker::running(t.path()));
        QFile f(ImportMarker::pathFor(t.path()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{not json");
        f.close();
        QVERIFY(!ImportMarker::running(t.path()));
    }

    void anImportAnnouncesItselfAndCleansUp()
    {

        SKIP_ON_TEAM_SERVER("the import marker is a file beside the database");
        TestBridge source;
        const QByteArray json = exportOf(source, seedFixedIncident(source));
        TestBridge t;
        bool seenWhileImporting = false;
        // The marker is there while the rows go in (seen from the change the import makes).
        connect(t.session.get(), &IncidentSession::incidentAdded, this,
                [&] { seenWhileImporting = QFile::exists(ImportMarker::pathFor(t.path())); });
        QVERIFY(t.session->importIncident(json));
        QVERIFY(seenWhileImporting);
        QVERIFY(!QFile::exists(ImportMarker::pathFor(t.path())));
    }

    void aPairedSurrogateAndEscapedBackslashesStillImport()
    {
        TestBridge t;
        QByteArray json = exportOf(t, seedFixedIncident(t));
        json.replace("\"title\": \"", "\"title\": \"\\ud83d\\ude92 \\\\ud800 ");
        auto imported = t.session->importIncident(json);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QVERIFY(t.session->incident(*imported)->title.startsWith(u"\U0001F692 \\ud800 "_s));
    }

    void anImportNeverChangesAZoneAlreadySet()
    {
        TestBridge t;
        QJsonObject o = QJsonDocument::fromJson(exportOf(t, seedFixedIncident(t))).object();
        QJsonArray people = o.value(u"responders"_s).toArray();
        QJsonObject p = people.at(0).toObject();
        const QString someone = p.value(u"name"_s).toString();
        p.insert(u"timezone"_s, u"Europe/Lisbon"_s);
        people.replace(0, p);
        o.insert(u"responders"_s, people);
        // Here, that person already works from Tokyo.
        QVERIFY(t.session->join(t.newIncident(u"Here"_s), someone, {}, {}, u"Asia/Tokyo"_s));
        QVERIFY(t.session->importIncident(QJsonDocument(o).toJson()));
        QSqlQuery q(t.session->database().connection());
        QVERIFY(q.prepare(u"SELECT timezone FROM person WHERE name = ?"_s));
        q.addBindValue(someone);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"Asia/Tokyo"_s);
    }
};

QTEST_GUILESS_MAIN(TestIncidentImport)
#include "tst_incidentimport.moc"
