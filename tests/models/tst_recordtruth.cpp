// The record stays true: the right person is credited, closed means closed, a handoff is
// complete only when accepted, and undo never claims a step that did not happen.
#include "testsupport.h"

#include "report/incidentjson.h"
#include "report/markdownwriter.h"
#include "report/postmortemdocument.h"
#include "session/identity.h"
#include "workstreammodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QUndoStack>

#include <sqlite3.h>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// A fresh reader of the file: what every other process, and the postmortem, sees.
QString actorInFile(const QString &path, qint64 entryId)
{
    auto other = IncidentSession::open(path, Database::Location::Given, nullptr, u"Reader"_s);
    if (!other)
        return other.error().message;
    return other.value()->entry(entryId)->actor;
}
} // namespace

class TestRecordTruth : public QObject
{
    Q_OBJECT
private slots:
    void refusedImportNeverCreditsSomeoneElse()
    {
        TestBridge source;
        const qint64 sid = source.newIncident();
        source.log(sid, u"Rolled back"_s, EntryKind::Action, u"Jonas Weber"_s);
        source.log(sid, u"Errors down"_s, EntryKind::Observation, u"Aisha Khan"_s);
        QJsonObject exported = exportJson(*source.session->record(sid), source.clock.now());
        // A handoff naming a workstream the file lacks: refused after the people were added.
        QJsonArray handoffs = exported.value(u"handoffs"_s).toArray();
        handoffs.append(QJsonObject{{u"id"_s, 1},
                                    {u"subject"_s, u"workstream:99"_s},
                                    {u"from"_s, QJsonValue::Null},
                                    {u"to"_s, u"Jonas Weber"_s},
                                    {u"at"_s, u"2026-03-28T21:05:00.000Z"_s},
                                    {u"acknowledged_at"_s, QJsonValue::Null}});
        exported.insert(u"handoffs"_s, handoffs);

        TestBridge t;
        const qint64 id = t.newIncident();
        const auto refused = t.session->importIncident(QJsonDocument(exported).toJson());
        QVERIFY(!refused);
        // Another process adds people; they get the rowids the rollback freed.
        {
            auto other = IncidentSession::open(t.path(), Database::Location::Given, nullptr,
                                               u"Other Person 1"_s);
            QVERIFY(other);
            for (int n = 2; n <= 4; ++n)
                QVERIFY(other.value()->join(id, u"Other Person %1"_s.arg(n)));
        }
        const Entry jonas = t.log(id, u"Paged the DBA"_s, EntryKind::Action, u"Jonas Weber"_s);
        const Entry aisha = t.log(id, u"Lag gone"_s, EntryKind::Observation, u"Aisha Khan"_s);
        QCOMPARE(actorInFile(t.path(), jonas.id), u"Jonas Weber"_s);
        QCOMPARE(actorInFile(t.path(), aisha.id), u"Aisha Khan"_s);
    }

    void restoreForgetsPeopleTheBackupLacks()
    {

        SKIP_ON_TEAM_SERVER("a server's backups are its administrator's");
        TestBridge t;
        const qint64 id = t.newIncident();
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        t.log(id, u"Before the restore"_s, EntryKind::Action, u"Priya Nair"_s);
        QVERIFY(t.session->restoreBackup(*copy));
        // Priya is not in the backup: logging as her creates her again, it does not fail.
        auto after
            = t.session->log(id, {EntryKind::Action, u"Priya Nair"_s, {}, u"Again"_s, false});
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QCOMPARE(actorInFile(t.path(), after->id), u"Priya Nair"_s);
    }

    void namesMatchWhateverTheCaseAndAccents()
    {
        TestBridge t(u"Dana Whitfield"_s);
        const qint64 id = t.newIncident();
        t.log(id, u"Checked the LB"_s, EntryKind::Action, u"Tomás Silva"_s);
        t.log(id, u"Paged"_s, EntryKind::Action, u"Sam Okafor"_s);
        QCOMPARE(t.session->matchPerson(id, u"tomas"_s).kind, NameMatch::Kind::Prefix);
        QCOMPARE(t.session->matchPerson(id, u"tomas"_s).name, u"Tomás Silva"_s);
        QCOMPARE(t.session->matchPerson(id, u"TOMAS  SILVA"_s).kind, NameMatch::Kind::Exact);
        QCOMPARE(t.session->matchPerson(id, u"Sam"_s).name, u"Sam Okafor"_s);
        QCOMPARE(t.session->matchPerson(id, u"okafor"_s).name, u"Sam Okafor"_s);
        t.log(id, u"Joined"_s, EntryKind::Note, u"Sam Lee"_s);
        const NameMatch two = t.session->matchPerson(id, u"sam"_s);
        QCOMPARE(two.kind, NameMatch::Kind::Ambiguous);
        QCOMPARE(two.candidates.size(), 2);
        QCOMPARE(t.session->matchPerson(id, u"Zed"_s).kind, NameMatch::Kind::New);
        // One person, however it is typed.
        const Entry e = t.log(id, u"Again"_s, EntryKind::Action, u"tomas silva"_s);
        QCOMPARE(e.actor, u"Tomás Silva"_s);
        QCOMPARE(t.session->people(id).count(u"Tomás Silva"_s), 1);
        QVERIFY(!t.session->people(id).contains(u"tomas silva"_s));
    }

    void identityComesFromAsThenEnvironmentThenSettings()
    {
        QSettings().clear();
        qunsetenv("INCIDENT_BRIDGE_USER");
        QCOMPARE(resolveIdentityName({}), accountFullName());
        QVERIFY(!resolveIdentityName({}).isEmpty());
        QVERIFY(resolveIdentityName({}) != u"scribe"_s);
        saveIdentity({u"Dana Whitfield"_s, u"Europe/Berlin"_s});
        QVERIFY(hasSavedIdentity());
        QCOMPARE(resolveIdentityName({}), u"Dana Whitfield"_s);
        qputenv("INCIDENT_BRIDGE_USER", "Sam Okafor");
        QCOMPARE(resolveIdentityName({}), u"Sam Okafor"_s);
        QCOMPARE(resolveIdentityName(u"  Priya   Nair "_s), u"Priya Nair"_s);
        qunsetenv("INCIDENT_BRIDGE_USER");
        QSettings().clear();
    }

    void acknowledgementSaysWhoPressedIt()
    {
        TestBridge t(u"Dana Whitfield"_s);
        const qint64 id = t.newIncident();
        QVERIFY(t.session->assignRole(id, Role::Commander, u"Dana Whitfield"_s));
        auto offer = t.session->assignRole(id, Role::Commander, u"Priya Nair"_s);
        QVERIFY(offer && offer->has_value());
        QCOMPARE(t.session->currentHolder(id, Role::Commander), u"Dana Whitfield"_s);
        t.clock.advance(360);
        auto acked = t.session->acknowledgeHandoff((*offer)->id);
        QVERIFY(acked);
        QCOMPARE(acked->acknowledgedBy, u"Dana Whitfield"_s);
        QCOMPARE(t.session->currentHolder(id, Role::Commander), u"Priya Nair"_s);
        QVERIFY(t.session->entries(id)->last().text.contains(
            u"acknowledged for Priya Nair by Dana Whitfield"_s));
        // The report's roles start at the acknowledgement.
        const auto record = t.session->record(id);
        const QString md
            = postmortemMarkdown(buildPostmortem(*record, QTimeZone("UTC"), t.clock.now()));
        QVERIFY(md.contains(u"by Dana Whitfield for them"_s));
        QCOMPARE(record->roles.last().from, t.clock.now());
    }

    void closingWithOpenWorkAsksFirst()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->createWorkstream(
            id, {u"Drain replica-2"_s, u"Maya"_s, WorkstreamState::Open, {}, {}, {}, 0}));
        auto w2 = t.session->createWorkstream(
            id, {u"Fail back"_s, u"Luis"_s, WorkstreamState::Open, {}, {}, {}, 0});
        QVERIFY(t.session->handOff(id, {std::nullopt, w2->id}, u"Aisha"_s, {}));
        const qsizetype lines = t.session->entries(id)->size();
        auto refused = t.session->setStatus(id, Status::Closed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Decision);
        QVERIFY(refused.error().message.contains(u"2 open workstreams"_s));
        QVERIFY(refused.error().message.contains(u"1 handoff waiting"_s));
        QCOMPARE(t.session->incident(id)->status, Status::Investigating);
        QCOMPARE(t.session->entries(id)->size(), lines); // nothing written

        auto closed
            = t.session->setStatus(id, Status::Closed, {}, IncidentSession::OpenWork::Close);
        QVERIFY(closed);
        QCOMPARE(closed->status, Status::Closed);
        for (const Workstream &w : *t.session->workstreams(id))
            QCOMPARE(w.state, WorkstreamState::Done);
        QVERIFY(t.session->handoffs(id)->first().isWithdrawn());
        QVERIFY(t.session->entries(id)->last().text.contains(u"marked done"_s));
        QVERIFY(t.session->openWork(id)->isEmpty());

        TestBridge k;
        const qint64 kid = k.newIncident();
        QVERIFY(k.session->createWorkstream(
            kid, {u"Watch the queue"_s, u"Maya"_s, WorkstreamState::Open, {}, {}, {}, 0}));
        QVERIFY(k.session->setStatus(kid, Status::Closed, {}, IncidentSession::OpenWork::Keep));
        QCOMPARE(k.session->workstreams(kid)->first().state, WorkstreamState::Open);
        QVERIFY(k.session->entries(kid)->last().text.contains(u"kept open as they stand"_s));
    }

    void closedIsClosed()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->join(id, u"Maya"_s));
        WorkstreamDraft d{u"Drain replica-2"_s, u"Maya"_s, WorkstreamState::Open, {}, {}, {}, 0};
        d.checkInAt = t.clock.now().addSecs(600);
        QVERIFY(t.session->createWorkstream(id, d));
        auto h = t.session->handOff(id, {Role::Comms, 0}, u"Ana"_s, {});
        QVERIFY(h);
        t.clock.advance(3600);
        QVERIFY(t.session->setStatus(id, Status::Resolved));
        const qint64 onBridge = t.session->responders(id)->first().onBridgeSeconds;
        t.clock.advance(5 * 3600);
        // Resolved: figures stand still at the resolution.
        QCOMPARE(t.session->responders(id)->first().onBridgeSeconds, onBridge);
        QVERIFY(t.session->setStatus(id, Status::Closed, {}, IncidentSession::OpenWork::Keep));
        WorkstreamModel model(t.session.get());
        QAbstractItemModelTester tester(&model);
        model.setIncident(id);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, 0).data(WorkstreamModel::OverdueRole).toBool());
        QVERIFY(!model.index(0, WorkstreamModel::CheckInColumn)
                     .data()
                     .toString()
                     .contains(u"OVERDUE"_s));

        // Two exports of the closed incident, days apart, differ only in exported_at.
        const auto first = exportJson(*t.session->record(id), t.clock.now());
        const QString firstMd = postmortemMarkdown(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()));
        t.clock.advance(3 * 24 * 3600 + 137);
        auto second = exportJson(*t.session->record(id), t.clock.now());
        const QString secondMd = postmortemMarkdown(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()));
        QVERIFY(first.value(u"exported_at"_s) != second.value(u"exported_at"_s));
        second.insert(u"exported_at"_s, first.value(u"exported_at"_s));
        QCOMPARE(QJsonDocument(second).toJson(), QJsonDocument(first).toJson());
        QCOMPARE(secondMd, firstMd);
    }

    void eachPersonsPartIsWhole()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        t.log(id, u"Declared the incident"_s, EntryKind::Decision, u"Doc Brown"_s);
        t.log(id, u"Customers in EU only"_s, EntryKind::Note, u"Doc Brown"_s);
        const QString md = postmortemMarkdown(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()));
        const QString part = md.section(u"### Doc Brown"_s, 1).section(u"## "_s, 0, 0);
        QVERIFY2(part.contains(u"Decisions, "_s) && part.contains(u"Declared the incident"_s),
                 qPrintable(part));
        QVERIFY(part.contains(u"Notes, "_s) && part.contains(u"Customers in EU only"_s));
    }

    void aFailedUndoClaimsNothing()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"Restarted the pods"_s);
        QUndoStack *stack = t.session->undoStack();
        QCOMPARE(stack->count(), 1);
        // Another process retracts the line first: undoing the log (a retraction) now fails.
        {
            auto other = must(
                IncidentSession::open(t.path(), Database::Location::Given, &t.clock, u"Sam"_s));
            must(other->retract(e.id, u"dup"_s));
        }
        QSignalSpy failed(t.session.get(), &IncidentSession::operationFailed);
        stack->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"Could not undo"_s));
        // The step is gone: the menu offers neither an undo nor a redo of it.
        QCOMPARE(stack->count(), 0);
        QVERIFY(!stack->canRedo());
        QCOMPARE(t.session->entry(e.id)->retractReason, u"dup"_s);
    }

    void noPlaceholderBecomesAPerson()
    {
        qunsetenv("INCIDENT_BRIDGE_USER");
        QSettings().clear();
        TestBridge t{QString()};
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"Looked at the graphs"_s);
        QCOMPARE(e.scribe, accountFullName());
        QVERIFY(e.scribe != u"scribe"_s);
        const QByteArray import
            = QJsonDocument(exportJson(*t.session->record(id), t.clock.now())).toJson();
        QVERIFY(t.session->importIncident(import));
        QVERIFY(t.session->matchPerson(0, u"import"_s).kind != NameMatch::Kind::Exact);
    }
};

QTEST_GUILESS_MAIN(TestRecordTruth)
#include "tst_recordtruth.moc"
