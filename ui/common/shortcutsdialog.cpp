#include "shortcutsdialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&').remove(u'…');
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(u", "_s);
}

void collect(const QMenu *menu, const QString &group, QList<ShortcutRow> &rows,
             QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), group, rows, seen);
            continue;
        }
        seen.insert(action);
        if (!action->isSeparator() && !action->shortcuts().isEmpty())
            rows.append({group, plainText(action), keysOf(action)});
    }
}
} // namespace

QList<ShortcutRow> keyboardReference(const QMainWindow *window)
{
    QList<ShortcutRow> rows;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top), rows, seen);
    }
    const QString elsewhere = QMainWindow::tr("Elsewhere in the window");
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || plainText(action).isEmpty())
            continue;
        seen.insert(action);
        rows.append({elsewhere, plainText(action), keysOf(action)});
    }
    return rows;
}

void showKeyboardReference(QMainWindow *window)
{
    QDialog dialog(window);
    dialog.setWindowTitle(QMainWindow::tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setColumnCount(2);
    tree->setHeaderLabels({QMainWindow::tr("Action"), QMainWindow::tr("Keys")});
    tree->setAccessibleName(QMainWindow::tr("Keyboard shortcuts"));
    tree->setRootIsDecorated(false);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutRow &row : keyboardReference(window)) {
        if (!group || group->text(0) != row.group) {
            group = new QTreeWidgetItem(tree, {row.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {row.action, row.keys});
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(560, 640);
    dialog.exec();
}

} // namespace bridge
