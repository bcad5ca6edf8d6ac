#include "review.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Review)
};

template<typename E>
std::optional<E> fromKey(QStringView key, std::initializer_list<E> all, QString (*keyOf)(E))
{
    for (E e : all) {
        if (key.compare(keyOf(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}
} // namespace

QString factorCategoryKey(FactorCategory c)
{
    switch (c) {
    case FactorCategory::Technical:
        return u"technical"_s;
    case FactorCategory::Process:
        return u"process"_s;
    case FactorCategory::Organisational:
        return u"organisational"_s;
    case FactorCategory::External:
        return u"external"_s;
    }
    return {};
}

std::optional<FactorCategory> factorCategoryFromKey(QStringView key)
{
    return fromKey(key,
                   {FactorCategory::Technical, FactorCategory::Process,
                    FactorCategory::Organisational, FactorCategory::External},
                   factorCategoryKey);
}

QString factorCategoryDisplayName(FactorCategory c)
{
    switch (c) {
    case FactorCategory::Technical:
        return Tr::tr("Technical");
    case FactorCategory::Process:
        return Tr::tr("Process");
    case FactorCategory::Organisational:
        return Tr::tr("Organisational");
    case FactorCategory::External:
        return Tr::tr("External");
    }
    return {};
}

QString followUpTypeKey(FollowUpType t)
{
    switch (t) {
    case FollowUpType::Mitigate:
        return u"mitigate"_s;
    case FollowUpType::Prevent:
        return u"prevent"_s;
    case FollowUpType::Process:
        return u"process"_s;
    case FollowUpType::Learn:
        return u"learn"_s;
    }
    return {};
}

std::optional<FollowUpType> followUpTypeFromKey(QStringView key)
{
    return fromKey(
        key,
        {FollowUpType::Mitigate, FollowUpType::Prevent, FollowUpType::Process, FollowUpType::Learn},
        followUpTypeKey);
}

QString followUpTypeDisplayName(FollowUpType t)
{
    switch (t) {
    case FollowUpType::Mitigate:
        return Tr::tr("Mitigate");
    case FollowUpType::Prevent:
        return Tr::tr("Prevent");
    case FollowUpType::Process:
        return Tr::tr("Process");
    case FollowUpType::Learn:
        return Tr::tr("Learn");
    }
    return {};
}

} // namespace bridge
