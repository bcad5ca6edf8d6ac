#include "testsupport.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QUndoStack>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// 300 lines a second apart: "replica lag N", every tenth "paged the DBA N" instead, on a
// model that splits a search as one of 5,000 matches is split on a big incident.
struct ReplicaLag
{
    TestBridge t;
    qint64 id = t.newIncident();
    QDateTime start = t.clock.now();
    TimelineModel model{t.session.get()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy completed{&model, &TimelineModel::searchCompleted};

    ReplicaLag()
    {
        for (int i = 0; i < 300; ++i)
            t.log(id, i % 10 == 0 ? u"paged the DBA %1"_s.arg(i) : u"replica lag %1"_s.arg(i),
                  EntryKind::Action, {}, start.addSecs(i + 1));
        model.setSearchSplit(100);
        model.setIncident(id);
    }
    TimelineFilter searchReplica()
    {
        TimelineFilter f;
        f.text = u"replica"_s;
        model.setFilter(f);
        return f;
    }
};
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void showsEntriesInOccurredOrder()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        QCOMPARE(model.rowCount(), 1);
        const QDateTime start = t.clock.now();
        t.log(id, u"third"_s, EntryKind::Action, {}, start.addSecs(300));
        t.log(id, u"first"_s, EntryKind::Action, {}, start.addSecs(100));
        t.log(id, u"second"_s, EntryKind::Action, {}, start.addSecs(200)); // backfilled
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.entryAt(1).text, u"first"_s);
        QCOMPARE(model.entryAt(2).text, u"second"_s);
        QCOMPARE(model.entryAt(3).text, u"third"_s);
        QCOMPARE(model.index(2, TimelineModel::TextColumn).data().toString(), u"second"_s);
        QCOMPARE(model.index(2, 0).data(TimelineModel::SortKeyRole),
                 QVariant(start.addSecs(200).toMSecsSinceEpoch()));
    }

    void ignoresOtherIncidents()
    {
        TestBridge t;
        const qint64 a = t.newIncident(u"A"_s);
        const qint64 b = t.newIncident(u"B"_s);
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(a);
        t.log(b, u"elsewhere"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void rolesDescribeTheEntry()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        const Entry e = t.log(id, u"Error rate at baseline"_s, EntryKind::Observation, u"Maya"_s);
        QVERIFY(t.session->setPinned(e.id, true));
        const QModelIndex text = model.index(1, TimelineModel::TextColumn);
        QCOMPARE(text.data(TimelineModel::EntryIdRole).toLongLong(), e.id);
        QCOMPARE(text.data(TimelineModel::KindKeyRole).toString(), u"observation"_s);
        QVERIFY(text.data(TimelineModel::PinnedRole).toBool());
        QVERIFY(text.data().toString().startsWith(QChar(0x2605))); // pinned shows without colour
        QVERIFY(!text.data(TimelineModel::RetractedRole).toBool());
        QCOMPARE(model.index(1, TimelineModel::ActorColumn).data().toString(), u"Maya"_s);
        QCOMPARE(model.index(1, TimelineModel::KindColumn).data().toString(), u"Observation"_s);
        QVERIFY(model.index(0, 0).data(TimelineModel::SystemRole).toBool());

        QVERIFY(t.session->retract(e.id, u"duplicate"_s));
        QVERIFY(text.data(TimelineModel::RetractedRole).toBool());
        QVERIFY(
            model.index(1, TimelineModel::KindColumn).data().toString().contains(u"retracted"_s));
    }

    void dayChangeIsSpelledOut()
    {
        TestBridge t; // TZ=Europe/Berlin; the clock starts at 21:00 UTC = 22:00 local
        const qint64 id = t.newIncident();
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        const QDateTime start = t.clock.now();
        t.log(id, u"before midnight"_s, EntryKind::Action, {}, start.addSecs(3600));    // 23:00
        t.log(id, u"after midnight"_s, EntryKind::Action, {}, start.addSecs(2 * 3600)); // 00:00
        QVERIFY(model.index(0, 0).data(TimelineModel::NewDayRole).toBool());
        QVERIFY(!model.index(1, 0).data(TimelineModel::NewDayRole).toBool());
        QVERIFY(model.index(2, 0).data(TimelineModel::NewDayRole).toBool());
        // The day is its own role; no row's text is rewritten when a neighbour arrives.
        QCOMPARE(model.index(2, TimelineModel::TimeColumn).data().toString(), u"00:00:00"_s);
        const QString day = model.index(2, 0).data(TimelineModel::DayLabelRole).toString();
        QVERIFY2(day.contains(u"29"_s), qPrintable(day));
        QVERIFY(model.index(1, 0).data(TimelineModel::DayLabelRole).toString().isEmpty());
        QCOMPARE(model.index(1, TimelineModel::TimeColumn).data().toString(), u"23:00:00"_s);
        // A backfilled line before the first one takes the day from it.
        t.log(id, u"backfilled"_s, EntryKind::Action, {}, start.addSecs(-600));
        QVERIFY(model.index(0, 0).data(TimelineModel::NewDayRole).toBool());
        QVERIFY(!model.index(1, 0).data(TimelineModel::NewDayRole).toBool());
        QVERIFY(model.index(1, 0).data(TimelineModel::DayLabelRole).toString().isEmpty());

        // In UTC both entries fall on the 28th: no day change between them.
        model.setShowUtc(true);
        QVERIFY(!model.index(3, 0).data(TimelineModel::NewDayRole).toBool());
        QCOMPARE(model.index(3, TimelineModel::TimeColumn).data().toString(), u"23:00:00"_s);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"When (UTC)"_s);
    }

    void filtersInSqlAndFollowsLiveEntries()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        t.log(id, u"Rolled back cart-service"_s, EntryKind::Action, u"Luis"_s);
        t.log(id, u"Replica lag 340 seconds"_s, EntryKind::Observation, u"Aisha"_s);
        t.log(id, u"Assuming replica is healthy"_s, EntryKind::Assumption, u"Maya"_s);
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        QCOMPARE(model.rowCount(), 4);

        TimelineFilter text;
        text.text = u"repl"_s; // prefix search
        model.setFilter(text);
        QCOMPARE(model.rowCount(), 2);

        TimelineFilter kinds;
        kinds.kinds = {EntryKind::Action, EntryKind::Assumption};
        model.setFilter(kinds);
        QCOMPARE(model.rowCount(), 2);

        TimelineFilter actor;
        actor.actor = u"Aisha"_s;
        model.setFilter(actor);
        QCOMPARE(model.rowCount(), 1);
        t.log(id, u"Replica drained"_s, EntryKind::Action, u"Aisha"_s);
        t.log(id, u"Not hers"_s, EntryKind::Action, u"Luis"_s);
        QCOMPARE(model.rowCount(), 2);

        model.setFilter(text);
        QCOMPARE(model.rowCount(), 3);
        t.log(id, u"nothing relevant"_s);
        t.log(id, u"replica-3 fine"_s);
        QCOMPARE(model.rowCount(), 4);

        model.setFilter({});
        QCOMPARE(model.rowCount(), 8);
    }

    void hidingRetractedRemovesRowsLive()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry e = t.log(id, u"mistake"_s);
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        TimelineFilter f;
        f.includeRetracted = false;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(t.session->retract(e.id, u"mistake"_s));
        QCOMPARE(model.rowCount(), 1);
        t.session->undoStack()->undo(); // restores it
        QCOMPARE(model.rowCount(), 2);
    }

    void editMovingTimeReordersRow()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QDateTime start = t.clock.now();
        const Entry a = t.log(id, u"a"_s, EntryKind::Action, {}, start.addSecs(10));
        t.log(id, u"b"_s, EntryKind::Action, {}, start.addSecs(20));
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        QVERIFY(t.session->edit(a.id, {EntryKind::Action, {}, start.addSecs(30), u"a"_s, false}));
        QCOMPARE(model.entryAt(2).id, a.id);
        QVERIFY(
            model.index(2, TimelineModel::TextColumn).data().toString().contains(u"(edited)"_s));
    }

    void longTextIsShortenedForTheRowOnly()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        TimelineModel model(t.session.get());
        model.setIncident(id);
        t.log(id, u"line one\nline two"_s);
        t.log(id, QString(5000, u'x'));
        QCOMPARE(model.index(1, TimelineModel::TextColumn).data().toString(), u"line one…"_s);
        QVERIFY(model.index(2, TimelineModel::TextColumn).data().toString().size() < 500);
        QCOMPARE(model.entryAt(2).text.size(), 5000);
    }

    // The search index holds each entry's incident too: searching for a number finds text,
    // never every entry of incident 2, and never another incident's entries.
    void textSearchStaysInsideTheIncident()
    {
        TestBridge t;
        const qint64 a = t.newIncident(u"A"_s);
        const qint64 b = t.newIncident(u"B"_s);
        t.log(a, u"replica 2 lagging"_s);
        t.log(b, u"replica 3 lagging"_s);
        t.log(b, u"paged the DBA"_s);
        TimelineModel model(t.session.get());
        model.setIncident(b);
        TimelineFilter f;
        f.text = u"replica"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).text, u"replica 3 lagging"_s);
        f.text = QString::number(b);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        f.text = u"incident_id"_s; // a column's name is only a word here
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    // Rows are read a screenful at a time and cached; a row read after its neighbours were
    // evicted is read again, never shown stale or as another row's.
    void bigTimelineReadsRowsOnDemand()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QDateTime start = t.clock.now();
        for (int i = 0; i < 5000; ++i)
            t.log(id, u"entry %1"_s.arg(i), EntryKind::Action, {}, start.addSecs(i + 1));
        TimelineModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        QCOMPARE(model.rowCount(), 5001);
        for (int row : {4999, 1, 2500, 5000, 10, 4321}) {
            QCOMPARE(model.index(row, TimelineModel::TextColumn).data().toString(),
                     u"entry %1"_s.arg(row - 1));
            QCOMPARE(model.entryAt(row).text, u"entry %1"_s.arg(row - 1));
        }
        const Entry edited = model.entryAt(3);
        QVERIFY(t.session->edit(
            edited.id,
            {EntryKind::Decision, {}, edited.occurredAt, u"entry 2, corrected"_s, false}));
        QCOMPARE(model.entryAt(3).text, u"entry 2, corrected"_s);
        QCOMPARE(model.entryAt(3).kind, EntryKind::Decision);
    }

    // Typing into the search field narrows what the rest of the filter let through, and
    // entries arriving or changing meanwhile land where they belong once the text is cleared.
    void textFilterNarrowsTheOtherFiltersLive()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        t.log(id, u"Replica lag 340 seconds"_s, EntryKind::Observation);
        const Entry action = t.log(id, u"Rolled back cart-service"_s, EntryKind::Action);
        t.log(id, u"Replica drained"_s, EntryKind::Action);
        // No QAbstractItemModelTester: removing the first row rightly turns the next one
        // into the first of its day, whose time then shows the date, which it reads as a
        // broken removal.
        TimelineModel model(t.session.get());
        model.setIncident(id);
        TimelineFilter f;
        f.kinds = {EntryKind::Action};
        f.text = u"re"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1); // "Replica drained"
        f.text = u"rolled"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).id, action.id);

        t.log(id, u"Rolled forward"_s, EntryKind::Note);      // wrong kind
        t.log(id, u"Rolled back again"_s, EntryKind::Action); // matches both
        t.log(id, u"Paged the DBA"_s, EntryKind::Action);     // the kind, not the text
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(t.session->edit(
            action.id,
            {EntryKind::Action, {}, action.occurredAt, u"Restarted cart-service"_s, false}));
        QCOMPARE(model.rowCount(), 1);

        f.text.clear();
        model.setFilter(f);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.entryAt(row).text;
        QCOMPARE(shown, (QStringList{u"Restarted cart-service"_s, u"Replica drained"_s,
                                     u"Rolled back again"_s, u"Paged the DBA"_s}));
    }

    // A word in most entries shows its newest matches at once and the older ones above
    // them once those are painted, keeping the row the scribe is on; a line logged in
    // between is shown once, and nothing is missing or shown twice.
    void aBroadSearchShowsTheNewestMatchesFirst()
    {
        ReplicaLag r;
        auto &[t, id, start, model, tester, completed] = r;
        TimelineFilter f = r.searchReplica();
        QVERIFY(!model.searchComplete());
        const int first = model.rowCount();
        QVERIFY2(first > 0 && first <= 64, QByteArray::number(first));
        QCOMPARE(model.entryAt(first - 1).text, u"replica lag 299"_s);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(first - 3, 0), QItemSelectionModel::SelectCurrent);
        const qint64 chosen = model.entryAt(first - 3).id;

        t.log(id, u"replica caught up"_s, EntryKind::Observation, {}, start.addSecs(400));
        QCOMPARE(model.rowCount(), first + 1);
        QCOMPARE(completed.count(), 0);
        QCoreApplication::sendPostedEvents(&model); // as after the paint
        QVERIFY(model.searchComplete());
        QCOMPARE(completed.count(), 1);
        QCOMPARE(model.rowCount(), 271);
        QCOMPARE(model.entryAt(selection.currentIndex().row()).id, chosen);
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Entry e = model.entryAt(row);
            QVERIFY2(e.text.startsWith(u"replica"_s), qPrintable(e.text));
            QVERIFY(!seen.contains(e.id));
            seen.insert(e.id);
            if (row > 0)
                QVERIFY(model.entryAt(row - 1).occurredAt <= e.occurredAt);
        }
        QCOMPARE(model.entryAt(0).text, u"replica lag 1"_s);
        QCOMPARE(model.entryAt(270).text, u"replica caught up"_s);
        model.completeSearch(); // nothing left to do
        QCOMPARE(completed.count(), 1);
    }

    // The rest of a search belongs to it alone: a newer filter, or a line backdated among
    // the older matches meanwhile, still ends with exactly what matches.
    void theRestOfASearchIsForThatSearchOnly()
    {
        ReplicaLag r;
        auto &[t, id, start, model, tester, completed] = r;
        TimelineFilter f = r.searchReplica();
        QVERIFY(!model.searchComplete());
        f.text = u"paged"_s; // a rare word: all of it at once
        model.setFilter(f);
        QVERIFY(model.searchComplete());
        QCOMPARE(model.rowCount(), 30);
        QCoreApplication::sendPostedEvents(&model);
        QCOMPARE(completed.count(), 0);
        QCOMPARE(model.rowCount(), 30);

        f.text = u"lag"_s;
        model.setFilter(f);
        QVERIFY(!model.searchComplete());
        t.log(id, u"lag seen first here"_s, EntryKind::Observation, {}, start);
        QCoreApplication::sendPostedEvents(&model);
        QVERIFY(model.searchComplete());
        QCOMPARE(model.rowCount(), 271);
        QCOMPARE(model.entryAt(0).text, u"lag seen first here"_s);
        QCOMPARE(model.entryAt(1).text, u"replica lag 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
