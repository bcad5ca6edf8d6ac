#include "policydialog.h"

#include "session/incidentsession.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace bridge {

PolicyDialog::PolicyDialog(IncidentSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Update policy"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Severity"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Acknowledge within"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Update every"), this), 0, 2);
    const auto current = session->policies();
    int row = 1;
    for (Severity s : allSeverities()) {
        UpdatePolicy p{s, 60, std::nullopt};
        if (current) {
            for (const UpdatePolicy &c : *current) {
                if (c.severity == s)
                    p = c;
            }
        }
        auto *ack = new QSpinBox(this);
        ack->setRange(1, 24 * 60);
        ack->setSuffix(tr(" min"));
        ack->setValue(p.ackMinutes);
        ack->setAccessibleName(tr("%1: acknowledge within, minutes").arg(severityKey(s)));
        auto *every = new QSpinBox(this);
        every->setRange(0, 24 * 60);
        every->setSuffix(tr(" min"));
        every->setSpecialValueText(tr("no cadence"));
        every->setValue(p.everyMinutes.value_or(0));
        every->setAccessibleName(tr("%1: update every, minutes").arg(severityKey(s)));
        grid->addWidget(new QLabel(severityKey(s), this), row, 0);
        grid->addWidget(ack, row, 1);
        grid->addWidget(every, row, 2);
        m_ack << ack;
        m_every << every;
        ++row;
    }
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_error->hide();
    grid->addWidget(m_error, row++, 0, 1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyDialog::reject);
    grid->addWidget(buttons, row, 0, 1, 3);
}

void PolicyDialog::accept()
{
    const QList<Severity> severities = allSeverities();
    for (int i = 0; i < severities.size(); ++i) {
        const int every = m_every.at(i)->value();
        const UpdatePolicy p{severities.at(i), m_ack.at(i)->value(),
                             every > 0 ? std::optional(every) : std::nullopt};
        if (auto saved = m_session->setPolicy(p); !saved) {
            m_error->setText(saved.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace bridge
