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
    // Each assumption in full (wrapped, up to three lines), numbered as in the table below.
    constexpr int left = 60, top = 30, cellW = 360, lineH = 15, charsPerLine = 52;
    struct Placed
    {
        int number;
        QStringList lines;
    };
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
    QList<Placed> placed[4];
    int linesIn[4] = {};
    for (int q = 0; q < 4; ++q) {
        for (int i = 0; i < doc.assumptions.size(); ++i) {
            const AssumptionPoint &p = doc.assumptions.at(i);
            if (!p.rated || p.known != quadrants[q].known || p.important != quadrants[q].important)
                continue;
            QStringList lines = wrappedWords(p.label + u" ("_s + p.actor + u")"_s, charsPerLine);
            if (lines.size() > 3) {
                lines = lines.mid(0, 3);
                lines.last() = shortened(lines.last(), charsPerLine - 1) + QChar(0x2026);
            }
            placed[q] << Placed{i + 1, lines};
            linesIn[q] += int(lines.size());
        }
    }
    const auto rowHeight = [&](int row) {
        const int most = std::max(linesIn[row * 2] + int(placed[row * 2].size()) / 2,
                                  linesIn[row * 2 + 1] + int(placed[row * 2 + 1].size()) / 2);
        return std::max(150, 34 + most * lineH + 8);
    };
    const int topH = rowHeight(0), bottomH = rowHeight(1);
    const int w = left + 2 * cellW + 20, h = top + topH + bottomH + 30;
    QStringList svg;
    svg << u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
           "viewBox=\"0 0 %1 %2\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">"_s
               .arg(w)
               .arg(h);
    svg << u"<title>%1</title>"_s.arg(xmlEscaped(Tr::tr("Assumption map")));
    for (int q = 0; q < 4; ++q) {
        const auto &quad = quadrants[q];
        const int x = left + quad.col * cellW, y = top + (quad.row ? topH : 0);
        svg << u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" stroke=\"#666\"/>"_s
                   .arg(x)
                   .arg(y)
                   .arg(cellW)
                   .arg(quad.row ? bottomH : topH)
                   .arg(QLatin1StringView(quad.fill));
        svg << text(x + 8, y + 18, quad.title, u"font-weight=\"bold\""_s);
        double lineY = y + 38;
        for (const Placed &item : std::as_const(placed[q])) {
            svg << text(x + 8, lineY, QString::number(item.number) + u'.',
                        u"font-weight=\"bold\" fill=\"#8a3f00\""_s);
            for (const QString &line : item.lines) {
                svg << text(x + 30, lineY, line);
                lineY += lineH;
            }
            lineY += lineH / 2.0;
        }
    }
    svg << text(left, h - 12, Tr::tr("← unknown      known →"));
    svg << text(14, top + topH, Tr::tr("important ↑"),
                u"transform=\"rotate(-90 14 %1)\""_s.arg(top + topH));
    svg << u"</svg>"_s;
    return svg.join(u'\n');
}

namespace {
// Okabe and Ito's palette, told apart by most colour-blind readers, and a fill pattern per
// person so the chart still reads on a black-and-white printout.
constexpr const char *personColours[]
    = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f6d00", "#444444"};
constexpr int patternCount = 4; // solid, vertical stripes, a band, dots

QString pattern(int kind, double x, double y, double width, double height)
{
    QStringList marks;
    const auto mark = [&](const QString &m) {
        marks << m;
    };
    switch (kind) {
    case 1:
        for (double px = x + 3; px < x + width - 1; px += 5)
            mark(u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#ffffff\" "
                 "stroke-width=\"1.5\"/>"_s.arg(px)
                     .arg(y)
                     .arg(y + height));
        break;
    case 2:
        if (width > 2)
            mark(u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#ffffff\"/>"_s.arg(x)
                     .arg(y + height * 0.4)
                     .arg(width)
                     .arg(height * 0.2));
        break;
    case 3:
        for (double px = x + 4; px < x + width - 2; px += 7)
            mark(u"<circle cx=\"%1\" cy=\"%2\" r=\"1.6\" fill=\"#ffffff\"/>"_s.arg(px).arg(
                y + height / 2));
        break;
    default:
        break;
    }
    return marks.join(u'\n');
}

// A tick every 15 min, 30 min, 1, 2, 3, 6 or 12 hours: the finest giving at most 12 ticks.
qint64 tickStep(qint64 spanSecs)
{
    for (qint64 step : {900, 1800, 3600, 7200, 10800, 21600, 43200}) {
        if (spanSecs / step <= 12)
            return step;
    }
    return 86400;
}
} // namespace

QString ownershipChartSvg(const PostmortemDocument &doc)
{
    QStringList lanes;
    for (const OwnershipBar &b : doc.ownership) {
        if (!lanes.contains(b.lane))
            lanes << b.lane;
    }
    QStringList people;
    for (const OwnershipBar &b : doc.ownership) {
        if (!people.contains(b.person))
            people << b.person;
    }
    // Lane names wrap onto two lines rather than being cut to the same first words.
    constexpr int labelW = 250, chartW = 560, laneH = 34, top = 40, charsPerLine = 38;
    const int legendRows = int((people.size() + 2) / 3);
    const int chartBottom = top + laneH * int(lanes.size());
    const int w = labelW + chartW + 24, h = chartBottom + 24 + legendRows * 20 + 10;
    const qint64 span = std::max<qint64>(1, doc.chartStart.secsTo(doc.chartEnd));
    auto xOf = [&](const QDateTime &t) {
        const qint64 s = std::clamp<qint64>(doc.chartStart.secsTo(t), 0, span);
        return labelW + double(chartW) * double(s) / double(span);
    };
    QStringList svg;
    svg << u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
           "viewBox=\"0 0 %1 %2\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">"_s
               .arg(w)
               .arg(h);
    svg << u"<title>%1</title>"_s.arg(xmlEscaped(Tr::tr("Ownership over time")));

    // Ticks on round times in the report's zone, the day named where it changes.
    const qint64 step = tickStep(span);
    const QDateTime localStart = doc.chartStart.toTimeZone(doc.zone);
    const qint64 offset = localStart.offsetFromUtc();
    qint64 first = ((doc.chartStart.toSecsSinceEpoch() + offset) / step + 1) * step - offset;
    QDate lastDay;
    for (qint64 t = first; t <= doc.chartStart.toSecsSinceEpoch() + span; t += step) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t, doc.zone);
        const double x = xOf(at);
        svg << u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#cccccc\"/>"_s.arg(x)
                   .arg(top - 4)
                   .arg(chartBottom);
        const bool newDay = at.date() != lastDay;
        lastDay = at.date();
        svg << text(x, top - 8, at.toString(newDay ? u"ddd HH:mm"_s : u"HH:mm"_s),
                    u"text-anchor=\"middle\" fill=\"#555555\""_s);
    }
    svg << text(labelW, 12,
                Tr::tr("From %1 to %2 (%3)")
                    .arg(localStart.toString(u"ddd HH:mm"_s),
                         doc.chartEnd.toTimeZone(doc.zone).toString(u"ddd HH:mm"_s),
                         localStart.timeZoneAbbreviation()),
                u"fill=\"#555555\""_s);
    for (int i = 0; i < lanes.size(); ++i) {
        const int y = top + laneH * i;
        QStringList lines = wrappedWords(lanes.at(i), charsPerLine);
        if (lines.size() > 2) {
            lines = lines.mid(0, 2);
            lines.last() = shortened(lines.last(), charsPerLine - 1) + QChar(0x2026);
        }
        const double firstLine = lines.size() == 1 ? y + 21 : y + 14;
        for (int l = 0; l < lines.size(); ++l)
            svg << text(4, firstLine + 13 * l, lines.at(l));
        svg << u"<line x1=\"0\" y1=\"%1\" x2=\"%2\" y2=\"%1\" stroke=\"#dddddd\"/>"_s.arg(y + laneH)
                   .arg(labelW + chartW);
    }
    for (const OwnershipBar &b : doc.ownership) {
        const int lane = int(lanes.indexOf(b.lane));
        const int who = int(people.indexOf(b.person));
        const double x1 = xOf(b.from), x2 = std::max(xOf(b.to), x1 + 2);
        const int y = top + laneH * lane + 7;
        svg << u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"20\" fill=\"%4\"/>"_s.arg(x1)
                   .arg(y)
                   .arg(x2 - x1)
                   .arg(QLatin1StringView(personColours[who % 8]));
        svg << pattern((who + who / 8) % patternCount, x1, y, x2 - x1, 20);
        if (x2 - x1 > 60) {
            // Named in the bar where it fits, on a plain patch so the pattern cannot cross
            // the letters; the legend always names it.
            const QString name = shortened(b.person, int((x2 - x1 - 8) / 6.5));
            svg << u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\"/>"_s.arg(x1 + 1)
                       .arg(y + 2)
                       .arg(std::min(x2 - x1 - 2, name.size() * 6.5 + 6))
                       .arg(QLatin1StringView(personColours[who % 8]));
            svg << text(x1 + 4, y + 14, name, u"fill=\"#ffffff\" font-weight=\"bold\""_s);
        }
    }
    // The legend: every person's colour and pattern, with their name.
    for (int i = 0; i < people.size(); ++i) {
        const double x = 4 + (i % 3) * ((labelW + chartW) / 3.0);
        const int y = chartBottom + 16 + (i / 3) * 20;
        svg << u"<rect x=\"%1\" y=\"%2\" width=\"28\" height=\"14\" fill=\"%3\"/>"_s.arg(x)
                   .arg(y)
                   .arg(QLatin1StringView(personColours[i % 8]));
        svg << pattern((i + i / 8) % patternCount, x, y, 28, 14);
        svg << text(x + 34, y + 11, people.at(i));
    }
    svg << u"</svg>"_s;
    return svg.join(u'\n');
}

QStringList wrappedWords(const QString &text, int maxChars)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars) {
            lines << line;
            line.clear();
        }
        // A word longer than a line is cut across lines rather than overflowing.
        QString rest = word;
        while (rest.size() > maxChars) {
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            lines << rest.left(maxChars);
            rest = rest.mid(maxChars);
        }
        line += (line.isEmpty() ? QString() : u" "_s) + rest;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace bridge
