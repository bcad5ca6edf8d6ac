#include "tlsfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace bridge::serve {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::StatusServer)
};

Result<QByteArray> readAll(const QString &path, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            Tr::tr("Cannot read the TLS %1 %2: %3.").arg(Tr::tr(what), path, file.errorString()));
    return file.read(1024 * 1024);
}
} // namespace

Result<QSslConfiguration> loadTls(const QString &certificateFile, const QString &keyFile)
{
    const auto certText = readAll(certificateFile, QT_TR_NOOP("certificate"));
    if (!certText)
        return certText.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certText, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error::invalid(Tr::tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                                  .arg(certificateFile));
    const auto keyText = readAll(keyFile, QT_TR_NOOP("key"));
    if (!keyText)
        return keyText.error();
    QSslKey key(*keyText, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyText, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::invalid(Tr::tr("%1 holds no unencrypted PEM private key (RSA or EC) that "
                                     "Qt can read.")
                                  .arg(keyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are known by their tokens
    return config;
}

} // namespace bridge::serve
