// The postmortem's command: export.
#include "exportcommands.h"

#include "cliutil.h"
#include "report/exportfile.h"
#include "report/htmlwriter.h"
#include "report/incidentimport.h"
#include "report/incidentjson.h"
#include "report/markdownwriter.h"
#include "report/pdfwriter.h"
#include "report/postmortemdocument.h"
#include "session/incidentsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};

int runExport(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, {}, u"FORMAT"_s);
    const QCommandLineOption output(u"output"_s, {}, u"FILE"_s);
    const QCommandLineOption zone(u"timezone"_s, {}, u"ZONE"_s);
    if (!parse(parser, inv, {format, output, zone}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || !parser.isSet(format))
        return usage(Tr::tr("export needs an incident id and --format md, html, pdf or json: "
                            "export 12 --format md --output review.md."));
    const QString kind = parser.value(format).toLower();
    if (kind != u"md"_s && kind != u"json"_s && kind != u"html"_s && kind != u"pdf"_s)
        return usage(
            Tr::tr("unknown format \"%1\": use md, html, pdf or json.").arg(parser.value(format)));
    QTimeZone timeZone = localZone();
    if (parser.isSet(zone)) {
        timeZone = QTimeZone(parser.value(zone).toUtf8());
        if (!timeZone.isValid())
            return usage(Tr::tr("\"%1\" is not a time zone. Use an IANA name such as "
                                "Europe/Berlin or America/New_York.")
                             .arg(parser.value(zone)));
    }
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    IncidentSession &session = *opened.value().session;
    auto record = session.record(opened->incident.id);
    if (!record)
        return fail(record.error());

    if (kind == u"pdf"_s) {
        if (!parser.isSet(output))
            return usage(Tr::tr("a PDF needs --output FILE; it is not written to the terminal."));
        auto written = writePostmortemPdf(buildPostmortem(*record, timeZone, session.now()),
                                          parser.value(output));
        return written ? Success : fail(written.error());
    }
    QByteArray bytes;
    if (kind == u"json"_s) {
        bytes = QJsonDocument(exportJson(*record, session.now())).toJson(QJsonDocument::Indented);
    } else {
        const auto document = buildPostmortem(*record, timeZone, session.now());
        bytes = (kind == u"html"_s ? postmortemHtml(document) : postmortemMarkdown(document))
                    .toUtf8();
    }
    if (!parser.isSet(output)) {
        // JSON stays exact (its escapes already keep controls off the terminal).
        printOut(kind == u"json"_s ? QString::fromUtf8(bytes)
                                   : visibleControls(QString::fromUtf8(bytes), true));
        return Success;
    }
    auto written = writeExportFile(parser.value(output), bytes);
    return written ? Success : fail(written.error());
}
int runImport(const Invocation &inv)
{
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("import needs one file: import incident-12.json."));
    QFile file(words.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error::storage(Tr::tr("cannot read %1: %2.").arg(words.first(), file.errorString())));
    if (file.size() > MaxImportBytes)
        return fail(Error::invalid(
            Tr::tr("%1 is larger than 256 MB; it is not an export.").arg(words.first())));
    const QByteArray json = file.readAll();
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    auto id = session.value()->importIncident(json);
    if (!id)
        return fail(id.error());
    printOut(QString::number(*id) + u'\n');
    return Success;
}
} // namespace

const QList<Command> &exportCommands()
{
    static const QList<Command> commands = {{"export", runExport}, {"import", runImport}};
    return commands;
}

} // namespace bridge::cli
