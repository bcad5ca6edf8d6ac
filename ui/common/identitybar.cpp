#include "identitybar.h"

#include "session/identity.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QComboBox *zoneBox(QWidget *parent, const QString &current)
{
    auto *zone = new QComboBox(parent);
    zone->setEditable(true);
    zone->setAccessibleName(QObject::tr("Your time zone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromUtf8(id));
    zone->completer()->setFilterMode(Qt::MatchContains);
    zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    zone->setCurrentText(current.isEmpty() ? QString::fromUtf8(localZone().id()) : current);
    return zone;
}
} // namespace

IdentityBar::IdentityBar(IncidentSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_zone(zoneBox(this, savedIdentity().timeZone))
    , m_error(new QLabel(this))
{
    setObjectName(u"identityBar"_s);
    setFrameShape(QFrame::StyledPanel);
    const Identity saved = savedIdentity();
    m_name->setText(saved.name.isEmpty() ? session->scribe() : saved.name);
    m_name->setAccessibleName(tr("Your name"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *intro = new QLabel(tr("Your name goes beside everything you log. Is this you?"), this);
    auto *save = new QPushButton(tr("&Save"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(intro);
    row->addWidget(m_name, 1);
    row->addWidget(m_zone);
    row->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(save, &QPushButton::clicked, this, [this] {
        if (this->save())
            hide();
    });
    connect(m_name, &QLineEdit::returnPressed, save, &QPushButton::click);
}

bool IdentityBar::save()
{
    const QString name = m_name->text().simplified();
    const QString zone = m_zone->currentText().trimmed();
    if (auto set = m_session->setScribe(name, zone); !set) {
        m_error->setText(set.error().message);
        m_error->show();
        return false;
    }
    saveIdentity({name, zone});
    m_error->hide();
    emit saved(
        tr("You are %1 (%2) on this computer; Edit → Preferences changes it.").arg(name, zone));
    return true;
}

void editIdentity(IncidentSession *session, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Preferences"));
    auto *bar = new IdentityBar(session, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(bar, &IdentityBar::saved, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(bar);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace bridge
