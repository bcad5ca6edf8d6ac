#pragma once

#include "domain/result.h"

class QSqlQuery;
class QSqlError;

namespace bridge {

// Turns a failed query into a message a person can act on ("the disk is full",
// "another program holds the database") instead of a driver code.
Error sqlError(const QSqlQuery &query, const char *doing);
Error sqlError(const QSqlError &error, const char *doing);

} // namespace bridge
