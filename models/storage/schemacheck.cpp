#include "schemacheck.h"

#include "incidentwords.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Storage)
};

using Triggers = QMap<QString, QString>; // name → its SQL, white space folded

std::optional<Triggers> triggersIn(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'", -1,
                           &st, nullptr)
        != SQLITE_OK)
        return std::nullopt;
    Triggers found;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const auto text = [&](int column) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(st, column)));
        };
        found.insert(text(0), text(1).simplified());
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return found;
}

// What the migrations make, worked out once per process on an empty in-memory database.
const std::optional<Triggers> &expectedTriggers(const QStringList &scripts)
{
    static const std::optional<Triggers> expected = [&]() -> std::optional<Triggers> {
        sqlite3 *memory = nullptr;
        if (sqlite3_open(":memory:", &memory) != SQLITE_OK || !registerIncidentWords(memory)) {
            sqlite3_close(memory);
            return std::nullopt;
        }
        for (const QString &path : scripts) {
            QFile script(path);
            if (!script.open(QIODevice::ReadOnly)
                || sqlite3_exec(memory, script.readAll().constData(), nullptr, nullptr, nullptr)
                       != SQLITE_OK) {
                sqlite3_close(memory);
                return std::nullopt;
            }
        }
        auto found = triggersIn(memory);
        sqlite3_close(memory);
        return found;
    }();
    return expected;
}
} // namespace

Done checkSchemaIntact(sqlite3 *db, const QString &path, const QStringList &migrationScripts)
{
    const auto &expected = expectedTriggers(migrationScripts);
    if (!expected)
        return done(); // nothing to compare with: never refuse a file for our own failure
    const auto found = triggersIn(db);
    if (!found)
        return Error::storage(Tr::tr("Cannot read the schema of %1.").arg(path));
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        const auto there = found->constFind(it.key());
        if (there == found->cend() || *there != it.value())
            return Error::damaged(
                Tr::tr("%1 was changed outside Incident Bridge: its trigger %2, which keeps the "
                       "record from being rewritten or keeps search in step, is %3. Restore it "
                       "from a backup (incident-bridge restore); the file was left as it is.")
                    .arg(path, it.key(),
                         there == found->cend() ? Tr::tr("missing") : Tr::tr("altered")));
    }
    return done();
}

} // namespace bridge
