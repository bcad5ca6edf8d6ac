#include "plurals.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bridge {

void installEnglishPlurals()
{
    static QPointer<QTranslator> plurals; // cleared when the application frees it
    if (plurals || !QCoreApplication::instance())
        return;
    // Parented to the application: removed and freed with it, never after it.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(u":/i18n/incident-bridge_en.qm"_s)) {
        delete translator;
        qWarning("The English plural forms are missing from the build; counts read \"(s)\".");
        return;
    }
    QCoreApplication::installTranslator(translator);
    plurals = translator;
}

} // namespace bridge
