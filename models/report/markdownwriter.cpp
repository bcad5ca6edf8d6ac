#include "markdownwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Postmortem)
};

QString escapeLine(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        // Control characters other than tab would only confuse readers and renderers.
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            continue;
        // Inline markup, links, images, raw HTML, entities and table pipes.
        if (u"\\`*_[]<>|~&!"_s.contains(c))
            out += u'\\';
        out += c;
    }
    // What could start a block at the beginning of a line: headings, quotes, lists, rules.
    static const QRegularExpression blockStart(uR"(^(\s*)([#>+=-]|\d+[.)]))"_s);
    if (const auto m = blockStart.match(out); m.hasMatch()) {
        const int at = int(m.capturedStart(2));
        const QString marker = m.captured(2);
        if (marker.at(0).isDigit())
            out.insert(at + marker.size() - 1, u'\\');
        else
            out.insert(at, u'\\');
    }
    return out;
}

QString cell(const QString &text)
{
    return markdownText(text, true);
}

QString picture(const DocBlock &block, const PostmortemDocument &doc)
{
    QStringList out;
    if (block.type == DocBlock::Type::AssumptionMap) {
        const struct
        {
            bool known;
            bool important;
            QString title;
        } quadrants[] = {
            {false, true, Tr::tr("Unknown and important: check these first")},
            {true, true, Tr::tr("Known and important")},
            {false, false, Tr::tr("Unknown and unimportant")},
            {true, false, Tr::tr("Known and unimportant")},
        };
        for (const auto &q : quadrants) {
            QStringList items;
            for (const AssumptionPoint &p : doc.assumptions) {
                if (p.rated && p.known == q.known && p.important == q.important)
                    items << u"- %1 (%2)"_s.arg(markdownText(p.label), markdownText(p.actor));
            }
            out << u"**%1**"_s.arg(markdownText(q.title)) << QString()
                << (items.isEmpty() ? QStringList{u"- —"_s} : items) << QString();
        }
        QStringList unrated;
        for (const AssumptionPoint &p : doc.assumptions) {
            if (!p.rated)
                unrated << u"- %1 (%2)"_s.arg(markdownText(p.label), markdownText(p.actor));
        }
        if (!unrated.isEmpty())
            out << u"**%1**"_s.arg(markdownText(Tr::tr("Not yet placed on the map"))) << QString()
                << unrated << QString();
    } else {
        for (const OwnershipBar &b : doc.ownership)
            out << u"- %1: %2, %3 to %4"_s.arg(markdownText(b.lane), markdownText(b.person),
                                               markdownText(reportTime(b.from, doc.zone)),
                                               markdownText(reportTime(b.to, doc.zone)));
        out << QString();
    }
    return out.join(u'\n');
}
} // namespace

QString markdownText(const QString &text, bool inTable)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << escapeLine(line.trimmed().isEmpty() ? QString() : line);
    return lines.join(inTable ? u"<br>"_s : u"  \n"_s);
}

QString postmortemMarkdown(const PostmortemDocument &doc)
{
    QStringList out;
    out << u"# "_s + markdownText(doc.title) << QString();
    if (doc.draft)
        out << u"> **"_s + Tr::tr("DRAFT") + u"**: "_s
                   + markdownText(Tr::tr("the incident is not closed; facts may still change."))
            << QString();
    int number = 0;
    for (const DocSection &section : doc.sections) {
        out << u"## %1. %2"_s.arg(++number).arg(markdownText(section.title)) << QString();
        for (const DocBlock &block : section.blocks) {
            switch (block.type) {
            case DocBlock::Type::Subheading:
                out << u"### "_s + markdownText(block.text) << QString();
                break;
            case DocBlock::Type::Paragraph:
                out << markdownText(block.text) << QString();
                break;
            case DocBlock::Type::Facts:
                for (const auto &[label, value] : block.facts)
                    out << u"- **%1:** %2"_s.arg(markdownText(label), markdownText(value));
                out << QString();
                break;
            case DocBlock::Type::Bullets:
                for (const QString &item : block.items)
                    out << u"- "_s + markdownText(item);
                out << QString();
                break;
            case DocBlock::Type::Table: {
                QStringList header, rule;
                for (const QString &h : block.headers) {
                    header << cell(h);
                    rule << u"---"_s;
                }
                out << u"| "_s + header.join(u" | "_s) + u" |"_s;
                out << u"| "_s + rule.join(u" | "_s) + u" |"_s;
                for (const QStringList &row : block.rows) {
                    QStringList cells;
                    for (const QString &c : row)
                        cells << cell(c);
                    out << u"| "_s + cells.join(u" | "_s) + u" |"_s;
                }
                out << QString();
                break;
            }
            case DocBlock::Type::AssumptionMap:
            case DocBlock::Type::OwnershipChart:
                out << picture(block, doc);
                break;
            }
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n') + u'\n';
}

} // namespace bridge
