#include "report/languagecheck.h"

#include <QElapsedTimer>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
QStringList kinds(const QString &text, Audience audience = Audience::Executive,
                  bool expectsNext = false)
{
    UpdateCheckContext c;
    c.audience = audience;
    c.people = {u"Luis Ortega"_s, u"Maya Chen"_s};
    c.expectsNextUpdate = expectsNext;
    QStringList out;
    for (const LanguageIssue &i : checkUpdateText(text, c))
        out << i.kind;
    return out;
}
} // namespace

class TestLanguageCheck : public QObject
{
    Q_OBJECT
private slots:
    void blameIsFlagged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("human error") << u"The outage was human error."_s;
        QTest::newRow("should have") << u"The deploy should have been tested."_s;
        QTest::newRow("failed to") << u"Monitoring failed to page anyone."_s;
        QTest::newRow("careless") << u"A careless config change."_s;
        QTest::newRow("root cause") << u"The root cause was a bad config."_s;
    }
    void blameIsFlagged()
    {
        QFETCH(QString, text);
        QVERIFY(kinds(text).contains(u"blame"_s));
    }

    void plainFactsAreNot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("facts") << u"The deploy at 22:30 changed the pool size from 200 to 20."_s;
        QTest::newRow("failover") << u"Failover to the standby completed at 23:10."_s;
        QTest::newRow("causes plural") << u"We are looking at several contributing factors."_s;
    }
    void plainFactsAreNot()
    {
        QFETCH(QString, text);
        QVERIFY2(kinds(text).isEmpty(), qPrintable(kinds(text).join(u',')));
    }

    void personAsCause()
    {
        QVERIFY(kinds(u"Luis caused the outage by restarting the pods."_s)
                    .contains(u"person_as_cause"_s));
        QVERIFY(kinds(u"The outage was triggered by Maya Chen."_s).contains(u"person_as_cause"_s));
        QVERIFY(!kinds(u"Luis restarted the pods at 23:11."_s).contains(u"person_as_cause"_s));
    }

    void customerUpdatesKeepNamesInside()
    {
        const QStringList k
            = kinds(u"Maya restarted checkout-api on orders-db-replica-2 (10.2.3.4)."_s,
                    Audience::Customer);
        QCOMPARE(k.count(u"internal_name"_s), 3);
        QVERIFY(k.contains(u"person_name"_s));
        // Ordinary hyphenated words are not hosts; internal names are fine for executives.
        QVERIFY(kinds(u"Signed-in customers see slow search."_s, Audience::Customer).isEmpty());
        QVERIFY(
            !kinds(u"checkout-api restarted"_s, Audience::Executive).contains(u"internal_name"_s));
    }

    void nextUpdateAndPlaceholders()
    {
        QVERIFY(kinds(u"We are on it."_s, Audience::Executive, true).contains(u"no_next_update"_s));
        QVERIFY(!kinds(u"We are on it. Next update: 14:30 UTC."_s, Audience::Executive, true)
                     .contains(u"no_next_update"_s));
        QVERIFY(!kinds(u"We will post the next update by 05:28 UTC."_s, Audience::Customer, true)
                     .contains(u"no_next_update"_s));
        QVERIFY(kinds(u"Impact: [who is affected]"_s).contains(u"placeholder"_s));
    }

    void placeholdersAreFoundAsBefore()
    {
        const auto count = [](const QString &text) {
            return kinds(text).count(u"placeholder"_s);
        };
        QCOMPARE(count(u"[who] [what is affected] [ab]"_s), 2);
        QCOMPARE(count(u"[a[b]"_s), 1);       // from the first bracket
        QCOMPARE(count(u"[[x]"_s), 0);        // two characters inside
        QCOMPARE(count(u"[one\nline]"_s), 0); // never across lines
    }

    // Every check is linear in the text: the shapes that made patterns backtrack, at the
    // lengths that froze the window (the placeholder check took 86 s on 300,000 characters).
    void longHostileTextIsCheckedQuickly_data()
    {
        QTest::addColumn<QString>("text");
        const int n = 300000;
        QTest::newRow("brackets") << QString(n, u'[');
        QTest::newRow("bracket words") << u"[ab"_s.repeated(n / 3);
        QTest::newRow("hyphen tokens") << u"a-"_s.repeated(n / 2);
        QTest::newRow("dotted digits") << u"1.1."_s.repeated(n / 4);
        QTest::newRow("root cause") << u"root cause was "_s + QString(n, u'x');
        QTest::newRow("names") << u"Maya Chen "_s.repeated(n / 10);
        QTest::newRow("next update") << u"next update "_s.repeated(n / 12);
    }
    void longHostileTextIsCheckedQuickly()
    {
        QFETCH(QString, text);
        QElapsedTimer took;
        took.start();
        for (Audience a : {Audience::Executive, Audience::Customer})
            (void)kinds(text, a, true);
        (void)checkReviewText(text, {u"Maya Chen"_s, u"Luis Ortega"_s});
        // A bound, not a wait: generous enough for a sanitizer build on a busy machine.
        QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
        qInfo("%s: %lld ms", QTest::currentDataTag(), took.elapsed());
    }

    void reviewAddsHindsightAndMinimising()
    {
        QStringList k;
        for (const LanguageIssue &i : checkReviewText(
                 u"Why didn't Luis check the region? He should have. It was simply a typo, "
                 u"obviously. [todo]"_s,
                 {u"Luis Ortega"_s}))
            k << i.kind;
        QVERIFY(k.contains(u"hindsight"_s));
        QVERIFY(k.contains(u"minimising"_s));
        QVERIFY(k.contains(u"blame"_s));
        QVERIFY(!k.contains(u"placeholder"_s));
        QVERIFY(checkReviewText(u"The dashboards for both regions look the same."_s, {}).isEmpty());
        QVERIFY(checkReviewText(u"Justin adjusted the justification."_s, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLanguageCheck)
#include "tst_languagecheck.moc"
