#pragma once

#include <QString>

// Who is using this copy of the app: the scribe of what they log and the default actor.
// Set once (the window asks on first start, Preferences changes it), kept in the user's
// settings, shared by the window and the command line.
namespace bridge {

struct Identity
{
    QString name;
    QString timeZone; // IANA name; empty: the system's
};

// The account's full name from the password database (the GECOS field), else the login name;
// empty when neither is known.
QString accountFullName();

Identity savedIdentity();
void saveIdentity(const Identity &identity);
// Whether a name has been saved (the first-start prompt is shown until one is).
bool hasSavedIdentity();

// The command line's person: --as, else INCIDENT_BRIDGE_USER, else the saved name, else the
// account's full name. Empty when none of them names anyone.
QString resolveIdentityName(const QString &asOption);

} // namespace bridge
