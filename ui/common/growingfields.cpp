#include "growingfields.h"

#include <QAbstractTextDocumentLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace bridge {

namespace {
void fitText(QPlainTextEdit *box, int minLines, int maxLines)
{
    // QPlainTextDocumentLayout measures its document in lines, wrapped lines included.
    const int lines = static_cast<int>(box->document()->documentLayout()->documentSize().height());
    const int shown = std::clamp(lines, minLines, maxLines);
    const int margins = static_cast<int>(2 * box->document()->documentMargin())
                        + 2 * box->frameWidth() + box->contentsMargins().top()
                        + box->contentsMargins().bottom();
    box->setFixedHeight(shown * box->fontMetrics().lineSpacing() + margins);
}

void fitRows(QTableView *table)
{
    table->resizeRowsToContents();
    const int rows = table->model() ? table->model()->rowCount() : 0;
    // isHidden, not isVisible: measured before the form is first shown, the header counts too.
    int height = table->horizontalHeader()->isHidden() ? 0 : table->horizontalHeader()->height();
    for (int r = 0; r < rows; ++r)
        height += table->rowHeight(r);
    if (rows == 0)
        height += table->verticalHeader()->defaultSectionSize();
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->height();
    table->setFixedHeight(height + 2 * table->frameWidth());
}
} // namespace

void growWithText(QPlainTextEdit *box, int minLines, int maxLines)
{
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const auto fit = [box, minLines, maxLines] {
        fitText(box, minLines, maxLines);
    };
    QObject::connect(box->document()->documentLayout(),
                     &QAbstractTextDocumentLayout::documentSizeChanged, box, fit);
    fit();
}

void growWithRows(QTableView *table)
{
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Queued: rows are measured once the change and its wrapping have settled.
    auto *pending = new QTimer(table);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, table, [table] { fitRows(table); });
    const auto later = [pending] {
        pending->start();
    };
    QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, later);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, later);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, later);
    QObject::connect(model, &QAbstractItemModel::dataChanged, table, later);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, later);
    fitRows(table);
}

} // namespace bridge
