#include "kindstyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace bridge {

QColor kindColor(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Action:
        return QColor(0x1f, 0x6f, 0xd0);
    case EntryKind::Observation:
        return QColor(0x0b, 0x84, 0x7a);
    case EntryKind::Expectation:
        return QColor(0x7b, 0x4f, 0xc9);
    case EntryKind::Assumption:
        return QColor(0xc2, 0x62, 0x0a);
    case EntryKind::Decision:
        return QColor(0x2e, 0x7d, 0x32);
    case EntryKind::Note:
        return QColor(0x6b, 0x72, 0x80);
    case EntryKind::StatusChange:
        return QColor(0x37, 0x41, 0x51);
    case EntryKind::Handoff:
        return QColor(0x8d, 0x55, 0x24);
    case EntryKind::Update:
        return QColor(0x1e, 0x3a, 0x8a);
    }
    return Qt::gray;
}

QString kindLetter(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Action:
        return u"A"_s;
    case EntryKind::Observation:
        return u"O"_s;
    case EntryKind::Expectation:
        return u"E"_s;
    case EntryKind::Assumption:
        return u"?"_s;
    case EntryKind::Decision:
        return u"D"_s;
    case EntryKind::Note:
        return u"N"_s;
    case EntryKind::StatusChange:
        return u"S"_s;
    case EntryKind::Handoff:
        return u"H"_s;
    case EntryKind::Update:
        return u"U"_s;
    }
    return {};
}

QIcon kindIcon(EntryKind kind)
{
    static QHash<int, QIcon> cache;
    if (auto it = cache.constFind(static_cast<int>(kind)); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(kindColor(kind));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(size * 5 / 8);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, kindLetter(kind));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(static_cast<int>(kind), icon);
    return icon;
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xb3, 0x26, 0x1e);
    case Severity::Sev2:
        return QColor(0xd4, 0x5d, 0x00);
    case Severity::Sev3:
        return QColor(0xa1, 0x6b, 0x00);
    case Severity::Sev4:
        return QColor(0x4b, 0x55, 0x63);
    }
    return Qt::gray;
}

} // namespace bridge
