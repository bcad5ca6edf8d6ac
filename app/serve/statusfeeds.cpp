#include "statusfeeds.h"

#include "domain/timeparse.h"
#include "report/incidentjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bridge::serve {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::StatusFeeds)
};

constexpr qsizetype MaxFeedEntries = 100;

// XML 1.0 cannot carry most control characters, not even escaped: shown as U+FFFD.
QString xmlText(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

// A stable id per update of this record, as Atom asks: a name-based UUID.
QString entryId(const QString &feedKey, qint64 updateId)
{
    static const QUuid space = QUuid::fromString(u"6f0c8a53-5b7e-4d0a-9a53-0d3b8f0e7c11"_s);
    return u"urn:uuid:"_s
           + QUuid::createUuidV5(space, u"%1/update/%2"_s.arg(feedKey).arg(updateId))
                 .toString(QUuid::WithoutBraces);
}
} // namespace

QByteArray updatesFeed(const QList<IncidentStatus> &incidents, const QString &title,
                       const QString &selfPath, const QString &feedKey)
{
    struct Item
    {
        const IncidentStatus *status;
        const StatusUpdate *update;
    };
    QList<Item> items;
    QDateTime updated;
    for (const IncidentStatus &s : incidents) {
        for (const StatusUpdate &u : s.updates) {
            if (u.audience == Audience::Tactical)
                continue; // for the responders on the bridge, not for leaders
            items << Item{&s, &u};
        }
        const QDateTime changed = s.incident.isOpen() ? s.incident.startedAt : s.incident.endedAt();
        if (changed.isValid() && (!updated.isValid() || changed > updated))
            updated = changed;
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.update->sentAt != b.update->sentAt ? a.update->sentAt > b.update->sentAt
                                                    : a.update->id > b.update->id;
    });
    if (items.size() > MaxFeedEntries)
        items.resize(MaxFeedEntries);
    if (!items.isEmpty() && items.first().update->sentAt > updated)
        updated = items.first().update->sentAt;
    if (!updated.isValid())
        updated = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"feed"_s);
    xml.writeDefaultNamespace(u"http://www.w3.org/2005/Atom"_s);
    xml.writeTextElement(u"title"_s, xmlText(title));
    xml.writeTextElement(
        u"id"_s,
        u"urn:uuid:"_s
            + QUuid::createUuidV5(QUuid(), feedKey + selfPath).toString(QUuid::WithoutBraces));
    xml.writeTextElement(u"updated"_s, isoUtc(updated));
    xml.writeStartElement(u"author"_s);
    xml.writeTextElement(u"name"_s, u"Incident Bridge"_s);
    xml.writeEndElement();
    xml.writeEmptyElement(u"link"_s);
    xml.writeAttribute(u"rel"_s, u"self"_s);
    xml.writeAttribute(u"href"_s, selfPath);
    for (const Item &item : std::as_const(items)) {
        const Incident &i = item.status->incident;
        const StatusUpdate &u = *item.update;
        xml.writeStartElement(u"entry"_s);
        xml.writeTextElement(u"id"_s, entryId(feedKey, u.id));
        xml.writeTextElement(u"title"_s, Tr::tr("%1 %2: %3 update (%4)")
                                             .arg(severityKey(i.severity), xmlText(i.title),
                                                  audienceDisplayName(u.audience),
                                                  statusDisplayName(i.status)));
        xml.writeTextElement(u"updated"_s, isoUtc(u.sentAt));
        xml.writeTextElement(u"published"_s, isoUtc(u.sentAt));
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"href"_s, u"/incidents/%1"_s.arg(i.id));
        xml.writeStartElement(u"category"_s);
        xml.writeAttribute(u"term"_s, audienceKey(u.audience));
        xml.writeEndElement();
        xml.writeStartElement(u"content"_s);
        xml.writeAttribute(u"type"_s, u"text"_s);
        xml.writeCharacters(xmlText(u.text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QJsonObject incidentListJson(const QList<IncidentStatus> &board)
{
    QJsonArray list;
    for (const IncidentStatus &s : board) {
        QJsonObject o = incidentSummaryJson(s.incident);
        o.insert(u"status_page_state"_s, statusPageState(s.incident.status));
        o.insert(u"commander"_s, s.commander.isEmpty() ? QJsonValue() : QJsonValue(s.commander));
        QJsonArray due;
        for (const AudienceDue &d : s.nextDue)
            due.append(QJsonObject{{u"audience"_s, audienceKey(d.audience)},
                                   {u"due_at"_s, isoUtc(d.due)}});
        o.insert(u"next_updates_due"_s, due);
        list.append(o);
    }
    return QJsonObject{{u"incidents"_s, list}};
}

} // namespace bridge::serve
