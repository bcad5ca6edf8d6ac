#include "startuprecovery.h"
#include "plainmessage.h"

#include "restoredialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Recovery)
};
} // namespace

std::optional<QString> offerRestoreOfDamagedFile(const QString &databasePath, const QString &why)
{
    QMessageBox question(QMessageBox::Critical, Tr::tr("The incident database is damaged"), why,
                         QMessageBox::NoButton);
    question.setTextFormat(Qt::PlainText);
    question.setInformativeText(
        Tr::tr("Put a backup in its place? The damaged file is renamed and kept "
               "beside it, so nothing in it is thrown away."));
    QPushButton *restore
        = question.addButton(Tr::tr("Restore from a Backup…"), QMessageBox::AcceptRole);
    question.addButton(Tr::tr("Quit"), QMessageBox::RejectRole);
    question.setDefaultButton(restore);
    question.exec();
    if (question.clickedButton() != restore)
        return std::nullopt;

    const QString stamp = damagedStamp(QDateTime::currentDateTimeUtc());
    RestoreDialog chooser(
        defaultBackupFolder(databasePath),
        Tr::tr("Choose the copy to put in place of %1. The damaged file is renamed to "
               "%2 and left as it is.")
            .arg(databasePath, databasePath + u".damaged-"_s + stamp));
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    const auto aside = replaceDamagedFile(databasePath, chooser.chosenPath(), stamp);
    if (!aside) {
        showPlainMessage(nullptr, QMessageBox::Critical, Tr::tr("The backup was not restored"),
                         aside.error().message);
        return std::nullopt;
    }
    return Tr::tr("Restored %1. The damaged database is kept as %2.")
        .arg(chooser.chosenPath(), *aside);
}

} // namespace bridge
