#include "common/personfield.h"
#include "domain/timeparse.h"
#include "testsupport.h"
#include "timeline/entrybar.h"
#include "timeline/entryeditdialog.h"

#include <QAbstractItemView>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestEntryBar : public QObject
{
    Q_OBJECT
private slots:
    // The edit dialog reads its time as the entry bar does: "-5m" means five minutes ago.
    // A time it cannot read keeps the dialog open with the reason and writes nothing.
    void editDialogTakesRelativeTimes()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        t.clock.advance(3600);
        const Entry logged = t.log(id, u"Restarted pods"_s);
        EntryEditDialog dialog(t.session.get(), logged);
        QLineEdit *when = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == u"When it happened, local time"_s)
                when = e;
        }
        QVERIFY(when);
        when->setText(u"half past nine-ish"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QCOMPARE(t.session->entry(logged.id)->occurredAt, logged.occurredAt);
        bool explained = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            explained |= !l->isHidden() && l->text().contains(u"half past nine-ish"_s);
        QVERIFY(explained);
        for (const QString &typed : {u"-5m"_s, u"-1h30m"_s}) {
            when->setText(typed);
            const auto d = dialog.draft();
            QVERIFY2(d, qPrintable(typed));
            QCOMPARE(d->occurredAt, *parseBackfillTime(typed, t.clock.now()));
        }
        when->setText(u"-5m"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.session->entry(logged.id)->occurredAt, t.clock.now().addSecs(-300));
    }

    static PersonField *whoField(EntryBar &bar) { return bar.findChild<PersonField *>(); }

    // Types into Who, then the text, and presses Enter in the text.
    static void logAs(EntryBar &bar, const QString &who, const QString &text)
    {
        PersonField *field = whoField(bar);
        field->clear();
        QTest::keyClicks(field, who);
        field->choiceList()->hide();
        bar.textEdit()->clear();
        QTest::keyClicks(bar.textEdit(), text);
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
    }

    void namesMatchWhateverTheCaseAndAccents()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->join(id, u"Tomás Silva"_s));
        QVERIFY(t.session->join(id, u"Sam Okafor"_s));
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        logAs(bar, u"tomas silva"_s, u"Drained zone b"_s);
        QCOMPARE(t.session->entries(id)->last().actor, u"Tomás Silva"_s);
        // A start that fits one person on the incident is them, not a second person.
        logAs(bar, u"sam"_s, u"Paged the database team"_s);
        QCOMPARE(t.session->entries(id)->last().actor, u"Sam Okafor"_s);
        QCOMPARE(t.session->people(id).count(u"Sam Okafor"_s), 1);
        QVERIFY(!t.session->people(id).contains(u"sam"_s));
    }

    void aNewPersonIsAnExplicitChoice()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->join(id, u"Sam Okafor"_s));
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const qsizetype before = t.session->entries(id)->size();
        logAs(bar, u"Jonas Weber"_s, u"Restarted the consumer"_s);
        // Refused, said why, nothing lost, and the list offers the new person.
        QCOMPARE(t.session->entries(id)->size(), before);
        QVERIFY2(bar.errorText().contains(u"New person: Jonas Weber"_s),
                 qPrintable(bar.errorText()));
        QCOMPARE(bar.textEdit()->text(), u"Restarted the consumer"_s);
        PersonField *who = whoField(bar);
        QAbstractItemView *list = who->choiceList();
        QVERIFY(list->isVisible());
        const QModelIndex last = list->model()->index(list->model()->rowCount() - 1, 0);
        QCOMPARE(last.data().toString(), u"New person: Jonas Weber"_s);

        // Choosing it with Enter accepts the name and logs nothing yet.
        list->setCurrentIndex(last);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(t.session->entries(id)->size(), before);
        QCOMPARE(who->text(), u"Jonas Weber"_s);
        QVERIFY(who->choice().chosenNew);
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(t.session->entries(id)->size(), before + 1);
        QCOMPARE(t.session->entries(id)->last().actor, u"Jonas Weber"_s);
    }

    void enterInTheWhoListPicksWithoutLogging()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->join(id, u"Priya Nair"_s));
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        PersonField *who = whoField(bar);
        who->setFocus();
        QTest::keyClicks(who, u"pri"_s);
        QAbstractItemView *list = who->choiceList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Priya Nair"_s);
        QSignalSpy logged(&bar, &EntryBar::logged);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(who->text(), u"Priya Nair"_s);
        QCOMPARE(logged.count(), 0);
        QVERIFY2(bar.errorText().isEmpty(), qPrintable(bar.errorText()));
    }

    void theDefaultFollowsPreferences()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        QVERIFY(t.session->setScribe(u"Dana Whitfield"_s));
        QCOMPARE(whoField(bar)->placeholderText(), u"Who (default: Dana Whitfield)"_s);
    }
    void enterLogsClearsAndKeepsFocus()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.focusText();
        QSignalSpy logged(&bar, &EntryBar::logged);
        QTest::keyClicks(bar.textEdit(), u"Rolled back cart-service"_s);
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(logged.count(), 1);
        QVERIFY(bar.textEdit()->text().isEmpty());
        QVERIFY(bar.textEdit()->hasFocus());
        const auto entries = t.session->entries(id);
        QCOMPARE(entries->last().text, u"Rolled back cart-service"_s);
        QCOMPARE(entries->last().kind, EntryKind::Action);

        // Ctrl+3 picks the third kind (expectation) without leaving the text.
        QTest::keyClick(bar.textEdit(), Qt::Key_3, Qt::ControlModifier);
        QTest::keyClicks(bar.textEdit(), u"Expected the router to eject it"_s);
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(t.session->entries(id)->last().kind, EntryKind::Expectation);
    }

    void backfilledTimeAndActor()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QList<QLineEdit *> edits = bar.findChildren<QLineEdit *>();
        QLineEdit *who = nullptr;
        QLineEdit *when = nullptr;
        for (QLineEdit *e : edits) {
            if (e->accessibleName() == u"Who did or saw it"_s)
                who = e;
            if (e->accessibleName() == u"When it happened"_s)
                when = e;
        }
        QVERIFY(who && when);
        QVERIFY(t.session->join(id, u"Maya Chen"_s));
        bar.setIncident(id);
        QTest::keyClicks(who, u"Maya Chen"_s);
        QTest::keyClicks(when, u"-10m"_s);
        QTest::keyClicks(bar.textEdit(), u"Paged"_s);
        int asked = 0;
        bar.setBackfillQuestion([&asked](QWidget *, const QString &) { return ++asked > 0; });
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(asked, 1); // ten minutes before the incident began: asked, and confirmed
        // Backfilled ten minutes: it sorts before the incident's opening entry.
        const Entry e = t.session->entries(id)->first();
        QCOMPARE(e.text, u"Paged"_s);
        QCOMPARE(e.actor, u"Maya Chen"_s);
        QCOMPARE(e.occurredAt, t.clock.now().addSecs(-600));
        QVERIFY(who->text().isEmpty());
        QVERIFY(when->text().isEmpty());
    }

    void badInputKeepsTheText()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        QLineEdit *when = nullptr;
        for (QLineEdit *e : bar.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == u"When it happened"_s)
                when = e;
        }
        QTest::keyClicks(when, u"half past"_s);
        QTest::keyClicks(bar.textEdit(), u"Important line"_s);
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(bar.textEdit()->text(), u"Important line"_s);
        QVERIFY(bar.errorText().contains(u"is not a time"_s));
        QCOMPARE(t.session->entries(id)->size(), 1);

        when->clear();
        bar.textEdit()->clear();
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QVERIFY(bar.errorText().contains(u"empty"_s));
        QCOMPARE(t.session->entries(id)->size(), 1);
    }

    void storageFailureKeepsTheText()
    {

        SKIP_ON_TEAM_SERVER("it holds the file's write lock from another connection");
        TestBridge t;
        const qint64 id = t.newIncident();
        EntryBar bar(t.session.get());
        bar.setIncident(id);
        // Another program holds the write lock past our busy timeout.
        QSqlDatabase blocker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"blocker"_s);
        blocker.setDatabaseName(t.path());
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));

        QTest::keyClicks(bar.textEdit(), u"Failover started"_s);
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(bar.textEdit()->text(), u"Failover started"_s);
        QVERIFY2(bar.errorText().contains(u"Another program"_s), qPrintable(bar.errorText()));

        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock = QSqlQuery();
        blocker.close();
        blocker = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"blocker"_s);

        QTest::keyClick(bar.textEdit(), Qt::Key_Return); // the retry succeeds
        QVERIFY(bar.textEdit()->text().isEmpty());
        QVERIFY(bar.errorText().isEmpty());
        QCOMPARE(t.session->entries(id)->last().text, u"Failover started"_s);
    }
};

QTEST_MAIN(TestEntryBar)
#include "tst_entrybar.moc"
