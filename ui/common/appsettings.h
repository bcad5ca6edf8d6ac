#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace bridge {

// Every setting the window keeps, in one typed table of key and default. A group keeps the
// demo's layout apart from the real one.
class AppSettings
{
public:
    explicit AppSettings(QString group)
        : m_group(std::move(group))
    {}

    QByteArray geometry() const { return value(Geometry).toByteArray(); }
    void setGeometry(const QByteArray &v) { setValue(Geometry, v); }
    QByteArray windowState() const { return value(WindowState).toByteArray(); }
    void setWindowState(const QByteArray &v) { setValue(WindowState, v); }
    bool showUtc() const { return value(ShowUtc).toBool(); }
    void setShowUtc(bool v) { setValue(ShowUtc, v); }
    qint64 lastIncident() const { return value(LastIncident).toLongLong(); }
    void setLastIncident(qint64 v) { setValue(LastIncident, v); }

private:
    enum Key { Geometry, WindowState, ShowUtc, LastIncident };
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString m_group;
};

} // namespace bridge
