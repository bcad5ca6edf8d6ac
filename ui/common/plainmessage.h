#pragma once

#include <QMessageBox>

namespace bridge {

// A message box that shows its text as written. QMessageBox guesses HTML from the text, and
// these messages quote file names and what people typed.
inline void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                             const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace bridge
