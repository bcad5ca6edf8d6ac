#pragma once

#include "domain/cadence.h"

#include <QStringList>

namespace bridge {

// A suggestion about wording; never a reason to refuse to send or export.
struct LanguageIssue
{
    QString kind;    // blame, person_as_cause, internal_name, person_name, no_next_update,
                     // placeholder
    QString excerpt; // the words that raised it
    QString advice;
};

struct UpdateCheckContext
{
    Audience audience = Audience::Executive;
    QStringList people; // names on this incident
    bool expectsNextUpdate = true;
};

QList<LanguageIssue> checkUpdateText(const QString &text, const UpdateCheckContext &context);

// The review's check: the update checks for blame, plus hindsight and minimising words
// ("why didn't", "obviously", "just", "simply") that make people defend instead of explain.
QList<LanguageIssue> checkReviewText(const QString &text, const QStringList &people);

} // namespace bridge
