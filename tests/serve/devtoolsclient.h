#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

// A headless Chromium (Debian's `chromium`) driven over the DevTools protocol: open a page,
// evaluate JavaScript in it, and see every request it made. Every wait is bounded.
class HeadlessChromium
{
public:
    HeadlessChromium()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(
            QStringLiteral("chromium"),
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
             QStringLiteral("--disable-extensions"),
             QStringLiteral("--disable-background-networking"),
             QStringLiteral("--remote-debugging-port=0"), QStringLiteral("--window-size=412,915"),
             QStringLiteral("--user-data-dir=") + m_profile.path(), QStringLiteral("about:blank")});
        QElapsedTimer bound;
        bound.start();
        static const QRegularExpression listening(
            QStringLiteral("DevTools listening on (ws://\\S+)"));
        QString said;
        while (bound.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            said += QString::fromUtf8(m_process.readAllStandardError());
            if (const auto m = listening.match(said); m.hasMatch()) {
                m_browserUrl = m.captured(1);
                break;
            }
        }
        if (m_browserUrl.isEmpty())
            return;
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.contains(QStringLiteral("id")))
                m_answers.insert(o.value(QStringLiteral("id")).toInt(), o);
            else
                m_events << o;
        });
        m_socket.open(QUrl(m_browserUrl));
        waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 20000);
    }
    ~HeadlessChromium()
    {
        m_socket.close();
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    bool isReady() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // A new tab on url; returns its session id (empty on failure).
    QString open(const QUrl &url, bool javascript = true)
    {
        const QJsonObject target = call(QStringLiteral("Target.createTarget"),
                                        {{QStringLiteral("url"), QStringLiteral("about:blank")}});
        const QString targetId = target.value(QStringLiteral("targetId")).toString();
        const QString session
            = call(QStringLiteral("Target.attachToTarget"),
                   {{QStringLiteral("targetId"), targetId}, {QStringLiteral("flatten"), true}})
                  .value(QStringLiteral("sessionId"))
                  .toString();
        call(QStringLiteral("Network.enable"), {}, session);
        call(QStringLiteral("Page.enable"), {}, session);
        if (!javascript)
            call(QStringLiteral("Emulation.setScriptExecutionDisabled"),
                 {{QStringLiteral("value"), true}}, session);
        call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}}, session);
        waitFor(
            [&] {
                return evaluate(session, QStringLiteral("document.readyState"))
                           == QStringLiteral("complete")
                       && evaluate(session, QStringLiteral("location.href"))
                              != QStringLiteral("about:blank");
            },
            20000);
        return session;
    }

    // The value of a JavaScript expression in the tab, as text (evaluated even when the
    // page's own scripts are disabled: DevTools runs it).
    QString evaluate(const QString &session, const QString &expression)
    {
        const QJsonObject r = call(
            QStringLiteral("Runtime.evaluate"),
            {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}},
            session);
        const QJsonValue v
            = r.value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
        return v.isString()
                   ? v.toString()
                   : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1);
    }

    // Every URL any tab asked for so far.
    QStringList requestedUrls() const
    {
        QStringList urls;
        for (const QJsonObject &e : m_events) {
            if (e.value(QStringLiteral("method")).toString()
                == QStringLiteral("Network.requestWillBeSent"))
                urls << e.value(QStringLiteral("params"))
                            .toObject()
                            .value(QStringLiteral("request"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
        }
        return urls;
    }

    QByteArray screenshot(const QString &session)
    {
        return QByteArray::fromBase64(call(QStringLiteral("Page.captureScreenshot"),
                                           {{QStringLiteral("format"), QStringLiteral("png")},
                                            {QStringLiteral("captureBeyondViewport"), true}},
                                           session)
                                          .value(QStringLiteral("data"))
                                          .toString()
                                          .toLatin1());
    }

    // Spins the event loop (the test's server answers in it) until done() or the bound.
    template<typename Done>
    static bool waitFor(Done &&done, int boundMs)
    {
        QElapsedTimer bound;
        bound.start();
        while (!done()) {
            if (bound.elapsed() > boundMs)
                return false;
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return true;
    }

private:
    QJsonObject call(const QString &method, const QJsonObject &params, const QString &session = {})
    {
        const int id = ++m_lastId;
        QJsonObject message{{QStringLiteral("id"), id},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("params"), params}};
        if (!session.isEmpty())
            message.insert(QStringLiteral("sessionId"), session);
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        waitFor([&] { return m_answers.contains(id); }, 20000);
        return m_answers.take(id).value(QStringLiteral("result")).toObject();
    }

    QTemporaryDir m_profile;
    QProcess m_process;
    QString m_browserUrl;
    QWebSocket m_socket;
    int m_lastId = 0;
    QHash<int, QJsonObject> m_answers;
    QList<QJsonObject> m_events;
};
