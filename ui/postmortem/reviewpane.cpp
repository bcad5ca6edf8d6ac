#include "reviewpane.h"
#include "reviewcells.h"

#include "common/foldingsection.h"
#include "common/growingfields.h"

#include "domain/localzone.h"
#include "report/languagecheck.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QComboBox *choice(const QStringList &keys, const QStringList &names, const QString &current)
{
    auto *combo = new QComboBox;
    for (int i = 0; i < keys.size(); ++i)
        combo->addItem(names.at(i), keys.at(i));
    combo->setCurrentIndex(std::max(0, int(keys.indexOf(current))));
    return combo;
}

QStringList factorKeys()
{
    return {factorCategoryKey(FactorCategory::Technical),
            factorCategoryKey(FactorCategory::Process),
            factorCategoryKey(FactorCategory::Organisational),
            factorCategoryKey(FactorCategory::External)};
}

QStringList factorNames()
{
    return {factorCategoryDisplayName(FactorCategory::Technical),
            factorCategoryDisplayName(FactorCategory::Process),
            factorCategoryDisplayName(FactorCategory::Organisational),
            factorCategoryDisplayName(FactorCategory::External)};
}

QStringList followUpKeys()
{
    return {followUpTypeKey(FollowUpType::Mitigate), followUpTypeKey(FollowUpType::Prevent),
            followUpTypeKey(FollowUpType::Process), followUpTypeKey(FollowUpType::Learn)};
}

QStringList followUpNames()
{
    return {followUpTypeDisplayName(FollowUpType::Mitigate),
            followUpTypeDisplayName(FollowUpType::Prevent),
            followUpTypeDisplayName(FollowUpType::Process),
            followUpTypeDisplayName(FollowUpType::Learn)};
}

} // namespace

QPlainTextEdit *ReviewPane::textBox(const QString &accessibleName, const QString &placeholder)
{
    auto *box = new QPlainTextEdit(this);
    box->setAccessibleName(accessibleName);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    growWithText(box);
    connect(box, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    return box;
}

QTableWidget *ReviewPane::table(const QStringList &headers, const QString &accessibleName)
{
    auto *t = new QTableWidget(0, int(headers.size()), this);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(accessibleName);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    growWithRows(t);
    connect(t, &QTableWidget::itemChanged, m_checkTimer, qOverload<>(&QTimer::start));
    return t;
}

namespace {
QWidget *formOf(std::initializer_list<std::pair<QString, QWidget *>> rows)
{
    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setContentsMargins(12, 0, 0, 6);
    for (const auto &[label, field] : rows)
        layout->addRow(label, field);
    return page;
}

QWidget *tableWithButtons(QTableWidget *table, QLayout *buttons)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 0, 0, 6);
    layout->addWidget(table);
    if (buttons)
        layout->addLayout(buttons);
    return page;
}
} // namespace

ReviewPane::ReviewPane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_followTimer(new QTimer(this))
    , m_checkTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &ReviewPane::runChecks);
    connect(m_checkTimer, &QTimer::timeout, this, &ReviewPane::showSectionSummaries);
    // Coalesced: an import or a burst from another window is one refresh, not hundreds.
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(0);
    connect(m_followTimer, &QTimer::timeout, this, &ReviewPane::followTimeline);
    // Behind its tab during the bridge it only notes that it is behind: reading a long
    // timeline after every line logged would cost the scribe, and nobody is looking.
    const auto follow = [this](const Entry &e) {
        if (e.incidentId != m_incidentId)
            return;
        if (isVisible())
            m_followTimer->start();
        else
            m_behindTimeline = true;
    };
    connect(session, &IncidentSession::entryAdded, this, follow);
    connect(session, &IncidentSession::entryChanged, this, follow);

    m_summary = textBox(tr("Summary"), tr("What happened, in a few sentences, without blame"));
    m_impact = textBox(tr("Impact"), tr("Who and what was affected, and for how long"));
    m_reviewDate = new QDateEdit(this);
    m_reviewDate->setAccessibleName(tr("Review date"));
    m_reviewDate->setCalendarPopup(true);
    m_reviewDate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_reviewDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    // The lowest date stands for "not set": QDateEdit cannot be empty.
    m_reviewDate->setSpecialValueText(tr("not set"));
    m_reviewDate->setToolTip(tr("When the team meets to go through it. Page Down from \"not set\" "
                                "picks a day; Home goes back to not set."));
    connect(m_reviewDate, &QDateEdit::dateChanged, m_checkTimer, qOverload<>(&QTimer::start));
    m_factors = table({tr("Category"), tr("Contributing factor"), tr("Behind it, separated by →")},
                      tr("Contributing factors"));
    m_factors->horizontalHeaderItem(2)->setToolTip(
        tr("Follow the factor upward: the change, the ticket behind it, who approved it and "
           "why, the business driver behind that. Separate the links with →, -> or ;"));
    m_assumptions
        = table({tr("Assumption"), tr("Who"), tr("Known"), tr("Important")}, tr("Assumption map"));
    m_assumptions->horizontalHeaderItem(2)->setToolTip(
        tr("Was it known to be true at the time? A new assumption is not rated until you click."));
    connect(m_assumptions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() >= 2)
            markRated(item->row(), item->column());
    });
    m_understanding
        = table({tr("Person"), tr("On the record"), tr("What they understood at the time")},
                tr("Understanding of the timeline"));
    m_wentWell = textBox(tr("What went well"), {});
    m_wasHard = textBox(tr("What was hard"), {});
    m_lucky = textBox(tr("Where we got lucky"), {});
    m_followUps
        = table({tr("Type"), tr("Work"), tr("Owner"), tr("Due (yyyy-mm-dd)"), tr("Tracker link")},
                tr("Follow-ups"));
    // Text columns share the width; choices and checkboxes take what they need.
    for (QTableWidget *t : {m_factors, m_assumptions, m_understanding, m_followUps}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        t->setWordWrap(true);
    }
    for (QTableWidget *t : {m_factors, m_followUps}) {
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        t->horizontalHeader()->resizeSection(0, 150);
    }
    for (int c : {1, 2, 3})
        m_assumptions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_understanding->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_understanding->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_issues = new QListWidget(this);
    m_issues->setWordWrap(true);
    m_issues->setAccessibleName(tr("Suggestions about the wording"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: white; background: #b3261e; padding: 4px 8px; }"_s);
    m_error->hide();

    auto rowButtons = [this](QTableWidget *t, const QString &add, auto addRow) {
        auto *box = new QHBoxLayout;
        auto *plus = new QPushButton(add, this);
        auto *minus = new QPushButton(tr("Remove"), this);
        connect(plus, &QPushButton::clicked, this, addRow);
        connect(minus, &QPushButton::clicked, this, [t] {
            if (t->currentRow() >= 0)
                t->removeRow(t->currentRow());
        });
        box->addWidget(plus);
        box->addWidget(minus);
        box->addStretch();
        return box;
    };
    auto addFactor = [this] {
        const int row = m_factors->rowCount();
        m_factors->insertRow(row);
        m_factors->setCellWidget(row, 0, choice(factorKeys(), factorNames(), {}));
        m_factors->setItem(row, 1, new QTableWidgetItem);
        m_factors->setItem(row, 2, new QTableWidgetItem);
        m_factors->editItem(m_factors->item(row, 1));
    };
    auto addFollowUp = [this] {
        const int row = m_followUps->rowCount();
        m_followUps->insertRow(row);
        m_followUps->setCellWidget(
            row, 0,
            choice(followUpKeys(), followUpNames(), followUpTypeKey(FollowUpType::Prevent)));
        for (int c = 1; c < 5; ++c)
            m_followUps->setItem(row, c, new QTableWidgetItem);
        m_followUps->editItem(m_followUps->item(row, 1));
    };

    m_factorsSection = new FoldingSection(
        tr("Contributing factors"),
        tableWithButtons(m_factors, rowButtons(m_factors, tr("Add a &Factor"), addFactor)));
    m_assumptionsSection
        = new FoldingSection(tr("Assumption map"), tableWithButtons(m_assumptions, nullptr));
    m_peopleSection = new FoldingSection(tr("Each person's understanding"),
                                         tableWithButtons(m_understanding, nullptr));
    m_followUpsSection = new FoldingSection(
        tr("Follow-ups"),
        tableWithButtons(m_followUps,
                         rowButtons(m_followUps, tr("Add a F&ollow-up"), addFollowUp)));
    auto *form = new QWidget(this);
    auto *sections = new QVBoxLayout(form);
    sections->addWidget(
        new FoldingSection(tr("Summary and impact"), formOf({{tr("&Summary"), m_summary},
                                                             {tr("&Impact"), m_impact},
                                                             {tr("Review &date"), m_reviewDate}})));
    sections->addWidget(m_factorsSection);
    sections->addWidget(m_assumptionsSection);
    sections->addWidget(m_peopleSection);
    sections->addWidget(new FoldingSection(tr("Went well, was hard, got lucky"),
                                           formOf({{tr("Went &well"), m_wentWell},
                                                   {tr("Was &hard"), m_wasHard},
                                                   {tr("Got &lucky"), m_lucky}})));
    sections->addWidget(m_followUpsSection);
    sections->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *save = new QPushButton(tr("&Save Review"), this);
    save->setShortcut(QKeySequence::Save);
    auto *exportButton = new QPushButton(tr("&Export Report…"), this);
    connect(save, &QPushButton::clicked, this, &ReviewPane::save);
    connect(exportButton, &QPushButton::clicked, this, &ReviewPane::exportReport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    buttons->addWidget(save);

    // Suggestions beside the form, as in the composer, so the form keeps the whole height.
    auto *suggestions = new QWidget(this);
    auto *suggestionsLayout = new QVBoxLayout(suggestions);
    suggestionsLayout->setContentsMargins(0, 0, 0, 0);
    suggestionsLayout->addWidget(new QLabel(tr("Suggestions (never a block)"), this));
    suggestionsLayout->addWidget(m_issues, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(suggestions);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(split, 1);
    outer->addLayout(buttons);
}

void ReviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_behindTimeline, false))
        m_followTimer->start();
}

void ReviewPane::setIncident(qint64 incidentId)
{
    m_behindTimeline = false; // fill() reads the timeline as it stands
    m_incidentId = incidentId;
    setEnabled(incidentId > 0);
    const auto stored = m_session->review(m_incidentId);
    fill(stored ? *stored : Review{});
    m_saved = review();
}

void ReviewPane::putBackTyped(const Review &typed)
{
    fill(typed);
}

bool ReviewPane::hasUnsavedChanges() const
{
    return m_incidentId > 0 && review() != m_saved;
}

void ReviewPane::fill(const Review &r)
{
    m_error->hide();
    m_summary->setPlainText(r.summary);
    if (const auto incident = m_session->incident(m_incidentId))
        m_reviewDate->setMinimumDate(
            incident->startedAt.toTimeZone(localZone()).date().addDays(-1));
    m_reviewDate->setDate(r.reviewDate.isValid() ? r.reviewDate : m_reviewDate->minimumDate());
    m_impact->setPlainText(r.impact);
    m_wentWell->setPlainText(r.wentWell);
    m_wasHard->setPlainText(r.wasHard);
    m_lucky->setPlainText(r.lucky);

    m_factors->setRowCount(0);
    for (const ContributingFactor &f : r.factors) {
        const int row = m_factors->rowCount();
        m_factors->insertRow(row);
        m_factors->setCellWidget(
            row, 0, choice(factorKeys(), factorNames(), factorCategoryKey(f.category)));
        m_factors->setItem(row, 1, new QTableWidgetItem(f.text));
        m_factors->setItem(row, 2, new QTableWidgetItem(f.chain.join(u" → "_s)));
    }
    // The map and the people come from the timeline; what was rated or typed waits for
    // its row.
    m_heldRatings.clear();
    for (const AssumptionRating &a : r.assumptions)
        m_heldRatings.insert(a.entryId, a);
    m_heldUnderstanding = r.understanding;
    m_assumptions->setRowCount(0);
    m_understanding->setRowCount(0);
    followTimeline();
    m_followUps->setRowCount(0);
    for (const FollowUp &f : r.followUps) {
        const int row = m_followUps->rowCount();
        m_followUps->insertRow(row);
        m_followUps->setCellWidget(
            row, 0, choice(followUpKeys(), followUpNames(), followUpTypeKey(f.type)));
        m_followUps->setItem(row, 1, new QTableWidgetItem(f.text));
        m_followUps->setItem(row, 2, new QTableWidgetItem(f.owner));
        m_followUps->setItem(
            row, 3,
            new QTableWidgetItem(f.due.isValid() ? f.due.toString(Qt::ISODate) : QString()));
        m_followUps->setItem(row, 4, new QTableWidgetItem(f.link));
    }
    runChecks();
}

Review ReviewPane::review() const
{
    Review r;
    r.summary = m_summary->toPlainText();
    r.impact = m_impact->toPlainText();
    r.wentWell = m_wentWell->toPlainText();
    r.wasHard = m_wasHard->toPlainText();
    r.lucky = m_lucky->toPlainText();
    if (m_reviewDate->date() != m_reviewDate->minimumDate())
        r.reviewDate = m_reviewDate->date();
    static const QRegularExpression arrows(u"\\s*(?:→|->|;)\\s*"_s);
    for (int row = 0; row < m_factors->rowCount(); ++row) {
        const QString text = reviewcells::text(m_factors, row, 1);
        if (text.isEmpty())
            continue;
        const auto *combo = qobject_cast<QComboBox *>(m_factors->cellWidget(row, 0));
        r.factors << ContributingFactor{
            text,
            factorCategoryFromKey(combo ? combo->currentData().toString() : QString())
                .value_or(FactorCategory::Technical),
            reviewcells::text(m_factors, row, 2).split(arrows, Qt::SkipEmptyParts)};
    }
    for (int row = 0; row < m_assumptions->rowCount(); ++row) {
        const Qt::CheckState known = m_assumptions->item(row, 2)->checkState();
        const Qt::CheckState important = m_assumptions->item(row, 3)->checkState();
        if (known == Qt::PartiallyChecked || important == Qt::PartiallyChecked)
            continue; // not rated yet
        r.assumptions << AssumptionRating{
            m_assumptions->item(row, 0)->data(Qt::UserRole).toLongLong(), known == Qt::Checked,
            important == Qt::Checked};
    }
    for (int row = 0; row < m_understanding->rowCount(); ++row) {
        const QString text = reviewcells::text(m_understanding, row, 2);
        if (!text.isEmpty())
            r.understanding.insert(reviewcells::text(m_understanding, row, 0), text);
    }
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const QString text = reviewcells::text(m_followUps, row, 1);
        if (text.isEmpty())
            continue;
        const auto *combo = qobject_cast<QComboBox *>(m_followUps->cellWidget(row, 0));
        r.followUps << FollowUp{
            text, reviewcells::text(m_followUps, row, 2),
            followUpTypeFromKey(combo ? combo->currentData().toString() : QString())
                .value_or(FollowUpType::Prevent),
            QDate::fromString(reviewcells::text(m_followUps, row, 3), Qt::ISODate),
            reviewcells::text(m_followUps, row, 4)};
    }
    return r;
}

bool ReviewPane::save()
{
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const QString due = reviewcells::text(m_followUps, row, 3);
        if (!due.isEmpty() && !QDate::fromString(due, Qt::ISODate).isValid()) {
            m_error->setText(
                tr("Follow-up %1: \"%2\" is not a date. Write it as 2026-12-01, or leave "
                   "it empty. Nothing was saved yet; your text is still here.")
                    .arg(row + 1)
                    .arg(due));
            m_error->show();
            return false;
        }
    }
    if (auto saved = m_session->saveReview(m_incidentId, review()); !saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_saved = review();
    emit message(tr("Review saved."));
    return true;
}

QStringList ReviewPane::issueKinds() const
{
    QStringList kinds;
    for (int i = 0; i < m_issues->count(); ++i)
        kinds << m_issues->item(i)->data(Qt::UserRole).toString();
    return kinds;
}

void ReviewPane::runChecks()
{
    m_issues->clear();
    const Review r = review();
    QStringList texts{r.summary, r.impact, r.wentWell, r.wasHard, r.lucky};
    for (const ContributingFactor &f : r.factors)
        texts << f.text << f.chain;
    texts << r.understanding.values();
    const auto issues = checkReviewText(texts.join(u"\n"_s), m_session->people(m_incidentId));
    for (const LanguageIssue &issue : issues) {
        auto *item = new QListWidgetItem(u"“%1”: %2"_s.arg(issue.excerpt, issue.advice), m_issues);
        item->setData(Qt::UserRole, issue.kind);
    }
    if (issues.isEmpty())
        m_issues->addItem(tr("No suggestions."));
}

} // namespace bridge
