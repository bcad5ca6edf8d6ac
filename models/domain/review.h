#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The blameless review, in Allspaw's terms: contributing factors (never one root cause), the
// assumptions people made placed on a map, each person's own understanding of the timeline,
// what went well, what was hard, where we got lucky, and follow-ups.
namespace bridge {

enum class FactorCategory { Technical, Process, Organisational, External };
QString factorCategoryKey(FactorCategory c);
std::optional<FactorCategory> factorCategoryFromKey(QStringView key);
QString factorCategoryDisplayName(FactorCategory c);

struct ContributingFactor
{
    QString text;
    FactorCategory category = FactorCategory::Technical;
    // Followed upward: the change, the ticket behind it, who approved it and why, the
    // business driver behind that.
    QStringList chain;
    bool operator==(const ContributingFactor &) const = default;
};

struct AssumptionRating
{
    qint64 entryId = 0;
    bool known = false;
    bool important = true;
    bool operator==(const AssumptionRating &) const = default;
};

enum class FollowUpType { Mitigate, Prevent, Process, Learn };
QString followUpTypeKey(FollowUpType t);
std::optional<FollowUpType> followUpTypeFromKey(QStringView key);
QString followUpTypeDisplayName(FollowUpType t);

struct FollowUp
{
    QString text;
    QString owner;
    FollowUpType type = FollowUpType::Prevent;
    QDate due;
    QString link;
    bool operator==(const FollowUp &) const = default;
};

struct Review
{
    QString summary;
    QString impact;
    QString wentWell;
    QString wasHard;
    QString lucky;
    QDate reviewDate;
    QList<ContributingFactor> factors;
    QList<AssumptionRating> assumptions;
    QHash<QString, QString> understanding; // person -> their understanding at the time
    QList<FollowUp> followUps;
    bool operator==(const Review &) const = default;
};

} // namespace bridge
