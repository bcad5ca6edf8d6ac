#include "reviewpane.h"

#include "domain/localzone.h"
#include "report/exportfile.h"
#include "report/htmlwriter.h"
#include "report/incidentjson.h"
#include "report/markdownwriter.h"
#include "report/pdfwriter.h"
#include "report/postmortemdocument.h"
#include "session/incidentsession.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// Exporting the postmortem from the Review tab: where, in which zone, in which format.
namespace bridge {

void ReviewPane::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the postmortem"), QString(),
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    // Times in the zone the readers live in; UTC is always shown beside it.
    QStringList zones{QString::fromUtf8(localZone().id()), u"UTC"_s};
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    bool ok = false;
    const QString zoneName
        = QInputDialog::getItem(this, tr("Time zone of the report"),
                                tr("Show the report's times in:"), zones, 0, true, &ok);
    if (!ok)
        return;
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid()) {
        emit message(tr("\"%1\" is not a time zone; nothing was exported.").arg(zoneName));
        return;
    }
    auto record = m_session->record(m_incidentId);
    if (!record) {
        emit message(record.error().message);
        return;
    }
    const auto document = buildPostmortem(*record, zone, m_session->now());
    Done written = done();
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        written = writePostmortemPdf(document, path);
    } else {
        QByteArray bytes;
        if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
            bytes = QJsonDocument(exportJson(*record, m_session->now())).toJson();
        else if (path.endsWith(u".md"_s, Qt::CaseInsensitive))
            bytes = postmortemMarkdown(document).toUtf8();
        else
            bytes = postmortemHtml(document).toUtf8();
        written = writeExportFile(path, bytes);
    }
    emit message(written ? tr("Exported to %1.").arg(path) : written.error().message);
}

} // namespace bridge
