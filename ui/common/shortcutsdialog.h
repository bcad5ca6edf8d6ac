#pragma once

#include <QList>
#include <QString>

class QMainWindow;
class QWidget;

namespace bridge {

struct ShortcutRow
{
    QString group;  // the menu, or "Elsewhere in the window"
    QString action; // as the menu shows it, without & or …
    QString keys;   // in the platform's own notation
};

// Every action in the window that has a key, read from the actions themselves, so the
// reference cannot drift from what the keys do: each menu in order, then the panes' own.
QList<ShortcutRow> keyboardReference(const QMainWindow *window);

// Help → Keyboard Shortcuts: that list in a dialog.
void showKeyboardReference(QMainWindow *window);

} // namespace bridge
