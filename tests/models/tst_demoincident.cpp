#include "session/demoincident.h"
#include "session/incidentsession.h"
#include "storage/backup.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestDemoIncident : public QObject
{
    Q_OBJECT
private slots:
    void demoIsRealistic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        auto id = seedDemoIncidents(path, now);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto session = IncidentSession::open(path, Database::Location::Given);
        QVERIFY(session);
        QCOMPARE(session.value()->incidents().size(), 4);
        // The one shown first is still open; the night incident is the first seeded.
        QVERIFY(session.value()->incident(*id)->isOpen());
        const qint64 night = session.value()->incidents().first().id;
        const auto entries = session.value()->entries(night);
        QVERIFY(entries);
        QSet<EntryKind> kinds;
        QSet<QString> actors;
        QSet<QDate> days;
        int pinned = 0, retracted = 0, edited = 0;
        for (const Entry &e : *entries) {
            kinds.insert(e.kind);
            actors.insert(e.actor);
            days.insert(e.occurredAt.toLocalTime().date());
            pinned += e.pinned;
            retracted += e.isRetracted();
            edited += e.edits > 0;
            QVERIFY(e.loggedAt >= e.occurredAt);
        }
        for (EntryKind k : humanKinds())
            QVERIFY2(kinds.contains(k), qPrintable(kindKey(k)));
        QVERIFY(kinds.contains(EntryKind::StatusChange));
        QVERIFY(actors.size() >= 4);
        QVERIFY(days.size() >= 2); // it crosses midnight (and was closed days later)
        QVERIFY(pinned >= 3);
        QCOMPARE(retracted, 1);
        QCOMPARE(edited, 1);
        const Incident main = *session.value()->incident(night);
        QCOMPARE(main.severity, Severity::Sev1);
        QVERIFY(main.startedAt.secsTo(main.milestone(Status::Resolved)) > 3 * 3600);
    }

    void nothingIsDatedAfterNow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        QVERIFY(seedDemoIncidents(path, now));
        auto session = IncidentSession::open(path, Database::Location::Given);
        QVERIFY(session);
        for (const Incident &i : session.value()->incidents()) {
            for (const Entry &e : *session.value()->entries(i.id))
                QVERIFY2(e.occurredAt <= now, qPrintable(e.text));
        }
        // The night incident's close took a backup; it is stamped when it happened.
        const QList<BackupInfo> backups = listBackups(defaultBackupFolder(path));
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().takenAt <= now);
    }

    void liveBoardNeedsTheCommander()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto id = seedDemoIncidents(path, now);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto session = IncidentSession::open(path, Database::Location::Given);
        QVERIFY(session);
        const auto streams = session.value()->workstreams(*id);
        int overdue = 0, blocked = 0;
        for (const Workstream &w : *streams) {
            QVERIFY(!w.owner.isEmpty());
            overdue += w.isCheckInOverdue(now);
            blocked += w.state == WorkstreamState::Blocked;
        }
        QVERIFY(overdue >= 1);
        QCOMPARE(blocked, 1);
        int pending = 0;
        const auto handoffs = session.value()->handoffs(*id);
        for (const Handoff &h : *handoffs)
            pending += h.isWaiting();
        QCOMPARE(pending, 2);
        QStringList warnings;
        const auto responders = session.value()->responders(*id);
        for (const ResponderFigures &f : *responders)
            warnings << f.warnings;
        QVERIFY(warnings.contains(u"long_shift"_s));
        QVERIFY(warnings.contains(u"paged_while_sleeping"_s));
        QVERIFY(warnings.contains(u"many_incidents"_s));
        // The commander's handoff to Priya waits for her: Tomás keeps the role until then.
        QCOMPARE(session.value()->currentHolder(*id, Role::Commander), u"Tom\u00e1s Silva"_s);
    }
};

QTEST_GUILESS_MAIN(TestDemoIncident)
#include "tst_demoincident.moc"
