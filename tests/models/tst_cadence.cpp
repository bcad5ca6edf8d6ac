#include "domain/cadence.h"
#include "domain/reminder.h"

#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
const QDateTime T0(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);

Incident incident()
{
    Incident i;
    i.id = 1;
    i.severity = Severity::Sev1;
    i.startedAt = T0;
    i.reached[0] = T0;
    return i;
}

StatusUpdate sent(int minute, Audience a = Audience::Executive)
{
    return {minute, 1, a, u"x"_s, T0.addSecs(60 * minute), u"Ana"_s};
}

const UpdatePolicy sev1{Severity::Sev1, 5, 30};
} // namespace

class TestCadence : public QObject
{
    Q_OBJECT
private slots:
    void remindsOnceSoonAndOnceLatePerDueTime()
    {
        using Stage = UpdateReminder::Stage;
        UpdateReminder r;
        const QDateTime due = T0.addSecs(30 * 60);
        QCOMPARE(r.at(due, false, T0), Stage::None);
        QCOMPARE(r.at(due, false, due.addSecs(-301)), Stage::None);
        QCOMPARE(r.at(due, false, due.addSecs(-300)), Stage::DueSoon);
        QCOMPARE(r.at(due, false, due.addSecs(-10)), Stage::None); // said once
        QCOMPARE(r.at(due, true, due.addSecs(1)), Stage::Overdue);
        QCOMPARE(r.at(due, true, due.addSecs(3600)), Stage::None);
        // An update was sent: the next due time is reminded about afresh.
        const QDateTime next = due.addSecs(3600 + 30 * 60);
        QCOMPARE(r.at(next, false, next.addSecs(-60)), Stage::DueSoon);
        // Found late straight away (a restart): one overdue reminder, no "due soon" first.
        UpdateReminder late;
        QCOMPARE(late.at(due, true, due.addSecs(600)), Stage::Overdue);
        QCOMPARE(late.at(due, true, due.addSecs(601)), Stage::None);
        // Nothing due (closed, or no cadence): nothing to say.
        QCOMPARE(late.at(QDateTime(), false, due), Stage::None);
    }

    void dueAndOverdue()
    {
        const Incident i = incident();
        SlaFigures f = computeSla(i, sev1, {}, T0.addSecs(10 * 60));
        QCOMPARE(f.nextUpdateDue, T0.addSecs(30 * 60));
        QVERIFY(!f.overdue);
        QCOMPARE(f.cadenceMinutes, std::optional<int>(30));
        f = computeSla(i, sev1, {}, T0.addSecs(31 * 60));
        QVERIFY(f.overdue);
        // An update restarts its own audience's cadence, and only that one: the customer page
        // is still due at 30.
        f = computeSla(i, sev1, {sent(25)}, T0.addSecs(31 * 60));
        QVERIFY(f.overdue);
        QCOMPARE(f.nextUpdateDue, T0.addSecs(30 * 60));
        QCOMPARE(f.nextUpdateAudience, Audience::Customer);
        f = computeSla(i, sev1, {sent(25), sent(28, Audience::Customer)}, T0.addSecs(31 * 60));
        QVERIFY(!f.overdue);
        QCOMPARE(f.nextUpdateDue, T0.addSecs(55 * 60));
        QCOMPARE(f.nextUpdateAudience, Audience::Executive);
    }

    void acknowledgementMetOrMissed()
    {
        Incident i = incident();
        SlaFigures f = computeSla(i, sev1, {}, T0.addSecs(3 * 60));
        QVERIFY(!f.ackMet.has_value()); // not yet acknowledged, not yet due
        QVERIFY(!f.ackMinutes.has_value());
        f = computeSla(i, sev1, {}, T0.addSecs(6 * 60));
        QCOMPARE(f.ackMet, std::optional<bool>(false)); // missed before anyone acknowledged
        i.acknowledgedAt = T0.addSecs(4 * 60);
        f = computeSla(i, sev1, {}, T0.addSecs(6 * 60));
        QCOMPARE(f.ackMet, std::optional<bool>(true));
        QCOMPARE(f.ackMinutes, std::optional<qint64>(4));
        // The clock starts at detection when the alert fired before the incident was opened.
        i.detectedAt = T0.addSecs(-3 * 60);
        f = computeSla(i, sev1, {}, T0.addSecs(6 * 60));
        QCOMPARE(f.ackMinutes, std::optional<qint64>(7));
        QCOMPARE(f.ackMet, std::optional<bool>(false));
    }

    void lateUpdatesCounted()
    {
        const Incident i = incident();
        // Executive gaps: 20 (ok), 30 (ok, exactly the cadence), 75 (late). Customer: 65 (late),
        // 30 (ok). Tactical updates keep no clock.
        const QList<StatusUpdate> updates{sent(20),  sent(65, Audience::Customer),
                                          sent(50),  sent(95, Audience::Customer),
                                          sent(125), sent(135, Audience::Tactical)};
        const SlaFigures f = computeSla(i, sev1, updates, T0.addSecs(140 * 60));
        QCOMPARE(f.lateUpdates, 2);
        QCOMPARE(f.nextUpdateDue, T0.addSecs(125 * 60));
        QCOMPARE(f.nextUpdateAudience, Audience::Customer);
        QVERIFY(f.overdue);
    }

    void policyChangeMidIncident()
    {
        const Incident i = incident();
        const QList<StatusUpdate> updates{sent(20)};
        const QDateTime now = T0.addSecs(60 * 60);
        QVERIFY(computeSla(i, sev1, updates, now).overdue); // 30-minute cadence: late
        const UpdatePolicy relaxed{Severity::Sev1, 5, 60};
        const SlaFigures f = computeSla(i, relaxed, updates, now);
        QVERIFY(!f.overdue);
        QCOMPARE(f.nextUpdateDue, T0.addSecs(60 * 60)); // the customer page, never sent
    }

    void noCadenceAndOverIncidents()
    {
        Incident i = incident();
        const UpdatePolicy sev4{Severity::Sev4, 240, std::nullopt};
        SlaFigures f = computeSla(i, sev4, {}, T0.addSecs(600 * 60));
        QVERIFY(!f.nextUpdateDue.isValid());
        QVERIFY(!f.overdue);
        QVERIFY(!f.cadenceMinutes.has_value());

        i.status = Status::Resolved;
        i.reached[static_cast<size_t>(Status::Resolved)] = T0.addSecs(100 * 60);
        f = computeSla(i, sev1, {sent(20)}, T0.addSecs(300 * 60));
        QVERIFY(!f.overdue); // nothing is due once it is over
        QVERIFY(!f.nextUpdateDue.isValid());
        // Executive 20 -> 100 was longer than 30 minutes; the customer page was never updated.
        QCOMPARE(f.lateUpdates, 2);
    }

    void perAudienceDue()
    {
        const Incident i = incident();
        const QList<StatusUpdate> updates{sent(10, Audience::Customer), sent(20)};
        QCOMPARE(nextDueFor(Audience::Customer, i, sev1, updates), T0.addSecs(40 * 60));
        QCOMPARE(nextDueFor(Audience::Executive, i, sev1, updates), T0.addSecs(50 * 60));
        QVERIFY(!nextDueFor(Audience::Tactical, i, sev1, updates).isValid());
        const auto first = firstDue(i, sev1, updates);
        QVERIFY(first);
        QCOMPARE(first->audience, Audience::Customer);
        QCOMPARE(first->due, T0.addSecs(40 * 60));
    }

    void statusPageWords()
    {
        QCOMPARE(statusPageState(Status::Investigating), u"investigating"_s);
        QCOMPARE(statusPageState(Status::Identified), u"identified"_s);
        QCOMPARE(statusPageState(Status::Mitigated), u"monitoring"_s);
        QCOMPARE(statusPageState(Status::Closed), u"resolved"_s);
    }
};

QTEST_GUILESS_MAIN(TestCadence)
#include "tst_cadence.moc"
