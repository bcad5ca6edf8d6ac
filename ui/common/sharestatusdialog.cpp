#include "sharestatusdialog.h"

#include "serve/listenaddress.h"
#include "serve/statusserver.h"
#include "session/incidentsession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

ShareStatusDialog::ShareStatusDialog(IncidentSession *session,
                                     std::unique_ptr<serve::StatusServer> &server, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(server)
{
    setWindowTitle(tr("Share Status on the Network"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Leaders read the incidents' status, updates and clocks in a browser, without "
           "joining the bridge; alert webhooks can open incidents. Every page needs a read "
           "token. Sharing stops when this window closes; for a server that stays up, use "
           "incident-bridge serve."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(u"127.0.0.1:%1"_s.arg(serve::DefaultPort), this);
    m_address->setToolTip(tr("An address of this machine and a port. 127.0.0.1 is this machine "
                             "only; 0.0.0.0 is every network it is on, without TLS."));
    form->addRow(tr("&Listen on:"), m_address);
    m_public = new QCheckBox(tr("Customer status page (/status) &without a token"), this);
    form->addRow(QString(), m_public);
    layout->addLayout(form);

    auto *row = new QHBoxLayout;
    m_toggle = new QPushButton(this);
    connect(m_toggle, &QPushButton::clicked, this, [this] { m_server ? stop() : start(); });
    row->addWidget(m_toggle);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_state, 1);
    layout->addLayout(row);

    auto *tokens = new QFormLayout;
    auto *tokenRow = new QHBoxLayout;
    m_tokenName = new QLineEdit(this);
    m_tokenName->setPlaceholderText(tr("who it is for, as in exec-team"));
    tokenRow->addWidget(m_tokenName, 1);
    m_makeToken = new QPushButton(tr("&Make Read Token"), this);
    connect(m_makeToken, &QPushButton::clicked, this, &ShareStatusDialog::makeToken);
    connect(m_tokenName, &QLineEdit::returnPressed, this, &ShareStatusDialog::makeToken);
    tokenRow->addWidget(m_makeToken);
    auto *tokenLabel = new QLabel(tr("&Token for:"), this);
    tokenLabel->setBuddy(m_tokenName); // a row of a layout gets no buddy of its own
    tokens->addRow(tokenLabel, tokenRow);
    m_link = new QLineEdit(this);
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("the link to send appears here, once"));
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    m_link->setCursorPosition(0);
    auto *copy = new QPushButton(tr("&Copy"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_link->text()); });
    linkRow->addWidget(copy);
    tokens->addRow(tr("Link:"), linkRow);
    layout->addLayout(tokens);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showState();
    resize(560, sizeHint().height());
}

void ShareStatusDialog::start()
{
    const auto listen = serve::parseListenAddress(m_address->text());
    if (!listen) {
        showState(listen.error().message);
        m_address->setFocus();
        return;
    }
    auto server = std::make_unique<serve::StatusServer>(
        m_session, serve::StatusServer::Options{m_public->isChecked()});
    const auto port = server->start(listen->address, listen->port, std::nullopt);
    if (!port) {
        showState(port.error().message);
        return;
    }
    m_server = std::move(server);
    m_url = listen->url(*port, false);
    showState(listen->address.isLoopback()
                  ? QString()
                  : tr("Without TLS, anyone on the network path can read the pages and tokens; "
                       "for HTTPS use incident-bridge serve --tls-cert --tls-key."));
}

void ShareStatusDialog::stop()
{
    m_server.reset();
    showState();
}

void ShareStatusDialog::makeToken()
{
    const auto secret = m_session->createToken(m_tokenName->text(), TokenScope::Read);
    if (!secret) {
        showState(secret.error().message); // what was typed stays
        m_tokenName->setFocus();
        return;
    }
    const QString base = m_url.isEmpty() ? u"http://%1/"_s.arg(m_address->text().trimmed()) : m_url;
    m_link->setText(base + u"?token="_s + *secret);
    m_link->setCursorPosition(0);
    m_link->selectAll();
    m_link->setFocus();
    m_tokenName->clear();
    showState();
}

void ShareStatusDialog::showState(const QString &problem)
{
    const bool on = m_server != nullptr;
    m_toggle->setText(on ? tr("&Stop Sharing") : tr("&Start Sharing"));
    m_address->setEnabled(!on);
    m_public->setEnabled(!on);
    QString text = on ? tr("Sharing at %1").arg(m_url) : tr("Not shared.");
    if (!problem.isEmpty())
        text += u"\n"_s + problem;
    m_state->setText(text);
    m_state->setForegroundRole(problem.isEmpty() ? QPalette::WindowText : QPalette::Link);
}

} // namespace bridge
