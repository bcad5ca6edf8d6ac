#include "common/indicatorstyle.h"

#include <QCheckBox>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// The lightest edge pixel of an unchecked box, drawn on a dark palette.
int lightestEdge(QStyle *style)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QCheckBox box(u"Show retracted"_s);
    box.setStyle(style);
    box.setPalette(dark);
    box.setChecked(false);
    box.resize(box.sizeHint());
    const QImage image = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = style->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    int lightest = 0;
    for (int x = indicator.left(); x <= indicator.right(); ++x) {
        for (int y : {indicator.top(), indicator.bottom()})
            lightest = std::max(lightest, QColor(image.pixel(x, y)).lightness());
    }
    return lightest;
}
} // namespace

class TestIndicatorStyle : public QObject
{
    Q_OBJECT
private slots:
    // Under a dark theme an unchecked box is outlined in the text colour; plain Fusion draws
    // its edge within a few shades of the background, where it vanishes.
    void anUncheckedBoxIsSeenOnADarkPalette()
    {
        QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
        QVERIFY(fusion);
        const int plain = lightestEdge(fusion);
        IndicatorStyle repaired(QStyleFactory::create(u"Fusion"_s));
        const int outlined = lightestEdge(&repaired);
        QVERIFY2(plain < 120, qPrintable(u"plain Fusion edge %1"_s.arg(plain)));
        QVERIFY2(outlined >= 150, qPrintable(u"outlined edge %1"_s.arg(outlined)));
        delete fusion;
    }
};

QTEST_MAIN(TestIndicatorStyle)
#include "tst_indicatorstyle.moc"
