#include "listenaddress.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bridge::serve {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::StatusServer)
};
} // namespace

QString ListenAddress::url(quint16 actualPort, bool tls) const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(address.toString())
                             : address.toString();
    return u"%1://%2:%3/"_s.arg(tls ? u"https"_s : u"http"_s, host).arg(actualPort);
}

Result<ListenAddress> parseListenAddress(const QString &text)
{
    const QUrl url(u"http://"_s + text.trimmed());
    ListenAddress listen;
    const QString host = url.host();
    if (!url.isValid() || host.isEmpty() || !url.path().isEmpty() || !url.userInfo().isEmpty()
        || !listen.address.setAddress(host))
        return Error::invalid(Tr::tr("--listen takes an IP address and a port, as in "
                                     "127.0.0.1:8765 or [::1]:8765; \"%1\" is not one.")
                                  .arg(text));
    const int port = url.port(DefaultPort);
    if (port < 0 || port > 65535)
        return Error::invalid(Tr::tr("--listen's port must be 0 to 65535."));
    listen.port = static_cast<quint16>(port);
    return listen;
}

} // namespace bridge::serve
