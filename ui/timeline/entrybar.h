#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bridge {

class IncidentSession;
class PersonField;

// The scribe's quick entry bar: type, Enter, next line. Kind, actor and a backfilled time
// are reachable from the keyboard (Alt+K, Alt+W, Alt+T; Ctrl+1..6 pick a kind). The text is
// cleared only after the entry is committed; a failure keeps it and says why.
class EntryBar : public QWidget
{
    Q_OBJECT
public:
    explicit EntryBar(IncidentSession *session, QWidget *parent = nullptr);

    // actors: the people already on this incident, when the caller has them at hand.
    void setIncident(qint64 incidentId, std::optional<QStringList> actors = std::nullopt);
    void focusText();
    QLineEdit *textEdit() const { return m_text; }
    QString errorText() const;

    // Asked once when a backfilled time lies before the incident began or ahead of now: the
    // question names the time it would log; true logs it. A seam, so tests answer it.
    using BackfillQuestion = std::function<bool(QWidget *, const QString &question)>;
    void setBackfillQuestion(BackfillQuestion question) { m_askBackfill = std::move(question); }

signals:
    void logged(qint64 entryId);
    // Esc in the text field: the pane uses it to clear a filter that hides the new line.
    void escapePressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    bool backfillMakesSense(const QDateTime &at);
    void showError(const QString &message);
    // A line kept in the outbox: not an error, not yet in the record.
    void showKept(const QString &message);
    void clearError();
    void refreshActors();
    void showDefaultActor();

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    QComboBox *m_kind;
    PersonField *m_actor;
    QLineEdit *m_time;
    QLineEdit *m_text;
    QPushButton *m_logButton;
    QLabel *m_error;
    bool m_showsKept = false; // m_error says a line waits in the outbox

    QStringList m_people;
    BackfillQuestion m_askBackfill;
};

} // namespace bridge
