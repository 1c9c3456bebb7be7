#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// The orphans the sandbox generated (its --ground-truth CSV), narrowed to what one scan covers,
// as sorted CSV lines to compare with a report.
QStringList expectedOrphans(const QString &groundTruthPath, const QStringList &resourceTypes,
                            std::optional<QDateTime> uploadedSince = std::nullopt);
