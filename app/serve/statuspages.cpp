#include "statuspages.h"

#include "domain/timeparse.h"
#include "pagestyle.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace bridge::serve {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::StatusPages)
};

QString esc(const QString &text)
{
    // toHtmlEscaped covers < > & and "; attributes here are always double-quoted.
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

// "Tue 1 Dec 2026, 21:14 CET (20:14 UTC)", inside <time> with the exact instant.
QString when(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return Tr::tr("—");
    const QDateTime local = t.toTimeZone(zone);
    const QDateTime utc = t.toUTC();
    const QString shown
        = local.timeZoneAbbreviation() == u"UTC"_s
              ? local.toString(u"ddd d MMM yyyy, HH:mm"_s) + u" UTC"_s
              : u"%1 %2 (%3 UTC)"_s.arg(local.toString(u"ddd d MMM yyyy, HH:mm"_s),
                                        local.timeZoneAbbreviation(), utc.toString(u"HH:mm"_s));
    return u"<time datetime=\"%1\">%2</time>"_s.arg(isoUtc(t), esc(shown));
}

QString span(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1 days %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

// "due 21:30 CET (20:30 UTC), in 16 min" or "overdue since …, by 4 min".
QString dueText(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    const qint64 left = now.secsTo(due);
    if (left >= 0)
        return Tr::tr("due %1, in %2").arg(when(due, zone), span(left));
    return u"<span class=\"late\">%1</span>"_s.arg(
        Tr::tr("overdue since %1, by %2").arg(when(due, zone), span(-left)));
}

QString severityBadge(Severity s)
{
    return u"<span class=\"sev sev%1\">%2</span>"_s.arg(static_cast<int>(s))
        .arg(esc(severityKey(s)));
}

QString page(const QString &title, const QString &heading, const QString &body,
             const PageContext &c)
{
    const QString fresh = Tr::tr("Updated %1").arg(when(QDateTime::currentDateTimeUtc(), c.zone));
    QString html;
    html.reserve(body.size() + 8192);
    html += u"<!doctype html>\n<html lang=\"en\" data-version=\"%1\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta name=\"color-scheme\" content=\"light dark\">"
            "<meta name=\"referrer\" content=\"no-referrer\">"
            "<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>"_s.arg(c.version);
    html += u"<title>"_s + esc(title) + u"</title><style>"_s + QString::fromUtf8(PageStyle)
            + u"</style></head><body><header><h1>"_s + heading + u"</h1><span class=\"fresh\">"_s
            + fresh + u"</span></header>\n<main>"_s + body + u"</main>\n<footer>"_s;
    html += esc(Tr::tr("Incident Bridge, read-only. Times in %1, with UTC beside them.")
                    .arg(QString::fromUtf8(c.zone.id())));
    if (!c.databaseName.isEmpty())
        html += u"<br>"_s + esc(Tr::tr("Record: %1").arg(c.databaseName));
    html += u"</footer><script>"_s + QString::fromUtf8(PageScript) + u"</script></body></html>\n"_s;
    return html;
}

// One dated line of a list: its time (or audience and time) above its text.
QString timedItem(const QString &meta, const QString &text)
{
    return u"<li><span class=\"meta\">%1</span><p class=\"update\">%2</p></li>"_s.arg(meta,
                                                                                      esc(text));
}

QString link(const QString &path, const QString &text, const PageContext &c)
{
    return u"<a href=\"%1%2\">%3</a>"_s.arg(esc(path), esc(c.tokenQuery), text);
}

const StatusUpdate *latestFor(const IncidentStatus &s, Audience audience)
{
    for (const StatusUpdate &u : s.updates) { // newest first
        if (u.audience == audience)
            return &u;
    }
    return nullptr;
}

QString dueList(const IncidentStatus &s, const PageContext &c)
{
    if (!s.incident.isOpen())
        return {};
    if (s.nextDue.isEmpty())
        return u"<li>"_s + esc(Tr::tr("No update cadence for this severity.")) + u"</li>"_s;
    QString items;
    for (const AudienceDue &d : s.nextDue)
        items += u"<li><b>%1 update</b> %2</li>"_s.arg(esc(audienceDisplayName(d.audience)),
                                                       dueText(d.due, s.readAt, c.zone));
    return items;
}

QString incidentCard(const IncidentStatus &s, const PageContext &c)
{
    const Incident &i = s.incident;
    QString card = u"<article class=\"card\" id=\"incident-%1\"><h3>"_s.arg(i.id)
                   + severityBadge(i.severity) + link(u"/incidents/%1"_s.arg(i.id), esc(i.title), c)
                   + u"</h3>"_s;
    card += u"<ul class=\"facts\"><li><b class=\"state\">%1</b></li>"_s.arg(
        esc(statusDisplayName(i.status)));
    if (i.isOpen())
        card += u"<li>"_s + esc(Tr::tr("open for %1").arg(span(i.startedAt.secsTo(s.readAt))))
                + u"</li>"_s;
    else
        card += u"<li>"_s + Tr::tr("ended %1").arg(when(i.endedAt(), c.zone)) + u"</li>"_s;
    card += u"<li>"_s
            + (s.commander.isEmpty()
                   ? u"<span class=\"late\">%1</span>"_s.arg(esc(Tr::tr("no commander yet")))
                   : esc(Tr::tr("Commander: %1").arg(s.commander)))
            + u"</li>"_s + dueList(s, c) + u"</ul>"_s;
    if (const StatusUpdate *u = latestFor(s, Audience::Executive))
        card += u"<p class=\"update\">%1</p><p class=\"meta\">%2</p>"_s.arg(
            esc(u->text), Tr::tr("Executive update, sent %1").arg(when(u->sentAt, c.zone)));
    return card + u"</article>\n"_s;
}
} // namespace

QByteArray indexPage(const QList<IncidentStatus> &board, const PageContext &c)
{
    QString open;
    QString ended;
    int openCount = 0;
    for (const IncidentStatus &s : board) {
        if (s.incident.isOpen()) {
            ++openCount;
            open += incidentCard(s, c);
        } else {
            ended += incidentCard(s, c);
        }
    }
    QString body = u"<h2>"_s + esc(Tr::tr("Open incidents")) + u"</h2>"_s;
    body += openCount == 0 ? u"<p class=\"empty\">%1</p>"_s.arg(esc(Tr::tr("No open incidents.")))
                           : open;
    body += u"<h2>"_s + esc(Tr::tr("Ended in the last 7 days")) + u"</h2>"_s;
    body += ended.isEmpty() ? u"<p class=\"empty\">%1</p>"_s.arg(esc(Tr::tr("None."))) : ended;
    body += u"<p class=\"meta\">%1 · %2</p>"_s.arg(
        link(u"/feed.atom"_s, esc(Tr::tr("Atom feed of every update")), c),
        link(u"/status"_s, esc(Tr::tr("Customer status page")), c));
    const QString title = openCount == 0 ? Tr::tr("No open incidents — Incident Bridge")
                                         : Tr::tr("%1 open — Incident Bridge").arg(openCount);
    return page(title, esc(Tr::tr("Incident status")), body, c).toUtf8();
}

QByteArray incidentPage(const IncidentStatus &s, const PageContext &c)
{
    const Incident &i = s.incident;
    QString body;
    body += u"<ul class=\"facts\"><li><b class=\"state\">%1</b></li><li>%2</li><li>%3</li></ul>"_s
                .arg(esc(statusDisplayName(i.status)),
                     i.isOpen() ? esc(Tr::tr("open for %1").arg(span(i.startedAt.secsTo(s.readAt))))
                                : Tr::tr("ended %1").arg(when(i.endedAt(), c.zone)),
                     s.commander.isEmpty()
                         ? u"<span class=\"late\">%1</span>"_s.arg(esc(Tr::tr("no commander yet")))
                         : esc(Tr::tr("Commander: %1").arg(s.commander)));
    body += u"<section class=\"card latest\"><h2>"_s + esc(Tr::tr("Latest executive update"))
            + u"</h2>"_s;
    if (const StatusUpdate *u = latestFor(s, Audience::Executive))
        body += u"<p class=\"update\" id=\"latest-update\">%1</p><p class=\"meta\">%2</p>"_s.arg(
            esc(u->text), Tr::tr("Sent %1 by %2").arg(when(u->sentAt, c.zone), esc(u->author)));
    else
        body += u"<p class=\"empty\" id=\"latest-update\">%1</p>"_s.arg(
            esc(Tr::tr("No executive update has been sent yet.")));
    if (i.isOpen())
        body += u"<ul class=\"facts\">"_s + dueList(s, c) + u"</ul>"_s;
    body += u"</section>"_s;

    body += u"<h2>"_s + esc(Tr::tr("Milestones and clocks")) + u"</h2><table>"_s;
    auto row = [&](const QString &name, const QString &value) {
        body += u"<tr><th>%1</th><td>%2</td></tr>"_s.arg(esc(name), value);
    };
    row(Tr::tr("Started"), when(i.startedAt, c.zone));
    if (i.detectedAt.isValid())
        row(Tr::tr("Detected"), when(i.detectedAt, c.zone));
    if (i.acknowledgedAt.isValid())
        row(Tr::tr("Acknowledged"), when(i.acknowledgedAt, c.zone));
    for (Status st : {Status::Identified, Status::Mitigated, Status::Resolved, Status::Closed}) {
        if (i.milestone(st).isValid())
            row(statusDisplayName(st), when(i.milestone(st), c.zone));
    }
    if (i.acknowledgedAt.isValid())
        row(Tr::tr("Acknowledgement"),
            s.sla.ackMet.value_or(true)
                ? u"<span class=\"ok\">%1</span>"_s.arg(esc(Tr::tr("within its SLA")))
                : u"<span class=\"late\">%1</span>"_s.arg(esc(Tr::tr("later than its SLA"))));
    else if (i.isOpen())
        row(Tr::tr("Acknowledgement"),
            esc(Tr::tr("not yet acknowledged; ")) + dueText(s.sla.ackDue, s.readAt, c.zone));
    if (s.sla.cadenceMinutes)
        row(Tr::tr("Update cadence"), esc(Tr::tr("every %1 min; %2 late so far")
                                              .arg(*s.sla.cadenceMinutes)
                                              .arg(s.sla.lateUpdates)));
    body += u"</table>"_s;

    body += u"<h2>"_s + esc(Tr::tr("Open workstreams")) + u"</h2>"_s;
    if (s.openWorkstreams.isEmpty()) {
        body += u"<p class=\"empty\">%1</p>"_s.arg(esc(Tr::tr("None open.")));
    } else {
        body += u"<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            esc(Tr::tr("Workstream")), esc(Tr::tr("Owner")), esc(Tr::tr("State")));
        for (const Workstream &w : s.openWorkstreams)
            body += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                esc(w.title),
                w.owner.isEmpty()
                    ? u"<span class=\"late\">%1</span>"_s.arg(esc(Tr::tr("nobody yet")))
                    : esc(w.owner),
                esc(workstreamStateDisplayName(w.state)));
        body += u"</table>"_s;
    }

    body += u"<h2>"_s + esc(Tr::tr("Key moments")) + u"</h2>"_s;
    if (s.keyMoments.isEmpty()) {
        body += u"<p class=\"empty\">%1</p>"_s.arg(esc(Tr::tr("None pinned yet.")));
    } else {
        body += u"<ul class=\"plain\">"_s;
        for (const Entry &e : s.keyMoments)
            body += timedItem(when(e.occurredAt, c.zone), e.text);
        body += u"</ul>"_s;
    }

    body += u"<h2>"_s + esc(Tr::tr("Every update sent")) + u"</h2>"_s;
    if (s.updates.isEmpty()) {
        body += u"<p class=\"empty\">%1</p>"_s.arg(esc(Tr::tr("None yet.")));
    } else {
        body += u"<ol class=\"updates\">"_s;
        for (const StatusUpdate &u : s.updates)
            body += timedItem(
                Tr::tr("%1, %2").arg(esc(audienceDisplayName(u.audience)), when(u.sentAt, c.zone)),
                u.text);
        body += u"</ol>"_s;
    }
    body += u"<p class=\"meta\">%1 · %2</p>"_s.arg(
        link(u"/"_s, esc(Tr::tr("All incidents")), c),
        link(u"/incidents/%1/feed.atom"_s.arg(i.id),
             esc(Tr::tr("Atom feed of this incident's updates")), c));
    const QString heading = severityBadge(i.severity) + esc(i.title);
    return page(Tr::tr("%1 %2 — %3")
                    .arg(severityKey(i.severity), i.title, statusDisplayName(i.status)),
                heading, body, c)
        .toUtf8();
}

QByteArray customerStatusPage(const QList<IncidentStatus> &board, const PageContext &c)
{
    QString body;
    int shown = 0;
    bool anyOpen = false;
    for (const IncidentStatus &s : board) {
        QList<const StatusUpdate *> customer;
        for (const StatusUpdate &u : s.updates) {
            if (u.audience == Audience::Customer)
                customer << &u;
        }
        if (customer.isEmpty())
            continue; // nothing was said to customers about it
        ++shown;
        anyOpen = anyOpen || s.incident.isOpen();
        // The heading customers were given: the first line of the first update to them.
        const QString heading = customer.last()->text.section(u'\n', 0, 0).simplified().left(120);
        body
            += u"<article class=\"card\"><h3>%1</h3><ul class=\"facts\"><li><b class=\"state\">%2</b></li><li>%3</li></ul><ol class=\"updates\">"_s
                   .arg(esc(heading), esc(statusPageState(s.incident.status)),
                        Tr::tr("began %1").arg(when(s.incident.startedAt, c.zone)));
        for (const StatusUpdate *u : customer)
            body += timedItem(when(u->sentAt, c.zone), u->text);
        body += u"</ol></article>\n"_s;
    }
    const QString summary = anyOpen ? Tr::tr("We are working on an issue. Updates below.")
                                    : Tr::tr("All systems operational.");
    body = u"<p class=\"card\"><b>%1</b></p>"_s.arg(esc(summary)) + body;
    if (shown == 0)
        body += u"<p class=\"empty\">%1</p>"_s.arg(esc(Tr::tr("No incidents in the last 7 days.")));
    PageContext open = c;
    open.databaseName.clear(); // customers see no internals
    return page(Tr::tr("Service status"), esc(Tr::tr("Service status")), body, open).toUtf8();
}

QByteArray messagePage(const QString &title, const QString &message)
{
    PageContext none;
    none.zone = QTimeZone::utc();
    return page(title, esc(title), u"<p>%1</p>"_s.arg(esc(message)), none).toUtf8();
}

QByteArray pageStyleHash()
{
    return "'sha256-"
           + QCryptographicHash::hash(QByteArray(PageStyle), QCryptographicHash::Sha256).toBase64()
           + "'";
}

QByteArray pageScriptHash()
{
    return "'sha256-"
           + QCryptographicHash::hash(QByteArray(PageScript), QCryptographicHash::Sha256).toBase64()
           + "'";
}

} // namespace bridge::serve
