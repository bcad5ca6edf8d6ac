#include "domain/timeparse.h"

#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestTimeParse : public QObject
{
    Q_OBJECT
private slots:
    void isoForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("zulu") << u"2018-10-21T22:52:00Z"_s << u"2018-10-21T22:52:00.000Z"_s;
        QTest::newRow("offset") << u"2018-10-21T22:52:00+02:00"_s << u"2018-10-21T20:52:00.000Z"_s;
        QTest::newRow("millis") << u"2018-10-21T22:52:00.123Z"_s << u"2018-10-21T22:52:00.123Z"_s;
        QTest::newRow("no seconds") << u"2018-10-21T22:52Z"_s << u"2018-10-21T22:52:00.000Z"_s;
        // TZ is Europe/Berlin in the test environment: CEST, UTC+2, on this date.
        QTest::newRow("local") << u"2018-10-21T22:52:00"_s << u"2018-10-21T20:52:00.000Z"_s;
        QTest::newRow("space") << u"2018-10-21 22:52:00Z"_s << u"2018-10-21T22:52:00.000Z"_s;
    }
    void isoForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = parseIsoTime(text);
        QVERIFY(parsed);
        QCOMPARE(isoUtc(*parsed), utc);
    }

    void rejectsNonsense_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "yesterday", "2018", "2018-13-01T00:00:00Z",
                                "2018-10-21T25:00Z", "2018-10-21T22:52:00 Z", "22:52"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsNonsense()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoTime(text));
    }

    void backfillClockTime()
    {
        // 14:30 local (Berlin, UTC+1 in November) on 24 Nov.
        const QDateTime now(QDate(2026, 11, 24), QTime(13, 30), Qt::UTC);
        const auto t = parseBackfillTime(u"14:02"_s, now);
        QVERIFY(t);
        QCOMPARE(isoUtc(*t), u"2026-11-24T13:02:00.000Z"_s);
        QCOMPARE(isoUtc(*parseBackfillTime(u"14:02:30"_s, now)), u"2026-11-24T13:02:30.000Z"_s);
    }

    void backfillJustAfterMidnightMeansYesterday()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(23, 10), Qt::UTC); // 00:10 local, 25 Nov
        const auto t = parseBackfillTime(u"23:55"_s, now);
        QVERIFY(t);
        QCOMPARE(t->toLocalTime().date(), QDate(2026, 11, 24));
        QCOMPARE(isoUtc(*t), u"2026-11-24T22:55:00.000Z"_s);
    }

    void backfillMinutesAgo()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(13, 30), Qt::UTC);
        QCOMPARE(*parseBackfillTime(u"-5m"_s, now), now.addSecs(-300));
        QCOMPARE(*parseBackfillTime(u"12 min ago"_s, now), now.addSecs(-720));
        // Hours and seconds work as minutes do, alone or together.
        QCOMPARE(*parseBackfillTime(u"-1h"_s, now), now.addSecs(-3600));
        QCOMPARE(*parseBackfillTime(u"-90s"_s, now), now.addSecs(-90));
        QCOMPARE(*parseBackfillTime(u"-1h30m"_s, now), now.addSecs(-5400));
        QCOMPARE(*parseBackfillTime(u"-2h 5m 10s"_s, now), now.addSecs(-7510));
        QCOMPARE(*parseBackfillTime(u"1 hour 15 minutes ago"_s, now), now.addSecs(-4500));
        for (const QString &bad : {u"-"_s, u"ago"_s, u"-5"_s, u"-5x"_s, u"-30m1h"_s})
            QVERIFY2(!parseBackfillTime(bad, now), qPrintable(bad));
        QVERIFY(!parseBackfillTime(u"25:00"_s, now));
        QVERIFY(!parseBackfillTime(u"soon"_s, now));
    }

    // Berlin, 2026: clocks go from 02:00 to 03:00 on 29 March and from 03:00 back to 02:00 on
    // 25 October. A local time in the gap never happened; one in the overlap happened twice.
    void localTimesAroundDaylightSaving_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("before the gap")
            << u"2026-03-29T01:59:59"_s << u"2026-03-29T00:59:59.000Z"_s << QString();
        QTest::newRow("in the gap")
            << u"2026-03-29T02:30"_s << QString() << u"02:30 on 2026-03-29 never happened here"_s;
        QTest::newRow("gap, offset given")
            << u"2026-03-29T02:30+01:00"_s << u"2026-03-29T01:30:00.000Z"_s << QString();
        QTest::newRow("after the gap")
            << u"2026-03-29T03:00"_s << u"2026-03-29T01:00:00.000Z"_s << QString();
        QTest::newRow("before the overlap")
            << u"2026-10-25T01:59"_s << u"2026-10-24T23:59:00.000Z"_s << QString();
        QTest::newRow("in the overlap")
            << u"2026-10-25T02:30"_s << QString()
            << u"happened twice here: the clocks went back an hour. Say which with the UTC offset: "
               "2026-10-25T02:30+02:00 (the first) or 2026-10-25T02:30+01:00 (after the change)"_s;
        QTest::newRow("overlap, first")
            << u"2026-10-25T02:30+02:00"_s << u"2026-10-25T00:30:00.000Z"_s << QString();
        QTest::newRow("overlap, second")
            << u"2026-10-25T02:30+01:00"_s << u"2026-10-25T01:30:00.000Z"_s << QString();
        QTest::newRow("after the overlap")
            << u"2026-10-25T03:00"_s << u"2026-10-25T02:00:00.000Z"_s << QString();
    }
    void localTimesAroundDaylightSaving()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QFETCH(QString, message);
        const auto parsed = parseIsoTime(text);
        if (utc.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        } else {
            QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
            QCOMPARE(isoUtc(*parsed), utc);
        }
    }

    void backfillClockTimesAroundDaylightSaving()
    {
        // "02:30" in the repeated hour: the latest one not after now.
        const QDateTime firstPass(QDate(2026, 10, 25), QTime(0, 40), Qt::UTC); // 02:40 CEST
        QCOMPARE(isoUtc(*parseBackfillTime(u"02:30"_s, firstPass)), u"2026-10-25T00:30:00.000Z"_s);
        const QDateTime secondPass(QDate(2026, 10, 25), QTime(1, 40), Qt::UTC); // 02:40 CET
        QCOMPARE(isoUtc(*parseBackfillTime(u"02:30"_s, secondPass)), u"2026-10-25T01:30:00.000Z"_s);
        // "02:30" on the morning the clocks skipped it: refused, with the reason.
        const QDateTime afterGap(QDate(2026, 3, 29), QTime(1, 10), Qt::UTC); // 03:10 CEST
        const auto skipped = parseBackfillTime(u"02:30"_s, afterGap);
        QVERIFY(!skipped);
        QVERIFY2(skipped.error().message.contains(u"never happened"_s),
                 qPrintable(skipped.error().message));
        QVERIFY(skipped.error().message.contains(u"2026-03-29T02:30+01:00"_s));
        // Before the gap, "02:30" has not come yet today: it is yesterday's.
        const QDateTime beforeGap(QDate(2026, 3, 29), QTime(0, 50), Qt::UTC); // 01:50 CET
        QCOMPARE(isoUtc(*parseBackfillTime(u"02:30"_s, beforeGap)), u"2026-03-28T01:30:00.000Z"_s);
    }

    void farPastAndFuture_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("year 1") << u"0001-01-01T00:00:00Z"_s << u"0001-01-01T00:00:00.000Z"_s;
        QTest::newRow("year 9999")
            << u"9999-12-31T23:59:59.999Z"_s << u"9999-12-31T23:59:59.999Z"_s;
        QTest::newRow("1900, local") << u"1900-01-01T00:00"_s << u"1899-12-31T23:00:00.000Z"_s;
        QTest::newRow("epoch, offset")
            << u"1970-01-01T00:00:00-12:00"_s << u"1970-01-01T12:00:00.000Z"_s;
    }
    void farPastAndFuture()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = parseIsoTime(text);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(isoUtc(*parsed), utc);
        // Milliseconds since the epoch, as stored, bring back the same instant.
        QCOMPARE(fromMs(toMs(*parsed)), *parsed);
        QCOMPARE(*parseIsoTime(isoUtc(*parsed)), *parsed);
    }

    void durations()
    {
        QCOMPARE(formatDuration(45), u"45s"_s);
        QCOMPARE(formatDuration(125), u"2m 05s"_s);
        QCOMPARE(formatDuration(3 * 3600 + 7 * 60), u"3h 07m"_s);
        QCOMPARE(formatDuration(2 * 86400 + 4 * 3600), u"2d 4h"_s);
    }
};

QTEST_GUILESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"
