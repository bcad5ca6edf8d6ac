#include "teamlinewriter.h"

#include "sqlerror.h"
#include "sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace bridge {

TeamLineWriter::TeamLineWriter(const QSqlDatabase &db)
    : m_call(db)
{
    m_call.prepare(u"SELECT entry_id, stamped_by, kept_text, feed_before, feed_after "
                   "FROM log_line(?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS uuid))"_s);
}

Result<WrittenTeamLine> TeamLineWriter::write(const IncidentStore::NewEntry &line)
{
    QSqlQuery &q = m_call;
    IncidentStore::bindNewEntry(q, line); // a NUL in the text is kept as U+FFFD
    bindValue(q, line.clientUid.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(line.clientUid));
    if (!q.exec() || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the entry"));
    WrittenTeamLine written;
    written.id = q.value(0).toLongLong();
    written.writtenBy = q.value(1).toString();
    written.text = q.value(2).toString();
    written.feedBefore = q.value(3).toLongLong();
    written.feedAfter = q.value(4).toLongLong();
    q.finish();
    return written;
}

} // namespace bridge
