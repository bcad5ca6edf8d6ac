#pragma once

class QString;
class QTableView;

namespace bridge {

// The look every record table here shares: whole-row selection of one row, read-only,
// no grid, fixed one-line rows (cheap at 100k rows), context menus, a name for screen readers.
void setUpRecordTable(QTableView *view, const QString &accessibleName);

} // namespace bridge
