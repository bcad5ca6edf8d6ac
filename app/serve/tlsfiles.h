#pragma once

#include "domain/result.h"

#include <QSslConfiguration>

namespace bridge::serve {

// A server's TLS set-up from a PEM certificate (its chain may follow it in the file) and a
// PEM private key (RSA or EC, unencrypted). Each file that cannot be used says why.
Result<QSslConfiguration> loadTls(const QString &certificateFile, const QString &keyFile);

} // namespace bridge::serve
