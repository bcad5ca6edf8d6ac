// race-driver MODE DB ...: one process of a two-process race, run by tst_races. It waits for
// DB.go to exist (so both start together, bounded to 10 s), then repeats one operation and
// prints what it won or saw, one figure per line:
//   ack DB FIRST LAST NAME        acknowledge handoffs FIRST..LAST as NAME; prints "won N"
//   commander DB FIRST LAST NAME  make NAME commander of incidents FIRST..LAST; "won N"
//   send DB INCIDENT COUNT        send COUNT updates (each writes an update and its entry)
//   log DB INCIDENT COUNT NAME    log COUNT notes "NAME n"; prints "ok NAME n" for each
//                                 one acknowledged (committed), as a scribe's CLI would
//   record DB INCIDENT COUNT      read the whole record COUNT times; prints "mixed N", the
//                                 reads whose updates and update entries disagree
#include "session/incidentsession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

#include <cstdio>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
bool waitForGo(const QString &db)
{
    // RACE_GO names the file when DB is not one (a team database's URI).
    const QString go
        = qEnvironmentVariableIsSet("RACE_GO") ? qEnvironmentVariable("RACE_GO") : db + u".go"_s;
    QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(go)) {
        if (deadline.hasExpired())
            return false;
        QThread::usleep(200);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: race-driver MODE DB ARGS...\n", stderr);
        return 2;
    }
    const QString mode = args.at(1);
    const QString db = args.at(2);
    const QString me = args.size() > 5 ? args.at(5) : u"race-driver"_s;
    auto opened = IncidentSession::open(db, Database::Location::Given, nullptr, me);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    IncidentSession &session = *opened.value();
    if (!waitForGo(db))
        return 3;
    const qint64 first = args.at(3).toLongLong();
    const qint64 second = args.at(4).toLongLong();
    long won = 0;
    if (mode == u"ack"_s) {
        for (qint64 h = first; h <= second; ++h) {
            auto r = session.acknowledgeHandoff(h, {}, me);
            won += r.ok();
            if (!r && r.error().code != Error::Code::Conflict)
                std::fprintf(stderr, "ack %lld: %s\n", h, qPrintable(r.error().message));
        }
    } else if (mode == u"commander"_s) {
        for (qint64 i = first; i <= second; ++i) {
            auto r = session.assignRole(i, Role::Commander, me);
            won += r.ok() && !r->has_value();
        }
    } else if (mode == u"send"_s) {
        for (qint64 n = 0; n < second; ++n)
            won += session.markSent(first, Audience::Tactical, u"update %1"_s.arg(n)).ok();
    } else if (mode == u"log"_s) {
        for (qint64 n = 0; n < second; ++n) {
            const QString text = u"%1 %2"_s.arg(me).arg(n);
            auto r = session.log(first, {EntryKind::Note, me, {}, text, false});
            if (r) {
                std::printf("ok %s\n", qPrintable(text));
                std::fflush(stdout);
                ++won;
            }
        }
    } else if (mode == u"record"_s) {
        for (qint64 n = 0; n < second; ++n) {
            auto r = session.record(first);
            if (!r)
                return 1;
            qsizetype lines = 0;
            for (const Entry &e : r->entries)
                lines += e.kind == EntryKind::Update;
            won += lines != r->updates.size();
        }
        std::printf("mixed %ld\n", won);
        return 0;
    } else {
        return 2;
    }
    std::printf("won %ld\n", won);
    return 0;
}
