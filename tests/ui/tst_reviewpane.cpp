#include "postmortem/reviewpane.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
template<typename T>
T *named(QWidget *parent, const QString &name)
{
    for (T *w : parent->findChildren<T *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}
} // namespace

class TestReviewPane : public QObject
{
    Q_OBJECT
private slots:
    void fillSaveAndReload()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry assumption = t.log(id, u"Assuming the primary is healthy"_s,
                                       EntryKind::Assumption, u"Luis Ortega"_s);
        t.log(id, u"Restarted pods"_s, EntryKind::Action, u"Maya Chen"_s);
        ReviewPane pane(t.session.get());
        pane.setIncident(id);
        pane.resize(1000, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QTest::keyClicks(named<QPlainTextEdit>(&pane, u"Summary"_s),
                         u"Replica lag; Luis should have checked, it was simply a typo."_s);
        // Every assumption from the bridge is listed for the map; mark this one known.
        auto *map = named<QTableWidget>(&pane, u"Assumption map"_s);
        QCOMPARE(map->rowCount(), 1);
        QCOMPARE(map->item(0, 0)->text(), assumption.text);
        map->item(0, 2)->setCheckState(Qt::Checked);
        // Everyone who acted has a row for their own understanding.
        auto *understanding = named<QTableWidget>(&pane, u"Understanding of the timeline"_s);
        QCOMPARE(understanding->rowCount(), 2);
        QCOMPARE(understanding->item(1, 1)->text(), u"1 action"_s); // what the record holds
        understanding->item(1, 2)->setText(u"Thought the deploy did it"_s);
        // A factor with its chain, chosen from the categories.
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text().contains(u"Factor"_s))
                b->click();
        }
        auto *factors = named<QTableWidget>(&pane, u"Contributing factors"_s);
        QCOMPARE(factors->rowCount(), 1);
        factors->item(0, 1)->setText(u"Router keeps lagging replicas"_s);
        factors->item(0, 2)->setText(u"Config v3 → OPS-2291 → fewer pages"_s);
        qobject_cast<QComboBox *>(factors->cellWidget(0, 0))->setCurrentIndex(1); // process

        QTRY_VERIFY(pane.issueKinds().contains(u"blame"_s)); // "should have": a suggestion
        QVERIFY(pane.issueKinds().contains(u"minimising"_s));
        QVERIFY(pane.save()); // never blocked by wording
        if (qEnvironmentVariableIsSet("BRIDGE_GRAB"))
            pane.grab().save(qEnvironmentVariable("BRIDGE_GRAB"));

        const Review saved = *t.session->review(id);
        QVERIFY(saved.summary.startsWith(u"Replica lag"_s));
        QCOMPARE(saved.assumptions.size(), 1);
        QVERIFY(saved.assumptions.first().known);
        QCOMPARE(saved.factors.size(), 1);
        QCOMPARE(saved.factors.first().category, FactorCategory::Process);
        QCOMPARE(saved.factors.first().chain,
                 (QStringList{u"Config v3"_s, u"OPS-2291"_s, u"fewer pages"_s}));
        QCOMPARE(saved.understanding.size(), 1);

        ReviewPane again(t.session.get());
        again.setIncident(id);
        QCOMPARE(again.review().factors, saved.factors);
        QCOMPARE(again.review().summary, saved.summary);
    }

    void badDueDateKeepsEverything()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        ReviewPane pane(t.session.get());
        pane.setIncident(id);
        pane.show();
        named<QPlainTextEdit>(&pane, u"Impact"_s)->setPlainText(u"EU checkout down"_s);
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text().contains(u"Follow-up"_s))
                b->click();
        }
        auto *followUps = named<QTableWidget>(&pane, u"Follow-ups"_s);
        followUps->item(0, 1)->setText(u"Eject lagging replicas"_s);
        followUps->item(0, 3)->setText(u"next Tuesday"_s);
        QVERIFY(!pane.save());
        bool explained = false;
        for (QLabel *l : pane.findChildren<QLabel *>())
            explained |= l->isVisible() && l->text().contains(u"is not a date"_s);
        QVERIFY(explained);
        QCOMPARE(followUps->item(0, 1)->text(), u"Eject lagging replicas"_s);
        QVERIFY(t.session->review(id)->impact.isEmpty()); // nothing half-saved
        followUps->item(0, 3)->setText(u"2026-12-01"_s);
        QVERIFY(pane.save());
        QCOMPARE(t.session->review(id)->followUps.first().due, QDate(2026, 12, 1));
    }
};

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"
