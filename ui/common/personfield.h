#pragma once

#include "domain/names.h"

#include <QLineEdit>
#include <QStringList>

#include <functional>

class QAbstractItemView;
class QCompleter;
class QStandardItemModel;

namespace bridge {

// A "Who" field where people are chosen, not guessed. Typing lists the people whose names
// contain it, whatever the case and accents ("tomas" lists Tomás Silva), and, unless it is
// exactly someone, a last row "New person: Sam": a new person is only ever that explicit
// choice. Enter in the list accepts the name; it never also submits the form around it.
class PersonField : public QLineEdit
{
    Q_OBJECT
public:
    explicit PersonField(QWidget *parent = nullptr);

    // The names listed, and how the owner matches a typed name (default: matchName on them).
    void setPeople(const QStringList &people);
    void setMatcher(std::function<NameMatch(const QString &)> matcher);

    // What the text means now. Exact and Prefix name a known person; New only when "New
    // person" was chosen for exactly this text; otherwise Ambiguous or an unchosen New.
    struct Choice
    {
        NameMatch match;
        bool chosenNew = false;
        bool isPerson() const
        {
            return match.kind == NameMatch::Kind::Exact || match.kind == NameMatch::Kind::Prefix
                   || chosenNew;
        }
    };
    Choice choice() const;
    // The sentence to show when choice() is not a person, saying what to do.
    QString choiceProblem() const;
    // Opens the list for the current text.
    void showChoices();
    QAbstractItemView *choiceList() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill(const QString &typed);
    void chosen(const QModelIndex &index);

    QStringList m_people;
    std::function<NameMatch(const QString &)> m_matcher;
    QStandardItemModel *m_rows;
    QCompleter *m_completer;
    QString m_chosenNew;
    bool m_acceptingFromList = false;
};

} // namespace bridge
