#include "report/languagecheck.h"
#include "report/updatedraft.h"
#include "report/updateformat.h"

#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
const QDateTime T0(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);

// A fixed incident: SEV2 identified, 90 minutes in, two workstreams, one blocked.
DraftInput fixedInput()
{
    DraftInput in;
    Incident &i = in.record.incident;
    i.id = 7;
    i.title = u"Search slow on search-ranker-3"_s;
    i.severity = Severity::Sev2;
    i.status = Status::Identified;
    i.startedAt = T0;
    i.reached[0] = T0;
    Workstream cache;
    cache.id = 1;
    cache.title = u"Warm the cache"_s;
    cache.owner = u"Tomás Silva"_s;
    cache.state = WorkstreamState::Active;
    cache.checkInAt = T0.addSecs(100 * 60);
    Workstream rollback;
    rollback.id = 2;
    rollback.title = u"Roll back the ranker"_s;
    rollback.owner = u"Luis Ortega"_s;
    rollback.state = WorkstreamState::Blocked;
    rollback.notes = u"Waiting for approval"_s;
    in.record.workstreams = {cache, rollback};
    in.record.roles = {{1, Role::Commander, u"Priya Nair"_s, T0, {}}};
    Entry pinned;
    pinned.id = 3;
    pinned.kind = EntryKind::Observation;
    pinned.actor = u"Maya Chen"_s;
    pinned.occurredAt = T0.addSecs(30 * 60);
    pinned.text = u"p99 at 2.3 s"_s;
    pinned.pinned = true;
    in.record.entries = {pinned};
    in.policy = {Severity::Sev2, 15, 60};
    in.now = T0.addSecs(90 * 60);
    in.zone = QTimeZone("UTC");
    return in;
}
} // namespace

class TestUpdateDraft : public QObject
{
    Q_OBJECT
private slots:
    void executive()
    {
        const DraftedUpdate drafted = draftUpdate(Audience::Executive, fixedInput());
        const QString &d = drafted.text;
        QVERIFY(
            d.startsWith(u"Incident: SEV2, identified. Search slow on search-ranker-3. "
                         "Ongoing for 1h 30m.\nCurrent status: p99 at 2.3 s (seen 02:30 UTC)"_s));
        QCOMPARE(drafted.sources.size(), 1);
        QVERIFY(d.contains(u"\nImpact: ["_s));
        QVERIFY(d.contains(u"- Warm the cache (Tomás Silva)"_s));
        QVERIFY(d.contains(u"- Blocked: Roll back the ranker: Waiting for approval"_s));
        QVERIFY(d.endsWith(u"Next update: 04:30 UTC (in 1h 00m)."_s));
    }

    // The title is written at the start and goes stale; the draft leads with what was seen last.
    void executiveLeadsWithTheLatestObservationsAndDecisions()
    {
        DraftInput in = fixedInput();
        in.record.incident.title = u"Checkout p99 2.3 s"_s;
        const auto add = [&](qint64 id, EntryKind kind, int minute, const QString &text) {
            Entry e;
            e.id = id;
            e.kind = kind;
            e.actor = u"Maya Chen"_s;
            e.occurredAt = T0.addSecs(minute * 60);
            e.text = text;
            in.record.entries << e;
            return &in.record.entries.last();
        };
        add(10, EntryKind::Decision, 40, u"Roll back search-ranker-3"_s);
        add(11, EntryKind::Observation, 70, u"p99 0.9 s after the rollback\nsecond line"_s);
        add(12, EntryKind::Observation, 80, u"retracted reading"_s)->retractedAt
            = T0.addSecs(81 * 60);
        add(13, EntryKind::Action, 85, u"Restarted ranker"_s);
        add(14, EntryKind::Decision, 60, u"Keep the cache warm overnight"_s);
        const DraftedUpdate d = draftUpdate(Audience::Executive, in);
        QVERIFY2(
            d.text.contains(u"\nCurrent status: p99 0.9 s after the rollback (seen 03:10 UTC)\n"
                            "- Earlier: p99 at 2.3 s (02:30 UTC)\n"
                            "Decided: Keep the cache warm overnight (03:00 UTC)\n"
                            "Decided: Roll back search-ranker-3 (02:40 UTC)\n"_s),
            qPrintable(d.text));
        QVERIFY(!d.text.contains(u"retracted reading"_s));
        QVERIFY(!d.text.contains(u"second line"_s));
        QList<qint64> ids;
        for (const Entry &e : d.sources)
            ids << e.id;
        QCOMPARE(ids, (QList<qint64>{3, 10, 14, 11})); // oldest first
        in.record.entries.clear();
        QVERIFY(draftUpdate(Audience::Executive, in)
                    .text.contains(u"Current status: [what we see now]"_s));
    }

    void customerHasNoNamesAndSaysTheState()
    {
        const DraftedUpdate drafted = draftUpdate(Audience::Customer, fixedInput());
        const QString &d = drafted.text;
        QVERIFY(drafted.sources.isEmpty()); // customers get no internal timeline text
        QVERIFY(d.startsWith(u"Identified: We have identified the cause"_s));
        QVERIFY(d.contains(u"next update by 04:30 UTC"_s));
        UpdateCheckContext c{Audience::Customer,
                             {u"Tomás Silva"_s, u"Luis Ortega"_s, u"Maya Chen"_s, u"Priya Nair"_s},
                             true};
        QStringList kinds;
        for (const LanguageIssue &i : checkUpdateText(d, c))
            kinds << i.kind;
        // The only suggestion is to describe the effect in customers' words.
        QVERIFY(kinds.contains(u"placeholder"_s));
        QVERIFY(!kinds.contains(u"person_name"_s));
        QVERIFY(!kinds.contains(u"internal_name"_s));
        QVERIFY(!kinds.contains(u"no_next_update"_s));
    }

    void tactical()
    {
        const DraftedUpdate drafted = draftUpdate(Audience::Tactical, fixedInput());
        const QString &d = drafted.text;
        QCOMPARE(drafted.sources.size(), 1);
        QCOMPARE(drafted.sources.first().id, 3);
        QVERIFY(d.startsWith(u"Conditions: SEV2, identified."_s));
        QVERIFY(d.contains(u"Incident commander: Priya Nair"_s));
        QVERIFY(d.contains(u"- 02:30 UTC Maya Chen: p99 at 2.3 s"_s)); // the key moment
        QVERIFY(d.contains(u"Actions:\n- Warm the cache — Tomás Silva (check-in 03:40 UTC)"_s));
        QVERIFY(d.contains(u"Needs:\n- Unblock Roll back the ranker: Waiting for approval"_s));
        QVERIFY(d.contains(u"- A comms lead"_s));
    }

    void resolvedPromisesNothingMore()
    {
        DraftInput in = fixedInput();
        in.record.incident.status = Status::Resolved;
        in.record.incident.reached[static_cast<size_t>(Status::Resolved)] = T0.addSecs(80 * 60);
        QVERIFY(!promisedNextUpdate(in).isValid());
        const QString d = draftUpdate(Audience::Customer, in).text;
        QVERIFY(d.startsWith(u"Resolved: This incident has been resolved."_s));
        QVERIFY(!d.contains(u"next update"_s));
    }

    void copiedFormatsEscapeTheAuthorsWords()
    {
        const QString text = u"Impact: <script>alert('x')</script> & *all* users\n- Fix #1 [now]"_s;
        const QString html = updateAsHtml(text);
        QVERIFY(html.contains(u"<strong>Impact:</strong> &lt;script&gt;alert(&#39;x&#39;)"_s));
        QVERIFY(html.contains(u"<ul>\n<li>Fix #1 [now]</li>\n</ul>"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        const QString md = updateAsMarkdown(text);
        QVERIFY(md.startsWith(u"**Impact:** \\<script\\>"_s));
        QVERIFY(md.contains(u"\\*all\\*"_s));
        QVERIFY(md.contains(u"- Fix \\#1 \\[now\\]"_s));
    }
};

QTEST_GUILESS_MAIN(TestUpdateDraft)
#include "tst_updatedraft.moc"
