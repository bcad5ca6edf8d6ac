#pragma once

#include <QCryptographicHash>
#include <QFile>

// SHA-256 of a file's bytes: how the tests prove a file was left byte-for-byte as it was.
// Empty when the file cannot be read.
inline QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
