#include "restoredialog.h"
#include "tooltip.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
enum Column { TakenColumn, WhyColumn, IncidentsColumn, EntriesColumn, NewestColumn, SizeColumn };

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}
} // namespace

RestoreDialog::RestoreDialog(const QString &folder, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Restore from a Backup"));
    auto *intro = new QLabel(explanation, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setHeaderLabels(
        {tr("Taken"), tr("Why"), tr("Incidents"), tr("Entries"), tr("Newest entry"), tr("Size")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::selectionChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::accept);

    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    QPushButton *other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1); // takes the list's room when there is no list
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 420);
    showBackups();
}

void RestoreDialog::showBackups()
{
    m_backups = listBackups(m_folder);
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &b : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TakenColumn, localTime(b.takenAt));
        // The reason a copy cannot be used is a sentence; it shows below when selected.
        item->setText(WhyColumn, b.restorable() ? backupReasonText(b.reason)
                                                : tr("Cannot be restored (select it to see why)"));
        if (b.restorable()) {
            item->setText(IncidentsColumn, locale.toString(b.incidents));
            item->setText(EntriesColumn, locale.toString(b.entries));
            item->setText(NewestColumn, localTime(b.lastEntryAt));
        } else {
            item->setForeground(WhyColumn, QColor(0xb3, 0x26, 0x1e));
        }
        item->setText(SizeColumn, locale.formattedDataSize(b.bytes));
        for (int c : {IncidentsColumn, EntriesColumn, SizeColumn})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(WhyColumn, plainToolTip(b.restorable() ? b.path : b.problem));
    }
    m_empty->setText(tr("There are no backups in %1 yet. File → Back Up Now takes one, and "
                        "closing an incident takes one too. Other File… restores a copy kept "
                        "elsewhere.")
                         .arg(m_folder));
    m_empty->setVisible(m_backups.isEmpty());
    m_list->setVisible(!m_backups.isEmpty());
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    selectionChanged();
}

void RestoreDialog::selectionChanged()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const bool chosen = row >= 0 && row < m_backups.size();
    const QString problem = chosen ? m_backups.at(row).problem : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_restore->setEnabled(chosen && problem.isEmpty());
}

void RestoreDialog::chooseOtherFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Restore from a Backup File"), m_folder,
                                       tr("Incident Bridge databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    const BackupInfo backup = inspectBackup(path, false);
    if (!backup.restorable()) {
        m_problem->setText(backup.problem);
        m_problem->show();
        return;
    }
    if (confirm(backup)) {
        m_chosen = backup;
        QDialog::accept();
    }
}

void RestoreDialog::accept()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_backups.size() || !m_backups.at(row).restorable())
        return;
    if (confirm(m_backups.at(row))) {
        m_chosen = m_backups.at(row);
        QDialog::accept();
    }
}

bool RestoreDialog::confirm(const BackupInfo &backup)
{
    QMessageBox question(
        QMessageBox::Warning, tr("Restore this backup?"),
        tr("Replace the database with the backup taken %1?").arg(localTime(backup.takenAt)),
        QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("Incidents in it: %1. Entries: %2, the newest from %3. Anything recorded after that "
           "will no longer be shown; what is there now is kept, not deleted.")
            .arg(QLocale().toString(backup.incidents), QLocale().toString(backup.entries),
                 localTime(backup.lastEntryAt)));
    question.setTextFormat(Qt::PlainText);
    QPushButton *restore = question.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == restore;
}

} // namespace bridge
