#include "startuprecovery.h"
#include "plainmessage.h"

#include "restoredialog.h"

#include <QApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bridge {

std::optional<QString> offerRestoreOfDamagedFile(const QString &databasePath, const QString &why)
{
    QMessageBox question(QMessageBox::Critical,
                         qApp->translate("bridge::Recovery", "The incident database is damaged"),
                         why, QMessageBox::NoButton);
    question.setTextFormat(Qt::PlainText);
    question.setInformativeText(qApp->translate(
        "bridge::Recovery", "Put a backup in its place? The damaged file is renamed and kept "
                            "beside it, so nothing in it is thrown away."));
    QPushButton *restore = question.addButton(
        qApp->translate("bridge::Recovery", "Restore from a Backup…"), QMessageBox::AcceptRole);
    question.addButton(qApp->translate("bridge::Recovery", "Quit"), QMessageBox::RejectRole);
    question.setDefaultButton(restore);
    question.exec();
    if (question.clickedButton() != restore)
        return std::nullopt;

    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    RestoreDialog chooser(
        defaultBackupFolder(databasePath),
        qApp->translate("bridge::Recovery",
                        "Choose the copy to put in place of %1. The damaged file is renamed to "
                        "%2 and left as it is.")
            .arg(databasePath, databasePath + u".damaged-"_s + stamp));
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    const auto aside = replaceDamagedFile(databasePath, chooser.chosenPath(), stamp);
    if (!aside) {
        showPlainMessage(nullptr, QMessageBox::Critical,
                         qApp->translate("bridge::Recovery", "The backup was not restored"),
                         aside.error().message);
        return std::nullopt;
    }
    return qApp->translate("bridge::Recovery", "Restored %1. The damaged database is kept as %2.")
        .arg(chooser.chosenPath(), *aside);
}

} // namespace bridge
