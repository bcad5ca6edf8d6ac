#include "domain/timeparse.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestIncidentSession : public QObject
{
    Q_OBJECT
private slots:
    void createIncidentWritesOpeningEntry()
    {
        TestBridge t;
        QSignalSpy added(t.session.get(), &IncidentSession::incidentAdded);
        QSignalSpy entries(t.session.get(), &IncidentSession::entryAdded);
        const qint64 id = t.newIncident();
        QCOMPARE(added.count(), 1);
        QCOMPARE(entries.count(), 1);
        const auto list = t.session->entries(id);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().kind, EntryKind::StatusChange);
        QCOMPARE(t.session->incident(id)->status, Status::Investigating);
    }

    void emptyTitleIsRefused()
    {
        TestBridge t;
        auto created = t.session->createIncident({u"   "_s, Severity::Sev1, {}});
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QVERIFY(t.session->incidents().isEmpty());
    }

    void logStoresBothTimesAndPeople()
    {
        TestBridge t(u"Dana"_s);
        const qint64 id = t.newIncident();
        const QDateTime happened = t.clock.now().addSecs(-120);
        t.clock.advance(30);
        QSignalSpy spy(t.session.get(), &IncidentSession::entryAdded);
        const Entry e
            = t.log(id, u"Rolled back cart-service"_s, EntryKind::Action, u"Maya"_s, happened);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(e.actor, u"Maya"_s);
        QCOMPARE(e.scribe, u"Dana"_s);
        QCOMPARE(e.occurredAt, happened);
        QCOMPARE(e.loggedAt, t.clock.now());
        QCOMPARE(e.text, u"Rolled back cart-service"_s);
        // Millisecond precision survives the round trip.
        const QDateTime precise = happened.addMSecs(123);
        const Entry p = t.log(id, u"precise"_s, EntryKind::Note, {}, precise);
        QCOMPARE(t.session->entry(p.id)->occurredAt.toMSecsSinceEpoch(),
                 precise.toMSecsSinceEpoch());
        QCOMPARE(p.actor, u"Dana"_s); // defaults to the scribe
    }

    void badEntriesAreRefused()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        auto empty = t.session->log(id, {EntryKind::Note, {}, {}, u"  \n "_s, false});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
        auto system = t.session->log(id, {EntryKind::StatusChange, {}, {}, u"x"_s, false});
        QVERIFY(!system);
        auto nowhere = t.session->log(999, {EntryKind::Note, {}, {}, u"x"_s, false});
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, Error::Code::NotFound);
        QCOMPARE(t.session->entries(id)->size(), 1);
    }

    void editKeepsEarlierRevision()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"Restarted pods in eu-centrl"_s);
        QSignalSpy changed(t.session.get(), &IncidentSession::entryChanged);
        auto edited = t.session->edit(e.id, {EntryKind::Action, u"Luis"_s, e.occurredAt,
                                             u"Restarted pods in eu-central-1"_s, false});
        QVERIFY(edited);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(edited->text, u"Restarted pods in eu-central-1"_s);
        QCOMPARE(edited->actor, u"Luis"_s);
        QCOMPARE(edited->edits, 1);
        const auto history = t.session->revisions(e.id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().change, u"edit"_s);
        QCOMPARE(history->first().text, u"Restarted pods in eu-centrl"_s);
        QCOMPARE(history->first().actor, e.actor);
        // Editing to nothing is refused and changes nothing.
        QVERIFY(!t.session->edit(e.id, {EntryKind::Action, {}, {}, u""_s, false}));
        QCOMPARE(t.session->entry(e.id)->text, u"Restarted pods in eu-central-1"_s);
    }

    void retractNeedsReasonAndKeepsTheEntry()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"Wrong region"_s);
        QVERIFY(!t.session->retract(e.id, u"  "_s));
        auto r = t.session->retract(e.id, u"Logged against the wrong region"_s);
        QVERIFY(r);
        QVERIFY(r->isRetracted());
        QCOMPARE(r->retractReason, u"Logged against the wrong region"_s);
        QCOMPARE(r->retractedBy, u"Dana"_s);
        QCOMPARE(r->text, u"Wrong region"_s);
        QVERIFY(!t.session->retract(e.id, u"again"_s));
        TimelineFilter hide;
        hide.includeRetracted = false;
        QCOMPARE(t.session->entries(id, hide)->size(), 1); // only the opening entry
        QCOMPARE(t.session->entries(id)->size(), 2);
    }

    void systemEntriesCannotBeEditedOrRetracted()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry opening = t.session->entries(id)->first();
        QVERIFY(!t.session->edit(opening.id, {EntryKind::Note, {}, {}, u"x"_s, false}));
        QVERIFY(!t.session->retract(opening.id, u"x"_s));
        QVERIFY(t.session->setPinned(opening.id, true));
    }

    void pinAndUnpin()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"Error rate back at baseline"_s);
        QVERIFY(t.session->setPinned(e.id, true)->pinned);
        QVERIFY(!t.session->setPinned(e.id, false)->pinned);
        const auto history = t.session->revisions(e.id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).change, u"pin"_s);
        QCOMPARE(history->at(1).change, u"unpin"_s);
    }

    void undoAndRedoNeverEraseHistory()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"Draining replica-2"_s);
        QUndoStack *stack = t.session->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo(); // undoing a log retracts it
        auto after = t.session->entry(e.id);
        QVERIFY(after->isRetracted());
        QVERIFY(after->retractReason.contains(u"Undone"_s));
        stack->redo();
        QVERIFY(!t.session->entry(e.id)->isRetracted());

        QVERIFY(t.session->edit(e.id, {EntryKind::Action, {}, {}, u"Drained replica-2"_s, false}));
        stack->undo();
        QCOMPARE(t.session->entry(e.id)->text, u"Draining replica-2"_s);
        stack->redo();
        QCOMPARE(t.session->entry(e.id)->text, u"Drained replica-2"_s);

        QVERIFY(t.session->retract(e.id, u"duplicate"_s));
        stack->undo();
        QVERIFY(!t.session->entry(e.id)->isRetracted());
        // Every step above is in the history: retract, restore, edit, edit, edit, retract, restore.
        QCOMPARE(t.session->revisions(e.id)->size(), 7);
    }

    void statusMilestonesKeepTheFirstTime()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QDateTime first = t.clock.now().addSecs(600);
        QVERIFY(t.session->setStatus(id, Status::Mitigated, first));
        QVERIFY(t.session->setStatus(id, Status::Investigating, first.addSecs(60)));
        auto again = t.session->setStatus(id, Status::Mitigated, first.addSecs(120));
        QVERIFY(again);
        QCOMPARE(again->milestone(Status::Mitigated), first);
        QVERIFY(!again->milestone(Status::Resolved).isValid());
        const auto list = t.session->entries(id);
        QCOMPARE(list->size(), 4);
        QVERIFY(list->last().text.contains(u"Mitigated"_s));
        // Setting the same status again writes nothing.
        QVERIFY(t.session->setStatus(id, Status::Mitigated));
        QCOMPARE(t.session->entries(id)->size(), 4);
    }

    void severityChangeIsOnTheTimeline()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QSignalSpy changed(t.session.get(), &IncidentSession::incidentChanged);
        auto raised = t.session->setSeverity(id, Severity::Sev1);
        QVERIFY(raised);
        QCOMPARE(raised->severity, Severity::Sev1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(t.session->entries(id)->last().text.contains(u"SEV2 → SEV1"_s));
    }

    void seesWhatAnotherConnectionWrote()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry own = t.log(id, u"own entry"_s);
        auto other = IncidentSession::open(t.path(), Database::Location::Given, nullptr, u"cli"_s);
        QVERIFY(other);
        QSignalSpy added(t.session.get(), &IncidentSession::entryAdded);
        QSignalSpy changed(t.session.get(), &IncidentSession::entryChanged);
        QSignalSpy incidents(t.session.get(), &IncidentSession::incidentChanged);
        QSignalSpy newIncidents(t.session.get(), &IncidentSession::incidentAdded);
        auto theirs = other.value()->log(
            id, {EntryKind::Observation, u"deploy-bot"_s, {}, u"deploy started"_s, false});
        QVERIFY(theirs);
        QVERIFY(other.value()->setPinned(own.id, true));
        QVERIFY(other.value()->setStatus(id, Status::Identified));
        QVERIFY(other.value()->createIncident({u"Second"_s, Severity::Sev4, {}}));

        t.session->pollExternalChanges();
        QList<qint64> addedIds;
        for (const auto &args : added)
            addedIds << args.at(0).value<Entry>().id;
        QVERIFY(addedIds.contains(theirs->id));
        QVERIFY(!addedIds.contains(own.id)); // never announced twice
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(0).value<Entry>().pinned);
        QCOMPARE(incidents.count(), 1);
        QCOMPARE(newIncidents.count(), 1);
        QCOMPARE(t.session->incident(id)->status, Status::Identified);

        added.clear();
        t.session->pollExternalChanges(); // nothing new: nothing announced
        QCOMPARE(added.count(), 0);
    }

    // Another responder opened an incident a moment ago and this session has not heard of it
    // through the feed yet: logging to it, joining it and changing its status work all the
    // same, and it is announced as new exactly once.
    void actsOnAnIncidentItHasNotHeardOfYet()
    {
        TestBridge t;
        auto other = IncidentSession::open(t.path(), Database::Location::Given, &t.clock, u"Sam"_s);
        QVERIFY(other);
        const qint64 id
            = must((*other)->createIncident({u"Opened elsewhere"_s, Severity::Sev2, {}})).id;
        QVERIFY(!t.session->incident(id)); // no poll yet: unheard of
        QSignalSpy newIncidents(t.session.get(), &IncidentSession::incidentAdded);
        const auto logged
            = t.session->log(id, {EntryKind::Action, {}, {}, u"rolled back 4.2"_s, false});
        QVERIFY2(logged, logged ? "" : qPrintable(logged.error().message));
        const auto joined = t.session->join(id, u"Priya"_s);
        QVERIFY2(joined, joined ? "" : qPrintable(joined.error().message));
        const auto identified = t.session->setStatus(id, Status::Identified);
        QVERIFY2(identified, identified ? "" : qPrintable(identified.error().message));
        QCOMPARE(newIncidents.count(), 1);
        QCOMPARE(t.session->incident(id)->status, Status::Identified);
        t.session->pollExternalChanges();
        QCOMPARE(newIncidents.count(), 1);
        QCOMPARE(t.session->entries(id)->size(), (*other)->entries(id)->size());
        // An incident no one opened is still refused, saying so.
        const auto none = t.session->log(id + 1000, {EntryKind::Action, {}, {}, u"x"_s, false});
        QVERIFY(!none);
        QCOMPARE(none.error().message, u"There is no incident %1."_s.arg(id + 1000));
    }

    // Lines by people already on the record take the team engine's one-statement road;
    // whichever road a line takes, it keeps the same rules: the actor is on the bridge from
    // the line on (moved earlier by a backfilled line), the entry reads back as written,
    // and it is announced once, here and in another session.
    void everyLineKeepsTheBridgesRulesWhicheverRoadItTakes()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        auto other = IncidentSession::open(t.path(), Database::Location::Given, &t.clock, u"Sam"_s);
        QVERIFY(other);
        (void)(*other)->entries(id);
        QSignalSpy here(t.session.get(), &IncidentSession::entryAdded);
        QSignalSpy there(other->get(), &IncidentSession::entryAdded);
        const QDateTime first = t.clock.now();
        QList<Entry> logged;
        for (int n = 0; n < 3; ++n) {
            t.clock.advance(60);
            logged << must(t.session->log(
                id, {EntryKind::Action, u"Priya"_s, {}, u"line %1"_s.arg(n), n == 1}));
        }
        // Backfilled before Priya's first line: she was on the bridge by then.
        const QDateTime earlier = first.addSecs(-300);
        logged << must(t.session->log(
            id, {EntryKind::Observation, u"Priya"_s, earlier, u"saw it first"_s, false}));
        QCOMPARE(here.count(), 4);
        for (const Entry &e : std::as_const(logged)) {
            const Entry stored = must(t.session->entry(e.id));
            QCOMPARE(stored.actor, u"Priya"_s);
            QCOMPARE(stored.scribe, t.session->scribe());
            QCOMPARE(stored.text, e.text);
            QCOMPARE(stored.pinned, e.pinned);
            QCOMPARE(stored.occurredAt, e.occurredAt);
            QCOMPARE(stored.writtenBy, e.writtenBy);
        }
        QCOMPARE(logged.at(3).occurredAt, earlier);
        const auto people = must(t.session->responders(id));
        const auto priya = std::find_if(people.cbegin(), people.cend(),
                                        [](const auto &p) { return p.name == u"Priya"_s; });
        QVERIFY(priya != people.cend());
        QCOMPARE(priya->joinedAt, earlier);
        // Announced once each: not again by this session's own feed, once in the other.
        t.session->pollExternalChanges();
        QCOMPARE(here.count(), 4);
        for (int tries = 0; tries < 50 && there.count() < 4; ++tries) {
            (*other)->pollExternalChanges();
            if (there.count() < 4)
                there.wait(20);
        }
        QCOMPARE(there.count(), 4);
    }

    // A word that punctuation splits ("split-brain") is searched as its parts in a row, the
    // last a prefix, whatever stands between them in the text and whatever its case: the
    // same on a file (FTS5) and a team server (GIN, then a pattern on the rows it found).
    // Each of the three roads a search takes answers the same: the ids, the entries and the
    // check made on a line as it arrives.
    void aSplitWordIsSearchedAsItsPartsInARow()
    {
        struct Case
        {
            const char16_t *text;
            const char16_t *query;
            bool found;
        };
        const Case cases[] = {
            {u"Split-brain on the resolver", u"split-brain", true},
            {u"split brain after the failover", u"split-brain", true},
            {u"split_brain seen twice", u"split-bra", true},
            {u"SPLIT—BRAIN (em dash)", u"split-brain", true},
            {u"split -- / brain", u"split-brain", true},
            {u"Straße-Ärger in eu", u"straße-ärg", true},
            {u"eu-west-12 returned 5xx", u"eu-west-1 5xx", true},
            {u"split-brain in the resolver", u"split-brain resolver", true},
            {u"split the brain", u"split-brain", false},
            {u"brain-split", u"split-brain", false},
            // Each part is there as a word, but not in a row: the index alone would say yes.
            {u"resplit-brain, then a split", u"split-brain", false},
            {u"splits-brain after a split", u"split-brain", false},
            {u"the brain split", u"split-brain", false},
            {u"eu-west-12 returned 4xx", u"eu-west-1 5xx", false},
            {u"split-brain only", u"split-brain resolver", false},
        };
        TestBridge t;
        for (const Case &c : cases) {
            const QString text = QString::fromUtf16(c.text);
            const QString query = QString::fromUtf16(c.query);
            const qint64 id = t.newIncident();
            const Entry e = t.log(id, text);
            t.log(id, u"unrelated words"_s);
            const QString what = u"%1 in \"%2\""_s.arg(query, text);
            QVERIFY2(must(t.session->textMatches(id, query)).size() == (c.found ? 1 : 0),
                     qPrintable(what));
            TimelineFilter f;
            f.text = query;
            QVERIFY2(must(t.session->entries(id, f)).size() == (c.found ? 1 : 0), qPrintable(what));
            QVERIFY2(t.session->matches(e, f) == c.found, qPrintable(what));
        }
    }

    void hostileTextRoundTripsExactly()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QString hostile
            = u"<script>alert('x')</script> \"quotes\" & *md* # ‮rtl‬ 🔥 é"_s;
        const Entry e = t.log(id, hostile);
        QCOMPARE(t.session->entry(e.id)->text, hostile);
        TimelineFilter f;
        f.text = u"script"_s;
        QCOMPARE(t.session->entries(id, f)->size(), 1);
        f.text = u"\"unbalanced AND OR NEAR("_s; // FTS syntax in user text must not break search
        QVERIFY(t.session->entries(id, f));
    }
};

QTEST_GUILESS_MAIN(TestIncidentSession)
#include "tst_incidentsession.moc"
