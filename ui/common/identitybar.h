#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bridge {

class IncidentSession;

// Who you are, asked once and without blocking anything: a strip above the timeline on the
// first start, pre-filled with the account's full name. Preferences… shows the same fields.
class IdentityBar : public QFrame
{
    Q_OBJECT
public:
    explicit IdentityBar(IncidentSession *session, QWidget *parent = nullptr);

    // Saves the name and zone for this copy and for the session; false keeps what was typed
    // and says why.
    bool save();

signals:
    void saved(const QString &message);

private:
    IncidentSession *m_session;
    QLineEdit *m_name;
    QComboBox *m_zone;
    QLabel *m_error;
};

// The same two fields in a dialog, for Edit → Preferences.
void editIdentity(IncidentSession *session, QWidget *parent);

} // namespace bridge
