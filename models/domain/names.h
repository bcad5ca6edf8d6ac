#pragma once

#include <QString>
#include <QStringList>

// People are chosen, not guessed: how a typed name is matched against the people known.
namespace bridge {

// The form two names are compared in: case and accents folded, white space simplified, so
// "tomas silva" and "Tomás  Silva" are one person.
QString foldName(const QString &name);

struct NameMatch
{
    enum class Kind {
        Exact,     // a known person, whatever the case and accents
        Prefix,    // the start of exactly one known name (or of one word in it)
        Ambiguous, // the start of several names: candidates lists them
        New,       // fits nobody: a new person
    };
    Kind kind = Kind::New;
    QString name;           // Exact, Prefix: the known person's name as stored; New: as typed
    QStringList candidates; // Ambiguous: who it could be; New: names it is close to
};

// typed against known (names as stored). Empty typed text is New with an empty name.
NameMatch matchName(const QString &typed, const QStringList &known);

} // namespace bridge
