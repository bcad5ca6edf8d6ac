#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

// Accepts the status server's connections with the limits a server on a network needs: TLS
// when configured; at most MaxConnections at once; a request must arrive whole within
// RequestTimeoutMs of the connection or of the last answer (slow or idle clients are dropped);
// a request larger than MaxRequestBytes is answered 413 and the connection closed before any
// more of it is kept in memory.
class GuardedListener : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr qint64 MaxRequestBytes = MaxBodyBytes + 32 * 1024; // and its headers
    static constexpr int RequestTimeoutMs = 15000;
    static constexpr int MaxConnections = 1000;

    explicit GuardedListener(int requestTimeoutMs = RequestTimeoutMs, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    // A whole request was read on this socket and answered: its clock and count start again.
    static void requestDone(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket *socket);

    int m_requestTimeoutMs;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
};
