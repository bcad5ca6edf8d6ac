#pragma once

#include "domain/result.h"

#include <QHostAddress>

namespace bridge::serve {

inline constexpr quint16 DefaultPort = 8765;

struct ListenAddress
{
    QHostAddress address;
    quint16 port = DefaultPort;
    // "http://127.0.0.1:8765/" (https with TLS; IPv6 in brackets).
    QString url(quint16 actualPort, bool tls) const;
};

// "127.0.0.1:8765", "[::1]:8765", "0.0.0.0:0" (any free port); an address alone takes 8765.
Result<ListenAddress> parseListenAddress(const QString &text);

} // namespace bridge::serve
