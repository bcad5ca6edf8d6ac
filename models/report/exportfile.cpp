#include "exportfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Export)
};

Error refused(const QString &path, const QString &why)
{
    return Error::invalid(Tr::tr("Not written to %1: %2").arg(path, why));
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A pipe or a terminal: written as a stream, since there is no file to replace.
Done writeStream(const QString &path, const QByteArray &bytes, bool fifo)
{
    // Non-blocking first: a FIFO nobody reads would otherwise wait for ever.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_NOCTTY | O_CLOEXEC | (fifo ? O_NONBLOCK : 0));
    if (fd < 0)
        return refused(path, fifo && errno == ENXIO
                                 ? Tr::tr("it is a named pipe that nobody is reading.")
                                 : errnoText());
    if (fifo)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = errnoText();
            ::close(fd);
            return Error::storage(Tr::tr("Writing to %1 stopped: %2.").arg(path, why));
        }
        done += n;
    }
    ::close(fd);
    return bridge::done();
}
} // namespace

Done writeExportFile(const QString &path, const QByteArray &bytes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat link
    {};
    QString target = path;
    if (::lstat(native.constData(), &link) == 0) {
        if (S_ISLNK(link.st_mode)) {
            if (link.st_uid != ::getuid() && link.st_uid != 0)
                return refused(path, Tr::tr("it is a symbolic link owned by another user, which "
                                            "is not followed. Choose another path."));
            target = QFileInfo(path).canonicalFilePath();
            if (target.isEmpty())
                target = QFileInfo(path).symLinkTarget(); // dangling: created as a new file
        }
        struct stat info
        {};
        if (::stat(QFile::encodeName(target).constData(), &info) == 0) {
            if (S_ISDIR(info.st_mode))
                return refused(path, Tr::tr("it is a folder. Give a file name."));
            if (S_ISFIFO(info.st_mode))
                return writeStream(target, bytes, true);
            if (S_ISCHR(info.st_mode)) {
                const int fd = ::open(QFile::encodeName(target).constData(),
                                      O_WRONLY | O_NOCTTY | O_CLOEXEC);
                const bool terminal = fd >= 0 && ::isatty(fd);
                if (fd >= 0)
                    ::close(fd);
                if (terminal)
                    return writeStream(target, bytes, false);
            }
            if (!S_ISREG(info.st_mode))
                return refused(path, Tr::tr("it is a device or another special file, which an "
                                            "export never replaces. Give a file name, or leave "
                                            "--output out to print it."));
        }
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !file.commit())
        return Error::storage(Tr::tr("Cannot write %1: %2. Nothing was written there.")
                                  .arg(path, file.errorString()));
    return done();
}

} // namespace bridge
