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
        QVERIFY(!parseBackfillTime(u"25:00"_s, now));
        QVERIFY(!parseBackfillTime(u"soon"_s, now));
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
