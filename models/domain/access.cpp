#include "access.h"

using namespace Qt::StringLiterals;

namespace bridge {

QString tokenScopeKey(TokenScope scope)
{
    return scope == TokenScope::Alerts ? u"alerts"_s : u"read"_s;
}

std::optional<TokenScope> tokenScopeFromKey(QStringView key)
{
    if (key == u"read")
        return TokenScope::Read;
    if (key == u"alerts")
        return TokenScope::Alerts;
    return std::nullopt;
}

} // namespace bridge
