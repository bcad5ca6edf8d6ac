#include "personfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
constexpr int NameRole = Qt::UserRole + 1;
constexpr int IsNewRole = Qt::UserRole + 2;
} // namespace

PersonField::PersonField(QWidget *parent)
    : QLineEdit(parent)
    , m_rows(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_rows, this))
{
    setClearButtonEnabled(true);
    // The rows are filtered here (accent-folded); the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    // Ours runs before the completer's own filter, so it sees the Enter the list consumes.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &PersonField::chosen);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &typed) {
        refill(typed);
        if (!typed.trimmed().isEmpty())
            m_completer->complete();
    });
}

void PersonField::setPeople(const QStringList &people)
{
    m_people = people;
}

void PersonField::setMatcher(std::function<NameMatch(const QString &)> matcher)
{
    m_matcher = std::move(matcher);
}

PersonField::Choice PersonField::choice() const
{
    Choice c;
    const QString typed = text().simplified();
    c.match = m_matcher ? m_matcher(typed) : matchName(typed, m_people);
    c.chosenNew = c.match.kind == NameMatch::Kind::New && !typed.isEmpty() && typed == m_chosenNew;
    return c;
}

QString PersonField::choiceProblem() const
{
    const Choice c = choice();
    const QString typed = text().simplified();
    if (c.isPerson() || typed.isEmpty())
        return {};
    if (c.match.kind == NameMatch::Kind::Ambiguous)
        return tr("\"%1\" could be %2: pick one in the Who list.")
            .arg(typed, c.match.candidates.join(u", "_s));
    QString problem = tr("Nobody called \"%1\" is on this incident yet. To add them, pick "
                         "\"New person: %1\" in the Who list (arrow keys, Enter).")
                          .arg(typed);
    if (!c.match.candidates.isEmpty())
        problem += u' ' + tr("Or did you mean %1?").arg(c.match.candidates.join(u", "_s));
    return problem;
}

void PersonField::showChoices()
{
    refill(text());
    m_completer->complete();
}

QAbstractItemView *PersonField::choiceList() const
{
    return m_completer->popup();
}

void PersonField::refill(const QString &typed)
{
    m_rows->clear();
    const QString key = foldName(typed);
    bool exact = false;
    for (const QString &name : m_people) {
        const QString folded = foldName(name);
        if (!key.isEmpty() && !folded.contains(key))
            continue;
        exact = exact || folded == key;
        auto *row = new QStandardItem(name);
        row->setData(name, NameRole);
        m_rows->appendRow(row);
    }
    const QString name = typed.simplified();
    if (!name.isEmpty() && !exact) {
        auto *row = new QStandardItem(tr("New person: %1").arg(name));
        // Set apart from the people already here, so it is never picked by mistake.
        QFont italic = font();
        italic.setItalic(true);
        row->setFont(italic);
        row->setData(name, NameRole);
        row->setData(true, IsNewRole);
        m_rows->appendRow(row);
    }
}

void PersonField::chosen(const QModelIndex &index)
{
    const QString name = index.data(NameRole).toString();
    m_chosenNew = index.data(IsNewRole).toBool() ? name : QString();
    setText(name);
}

bool PersonField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_completer->popup()->currentIndex().isValid())
            m_acceptingFromList = true;
    }
    return QLineEdit::eventFilter(watched, event);
}

void PersonField::keyPressEvent(QKeyEvent *event)
{
    // The completer offers us the Enter that picks a name first: ignored here, the completer
    // takes the name, and no returnPressed submits the form around us.
    if (m_acceptingFromList && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        m_acceptingFromList = false;
        event->ignore();
        return;
    }
    m_acceptingFromList = false;
    QLineEdit::keyPressEvent(event);
}

} // namespace bridge
