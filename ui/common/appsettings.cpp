#include "appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Setting
{
    QString key;
    QVariant defaultValue;
};

const Setting &setting(int key)
{
    static const Setting table[] = {
        {u"geometry"_s, QByteArray()},
        {u"windowState"_s, QByteArray()},
        {u"showUtc"_s, false},
        {u"lastIncident"_s, qint64(0)},
    };
    return table[key];
}
} // namespace

QVariant AppSettings::value(Key key) const
{
    const Setting &s = setting(key);
    return QSettings().value(m_group + u'/' + s.key, s.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    QSettings settings;
    settings.setValue(m_group + u'/' + setting(key).key, value);
    settings.sync(); // written now, so a crash still reopens where the user was
}

} // namespace bridge
