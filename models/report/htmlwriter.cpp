#include "htmlwriter.h"

#include "svgcharts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Postmortem)
};

QString html(const QString &text)
{
    return xmlEscaped(text).replace(u'\n', u"<br>"_s);
}

const char *styleSheet()
{
    return R"(body{font-family:"DejaVu Sans",system-ui,sans-serif;color:#1b1f24;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #1e3a8a;padding-bottom:.15em;margin-top:1.8em}
h3{margin-bottom:.3em}.draft{background:#ffd166;padding:.4em .8em;font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0 1em}
th,td{border:1px solid #c8ccd2;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef0f3}tr.retracted td{color:#6b7280;text-decoration:line-through}
dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
figure{margin:1em 0}svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}thead{display:table-header-group}tr,figure{break-inside:avoid}})";
}

// Timeline rows for print: "When · Kind · Who" in bold, then what happened and any notes.
QString entryParagraphs(const DocBlock &b)
{
    QStringList out;
    out.reserve(b.rows.size());
    for (const QStringList &row : b.rows) {
        if (row.size() < 5)
            continue;
        QString what = html(row.at(3));
        if (row.at(4).contains(Tr::tr("RETRACTED")))
            what = u"<s>%1</s>"_s.arg(what);
        const QString notes
            = row.at(4).isEmpty() ? QString() : u" <i>(%1)</i>"_s.arg(html(row.at(4)));
        out << u"<p class=\"entry\"><b>%1</b> · %2 · %3<br>%4%5</p>"_s.arg(
            html(row.at(0)), html(row.at(1)), html(row.at(2)), what, notes);
    }
    return out.join(u'\n');
}

QString block(const DocBlock &b, const PostmortemDocument &doc, HtmlFlavour flavour)
{
    const bool print = flavour == HtmlFlavour::Print;
    switch (b.type) {
    case DocBlock::Type::Subheading:
        return u"<h3>%1</h3>"_s.arg(html(b.text));
    case DocBlock::Type::Paragraph:
        return u"<p>%1</p>"_s.arg(html(b.text));
    case DocBlock::Type::Facts: {
        QStringList out{print ? u"<table class=\"facts\">"_s : u"<dl>"_s};
        for (const auto &[label, value] : b.facts)
            out << (print ? u"<tr><th>%1</th><td>%2</td></tr>"_s : u"<dt>%1</dt><dd>%2</dd>"_s)
                       .arg(html(label), html(value));
        out << (print ? u"</table>"_s : u"</dl>"_s);
        return out.join(u'\n');
    }
    case DocBlock::Type::Bullets: {
        if (print) {
            // Paragraphs, not <ul>: QTextList::add is quadratic, and one person's list
            // of actions can hold thousands.
            QStringList out;
            for (const QString &item : b.items)
                out << u"<p class=\"bullet\">• %1</p>"_s.arg(html(item));
            return out.join(u'\n');
        }
        QStringList out{u"<ul>"_s};
        for (const QString &item : b.items)
            out << u"<li>%1</li>"_s.arg(html(item));
        out << u"</ul>"_s;
        return out.join(u'\n');
    }
    case DocBlock::Type::Table: {
        if (print && b.entryRows)
            return entryParagraphs(b);
        QStringList out{
            print ? u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s
                  : u"<table>"_s,
            u"<thead><tr>"_s};
        for (const QString &h : b.headers)
            out << u"<th>%1</th>"_s.arg(html(h));
        out << u"</tr></thead>"_s << u"<tbody>"_s;
        for (const QStringList &row : b.rows) {
            // Retracted entries stay in the record, struck through and labelled.
            const bool retracted = !row.isEmpty() && row.last().contains(Tr::tr("RETRACTED"));
            out << (retracted ? u"<tr class=\"retracted\">"_s : u"<tr>"_s);
            for (const QString &c : row)
                out << u"<td>%1</td>"_s.arg(html(c));
            out << u"</tr>"_s;
        }
        out << u"</tbody></table>"_s;
        return out.join(u'\n');
    }
    case DocBlock::Type::AssumptionMap:
        return print ? u"<p><img src=\"bridge-figure:assumption-map\" width=\"620\"></p>"_s
                     : u"<figure>%1</figure>"_s.arg(assumptionMapSvg(doc));
    case DocBlock::Type::OwnershipChart:
        return print ? u"<p><img src=\"bridge-figure:ownership\" width=\"620\"></p>"_s
                     : u"<figure>%1</figure>"_s.arg(ownershipChartSvg(doc));
    }
    return {};
}
} // namespace

QString postmortemHtml(const PostmortemDocument &doc, HtmlFlavour flavour)
{
    QStringList out;
    out << u"<!DOCTYPE html>"_s << u"<html lang=\"en\">"_s << u"<head>"_s
        << u"<meta charset=\"utf-8\">"_s
        << u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s
        << u"<title>%1</title>"_s.arg(html(doc.title))
        // Print has its own sheet (pdfwriter): Qt's importer matches every rule of the
        // browser's against every element, which at 10k entries costs seconds.
        << (flavour == HtmlFlavour::Print
                ? QString()
                : u"<style>%1</style>"_s.arg(QString::fromLatin1(styleSheet())))
        << u"</head>"_s << u"<body>"_s << u"<h1>%1</h1>"_s.arg(html(doc.title));
    if (doc.draft)
        out << u"<p class=\"draft\">%1</p>"_s.arg(
            html(Tr::tr("DRAFT: the incident is not closed; facts may still change.")));
    int number = 0;
    for (const DocSection &section : doc.sections) {
        out << u"<section>"_s << u"<h2>%1. %2</h2>"_s.arg(++number).arg(html(section.title));
        for (const DocBlock &b : section.blocks)
            out << block(b, doc, flavour);
        out << u"</section>"_s;
    }
    out << u"</body>"_s << u"</html>"_s;
    return out.join(u'\n') + u'\n';
}

} // namespace bridge
