#include "guardedlistener.h"

#include <QSslSocket>
#include <QTimer>

namespace {
const QString GuardName = QStringLiteral("bridge-socket-guard");

// Per connection: bytes received since its last request was answered, and its deadline.
class SocketGuard : public QObject
{
public:
    SocketGuard(QTcpSocket *socket, int timeoutMs)
        : QObject(socket)
    {
        setObjectName(GuardName);
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(timeoutMs);
        QObject::connect(&m_deadline, &QTimer::timeout, socket, &QAbstractSocket::abort);
        m_deadline.start();
    }
    void restart()
    {
        m_received = 0;
        m_deadline.start();
    }
    // Connected before the HTTP server's own reader, so it sees each arrival before it is read.
    void arrived(QTcpSocket *socket)
    {
        m_received += socket->bytesAvailable();
        if (m_received <= GuardedListener::MaxRequestBytes || m_refused)
            return;
        m_refused = true;
        // Nobody reads on: the HTTP server's parser stops with what it had.
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain; "
                      "charset=utf-8\r\nConnection: close\r\nContent-Length: 47\r\n\r\n"
                      "The request is larger than 1 MB; nothing kept.\n");
        socket->disconnectFromHost();
    }

private:
    QTimer m_deadline;
    qint64 m_received = 0;
    bool m_refused = false;
};
} // namespace

GuardedListener::GuardedListener(int requestTimeoutMs, QObject *parent)
    : QTcpServer(parent)
    , m_requestTimeoutMs(requestTimeoutMs)
{}

void GuardedListener::requestDone(QTcpSocket *socket)
{
    // Found by name: SocketGuard has no meta-object of its own to be found by type.
    if (auto *g = socket->findChild<QObject *>(GuardName, Qt::FindDirectChildrenOnly))
        static_cast<SocketGuard *>(g)->restart();
}

void GuardedListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor) || m_open >= MaxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    guard(socket);
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        // Handed to the HTTP server once encrypted; a failed handshake is simply dropped.
        connect(tls, &QSslSocket::encrypted, this, [this, tls] { addPendingConnection(tls); });
        connect(tls, &QSslSocket::sslErrors, tls, [tls] { tls->abort(); });
        connect(tls, &QAbstractSocket::disconnected, tls, [tls] {
            if (!tls->isEncrypted())
                tls->deleteLater();
        });
        tls->startServerEncryption();
        return;
    }
    addPendingConnection(socket);
}

void GuardedListener::guard(QTcpSocket *socket)
{
    auto *g = new SocketGuard(socket, m_requestTimeoutMs);
    connect(socket, &QIODevice::readyRead, g, [g, socket] { g->arrived(socket); });
}
