// Every value of TZ, through the real binary: the C library's reading of it is the truth
// (QDateTime's local time asks it), so what is parsed, stored and shown agrees with it; a
// value it does not accept is UTC with one warning; nothing hangs.
#include "clirunner.h"
#include "domain/fatigue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// What the C library makes of 2026-07-01 12:30 local under zone, as a UTC instant.
QDateTime libcReading(const QByteArray &zone)
{
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", zone);
    tzset();
    std::tm local{};
    local.tm_year = 2026 - 1900;
    local.tm_mon = 6;
    local.tm_mday = 1;
    local.tm_hour = 12;
    local.tm_min = 30;
    local.tm_isdst = -1;
    const std::time_t t = std::mktime(&local);
    qputenv("TZ", saved);
    tzset();
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

QProcessEnvironment withZone(const QString &zone)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, zone);
    env.insert(u"INCIDENT_BRIDGE_USER"_s, u"Probe"_s);
    return env;
}
} // namespace

class TestTimeZones : public QObject
{
    Q_OBJECT
private slots:
    void acceptedZonesAgreeWithTheCLibrary_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("name") << u"America/Sao_Paulo"_s;
        QTest::newRow(":name") << u":Asia/Kolkata"_s;
        QTest::newRow("file") << u"/usr/share/zoneinfo/Australia/Adelaide"_s;
        QTest::newRow(":file") << u":/usr/share/zoneinfo/Europe/Helsinki"_s;
        QTest::newRow("posix behind") << u"UTC+3"_s;
        QTest::newRow("posix ahead") << u"ABC-7"_s;
        QTest::newRow("posix minutes") << u"<+0545>-5:45"_s;
        QTest::newRow("posix dst") << u"CST6CDT,M3.2.0,M11.1.0"_s;
        QTest::newRow("posix southern dst") << u"AEST-10AEDT,M10.1.0,M4.1.0/3"_s;
    }
    void acceptedZonesAgreeWithTheCLibrary()
    {
        QFETCH(QString, zone);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tz.sqlite"_s);
        const QProcessEnvironment env = withZone(zone);
        const CliRun made = runCli(
            db, {u"new"_s, u"--title"_s, u"Zones"_s, u"--started"_s, u"2026-07-01T00:00:00Z"_s},
            env);
        QCOMPARE(made.code, 0);
        QVERIFY2(made.err.isEmpty(), qPrintable(made.err)); // no warning for a good zone
        const CliRun logged = runCli(db,
                                     {u"log"_s, u"1"_s, u"--kind"_s, u"note"_s, u"--at"_s,
                                      u"2026-07-01T12:30"_s, u"half past twelve"_s},
                                     env);
        QCOMPARE(logged.code, 0);
        const CliRun json = runCli(db, {u"show"_s, u"1"_s, u"--json"_s}, env);
        QCOMPARE(json.code, 0);
        QDateTime stored;
        const QJsonArray entries
            = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"entries"_s].toArray();
        for (const QJsonValue &e : entries) {
            if (e[u"text"_s].toString() == u"half past twelve"_s)
                stored = QDateTime::fromString(e[u"occurred_at"_s].toString(), Qt::ISODateWithMs);
        }
        QCOMPARE(stored, libcReading(zone.toLocal8Bit()));
        // And shown as it was typed.
        const CliRun shown = runCli(db, {u"show"_s, u"1"_s}, env);
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(u"12:30:00  note"_s), qPrintable(shown.out));
    }

    void unknownZonesAreUtcWithOneWarning_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("no such area") << u"Nowhere/Atlantis"_s;
        QTest::newRow("no such city") << u"Europe/Atlantis"_s;
        QTest::newRow("missing file") << u"/no/such/zoneinfo/file"_s;
        QTest::newRow(":missing") << u":Mars/Olympus_Mons"_s;
        QTest::newRow("words") << u"not a zone at all"_s;
    }
    void unknownZonesAreUtcWithOneWarning()
    {
        QFETCH(QString, zone);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tz.sqlite"_s);
        const QProcessEnvironment env = withZone(zone);
        QCOMPARE(runCli(db, {u"new"_s, u"--title"_s, u"Zones"_s}, env).code, 0);
        QCOMPARE(runCli(db, {u"join"_s, u"1"_s, u"Sam Okafor"_s}, env).code, 0);
        QCOMPARE(runCli(db,
                        {u"log"_s, u"1"_s, u"--kind"_s, u"note"_s, u"--at"_s, u"2026-07-01T12:30"_s,
                         u"half past twelve"_s},
                        env)
                     .code,
                 0);
        // show and export work out fatigue in the zone: they used to spin for ever here.
        for (const QStringList &args : {QStringList{u"show"_s, u"1"_s},
                                        QStringList{u"export"_s, u"1"_s, u"--format"_s, u"md"_s}}) {
            const CliRun run = runCli(db, args, env);
            QVERIFY2(run.code == 0, qPrintable(args.join(u' ') + u": "_s + run.err));
            QCOMPARE(run.err.count(u"is not a time zone"_s), 1);
        }
        const CliRun json = runCli(db, {u"show"_s, u"1"_s, u"--json"_s}, env);
        QVERIFY(json.out.contains(u"2026-07-01T12:30:00.000Z"_s));
    }

    void sleepingHoursEndInAnyZone()
    {
        const QDateTime from(QDate(2026, 7, 1), QTime(20, 0), Qt::UTC);
        const SleepWindow night{QTime(23, 0), QTime(7, 0)};
        // An unreadable zone counts in UTC instead of walking invalid dates for ever.
        QCOMPARE(sleepingSeconds(from, from.addSecs(12 * 3600), QTimeZone(), night), 8 * 3600);
        QCOMPARE(sleepingSeconds(from, from.addDays(400), QTimeZone("Nowhere/Atlantis"), night),
                 400 * 8 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
