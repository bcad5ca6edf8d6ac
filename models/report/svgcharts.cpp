#include "svgcharts.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Postmortem)
};

QString text(double x, double y, const QString &content, const QString &attributes = {})
{
    return u"<text x=\"%1\" y=\"%2\"%3>%4</text>"_s.arg(x).arg(y).arg(
        attributes.isEmpty() ? QString() : u" "_s + attributes, xmlEscaped(content));
}

QString shortened(const QString &s, int length)
{
    return s.size() > length ? s.left(length - 1) + QChar(0x2026) : s;
}
} // namespace

QString xmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', u"&#39;"_s);
    // Characters XML 1.0 does not allow at all.
    static const QRegularExpression forbidden(u"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"_s);
    out.remove(forbidden);
    return out;
}

QString assumptionMapSvg(const PostmortemDocument &doc)
{
    const int w = 720, h = 440, left = 60, top = 30, cellW = 320, cellH = 190;
    QStringList svg;
    svg << u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
           "viewBox=\"0 0 %1 %2\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">"_s
               .arg(w)
               .arg(h);
    svg << u"<title>%1</title>"_s.arg(xmlEscaped(Tr::tr("Assumption map")));
    const struct
    {
        bool known;
        bool important;
        int col;
        int row;
        const char *fill;
        QString title;
    } quadrants[] = {
        {false, true, 0, 0, "#fde2e1", Tr::tr("Unknown, important: check first")},
        {true, true, 1, 0, "#e3f2e6", Tr::tr("Known, important")},
        {false, false, 0, 1, "#fff4d6", Tr::tr("Unknown, unimportant")},
        {true, false, 1, 1, "#eef0f3", Tr::tr("Known, unimportant")},
    };
    for (const auto &q : quadrants) {
        const int x = left + q.col * cellW, y = top + q.row * cellH;
        svg << u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" stroke=\"#666\"/>"_s
                   .arg(x)
                   .arg(y)
                   .arg(cellW)
                   .arg(cellH)
                   .arg(QLatin1StringView(q.fill));
        svg << text(x + 8, y + 18, q.title, u"font-weight=\"bold\""_s);
        int line = 0;
        for (const AssumptionPoint &p : doc.assumptions) {
            if (!p.rated || p.known != q.known || p.important != q.important)
                continue;
            if (line == 7) {
                svg << text(x + 8, y + 40 + 20 * line, Tr::tr("and more (see the table)"));
                break;
            }
            svg << u"<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#c2620a\"/>"_s.arg(x + 14).arg(
                y + 36 + 20 * line);
            svg << text(x + 24, y + 40 + 20 * line,
                        shortened(p.label + u" ("_s + p.actor + u")"_s, 46));
            ++line;
        }
    }
    svg << text(left, h - 12, Tr::tr("← unknown      known →"));
    svg << text(14, top + cellH, Tr::tr("important ↑"),
                u"transform=\"rotate(-90 14 %1)\""_s.arg(top + cellH));
    svg << u"</svg>"_s;
    return svg.join(u'\n');
}

QString ownershipChartSvg(const PostmortemDocument &doc)
{
    QStringList lanes;
    for (const OwnershipBar &b : doc.ownership) {
        if (!lanes.contains(b.lane))
            lanes << b.lane;
    }
    const int labelW = 220, chartW = 480, laneH = 26, top = 24;
    const int w = labelW + chartW + 20, h = top + laneH * int(lanes.size()) + 30;
    const qint64 span = std::max<qint64>(1, doc.chartStart.secsTo(doc.chartEnd));
    auto xOf = [&](const QDateTime &t) {
        const qint64 s = std::clamp<qint64>(doc.chartStart.secsTo(t), 0, span);
        return labelW + double(chartW) * double(s) / double(span);
    };
    const char *colors[] = {"#1f6fd0", "#0b847a", "#7b4fc9", "#c2620a", "#2e7d32", "#8d5524"};
    QStringList people;
    QStringList svg;
    svg << u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
           "viewBox=\"0 0 %1 %2\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">"_s
               .arg(w)
               .arg(h);
    svg << u"<title>%1</title>"_s.arg(xmlEscaped(Tr::tr("Ownership over time")));
    svg << text(labelW, 14, doc.chartStart.toTimeZone(doc.zone).toString(u"ddd HH:mm"_s));
    svg << text(labelW + chartW, 14, doc.chartEnd.toTimeZone(doc.zone).toString(u"ddd HH:mm"_s),
                u"text-anchor=\"end\""_s);
    for (int i = 0; i < lanes.size(); ++i) {
        const int y = top + laneH * i;
        svg << text(4, y + 17, shortened(lanes.at(i), 34));
        svg << u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>"_s.arg(labelW)
                   .arg(y + laneH)
                   .arg(labelW + chartW);
    }
    for (const OwnershipBar &b : doc.ownership) {
        if (!people.contains(b.person))
            people << b.person;
        const int lane = int(lanes.indexOf(b.lane));
        const double x1 = xOf(b.from), x2 = std::max(xOf(b.to), x1 + 2);
        const int y = top + laneH * lane + 4;
        const char *color = colors[people.indexOf(b.person) % 6];
        svg << u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" rx=\"3\" fill=\"%4\"/>"_s
                   .arg(x1)
                   .arg(y)
                   .arg(x2 - x1)
                   .arg(QLatin1StringView(color));
        if (x2 - x1 > 40)
            svg << text(x1 + 4, y + 13, shortened(b.person, int((x2 - x1) / 7)),
                        u"fill=\"#ffffff\""_s);
    }
    svg << u"</svg>"_s;
    return svg.join(u'\n');
}

} // namespace bridge
