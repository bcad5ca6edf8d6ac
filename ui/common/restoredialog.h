#pragma once

#include "storage/backup.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace bridge {

// Lists the backups in a folder, newest first, with what each holds, and returns the one the
// user chose and confirmed. Restoring is the caller's: the window restores into the open
// database; at startup a damaged file is moved aside first. explanation says which.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString &folder, const QString &explanation, QWidget *parent = nullptr);

    QString chosenPath() const { return m_chosen.path; }
    void accept() override;

private:
    void showBackups();
    void chooseOtherFile();
    void selectionChanged();
    bool confirm(const BackupInfo &backup);

    QString m_folder;
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_problem;
    QPushButton *m_restore;
    BackupInfo m_chosen;
};

} // namespace bridge
