// crash-driver DB: logs entries through IncidentSession as fast as it can, printing
// "N ID" only after each commit has returned, until it is killed. The crash test reads
// those lines as the entries whose write was acknowledged.
#include "session/incidentsession.h"

#include <QCoreApplication>

#include <cstdio>

using namespace bridge;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: crash-driver DB START\n", stderr);
        return 2;
    }
    auto session
        = IncidentSession::open(args.at(1), Database::Location::Given, nullptr, u"crash-driver"_s);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    qint64 incident = 1;
    if (!session.value()->incident(incident)) {
        auto created = session.value()->createIncident({u"Crash test"_s, Severity::Sev1, {}});
        if (!created)
            return 1;
        incident = created->id;
    }
    for (qint64 n = args.at(2).toLongLong();; ++n) {
        const QString text = u"crash entry %1 %2"_s.arg(n).arg(QString(200, u'x'));
        auto entry = session.value()->log(incident, {EntryKind::Action, {}, {}, text, false});
        if (!entry)
            return 1;
        std::printf("%lld %lld\n", n, entry->id);
        std::fflush(stdout);
    }
}
