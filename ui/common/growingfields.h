#pragma once

class QPlainTextEdit;
class QTableView;

namespace bridge {

// Fields inside one scrolling form: rather than each scrolling on its own (a scroll area in
// a scroll area, where the wheel catches in the wrong one), they grow with what they hold.

// The text box is as tall as its text, between minLines and maxLines lines; past maxLines
// it scrolls, so one long answer cannot push the rest of the form out of reach.
void growWithText(QPlainTextEdit *box, int minLines = 3, int maxLines = 16);

// The table is as tall as its rows (wrapped text included) and never scrolls vertically.
// With no rows it keeps room for one, so it is still seen and clicked.
void growWithRows(QTableView *table);

} // namespace bridge
