#include "board/handoffdialog.h"
#include "board/workstreamdialog.h"
#include "common/incidentheader.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
template<typename T>
T *named(QWidget *parent, const QString &accessibleName)
{
    for (T *w : parent->findChildren<T *>()) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}
} // namespace

class TestHandoffDialog : public QObject
{
    Q_OBJECT
private slots:
    void handOffWithContextThenAcknowledgeFromTheHeader()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->assignRole(id, Role::Commander, u"Jonas Weber"_s));
        IncidentHeader header(t.session.get());
        header.setIncident(id);
        header.show();
        QVERIFY(header.rolesText().contains(u"Jonas Weber"_s));
        QVERIFY(header.pendingText().isEmpty());

        HandoffDialog dialog(t.session.get(), id);
        dialog.selectRole(Role::Commander);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *to = named<QComboBox>(&dialog, u"Who takes over"_s);
        QVERIFY(to);
        to->setCurrentText(u"Priya Nair"_s);
        QTest::keyClicks(named<QLineEdit>(&dialog, u"Done so far"_s), u"Rolled back the ranker"_s);
        QTest::keyClicks(named<QLineEdit>(&dialog, u"Risks"_s), u"Cold cache on new nodes"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.handoffId() > 0);

        const auto handoffs = t.session->handoffs(id);
        QCOMPARE(handoffs->size(), 1);
        QCOMPARE(handoffs->first().from, u"Jonas Weber"_s);
        QCOMPARE(handoffs->first().context.doneSoFar, u"Rolled back the ranker"_s);
        QCOMPARE(handoffs->first().context.risks, u"Cold cache on new nodes"_s);
        // The header flags it until the receiver acknowledges.
        QVERIFY(header.pendingText().contains(u"Priya Nair"_s));
        QVERIFY(header.rolesText().contains(u"Priya Nair"_s));
        QPushButton *ack = nullptr;
        for (QPushButton *b : header.findChildren<QPushButton *>()) {
            if (b->text().contains(u"Acknowledge"_s))
                ack = b;
        }
        QVERIFY(ack && ack->isVisible());
        t.clock.advance(45);
        QTest::mouseClick(ack, Qt::LeftButton);
        QVERIFY(header.pendingText().isEmpty());
        QCOMPARE(t.session->handoffs(id)->first().acknowledgedAt, t.clock.now());
    }

    void editingKeepsAnOverdueCheckIn()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QDateTime due = t.clock.now().addSecs(600);
        auto w = t.session->createWorkstream(
            id, {u"Drain replica-2"_s, u"Maya"_s, WorkstreamState::Active, due, {}, {}, 0});
        QVERIFY(w);
        t.clock.advance(1200); // ten minutes overdue
        WorkstreamDialog dialog(t.session.get(), *w);
        named<QPlainTextEdit>(&dialog, u"Notes"_s)->setPlainText(u"Half drained"_s);
        dialog.accept();
        const Workstream saved = t.session->workstreams(id)->first();
        QCOMPARE(saved.notes, u"Half drained"_s);
        QCOMPARE(saved.checkInAt, due);
        QVERIFY(saved.isCheckInOverdue(t.clock.now()));
        // Rescheduling is a deliberate change.
        WorkstreamDialog again(t.session.get(), saved);
        named<QSpinBox>(&again, u"Next check-in, minutes from now"_s)->setValue(30);
        again.accept();
        QCOMPARE(t.session->workstreams(id)->first().checkInAt, t.clock.now().addSecs(1800));
    }

    void missingReceiverKeepsTheDialogOpen()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        HandoffDialog dialog(t.session.get(), id);
        dialog.show();
        QTest::keyClicks(named<QLineEdit>(&dialog, u"Next steps"_s), u"Page the DBA"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(named<QLineEdit>(&dialog, u"Next steps"_s)->text(), u"Page the DBA"_s);
        bool explained = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            explained
                |= l->isVisible() && l->text().contains(u"who takes over"_s, Qt::CaseInsensitive);
        QVERIFY(explained);
        QVERIFY(t.session->handoffs(id)->isEmpty());
    }
};

QTEST_MAIN(TestHandoffDialog)
#include "tst_handoffdialog.moc"
