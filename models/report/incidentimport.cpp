#include "incidentimport.h"

#include "domain/timeparse.h"
#include "incidentjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

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
                                  .arg(version.toDouble())
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
    for (int n = 0; n < entries.size() && problem.isEmpty(); ++n) {
        const QString path = u"entries[%1]"_s.arg(n);
        const Reader e(item(entries.at(n), path, &problem), path, &problem);
        Entry entry;
        entry.id = e.number("id");
        entry.kind = e.choice("kind", kindFromKey, EntryKind::Note);
        entry.actor = e.text("actor").simplified();
        entry.scribe = e.text("scribe").simplified();
        entry.occurredAt = e.time("occurred_at");
        entry.loggedAt = e.time("logged_at");
        entry.text = e.text("text");
        entry.pinned = e.flag("pinned");
        entry.edits = int(e.number("edits", false));
        if (e.flag("retracted")) {
            entry.retractedAt = e.time("retracted_at");
            entry.retractedBy = e.text("retracted_by").simplified();
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
            rev.changedBy = h.text("changed_by").simplified();
            rev.change = h.text("change");
            if (!QStringList{u"edit"_s, u"pin"_s, u"unpin"_s, u"retract"_s, u"restore"_s}.contains(
                    rev.change)
                && problem.isEmpty())
                problem = Tr::tr("%1.change has an unknown value").arg(rpath);
            rev.kind = h.choice("kind", kindFromKey, EntryKind::Note);
            rev.actor = h.text("actor").simplified();
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
                                  a.text("person").simplified(), a.time("from"),
                                  a.time("to", false)};
    }
    const QJsonArray streams = top.array("workstreams");
    for (int n = 0; n < streams.size() && problem.isEmpty(); ++n) {
        const QString path = u"workstreams[%1]"_s.arg(n);
        const Reader w(item(streams.at(n), path, &problem), path, &problem);
        Workstream ws;
        ws.id = w.number("id");
        ws.title = w.text("title").simplified();
        ws.owner = w.text("owner", false).simplified();
        for (const QJsonValue h : w.array("helpers"))
            ws.helpers << h.toString().simplified();
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
        ho.from = h.text("from", false).simplified();
        ho.to = h.text("to").simplified();
        ho.at = h.time("at");
        ho.context = {h.text("done_so_far", false), h.text("in_flight", false),
                      h.text("next_steps", false),  h.text("open_assumptions", false),
                      h.text("risks", false),       h.text("note", false)};
        ho.acknowledgedAt = h.time("acknowledged_at", false);
        ho.acknowledgedBy = h.text("acknowledged_by", false).simplified();
        ho.withdrawnAt = h.time("withdrawn_at", false);
        r.handoffs << ho;
    }
    const QJsonArray responders = top.array("responders");
    for (int n = 0; n < responders.size() && problem.isEmpty(); ++n) {
        const QString path = u"responders[%1]"_s.arg(n);
        const Reader p(item(responders.at(n), path, &problem), path, &problem);
        const QString name = p.text("name").simplified();
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
                                  u.text("author").simplified()};
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
