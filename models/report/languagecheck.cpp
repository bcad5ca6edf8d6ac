#include "languagecheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::LanguageCheck)
};

void findAll(const QRegularExpression &re, const QString &text, const QString &kind,
             const QString &advice, QList<LanguageIssue> &issues)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        issues << LanguageIssue{kind, m.captured(0).simplified(), advice};
    }
}

// Words that, inside a hyphenated lower-case name, mark it as a machine or service.
bool looksInternal(const QString &token)
{
    static const QSet<QString> infra = {
        u"db"_s,   u"api"_s,     u"svc"_s,     u"prod"_s,    u"staging"_s, u"k8s"_s,   u"node"_s,
        u"host"_s, u"cluster"_s, u"replica"_s, u"primary"_s, u"shard"_s,   u"redis"_s, u"kafka"_s,
        u"pod"_s,  u"vm"_s,      u"lb"_s,      u"proxy"_s,   u"worker"_s,  u"queue"_s};
    const QStringList parts = token.split(QRegularExpression(u"[-_.]"_s), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return false;
    for (const QString &p : parts) {
        if (infra.contains(p)
            || std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit(); }))
            return true;
    }
    return false;
}
// "[what changed]": a bracket, three or more characters on one line, its closing bracket.
// One pass, so a text of a hundred thousand "[" costs what any text of that length does
// (the pattern \[[^\]\n]{3,}\] it replaces took 86 s on 300,000 characters).
QStringList placeholders(const QString &text)
{
    QStringList found;
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            open = -1;
        } else if (c == u'[') {
            if (open < 0)
                open = i;
        } else if (c == u']') {
            if (open >= 0 && i - open - 1 >= 3)
                found << text.mid(open, i - open + 1);
            open = -1;
        }
    }
    return found;
}
} // namespace

QList<LanguageIssue> checkUpdateText(const QString &text, const UpdateCheckContext &context)
{
    QList<LanguageIssue> issues;
    static const QRegularExpression blame(
        uR"(\b(human error|should(?:n't| not)? have|failed to|careless(?:ness|ly)?|negligen\w*|)"
        uR"(root cause (?:was|is)\b[^.\n]*|(?:\w+'s|his|her|their) fault|to blame)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    findAll(blame, text, u"blame"_s,
            Tr::tr("Blame-prone wording. Say what happened and what people saw, not who should "
                   "have done better."),
            issues);

    for (const QString &person : context.people) {
        const QString first = person.section(u' ', 0, 0);
        QStringList names{QRegularExpression::escape(person)};
        if (first.size() >= 3 && first != person)
            names << QRegularExpression::escape(first);
        const QString who = u"(?:%1)"_s.arg(names.join(u'|'));
        const QRegularExpression cause(
            uR"(\b%1\b[^.\n]{0,40}\b(caused|broke|forgot|missed|messed up|screwed up|pushed a bad)\b|)"
            uR"(\b(caused|broken|triggered) by %1\b)"_s.arg(who),
            QRegularExpression::CaseInsensitiveOption);
        findAll(cause, text, u"person_as_cause"_s,
                Tr::tr("A person is named as the cause. Describe the change and the conditions "
                       "instead; people act on what they know at the time."),
                issues);
        if (context.audience == Audience::Customer) {
            const QRegularExpression named(u"\\b%1\\b"_s.arg(who));
            findAll(named, text, u"person_name"_s,
                    Tr::tr("A person's name in a customer update. Say \"our team\" instead."),
                    issues);
        }
    }

    if (context.audience == Audience::Customer) {
        static const QRegularExpression token(uR"(\b[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+\b)"_s);
        auto it = token.globalMatch(text);
        while (it.hasNext()) {
            const QString t = it.next().captured(0);
            if (looksInternal(t))
                issues << LanguageIssue{u"internal_name"_s, t,
                                        Tr::tr("Looks like an internal host or service name. "
                                               "Customers need the effect in their words.")};
        }
        static const QRegularExpression ip(uR"(\b\d{1,3}(?:\.\d{1,3}){3}\b)"_s);
        findAll(ip, text, u"internal_name"_s, Tr::tr("An IP address in a customer update."),
                issues);
    }

    for (const QString &part : placeholders(text))
        issues << LanguageIssue{u"placeholder"_s, part.simplified(),
                                Tr::tr("A part of the draft still to be written.")};

    if (context.expectsNextUpdate) {
        static const QRegularExpression next(uR"(next update[^\n]{0,40}?\b\d{1,2}[:.]\d{2}\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        if (!next.match(text).hasMatch())
            issues << LanguageIssue{u"no_next_update"_s, QString(),
                                    Tr::tr("No time for the next update. Readers stop asking "
                                           "when they know when they will hear more.")};
    }
    return issues;
}

QList<LanguageIssue> checkReviewText(const QString &text, const QStringList &people)
{
    UpdateCheckContext context;
    context.audience = Audience::Tactical; // no customer rules, no next-update time
    context.people = people;
    context.expectsNextUpdate = false;
    QList<LanguageIssue> issues;
    for (const LanguageIssue &i : checkUpdateText(text, context)) {
        if (i.kind != u"placeholder"_s)
            issues << i;
    }
    static const QRegularExpression hindsight(
        uR"(\b(why didn'?t|why did(?:n't| not)|obviously|clearly should)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    findAll(hindsight, text, u"hindsight"_s,
            Tr::tr("Hindsight wording. Ask what made the action make sense at the time."), issues);
    static const QRegularExpression minimising(uR"(\b(just|simply|merely)\b)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    findAll(minimising, text, u"minimising"_s,
            Tr::tr("\"Just\" and \"simply\" make a hard thing sound easy, and the person who "
                   "found it hard sound careless."),
            issues);
    return issues;
}

} // namespace bridge
