#include "reviewcells.h"
#include "reviewpane.h"

#include "common/foldingsection.h"
#include "session/incidentsession.h"

#include <QSet>
#include <QSignalBlocker>
#include <QTimer>

using namespace Qt::StringLiterals;

// The half of the review that follows the timeline: the assumption map and the people.
// Rows are added, updated and removed one by one, never rebuilt, so a cell being typed in
// and every rating already given stay as they are.
namespace bridge {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int KnownColumn = 2;
constexpr int ImportantColumn = 3;

QTableWidgetItem *ratingCell(std::optional<bool> value)
{
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // Partly checked stands for "not rated": a click rates it, and it never goes back.
    check->setCheckState(!value ? Qt::PartiallyChecked : *value ? Qt::Checked : Qt::Unchecked);
    if (!value)
        check->setText(ReviewPane::tr("not rated"));
    return check;
}

int rowOf(const QTableWidget *t, const QVariant &key, int role)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0) && t->item(row, 0)->data(role) == key)
            return row;
    }
    return -1;
}
} // namespace

void ReviewPane::insertAssumptionRow(int row, const Entry &e)
{
    const QSignalBlocker quiet(m_assumptions);
    m_assumptions->insertRow(row);
    auto *text = reviewcells::readOnly(e.text);
    text->setData(IdRole, e.id);
    m_assumptions->setItem(row, 0, text);
    m_assumptions->setItem(row, 1, reviewcells::readOnly(e.actor));
    const auto held = m_heldRatings.find(e.id);
    const bool rated = held != m_heldRatings.end();
    m_assumptions->setItem(row, KnownColumn,
                           ratingCell(rated ? std::optional(held->known) : std::nullopt));
    m_assumptions->setItem(row, ImportantColumn,
                           ratingCell(rated ? std::optional(held->important) : std::nullopt));
}

void ReviewPane::insertPersonRow(const QString &person)
{
    const QSignalBlocker quiet(m_understanding);
    const int row = m_understanding->rowCount();
    m_understanding->insertRow(row);
    auto *name = reviewcells::readOnly(person);
    name->setData(IdRole, person);
    m_understanding->setItem(row, 0, name);
    m_understanding->setItem(row, 1, reviewcells::readOnly({}));
    m_understanding->setItem(row, 2, new QTableWidgetItem(m_heldUnderstanding.take(person)));
}

void ReviewPane::markRated(int row, int column)
{
    QTableWidgetItem *clicked = m_assumptions->item(row, column);
    QTableWidgetItem *other
        = m_assumptions->item(row, column == KnownColumn ? ImportantColumn : KnownColumn);
    if (!clicked || !other || clicked->checkState() == Qt::PartiallyChecked)
        return;
    const QSignalBlocker quiet(m_assumptions);
    clicked->setText({});
    if (other->checkState() == Qt::PartiallyChecked) {
        // Rated at last: the other half takes the usual answer (unknown, important), shown.
        other->setCheckState(column == KnownColumn ? Qt::Checked : Qt::Unchecked);
        other->setText({});
    }
    m_checkTimer->start();
}

void ReviewPane::followTimeline()
{
    if (m_incidentId <= 0)
        return;
    const auto entries = m_session->entries(m_incidentId);
    if (!entries)
        return; // the form stays as it is; the next change tries again
    QList<const Entry *> assumptions;
    QStringList people;
    QHash<QString, QHash<int, int>> logged; // person -> kind -> live entries
    for (const Entry &e : *entries) {
        if (isSystemKind(e.kind))
            continue;
        if (!people.contains(e.actor))
            people << e.actor;
        if (e.isRetracted())
            continue;
        ++logged[e.actor][static_cast<int>(e.kind)];
        if (e.kind == EntryKind::Assumption)
            assumptions << &e;
    }

    // Assumptions retracted since give up their row; their rating is held for a restore.
    QSet<qint64> live;
    for (const Entry *e : std::as_const(assumptions))
        live.insert(e->id);
    for (int row = m_assumptions->rowCount() - 1; row >= 0; --row) {
        const qint64 id = m_assumptions->item(row, 0)->data(IdRole).toLongLong();
        if (live.contains(id))
            continue;
        const Qt::CheckState known = m_assumptions->item(row, KnownColumn)->checkState();
        const Qt::CheckState important = m_assumptions->item(row, ImportantColumn)->checkState();
        if (known != Qt::PartiallyChecked && important != Qt::PartiallyChecked)
            m_heldRatings.insert(id, {id, known == Qt::Checked, important == Qt::Checked});
        m_assumptions->removeRow(row);
    }
    for (int i = 0; i < assumptions.size(); ++i) {
        const Entry &e = *assumptions.at(i);
        const int row = rowOf(m_assumptions, e.id, IdRole);
        if (row < 0) {
            insertAssumptionRow(std::min(i, m_assumptions->rowCount()), e);
            continue;
        }
        const QSignalBlocker quiet(m_assumptions);
        if (m_assumptions->item(row, 0)->text() != e.text) { // edited since
            m_assumptions->item(row, 0)->setText(e.text);
            m_assumptions->item(row, 0)->setToolTip(plainToolTip(e.text));
        }
        m_assumptions->item(row, 1)->setText(e.actor);
    }

    // Everyone who logged anything, and anyone whose understanding was written down.
    for (auto it = m_heldUnderstanding.cbegin(); it != m_heldUnderstanding.cend(); ++it) {
        if (!people.contains(it.key()))
            people << it.key();
    }
    for (const QString &person : std::as_const(people)) {
        if (rowOf(m_understanding, person, IdRole) < 0)
            insertPersonRow(person);
    }
    const QSignalBlocker quiet(m_understanding);
    for (int row = 0; row < m_understanding->rowCount(); ++row) {
        // What the timeline already holds for them, beside what they say they understood.
        const QString person = m_understanding->item(row, 0)->data(IdRole).toString();
        QStringList held;
        for (EntryKind k : {EntryKind::Action, EntryKind::Observation, EntryKind::Expectation,
                            EntryKind::Assumption, EntryKind::Decision, EntryKind::Note}) {
            if (const int n = logged.value(person).value(static_cast<int>(k)))
                held << kindCount(k, n);
        }
        m_understanding->item(row, 1)->setText(held.isEmpty() ? tr("nothing logged")
                                                              : held.join(u", "_s));
    }
    showSectionSummaries();
}

void ReviewPane::showSectionSummaries()
{
    int unrated = 0;
    for (int row = 0; row < m_assumptions->rowCount(); ++row)
        unrated += m_assumptions->item(row, KnownColumn)->checkState() == Qt::PartiallyChecked;
    QString map = tr("%n assumption(s)", nullptr, m_assumptions->rowCount());
    if (unrated)
        map += tr(", %n not rated", nullptr, unrated);
    m_assumptionsSection->setSummary(map);
    m_peopleSection->setSummary(tr("%n person(s)", nullptr, m_understanding->rowCount()));
    const Review r = review();
    m_factorsSection->setSummary(tr("%n factor(s)", nullptr, int(r.factors.size())));
    m_followUpsSection->setSummary(tr("%n follow-up(s)", nullptr, int(r.followUps.size())));
}

} // namespace bridge
