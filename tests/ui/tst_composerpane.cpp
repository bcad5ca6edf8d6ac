#include "common/incidentheader.h"
#include "testsupport.h"
#include "updatelistmodel.h"
#include "updates/composerpane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestComposerPane : public QObject
{
    Q_OBJECT
private slots:
    void draftEditCheckAndSend()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s); // SEV2: updates every 60 minutes
        ComposerPane pane(t.session.get());
        QAbstractItemModelTester tester(pane.sentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.setIncident(id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.draftFromLiveState();
        const QString draft = pane.editor()->toPlainText();
        QVERIFY(draft.startsWith(u"Incident: SEV2"_s));
        QVERIFY(draft.contains(u"\nCurrent status: [what we see now]"_s));
        // Focus lands in the text on the first thing only a person can write.
        QVERIFY(pane.editor()->hasFocus());
        QCOMPARE(pane.editor()->textCursor().selectedText(), u"[what we see now]"_s);
        QVERIFY(pane.sourcesText().contains(u"no observations or decisions"_s));
        QTRY_VERIFY(pane.issueKinds().contains(u"placeholder"_s));

        // Fill in the impact, add blame-prone words: a suggestion, never a block.
        QString text = draft;
        text.replace(u"[who is affected, how badly, since when]"_s,
                     u"EU customers cannot pay; human error"_s);
        text.replace(u"[the main lines of work]"_s, u"Rolling back the deploy"_s);
        text.replace(u"[what we see now]"_s, u"Errors at 4%"_s);
        pane.editor()->setPlainText(text);
        QTRY_VERIFY(pane.issueKinds().contains(u"blame"_s));
        QVERIFY(!pane.issueKinds().contains(u"placeholder"_s));

        t.clock.advance(600);
        QVERIFY(pane.markSent());
        QVERIFY(pane.editor()->toPlainText().isEmpty());
        const auto sent = t.session->updates(id);
        QCOMPARE(sent->size(), 1);
        QCOMPARE(sent->first().text, text.trimmed());
        QCOMPARE(sent->first().sentAt, t.clock.now());
        QCOMPARE(pane.sentModel()->rowCount(), 1);
        QCOMPARE(t.session->entries(id)->last().kind, EntryKind::Update);
        // The executive cadence restarts from the update just sent; the customer page, never
        // sent, is now the one due first.
        QCOMPARE(nextDueFor(Audience::Executive, *t.session->incident(id),
                            *t.session->policy(Severity::Sev2), *t.session->updates(id)),
                 t.clock.now().addSecs(3600));
        QCOMPARE(t.session->sla(id)->nextUpdateAudience, Audience::Customer);
        QCOMPARE(t.session->sla(id)->nextUpdateDue, t.clock.now().addSecs(3000));
    }

    // A title written at the start goes stale: the draft leads with the latest reading, names
    // the entries it used, and what the author had written is one Ctrl+Z away.
    void draftUsesTheLatestObservationsAndCanBeUndone()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout p99 2.3 s"_s);
        t.clock.advance(300);
        t.log(id, u"p99 2.3 s on checkout"_s, EntryKind::Observation, u"Maya Chen"_s);
        t.clock.advance(300);
        t.log(id, u"Roll back the payment service"_s, EntryKind::Decision, u"Priya Nair"_s);
        t.clock.advance(600);
        t.log(id, u"p99 0.9 s since the rollback"_s, EntryKind::Observation, u"Maya Chen"_s);
        ComposerPane pane(t.session.get());
        pane.setIncident(id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.editor()->setPlainText(u"my own words"_s);
        pane.draftFromLiveState();
        const QString draft = pane.editor()->toPlainText();
        QVERIFY2(draft.contains(u"\nCurrent status: p99 0.9 s since the rollback (seen "_s),
                 qPrintable(draft));
        QVERIFY(draft.contains(u"\n- Earlier: p99 2.3 s on checkout ("_s));
        QVERIFY(draft.contains(u"\nDecided: Roll back the payment service ("_s));
        QVERIFY2(pane.sourcesText().startsWith(u"Made from 3 timeline entries: "_s),
                 qPrintable(pane.sourcesText()));
        QVERIFY(pane.sourcesText().contains(u"observation “p99 0.9 s since the rollback”"_s));
        QTest::keyClick(pane.editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane.editor()->toPlainText(), u"my own words"_s);
    }

    void emptyUpdateKeepsTheTextAndSaysWhy()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        ComposerPane pane(t.session.get());
        pane.setIncident(id);
        pane.show();
        pane.editor()->setPlainText(u"   "_s);
        QVERIFY(!pane.markSent());
        QCOMPARE(pane.editor()->toPlainText(), u"   "_s);
        bool explained = false;
        for (QLabel *l : pane.findChildren<QLabel *>())
            explained |= l->isVisible() && l->text().contains(u"empty"_s);
        QVERIFY(explained);
        QVERIFY(t.session->updates(id)->isEmpty());
    }

    void eachAudienceKeepsItsDraft()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        ComposerPane pane(t.session.get());
        pane.setIncident(id);
        pane.editor()->setPlainText(u"for the executives"_s);
        pane.setAudience(Audience::Customer);
        QVERIFY(pane.editor()->toPlainText().isEmpty());
        pane.draftFromLiveState();
        QVERIFY(pane.editor()->toPlainText().startsWith(u"Investigating:"_s));
        pane.setAudience(Audience::Executive);
        QCOMPARE(pane.editor()->toPlainText(), u"for the executives"_s);
    }

    void eachIncidentKeepsItsDrafts()
    {
        TestBridge t;
        const qint64 first = t.newIncident(u"Checkout 503s"_s);
        const qint64 second = t.newIncident(u"Search latency"_s);
        ComposerPane pane(t.session.get());
        pane.setIncident(first);
        pane.editor()->setPlainText(u"Checkout: rolled back, watching"_s);
        pane.setIncident(second);
        QVERIFY(pane.editor()->toPlainText().isEmpty());
        pane.editor()->setPlainText(u"Search: shedding load"_s);
        pane.setIncident(first);
        QCOMPARE(pane.editor()->toPlainText(), u"Checkout: rolled back, watching"_s);
        pane.setIncident(second);
        QCOMPARE(pane.editor()->toPlainText(), u"Search: shedding load"_s);
    }

    void headerAndComposerShowTheMostOverdueAudience()
    {
        TestBridge t;
        const qint64 id = t.newIncident(); // SEV2: an update every 60 minutes
        IncidentHeader header(t.session.get());
        header.setIncident(id);
        ComposerPane pane(t.session.get());
        pane.setIncident(id);
        t.clock.advance(190 * 60);
        // The executive update just went out; the customer page has waited 3h 10m.
        QVERIFY(t.session->markSent(id, Audience::Executive, u"Checkout: rolled back"_s));
        header.tick();
        QVERIFY2(header.slaText().contains(u"Customer-facing update OVERDUE by 2h 10m"_s),
                 qPrintable(header.slaText()));
        QVERIFY(!header.slaText().contains(u"in 1h 00m"_s));
        pane.tick();
        QVERIFY2(pane.audienceText(Audience::Customer).contains(u"OVERDUE by 2h 10m"_s),
                 qPrintable(pane.audienceText(Audience::Customer)));
        QVERIFY(pane.audienceText(Audience::Executive).contains(u"due in 1h 00m"_s));
        QCOMPARE(pane.audienceText(Audience::Tactical), audienceDisplayName(Audience::Tactical));
    }

    void headerCountsDownAndRemindsOnce()
    {
        TestBridge t;
        const qint64 id = t.newIncident(); // SEV2: acknowledge in 15, update every 60
        IncidentHeader header(t.session.get());
        header.setIncident(id);
        QSignalSpy reminders(&header, &IncidentHeader::updateReminder);
        QVERIFY2(header.slaText().contains(u"update due in 1h 00m"_s),
                 qPrintable(header.slaText()));
        QVERIFY(header.slaText().contains(u"Acknowledge within"_s));
        t.clock.advance(16 * 60);
        QVERIFY(t.session->setMilestone(id, IncidentSession::Milestone::Acknowledged));
        QVERIFY(header.slaText().contains(u"policy missed"_s));
        t.clock.advance(40 * 60); // 56 minutes in: due in four
        header.tick();
        QCOMPARE(reminders.count(), 1);
        QVERIFY(reminders.last().first().toString().contains(u"due in 4m"_s));
        t.clock.advance(5 * 60);
        header.tick();
        QVERIFY(header.slaText().contains(u"update OVERDUE"_s));
        QCOMPARE(reminders.count(), 2);
        t.clock.advance(1);
        header.tick();
        QCOMPARE(reminders.count(), 2); // once each, not every second
    }
};

QTEST_MAIN(TestComposerPane)
#include "tst_composerpane.moc"
