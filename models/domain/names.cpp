#include "names.h"

using namespace Qt::StringLiterals;

namespace bridge {

QString foldName(const QString &name)
{
    const QString decomposed = name.simplified().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

namespace {
// Whether key starts the name or one of its words.
bool startsNameOrWord(const QString &name, const QString &key)
{
    if (name.startsWith(key))
        return true;
    for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1)) {
        if (QStringView(name).mid(i + 1).startsWith(key))
            return true;
    }
    return false;
}
} // namespace

NameMatch matchName(const QString &typed, const QStringList &known)
{
    NameMatch m;
    m.name = typed.simplified();
    const QString key = foldName(typed);
    if (key.isEmpty())
        return m;
    QStringList starts;
    for (const QString &name : known) {
        const QString folded = foldName(name);
        if (folded == key) {
            m.kind = NameMatch::Kind::Exact;
            m.name = name;
            m.candidates.clear();
            return m;
        }
        if (startsNameOrWord(folded, key) && !starts.contains(name))
            starts << name;
    }
    if (starts.size() == 1) {
        m.kind = NameMatch::Kind::Prefix;
        m.name = starts.first();
        return m;
    }
    if (starts.size() > 1) {
        m.kind = NameMatch::Kind::Ambiguous;
        m.candidates = starts;
        return m;
    }
    // New, but say whom it resembles: a known name that starts with the same first word.
    const QString firstWord = key.section(u' ', 0, 0);
    for (const QString &name : known) {
        if (foldName(name).section(u' ', 0, 0) == firstWord)
            m.candidates << name;
    }
    return m;
}

} // namespace bridge
