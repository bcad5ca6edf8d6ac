#include "reviewpane.h"
#include "tooltip.h"

#include "report/exportfile.h"
#include "report/htmlwriter.h"
#include "report/incidentjson.h"
#include "report/languagecheck.h"
#include "report/markdownwriter.h"
#include "report/pdfwriter.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
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

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(plainToolTip(text));
    return item;
}
} // namespace

QPlainTextEdit *ReviewPane::textBox(const QString &accessibleName, const QString &placeholder)
{
    auto *box = new QPlainTextEdit(this);
    box->setAccessibleName(accessibleName);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(60);
    box->setMaximumHeight(110);
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
    t->setMinimumHeight(110);
    connect(t, &QTableWidget::itemChanged, m_checkTimer, qOverload<>(&QTimer::start));
    return t;
}

ReviewPane::ReviewPane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_checkTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &ReviewPane::runChecks);

    m_summary = textBox(tr("Summary"), tr("What happened, in a few sentences, without blame"));
    m_impact = textBox(tr("Impact"), tr("Who and what was affected, and for how long"));
    m_factors = table({tr("Category"), tr("Contributing factor"), tr("Behind it, separated by →")},
                      tr("Contributing factors"));
    m_factors->horizontalHeaderItem(2)->setToolTip(
        tr("Follow the factor upward: the change, the ticket behind it, who approved it and "
           "why, the business driver behind that. Separate the links with →, -> or ;"));
    m_assumptions
        = table({tr("Assumption"), tr("Who"), tr("Known"), tr("Important")}, tr("Assumption map"));
    m_understanding = table(
        {tr("Person"), tr("On the record"), tr("Their understanding of the timeline at the time")},
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
    m_issues->setMaximumHeight(90);
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

    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Summary"), m_summary);
    layout->addRow(tr("&Impact"), m_impact);
    layout->addRow(tr("Contributing\n&factors"), m_factors);
    layout->addRow(QString(), rowButtons(m_factors, tr("Add a Factor"), addFactor));
    layout->addRow(tr("&Assumptions"), m_assumptions);
    layout->addRow(tr("&Understanding"), m_understanding);
    layout->addRow(tr("Went &well"), m_wentWell);
    layout->addRow(tr("Was &hard"), m_wasHard);
    layout->addRow(tr("Got &lucky"), m_lucky);
    layout->addRow(tr("F&ollow-ups"), m_followUps);
    layout->addRow(QString(), rowButtons(m_followUps, tr("Add a Follow-up"), addFollowUp));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);

    auto *save = new QPushButton(tr("&Save Review"), this);
    save->setShortcut(QKeySequence::Save);
    auto *exportButton = new QPushButton(tr("&Export Report…"), this);
    connect(save, &QPushButton::clicked, this, &ReviewPane::save);
    connect(exportButton, &QPushButton::clicked, this, &ReviewPane::exportReport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(exportButton);
    buttons->addWidget(save);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(scroll, 1);
    outer->addWidget(new QLabel(tr("Suggestions (never a block)"), this));
    outer->addWidget(m_issues);
    outer->addLayout(buttons);
}

void ReviewPane::setIncident(qint64 incidentId)
{
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
    // Every assumption logged on the bridge, placed or not yet placed on the map.
    m_assumptions->setRowCount(0);
    QHash<qint64, AssumptionRating> ratings;
    for (const AssumptionRating &a : r.assumptions)
        ratings.insert(a.entryId, a);
    QStringList people;
    QHash<QString, QHash<int, int>> logged; // person -> kind -> how many entries
    if (auto entries = m_session->entries(m_incidentId)) {
        for (const Entry &e : *entries) {
            if (!isSystemKind(e.kind) && !people.contains(e.actor))
                people << e.actor;
            if (!isSystemKind(e.kind) && !e.isRetracted())
                ++logged[e.actor][static_cast<int>(e.kind)];
            if (e.kind != EntryKind::Assumption || e.isRetracted())
                continue;
            const int row = m_assumptions->rowCount();
            m_assumptions->insertRow(row);
            auto *text = readOnly(e.text);
            text->setData(Qt::UserRole, e.id);
            m_assumptions->setItem(row, 0, text);
            m_assumptions->setItem(row, 1, readOnly(e.actor));
            const AssumptionRating rating = ratings.value(e.id, {e.id, false, true});
            for (int c : {2, 3}) {
                auto *check = new QTableWidgetItem;
                check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                check->setCheckState((c == 2 ? rating.known : rating.important) ? Qt::Checked
                                                                                : Qt::Unchecked);
                m_assumptions->setItem(row, c, check);
            }
        }
    }
    m_understanding->setRowCount(0);
    for (auto it = r.understanding.cbegin(); it != r.understanding.cend(); ++it) {
        if (!people.contains(it.key()))
            people << it.key();
    }
    for (const QString &person : std::as_const(people)) {
        const int row = m_understanding->rowCount();
        m_understanding->insertRow(row);
        m_understanding->setItem(row, 0, readOnly(person));
        // What the timeline already holds for them, beside what they say they understood.
        QStringList held;
        for (EntryKind k : {EntryKind::Action, EntryKind::Observation, EntryKind::Expectation,
                            EntryKind::Assumption, EntryKind::Decision}) {
            if (const int n = logged.value(person).value(static_cast<int>(k)))
                held << u"%1 %2"_s.arg(n).arg(kindDisplayName(k).toLower());
        }
        m_understanding->setItem(
            row, 1, readOnly(held.isEmpty() ? tr("nothing logged") : held.join(u", "_s)));
        m_understanding->setItem(row, 2, new QTableWidgetItem(r.understanding.value(person)));
    }
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
    if (auto existing = m_session->review(m_incidentId))
        r.reviewDate = existing->reviewDate;
    static const QRegularExpression arrows(u"\\s*(?:→|->|;)\\s*"_s);
    for (int row = 0; row < m_factors->rowCount(); ++row) {
        const QString text = cellText(m_factors, row, 1);
        if (text.isEmpty())
            continue;
        const auto *combo = qobject_cast<QComboBox *>(m_factors->cellWidget(row, 0));
        r.factors << ContributingFactor{
            text,
            factorCategoryFromKey(combo ? combo->currentData().toString() : QString())
                .value_or(FactorCategory::Technical),
            cellText(m_factors, row, 2).split(arrows, Qt::SkipEmptyParts)};
    }
    for (int row = 0; row < m_assumptions->rowCount(); ++row) {
        r.assumptions << AssumptionRating{
            m_assumptions->item(row, 0)->data(Qt::UserRole).toLongLong(),
            m_assumptions->item(row, 2)->checkState() == Qt::Checked,
            m_assumptions->item(row, 3)->checkState() == Qt::Checked};
    }
    for (int row = 0; row < m_understanding->rowCount(); ++row) {
        const QString text = cellText(m_understanding, row, 2);
        if (!text.isEmpty())
            r.understanding.insert(cellText(m_understanding, row, 0), text);
    }
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const QString text = cellText(m_followUps, row, 1);
        if (text.isEmpty())
            continue;
        const auto *combo = qobject_cast<QComboBox *>(m_followUps->cellWidget(row, 0));
        r.followUps << FollowUp{
            text, cellText(m_followUps, row, 2),
            followUpTypeFromKey(combo ? combo->currentData().toString() : QString())
                .value_or(FollowUpType::Prevent),
            QDate::fromString(cellText(m_followUps, row, 3), Qt::ISODate),
            cellText(m_followUps, row, 4)};
    }
    return r;
}

bool ReviewPane::save()
{
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const QString due = cellText(m_followUps, row, 3);
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

void ReviewPane::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the postmortem"), QString(),
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    // Times in the zone the readers live in; UTC is always shown beside it.
    QStringList zones{QString::fromUtf8(localZone().id()), u"UTC"_s};
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    bool ok = false;
    const QString zoneName
        = QInputDialog::getItem(this, tr("Time zone of the report"),
                                tr("Show the report's times in:"), zones, 0, true, &ok);
    if (!ok)
        return;
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid()) {
        emit message(tr("\"%1\" is not a time zone; nothing was exported.").arg(zoneName));
        return;
    }
    auto record = m_session->record(m_incidentId);
    if (!record) {
        emit message(record.error().message);
        return;
    }
    const auto document = buildPostmortem(*record, zone, m_session->now());
    Done written = done();
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        written = writePostmortemPdf(document, path);
    } else {
        QByteArray bytes;
        if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
            bytes = QJsonDocument(exportJson(*record, m_session->now())).toJson();
        else if (path.endsWith(u".md"_s, Qt::CaseInsensitive))
            bytes = postmortemMarkdown(document).toUtf8();
        else
            bytes = postmortemHtml(document).toUtf8();
        written = writeExportFile(path, bytes);
    }
    emit message(written ? tr("Exported to %1.").arg(path) : written.error().message);
}

} // namespace bridge
