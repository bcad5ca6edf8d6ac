#include "updateformat.h"

#include "svgcharts.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// A label the templates use: "Impact:", "Next update:", "Current status:".
const QRegularExpression &labelPattern()
{
    static const QRegularExpression re(uR"(^([A-Z][A-Za-z' ]{1,30}):\s(.*)$)"_s);
    return re;
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (u"\\`*_{}[]<>()#+-.!|~&"_s.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString escapeHtml(const QString &text)
{
    return xmlEscaped(text);
}
} // namespace

QString updateAsMarkdown(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"- "_s)) {
            out << u"- "_s + escapeMarkdown(line.mid(2));
        } else if (const auto m = labelPattern().match(line); m.hasMatch()) {
            out << u"**%1:** %2"_s.arg(escapeMarkdown(m.captured(1)),
                                       escapeMarkdown(m.captured(2)));
            out << QString();
        } else if (line.trimmed().isEmpty()) {
            out << QString();
        } else {
            out << escapeMarkdown(line) << QString();
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n') + u'\n';
}

QString updateAsHtml(const QString &text)
{
    QStringList out;
    bool inList = false;
    for (const QString &line : text.split(u'\n')) {
        const bool item = line.startsWith(u"- "_s);
        if (item && !inList)
            out << u"<ul>"_s;
        if (!item && inList)
            out << u"</ul>"_s;
        inList = item;
        if (item) {
            out << u"<li>%1</li>"_s.arg(escapeHtml(line.mid(2)));
        } else if (const auto m = labelPattern().match(line); m.hasMatch()) {
            out << u"<p><strong>%1:</strong> %2</p>"_s.arg(escapeHtml(m.captured(1)),
                                                           escapeHtml(m.captured(2)));
        } else if (!line.trimmed().isEmpty()) {
            out << u"<p>%1</p>"_s.arg(escapeHtml(line));
        }
    }
    if (inList)
        out << u"</ul>"_s;
    return out.join(u'\n');
}

} // namespace bridge
