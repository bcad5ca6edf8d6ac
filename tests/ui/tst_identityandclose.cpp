// The window's parts of "the record stays true": who you are (the first-start strip) and
// closing with work still open (asked once, through the header's seam).
#include "common/identitybar.h"
#include "common/incidentheader.h"
#include "session/identity.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
QComboBox *statusBox(IncidentHeader &header)
{
    for (QComboBox *box : header.findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Status"_s)
            return box;
    }
    return nullptr;
}

void choose(QComboBox *box, Status status)
{
    box->setCurrentIndex(box->findData(static_cast<int>(status)));
    emit box->activated(box->currentIndex());
}
} // namespace

class TestIdentityAndClose : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void theStripSavesWhoYouAre()
    {
        TestBridge t(u"Account Name"_s);
        IdentityBar bar(t.session.get());
        QLineEdit *name = bar.findChild<QLineEdit *>();
        QVERIFY(name);
        QCOMPARE(name->text(), u"Account Name"_s); // pre-filled, not blocking
        name->setText(u"  Priya   Nair "_s);
        QSignalSpy saved(&bar, &IdentityBar::saved);
        QVERIFY(bar.save());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(t.session->scribe(), u"Priya Nair"_s);
        QCOMPARE(savedIdentity().name, u"Priya Nair"_s);
        // What is logged now is hers.
        const qint64 id = t.newIncident();
        QCOMPARE(t.log(id, u"Paged the DBA"_s).actor, u"Priya Nair"_s);

        name->setText(u"   "_s); // a blank name is refused and what was saved stays
        QVERIFY(!bar.save());
        QCOMPARE(t.session->scribe(), u"Priya Nair"_s);
    }

    void closingWithOpenWorkAsksOnceAndWritesTheChoice()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->createWorkstream(
            id, {u"Drain zone b"_s, u"Sam Okafor"_s, WorkstreamState::Active, {}, {}, {}, 0}));
        IncidentHeader header(t.session.get());
        header.setIncident(id);
        int asked = 0;
        QString question;
        std::optional<IncidentSession::OpenWork> answer; // first: cancel
        header.setOpenWorkQuestion([&](QWidget *, const QString &text) {
            ++asked;
            question = text;
            return answer;
        });
        QComboBox *status = statusBox(header);
        QVERIFY(status);

        choose(status, Status::Closed);
        QCOMPARE(asked, 1);
        QVERIFY2(question.contains(u"workstream"_s), qPrintable(question));
        QCOMPARE(t.session->incident(id)->status, Status::Investigating); // cancelled
        QCOMPARE(status->currentData().toInt(), static_cast<int>(Status::Investigating));

        answer = IncidentSession::OpenWork::Keep;
        choose(status, Status::Closed);
        QCOMPARE(asked, 2);
        QCOMPARE(t.session->incident(id)->status, Status::Closed);
        const auto ws = must(t.session->workstreams(id));
        QCOMPARE(ws.first().state, WorkstreamState::Active); // kept as it stood
        bool written = false;
        for (const Entry &e : must(t.session->entries(id)))
            written = written || e.text.contains(u"kept open"_s, Qt::CaseInsensitive)
                      || e.text.contains(u"left open"_s, Qt::CaseInsensitive);
        QVERIFY(written);
    }
};

QTEST_MAIN(TestIdentityAndClose)
#include "tst_identityandclose.moc"
