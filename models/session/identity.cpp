#include "identity.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
const QString NameKey = u"identity/name"_s;
const QString ZoneKey = u"identity/timeZone"_s;
} // namespace

QString accountFullName()
{
    if (const passwd *account = ::getpwuid(::getuid())) {
        // GECOS: "Full Name,Room,Work phone,Home phone,Other".
        const QString gecos = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0);
        if (!gecos.simplified().isEmpty())
            return gecos.simplified();
        QString login = QString::fromLocal8Bit(account->pw_name).simplified();
        if (!login.isEmpty())
            return login;
    }
    return qEnvironmentVariable("USER").simplified();
}

Identity savedIdentity()
{
    const QSettings settings;
    return {settings.value(NameKey).toString().simplified(), settings.value(ZoneKey).toString()};
}

void saveIdentity(const Identity &identity)
{
    QSettings settings;
    settings.setValue(NameKey, identity.name.simplified());
    settings.setValue(ZoneKey, identity.timeZone);
    settings.sync();
}

bool hasSavedIdentity()
{
    return !savedIdentity().name.isEmpty();
}

QString resolveIdentityName(const QString &asOption)
{
    for (const QString &candidate : {asOption, qEnvironmentVariable("INCIDENT_BRIDGE_USER"),
                                     savedIdentity().name, accountFullName()}) {
        if (!candidate.simplified().isEmpty())
            return candidate.simplified();
    }
    return {};
}

} // namespace bridge
