// File → Share Status on the Network…: serves from the window until stopped, says where,
// refuses an address it cannot use saying why, and makes a read token shown once as a link.
#include "common/sharestatusdialog.h"
#include "httpclient.h"
#include "serve/statusserver.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestShareStatusDialog : public QObject
{
    Q_OBJECT

private slots:
    void sharesUntilStoppedAndMakesALink()
    {
        TestBridge t;
        t.newIncident(u"Checkout 503s"_s);
        std::unique_ptr<serve::StatusServer> server;
        ShareStatusDialog dialog(t.session.get(), server);
        auto edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *address = edits.at(0);
        QLineEdit *tokenName = edits.at(1);
        QLineEdit *link = edits.at(2);
        QPushButton *toggle = nullptr;
        QPushButton *make = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(u"Sharing"_s))
                toggle = b;
            if (b->text().contains(u"Token"_s))
                make = b;
        }
        QVERIFY(toggle && make);
        QLabel *state = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text() == u"Not shared."_s)
                state = l;
        }
        QVERIFY(state);

        address->setText(u"checkout.example.com:80"_s);
        toggle->click();
        QVERIFY(!server);
        QVERIFY2(state->text().contains(u"takes an IP address and a port"_s),
                 qPrintable(state->text()));
        QCOMPARE(address->text(), u"checkout.example.com:80"_s); // kept as typed

        address->setText(u"127.0.0.1:0"_s);
        toggle->click();
        QVERIFY(server);
        QVERIFY2(state->text().startsWith(u"Sharing at http://127.0.0.1:"_s),
                 qPrintable(state->text()));
        QVERIFY(!address->isEnabled());

        tokenName->setText(u" "_s);
        make->click();
        QVERIFY(link->text().isEmpty());
        QVERIFY(state->text().contains(u"Name the token"_s));
        tokenName->setText(u"exec-team"_s);
        make->click();
        QVERIFY2(link->text().contains(u"/?token=ibt_"_s), qPrintable(link->text()));
        HttpClient http;
        const HttpAnswer page = http.get(QUrl(link->text()));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Checkout 503s"));
        QCOMPARE(http.get(QUrl(link->text().section(u'?', 0, 0))).status, 401);

        if (const QString dir = qEnvironmentVariable("INCIDENT_BRIDGE_SCREENSHOTS");
            !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(dir + u"/share-status.png"_s);
        }
        toggle->click();
        QVERIFY(!server);
        QCOMPARE(state->text(), u"Not shared."_s);
        QVERIFY(address->isEnabled());
    }
};

QTEST_MAIN(TestShareStatusDialog)
#include "tst_sharestatusdialog.moc"
