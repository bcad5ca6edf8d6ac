#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bridge {
class IncidentSession;
namespace serve {
class StatusServer;
}

// File → Share Status on the Network…: serves the open database's pages for leaders (and
// its alert webhooks) from this window, as `incident-bridge serve` does, until stopped or the
// window closes. Shows the address, and makes read tokens, each shown once as a link.
class ShareStatusDialog : public QDialog
{
    Q_OBJECT
public:
    // server: the window's, kept running after the dialog closes.
    ShareStatusDialog(IncidentSession *session, std::unique_ptr<serve::StatusServer> &server,
                      QWidget *parent = nullptr);

private:
    void start();
    void stop();
    void makeToken();
    void showState(const QString &problem = {});

    IncidentSession *m_session;
    std::unique_ptr<serve::StatusServer> &m_server;
    QString m_url;
    QLineEdit *m_address;
    QCheckBox *m_public;
    QPushButton *m_toggle;
    QLabel *m_state;
    QLineEdit *m_tokenName;
    QPushButton *m_makeToken;
    QLineEdit *m_link;
};

} // namespace bridge
