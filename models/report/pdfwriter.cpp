#include "pdfwriter.h"

#include "exportfile.h"

#include "htmlwriter.h"
#include "svgcharts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {

QImage render(const QString &svg)
{
    QSvgRenderer renderer(svg.toUtf8());
    const QSize size = renderer.defaultSize() * 2; // crisp when printed
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}
} // namespace

Done writePostmortemPdf(const PostmortemDocument &document, const QString &path)
{
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(document.title);
        pdf.setCreator(u"Incident Bridge"_s);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(150);

        QTextDocument text;
        text.addResource(QTextDocument::ImageResource, QUrl(u"bridge-figure:assumption-map"_s),
                         render(assumptionMapSvg(document)));
        text.addResource(QTextDocument::ImageResource, QUrl(u"bridge-figure:ownership"_s),
                         render(ownershipChartSvg(document)));
        text.setDefaultStyleSheet(
            u"h1{font-size:16pt} h2{font-size:13pt;color:#1e3a8a} "
            "h3{font-size:11pt} th{background-color:#eef0f3} "
            "body{font-size:9pt} p.entry{margin-top:0;margin-bottom:3px} "
            "p.bullet{margin-top:0;margin-bottom:2px;margin-left:14px;text-indent:-10px}"_s);
        text.setHtml(postmortemHtml(document, HtmlFlavour::Print));
        text.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
        text.print(&pdf);
    }
    return writeExportFile(path, file.data());
}

} // namespace bridge
