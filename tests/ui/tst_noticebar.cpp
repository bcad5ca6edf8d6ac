#include "common/noticebar.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QVBoxLayout>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// What a team database's notice says while it is away: an address and three sentences.
const QString LongNotice
    = u"Team database maya@db-primary.bridge.internal.example.com:5432/bridge unreachable "
      "since 14:02. Timeline lines are kept on this machine and sent when it is back; other "
      "changes are refused, keeping what you typed. Reconnecting on its own."_s;

void settle(QWidget &window)
{
    window.layout()->activate();
    QCoreApplication::processEvents();
}

// Shows window at 500 px wide, then the long notice in bar; false if it never showed.
bool showLongNotice(QWidget &window, NoticeBar *bar, const QString &actionText)
{
    window.resize(500, 300);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    bar->notify(LongNotice, actionText);
    settle(window);
    return true;
}
} // namespace

// A notice never makes the window wider than it was: a window that grows past the screen
// hides its right edge (the clock, the status) and does not shrink back when the notice goes.
class TestNoticeBar : public QObject
{
    Q_OBJECT
private slots:
    void aLongNoticeWrapsInsteadOfWideningTheWindow()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new NoticeBar(u"Team database"_s, &window);
        layout->addWidget(bar);
        layout->addStretch();
        QVERIFY(showLongNotice(window, bar, u"Try Now"_s));
        QCOMPARE(window.width(), 500);
        QVERIFY2(window.minimumSizeHint().width() <= 500,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        // All of it is shown, on more than one line.
        const auto *label = bar->findChild<QLabel *>();
        QCOMPARE(label->text(), LongNotice);
        QVERIFY(label->height() > 2 * label->fontMetrics().height());
        QCOMPARE(bar->text(), LongNotice);
    }

    // In the status bar a wrapping label reserves two lines: there it is cut to the room
    // there is, with an ellipsis, and shown whole in its tooltip.
    void aOneLineNoticeIsCutToItsRoom()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *status = new QStatusBar(&window);
        auto *bar = new NoticeBar(u"Update reminder"_s, status, NoticeBar::Lines::One);
        status->addPermanentWidget(bar, 1);
        layout->addStretch();
        layout->addWidget(status);
        QVERIFY(showLongNotice(window, bar, u"Compose Now"_s));
        QCOMPARE(window.width(), 500);
        const auto *label = bar->findChild<QLabel *>();
        QVERIFY2(label->text().endsWith(u"…"_s), qPrintable(label->text()));
        QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->width());
        QCOMPARE(label->toolTip(), LongNotice);
        QCOMPARE(bar->text(), LongNotice);
        // Room again: the whole text.
        window.resize(2400, 300);
        settle(window);
        QCOMPARE(label->text(), LongNotice);
    }
};

QTEST_MAIN(TestNoticeBar)
#include "tst_noticebar.moc"
