// The Markdown and HTML writers: whatever a scribe typed stays text. No markup survives
// escaping, no control character reaches a report, and every character typed is still there.
#include "fuzzcheck.h"
#include "report/markdownwriter.h"
#include "report/svgcharts.h"

#include <cstdint>

using namespace bridge;

namespace {
bool isControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString xml = xmlEscaped(text);
    for (QChar c : xml) {
        FUZZ_CHECK(c != u'<' && c != u'>' && c != u'"' && c != u'\'');
        FUZZ_CHECK(c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r');
    }

    for (bool inTable : {false, true}) {
        const QString md = markdownText(text, inTable);
        QString unescaped;
        for (qsizetype i = 0; i < md.size(); ++i) {
            const QChar c = md.at(i);
            FUZZ_CHECK(!isControl(c));
            if (c == u'\\' && i + 1 < md.size()) {
                unescaped += md.at(++i); // an escaped character
                continue;
            }
            if (inTable && QStringView(md).mid(i).startsWith(u"<br>")) {
                i += 3; // the writer's own line break inside a cell
                continue;
            }
            // Every character Markdown could read as markup arrives escaped.
            FUZZ_CHECK(!QStringView(u"`*_[]<>|~&!").contains(c));
            unescaped += c;
        }
        // Nothing the scribe typed is dropped but control characters and blank-line space.
        qsizetype letters = 0;
        for (QChar c : text)
            letters += (c.isLetterOrNumber() ? 1 : 0);
        qsizetype kept = 0;
        for (QChar c : unescaped)
            kept += (c.isLetterOrNumber() ? 1 : 0);
        FUZZ_CHECK(kept >= letters);
    }
    return 0;
}
