#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

// Many HTTP/1.1 keep-alive clients on raw sockets, each asking again as soon as it has its
// answer, in this thread's event loop: what a crowd of leaders' browsers does to `serve`.
// Every run is bounded in requests and in time.
class HttpCrowd
{
public:
    struct Figures
    {
        qint64 answered = 0;
        qint64 failed = 0; // an answer other than 200, or a connection that broke
        QList<double> latenciesMs;
        double seconds = 0;
    };

    HttpCrowd(quint16 port, QByteArray request)
        : m_port(port)
        , m_request(std::move(request))
    {}

    // clients at once until maxRequests are answered in all or maxMs passed.
    Figures run(int clients, qint64 maxRequests, int maxMs,
                const std::function<void()> &alongside = {})
    {
        m_figures = {};
        m_maxRequests = maxRequests;
        m_clock.start();
        for (int i = 0; i < clients; ++i)
            m_clients.push_back(std::make_unique<Client>(this));
        QTimer side;
        if (alongside) {
            QObject::connect(&side, &QTimer::timeout, alongside);
            side.start(100);
        }
        while (m_figures.answered + m_figures.failed < m_maxRequests && m_clock.elapsed() < maxMs) {
            QEventLoop loop;
            QTimer::singleShot(10, &loop, &QEventLoop::quit);
            loop.exec();
        }
        m_figures.seconds = m_clock.elapsed() / 1000.0;
        m_clients.clear();
        return m_figures;
    }

private:
    struct Client
    {
        HttpCrowd *crowd;
        QTcpSocket socket;
        QByteArray buffer;
        QElapsedTimer sent;

        explicit Client(HttpCrowd *c)
            : crowd(c)
        {
            QObject::connect(&socket, &QTcpSocket::connected, [this] { ask(); });
            QObject::connect(&socket, &QTcpSocket::readyRead, [this] { read(); });
            QObject::connect(&socket, &QTcpSocket::errorOccurred, [this] {
                if (socket.error() != QAbstractSocket::RemoteHostClosedError || !buffer.isEmpty())
                    ++crowd->m_figures.failed;
            });
            socket.connectToHost(QHostAddress::LocalHost, crowd->m_port);
        }
        void ask()
        {
            if (crowd->m_figures.answered + crowd->m_figures.failed >= crowd->m_maxRequests)
                return;
            sent.start();
            socket.write(crowd->m_request);
        }
        void read()
        {
            buffer += socket.readAll();
            for (;;) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                static const QRegularExpression length(
                    QStringLiteral("\r\ncontent-length: *(\\d+)"),
                    QRegularExpression::CaseInsensitiveOption);
                const QString head = QString::fromLatin1(buffer.left(end + 2));
                const auto m = length.match(head);
                const qint64 body = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                if (buffer.size() < end + 4 + body)
                    return;
                if (head.startsWith(QStringLiteral("HTTP/1.1 200")))
                    ++crowd->m_figures.answered;
                else
                    ++crowd->m_figures.failed;
                crowd->m_figures.latenciesMs << double(sent.nsecsElapsed()) / 1e6;
                buffer.remove(0, end + 4 + body);
                ask();
            }
        }
    };

    quint16 m_port;
    QByteArray m_request;
    qint64 m_maxRequests = 0;
    QElapsedTimer m_clock;
    Figures m_figures;
    std::vector<std::unique_ptr<Client>> m_clients;
};

// `incident-bridge serve` in a process of its own, on 127.0.0.1 and a free port.
class ServeProcess
{
public:
    ServeProcess(const QString &binary, const QString &database, const QStringList &extra = {})
    {
        m_process.start(binary,
                        QStringList{QStringLiteral("--db"), database, QStringLiteral("serve"),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                            + extra);
        static const QRegularExpression address(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
        QElapsedTimer bound;
        bound.start();
        QString said;
        while (port == 0 && bound.elapsed() < 30000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            said += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto m = address.match(said); m.hasMatch())
                port = static_cast<quint16>(m.captured(1).toUInt());
        }
    }
    ~ServeProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port = 0;

private:
    QProcess m_process;
};
