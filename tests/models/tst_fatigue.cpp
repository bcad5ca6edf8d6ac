#include "domain/fatigue.h"

#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

ResponderStint stint(qint64 incident, const QDateTime &from, const QDateTime &to = {},
                     const QDateTime &paged = {})
{
    return {incident, u"Maya"_s, from, to, paged};
}
} // namespace

class TestFatigue : public QObject
{
    Q_OBJECT
private slots:
    void sleepingHoursAcrossMidnight()
    {
        const QTimeZone berlin("Europe/Berlin"); // UTC+1 in November
        // 21:00 to 03:00 UTC = 22:00 to 04:00 Berlin: sleeping from 23:00 to 04:00 = 5 h.
        QCOMPARE(sleepingSeconds(utc(2026, 11, 23, 21), utc(2026, 11, 24, 3), berlin, {}),
                 5 * 3600);
        // Entirely in the day.
        QCOMPARE(sleepingSeconds(utc(2026, 11, 24, 9), utc(2026, 11, 24, 15), berlin, {}), 0);
        // A whole day holds one full night of nine hours.
        QCOMPARE(sleepingSeconds(utc(2026, 11, 24, 12), utc(2026, 11, 25, 12), berlin, {}),
                 9 * 3600);
    }

    void sleepingHoursAcrossDaylightSavingChange()
    {
        const QTimeZone berlin("Europe/Berlin");
        // The night of 28-29 March 2026 is one hour short: 23:00 CET to 08:00 CEST is 8 h.
        const QDateTime from(QDate(2026, 3, 28), QTime(22, 0), berlin);
        const QDateTime to(QDate(2026, 3, 29), QTime(9, 0), berlin);
        QCOMPARE(sleepingSeconds(from, to, berlin, {}), 8 * 3600);
        // The night of 24-25 October 2026 is one hour long: 10 h.
        const QDateTime autumnFrom(QDate(2026, 10, 24), QTime(22, 0), berlin);
        const QDateTime autumnTo(QDate(2026, 10, 25), QTime(9, 0), berlin);
        QCOMPARE(sleepingSeconds(autumnFrom, autumnTo, berlin, {}), 10 * 3600);
    }

    void longSpansStayExactAndFast()
    {
        const QTimeZone berlin("Europe/Berlin");
        // 120 winter nights (1 Nov to 28 Feb, no clock change): the middle ones are counted,
        // not walked, and the sum is still exact.
        const QDateTime from(QDate(2026, 11, 1), QTime(12, 0), berlin);
        const QDateTime to(QDate(2027, 3, 1), QTime(12, 0), berlin);
        QCOMPARE(sleepingSeconds(from, to, berlin, {}), 120 * 9 * 3600);
        // A stint backfilled from the year 1 (a typo): 739,000 nights, counted not walked.
        const qint64 ancient
            = sleepingSeconds(QDateTime(QDate(1, 1, 2), QTime(0, 0), Qt::UTC), from, berlin, {});
        QVERIFY(ancient > qint64(739000) * 8 * 3600);
        QVERIFY(ancient < qint64(740000) * 10 * 3600);
    }

    void configurableWindow()
    {
        const QTimeZone utcZone("UTC");
        const SleepWindow early{QTime(22, 0), QTime(6, 0)};
        QCOMPARE(sleepingSeconds(utc(2026, 1, 1, 20), utc(2026, 1, 2, 10), utcZone, early),
                 8 * 3600);
        QVERIFY(isSleepingTime(utc(2026, 1, 1, 22, 30), utcZone, early));
        QVERIFY(!isSleepingTime(utc(2026, 1, 1, 7), utcZone, early));
    }

    void figuresAndWarnings()
    {
        const QTimeZone tokyo("Asia/Tokyo"); // UTC+9
        const QDateTime now = utc(2026, 11, 24, 12);
        const QList<ResponderStint> stints = {
            stint(1, utc(2026, 11, 24, 8), {}, utc(2026, 11, 24, 7, 50)), // paged 16:50 Tokyo
            stint(2, utc(2026, 11, 24, 1), utc(2026, 11, 24, 2)),
            stint(3, utc(2026, 11, 23, 20), utc(2026, 11, 23, 21)),
            stint(4, utc(2026, 11, 20, 1), utc(2026, 11, 20, 2)), // older than 24 h
        };
        const ResponderFigures f = responderFigures(u"Maya"_s, 1, stints, tokyo, {}, now);
        QCOMPARE(f.onBridgeSeconds, 4 * 3600);
        QCOMPARE(f.continuousSeconds, 4 * 3600);
        QCOMPARE(f.incidents24h, 3);
        QVERIFY(!f.firstIncident);
        QVERIFY(f.isOnBridge());
        QCOMPARE(f.warnings, (QStringList{u"long_shift"_s, u"many_incidents"_s}));
        // 08:00-12:00 UTC is 17:00-21:00 in Tokyo: nothing in the night.
        QCOMPARE(f.sleepingSeconds, 0);
    }

    void pagedInTheNightAndFirstIncident()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        const QDateTime now = utc(2026, 11, 24, 19);
        // Paged 18:30 UTC = 03:30 Tokyo.
        const QList<ResponderStint> stints
            = {stint(7, utc(2026, 11, 24, 18, 40), {}, utc(2026, 11, 24, 18, 30))};
        const ResponderFigures f = responderFigures(u"Sam"_s, 7, stints, tokyo, {}, now);
        QCOMPARE(f.warnings, QStringList{u"paged_while_sleeping"_s});
        QVERIFY(f.firstIncident);
        QCOMPARE(f.sleepingSeconds, 20 * 60);
        QVERIFY(warningDisplayText(f.warnings.first(), f).contains(u"03:30"_s));
    }

    void leavingEndsTheShift()
    {
        const QDateTime now = utc(2026, 11, 24, 12);
        const QList<ResponderStint> stints = {
            stint(1, utc(2026, 11, 24, 4), utc(2026, 11, 24, 8)),
            stint(1, utc(2026, 11, 24, 10)), // came back two hours later
        };
        const ResponderFigures f
            = responderFigures(u"Maya"_s, 1, stints, QTimeZone("UTC"), {}, now);
        QCOMPARE(f.onBridgeSeconds, 6 * 3600);
        QCOMPARE(f.continuousSeconds, 2 * 3600);
        QVERIFY(!f.warnings.contains(u"long_shift"_s));
        QCOMPARE(f.joinedAt, utc(2026, 11, 24, 4));
    }
};

QTEST_GUILESS_MAIN(TestFatigue)
#include "tst_fatigue.moc"
