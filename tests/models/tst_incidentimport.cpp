#include "fixedincident.h"
#include "report/incidentjson.h"

#include <QJsonArray>
#include <QJsonDocument>

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
        QTest::newRow("unknown kind") << variant([](QJsonObject &c) {
            QJsonArray entries = c.value(u"entries"_s).toArray();
            QJsonObject e = entries.at(0).toObject();
            e.insert(u"kind"_s, u"<script>"_s);
            entries.replace(0, e);
            c.insert(u"entries"_s, entries);
        }) << u"entries[0].kind has an unknown value"_s;
        QTest::newRow("bad time") << variant([](QJsonObject &c) {
            QJsonArray entries = c.value(u"entries"_s).toArray();
            QJsonObject e = entries.at(1).toObject();
            e.insert(u"occurred_at"_s, u"yesterday"_s);
            entries.replace(1, e);
            c.insert(u"entries"_s, entries);
        }) << u"entries[1].occurred_at must be an ISO 8601 time"_s;
        QTest::newRow("huge id") << variant([](QJsonObject &c) {
            QJsonArray entries = c.value(u"entries"_s).toArray();
            QJsonObject e = entries.at(0).toObject();
            e.insert(u"id"_s, 1e300);
            entries.replace(0, e);
            c.insert(u"entries"_s, entries);
        }) << u"entries[0].id must be a whole number"_s;
        QTest::newRow("rating of a missing entry") << variant([](QJsonObject &c) {
            QJsonObject review = c.value(u"review"_s).toObject();
            review.insert(u"assumptions"_s, QJsonArray{QJsonObject{{u"entry_id"_s, 999999},
                                                                   {u"known"_s, true},
                                                                   {u"important"_s, true}}});
            c.insert(u"review"_s, review);
        }) << u"rates entry 999999"_s;
        QTest::newRow("bad zone") << variant([](QJsonObject &c) {
            QJsonArray people = c.value(u"responders"_s).toArray();
            QJsonObject p = people.at(0).toObject();
            p.insert(u"timezone"_s, u"Mars/Olympus"_s);
            people.replace(0, p);
            c.insert(u"responders"_s, people);
        }) << u"is not a time zone"_s;
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
};

QTEST_GUILESS_MAIN(TestIncidentImport)
#include "tst_incidentimport.moc"
