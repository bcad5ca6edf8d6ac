#include "incidentimport.h"

#include "domain/timeparse.h"
#include "incidentjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Import)
};

// Reads fields off one object, remembering the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *problem)
        : m_o(o)
        , m_path(std::move(path))
        , m_problem(problem)
    {}

    QString text(const char *key, bool required = true) const
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, Tr::tr("is missing"));
            return QString(u""_s);
        }
        if (!v.isString())
            fail(key, Tr::tr("must be a string"));
        return v.toString();
    }
    // A person's name: white space folded; required ones may not be blank.
    QString name(const char *key, bool required = true) const
    {
        QString n = text(key, required).simplified();
        if (required && n.isEmpty())
            fail(key, Tr::tr("is empty: a person's name is needed"));
        return n;
    }
    QDateTime time(const char *key, bool required = true) const
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, Tr::tr("is missing"));
            return {};
        }
        const auto t = parseIsoTime(v.toString()); // not a string: "" and refused
        if (!t) {
            fail(key, Tr::tr("must be an ISO 8601 time such as 2018-10-21T22:52:00.000Z"));
            return {};
        }
        return *t;
    }
    bool flag(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isBool())
            fail(key, Tr::tr("must be true or false"));
        return v.toBool();
    }
    qint64 number(const char *key, bool required = true) const
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() && !required)
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9e15 || d != double(qint64(d)))
            fail(key, Tr::tr("must be a whole number"));
        return qint64(d);
    }
    QJsonArray array(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, Tr::tr("must be an array"));
        return v.toArray();
    }
    QJsonObject object(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key, Tr::tr("must be an object"));
        return v.toObject();
    }
    template<typename E>
    E choice(const char *key, std::optional<E> (*parse)(QStringView), E fallback) const
    {
        const QString value = text(key);
        const auto parsed = parse(value);
        if (!parsed && m_problem->isEmpty())
            fail(key, Tr::tr("has an unknown value \"%1\"").arg(value.left(40)));
        return parsed.value_or(fallback);
    }
    QString path(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1StringView(key);
    }
    void fail(const char *key, const QString &what) const
    {
        if (m_problem->isEmpty())
            *m_problem = u"%1 %2"_s.arg(path(key), what);
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_problem;
};

// What QJsonDocument lets through but JSON does not: a raw control character (a NUL, say)
// and a \u escape of half a surrogate pair, which Qt decodes by eating what follows.
QString lexicalProblem(const QByteArray &json)
{
    const auto hexAt = [&](qsizetype at) -> int {
        if (at + 4 > json.size())
            return -1;
        bool ok = false;
        const int code = QByteArray(json.constData() + at, 4).toInt(&ok, 16);
        return ok ? code : -1;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = static_cast<unsigned char>(json.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return Tr::tr("a raw control character (0x%1) at byte %2; JSON writes it as \\u%3")
                .arg(uint(c), 2, 16, QChar(u'0'))
                .arg(i)
                .arg(uint(c), 4, 16, QChar(u'0'));
        if (c != '\\' || i + 1 >= json.size())
            continue;
        if (json.at(i + 1) != 'u') {
            ++i; // an escape such as \\ or \": its second character is not a new escape
            continue;
        }
        const int code = hexAt(i + 2);
        const bool high = code >= 0xd800 && code <= 0xdbff;
        const bool low = code >= 0xdc00 && code <= 0xdfff;
        if (high) {
            const bool paired = i + 7 < json.size() && json.at(i + 6) == '\\'
                                && json.at(i + 7) == 'u' && hexAt(i + 8) >= 0xdc00
                                && hexAt(i + 8) <= 0xdfff;
            if (!paired)
                return Tr::tr("half a surrogate pair (\\u%1) at byte %2")
                    .arg(uint(code), 4, 16, QChar(u'0'))
                    .arg(i);
            i += 11;
            continue;
        }
        if (low)
            return Tr::tr("half a surrogate pair (\\u%1) at byte %2")
                .arg(uint(code), 4, 16, QChar(u'0'))
                .arg(i);
        i += 5;
    }
    return {};
}

QJsonObject item(const QJsonValue &v, const QString &path, QString *problem)
{
    if (!v.isObject() && problem->isEmpty())
        *problem = Tr::tr("%1 must be an object").arg(path);
    return v.toObject();
}
} // namespace

Result<ImportedIncident> parseIncidentExport(const QByteArray &json)
{
    if (json.size() > MaxImportBytes)
        return Error::invalid(Tr::tr("The file is larger than 256 MB; this is not an export."));
    if (const QString lexical = lexicalProblem(json); !lexical.isEmpty())
        return Error::invalid(
            Tr::tr("The file is not valid JSON: %1. Nothing was imported.").arg(lexical));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(Tr::tr("The file is not valid JSON (%1 at byte %2); it may be "
                                     "truncated. Nothing was imported.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    if (!document.isObject())
        return Error::invalid(Tr::tr("The file is JSON but not an incident export. Nothing was "
                                     "imported."));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(u"format_version"_s);
    if (!version.isDouble())
        return Error::invalid(Tr::tr("The file has no format_version: it is not an Incident "
                                     "Bridge export. Nothing was imported."));
    if (version.toInt() != ExportFormatVersion || version.toDouble() != double(version.toInt()))
        return Error::invalid(Tr::tr("The export is format %1; this build reads format %2. "
                                     "Nothing was imported.")
                                  .arg(QString::number(version.toDouble(), 'g', 17))
                                  .arg(ExportFormatVersion));

    QString problem;
    ImportedIncident in;
    IncidentRecord &r = in.record;
    const Reader top(root, {}, &problem);
    Incident &i = r.incident;
    i.title = top.text("title").simplified();
    if (i.title.isEmpty() && problem.isEmpty())
        problem = Tr::tr("title is empty");
    i.severity = top.choice("severity", severityFromKey, Severity::Sev3);
    i.status = top.choice("status", statusFromKey, Status::Investigating);
    const Reader milestones(top.object("milestones"), u"milestones"_s, &problem);
    i.startedAt = milestones.time("started");
    i.reached[static_cast<size_t>(Status::Investigating)] = i.startedAt;
    i.reached[static_cast<size_t>(Status::Identified)] = milestones.time("identified", false);
    i.reached[static_cast<size_t>(Status::Mitigated)] = milestones.time("mitigated", false);
    i.reached[static_cast<size_t>(Status::Resolved)] = milestones.time("resolved", false);
    i.reached[static_cast<size_t>(Status::Closed)] = milestones.time("closed", false);
    i.detectedAt = milestones.time("detected", false);
    i.acknowledgedAt = milestones.time("acknowledged", false);

    const QJsonArray entries = top.array("entries");
    QSet<qint64> entryIds;
    for (int n = 0; n < entries.size() && problem.isEmpty(); ++n) {
        const QString path = u"entries[%1]"_s.arg(n);
        const Reader e(item(entries.at(n), path, &problem), path, &problem);
        Entry entry;
        entry.id = e.number("id");
        if (entryIds.contains(entry.id) && problem.isEmpty())
            problem = Tr::tr("%1.id %2 is used by an earlier entry too").arg(path).arg(entry.id);
        entryIds.insert(entry.id);
        entry.kind = e.choice("kind", kindFromKey, EntryKind::Note);
        entry.actor = e.text("actor").simplified();
        entry.scribe = e.text("scribe").simplified();
        entry.occurredAt = e.time("occurred_at");
        entry.loggedAt = e.time("logged_at");
        entry.text = e.text("text");
        entry.pinned = e.flag("pinned");
        const qint64 edits = e.number("edits", false);
        if (edits > std::numeric_limits<int>::max() && problem.isEmpty())
            problem
                = Tr::tr("%1.edits %2 is more edits than any entry can have").arg(path).arg(edits);
        entry.edits = int(std::min<qint64>(edits, std::numeric_limits<int>::max()));
        if (e.flag("retracted")) {
            entry.retractedAt = e.time("retracted_at");
            entry.retractedBy = e.name("retracted_by");
            entry.retractReason = e.text("retract_reason");
        }
        if ((entry.actor.isEmpty() || entry.scribe.isEmpty() || entry.text.trimmed().isEmpty())
            && problem.isEmpty())
            problem = Tr::tr("%1 needs an actor, a scribe and text").arg(path);
        const QJsonArray history = e.array("revisions");
        for (int k = 0; k < history.size() && problem.isEmpty(); ++k) {
            const QString rpath = u"%1.revisions[%2]"_s.arg(path).arg(k);
            const Reader h(item(history.at(k), rpath, &problem), rpath, &problem);
            EntryRevision rev;
            rev.entryId = entry.id;
            rev.changedAt = h.time("changed_at");
            rev.changedBy = h.name("changed_by");
            rev.change = h.text("change");
            if (!QStringList{u"edit"_s, u"pin"_s, u"unpin"_s, u"retract"_s, u"restore"_s}.contains(
                    rev.change)
                && problem.isEmpty())
                problem = Tr::tr("%1.change has an unknown value").arg(rpath);
            rev.kind = h.choice("kind", kindFromKey, EntryKind::Note);
            rev.actor = h.name("actor");
            rev.occurredAt = h.time("occurred_at");
            rev.text = h.text("text");
            rev.pinned = h.flag("pinned");
            rev.retracted = h.flag("retracted");
            r.revisions[entry.id] << rev;
        }
        r.entries << entry;
    }

    const QJsonArray roles = top.array("roles");
    for (int n = 0; n < roles.size() && problem.isEmpty(); ++n) {
        const QString path = u"roles[%1]"_s.arg(n);
        const Reader a(item(roles.at(n), path, &problem), path, &problem);
        r.roles << RoleAssignment{0, a.choice("role", roleFromKey, Role::Observer),
                                  a.name("person"), a.time("from"), a.time("to", false)};
    }
    const QJsonArray streams = top.array("workstreams");
    for (int n = 0; n < streams.size() && problem.isEmpty(); ++n) {
        const QString path = u"workstreams[%1]"_s.arg(n);
        const Reader w(item(streams.at(n), path, &problem), path, &problem);
        Workstream ws;
        ws.id = w.number("id");
        ws.title = w.text("title").simplified();
        ws.owner = w.name("owner", false);
        for (const QJsonValue h : w.array("helpers")) {
            if (!h.isString() || h.toString().simplified().isEmpty()) {
                if (problem.isEmpty())
                    problem = Tr::tr("%1.helpers must be people's names").arg(path);
                continue;
            }
            ws.helpers << h.toString().simplified();
        }
        ws.state = w.choice("state", workstreamStateFromKey, WorkstreamState::Open);
        ws.checkInAt = w.time("check_in", false);
        ws.notes = w.text("notes", false);
        ws.updatedAt = w.time("updated_at", false);
        if (ws.title.isEmpty() && problem.isEmpty())
            problem = Tr::tr("%1.title is empty").arg(path);
        r.workstreams << ws;
    }
    const QJsonArray handoffs = top.array("handoffs");
    for (int n = 0; n < handoffs.size() && problem.isEmpty(); ++n) {
        const QString path = u"handoffs[%1]"_s.arg(n);
        const Reader h(item(handoffs.at(n), path, &problem), path, &problem);
        Handoff ho;
        ho.id = h.number("id");
        const QString subject = h.text("subject");
        if (subject.startsWith(u"role:"_s))
            ho.role = roleFromKey(QStringView(subject).mid(5));
        else if (subject.startsWith(u"workstream:"_s))
            ho.workstreamId = subject.mid(11).toLongLong();
        if (!ho.role && ho.workstreamId <= 0 && problem.isEmpty())
            problem = Tr::tr("%1.subject must be role:NAME or workstream:ID").arg(path);
        ho.from = h.name("from", false);
        ho.to = h.name("to");
        ho.at = h.time("at");
        ho.context = {h.text("done_so_far", false), h.text("in_flight", false),
                      h.text("next_steps", false),  h.text("open_assumptions", false),
                      h.text("risks", false),       h.text("note", false)};
        ho.acknowledgedAt = h.time("acknowledged_at", false);
        ho.acknowledgedBy = h.name("acknowledged_by", false);
        ho.withdrawnAt = h.time("withdrawn_at", false);
        r.handoffs << ho;
    }
    const QJsonArray responders = top.array("responders");
    for (int n = 0; n < responders.size() && problem.isEmpty(); ++n) {
        const QString path = u"responders[%1]"_s.arg(n);
        const Reader p(item(responders.at(n), path, &problem), path, &problem);
        const QString name = p.name("name");
        const QString zone = p.text("timezone", false);
        if (!zone.isEmpty()) {
            if (!QTimeZone(zone.toUtf8()).isValid() && problem.isEmpty())
                problem = Tr::tr("%1.timezone \"%2\" is not a time zone").arg(path, zone.left(40));
            in.timeZones.insert(name, zone);
        }
        const QJsonArray stints = p.array("stints");
        for (int k = 0; k < stints.size() && problem.isEmpty(); ++k) {
            const QString spath = u"%1.stints[%2]"_s.arg(path).arg(k);
            const Reader s(item(stints.at(k), spath, &problem), spath, &problem);
            r.stints << ResponderStint{0, name, s.time("joined_at"), s.time("left_at", false),
                                       s.time("paged_at", false)};
        }
    }
    const QJsonArray updates = top.array("updates");
    for (int n = 0; n < updates.size() && problem.isEmpty(); ++n) {
        const QString path = u"updates[%1]"_s.arg(n);
        const Reader u(item(updates.at(n), path, &problem), path, &problem);
        r.updates << StatusUpdate{0,
                                  0,
                                  u.choice("audience", audienceFromKey, Audience::Executive),
                                  u.text("text"),
                                  u.time("sent_at"),
                                  u.name("author")};
    }

    const Reader rv(top.object("review"), u"review"_s, &problem);
    Review &review = r.review;
    review.summary = rv.text("summary", false);
    review.impact = rv.text("impact", false);
    review.wentWell = rv.text("went_well", false);
    review.wasHard = rv.text("was_hard", false);
    review.lucky = rv.text("lucky", false);
    const QString reviewDate = rv.text("review_date", false);
    review.reviewDate = QDate::fromString(reviewDate, Qt::ISODate);
    if (!reviewDate.isEmpty() && !review.reviewDate.isValid() && problem.isEmpty())
        problem = Tr::tr("review.review_date must be a date such as 2026-12-01");
    const QJsonArray factors = rv.array("factors");
    for (int n = 0; n < factors.size() && problem.isEmpty(); ++n) {
        const QString path = u"review.factors[%1]"_s.arg(n);
        const Reader f(item(factors.at(n), path, &problem), path, &problem);
        ContributingFactor factor{
            f.text("text"),
            f.choice("category", factorCategoryFromKey, FactorCategory::Technical),
            {}};
        for (const QJsonValue link : f.array("chain"))
            factor.chain << link.toString();
        review.factors << factor;
    }
    const QJsonArray ratings = rv.array("assumptions");
    for (int n = 0; n < ratings.size() && problem.isEmpty(); ++n) {
        const QString path = u"review.assumptions[%1]"_s.arg(n);
        const Reader a(item(ratings.at(n), path, &problem), path, &problem);
        review.assumptions << AssumptionRating{a.number("entry_id"), a.flag("known"),
                                               a.flag("important")};
    }
    const QJsonObject understanding = rv.object("understanding");
    for (auto it = understanding.begin(); it != understanding.end(); ++it)
        review.understanding.insert(it.key().simplified(), it.value().toString());
    const QJsonArray followUps = rv.array("follow_ups");
    for (int n = 0; n < followUps.size() && problem.isEmpty(); ++n) {
        const QString path = u"review.follow_ups[%1]"_s.arg(n);
        const Reader f(item(followUps.at(n), path, &problem), path, &problem);
        const QString due = f.text("due", false);
        FollowUp followUp{f.text("text"), f.text("owner", false),
                          f.choice("type", followUpTypeFromKey, FollowUpType::Prevent),
                          QDate::fromString(due, Qt::ISODate), f.text("link", false)};
        if (!due.isEmpty() && !followUp.due.isValid() && problem.isEmpty())
            problem = Tr::tr("%1.due must be a date such as 2026-12-01").arg(path);
        review.followUps << followUp;
    }
    if (!problem.isEmpty())
        return Error::invalid(
            Tr::tr("The export cannot be imported: %1. Nothing was imported.").arg(problem));
    return in;
}

} // namespace bridge
