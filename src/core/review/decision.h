#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

// What an admin decided about an orphan: nothing yet, keep it (a false positive: never reported
// as an orphan again, never deleted) or delete it (taken by "delete marked").
enum class Decision { Undecided, Keep, Delete };

QString decisionName(Decision decision); // "undecided", "keep", "delete": the CSV's and the store's words
std::optional<Decision> decisionFromName(QStringView name);

struct FileDecision
{
    ResourceType type = ResourceType::Image;
    QString publicId;
    Decision decision = Decision::Undecided;
    QString note;
    QDateTime decidedAt; // UTC

    // Undecided without a note says nothing: the store forgets it.
    bool isEmpty() const { return decision == Decision::Undecided && note.isEmpty(); }
};

using DecisionMap = QHash<QString, FileDecision>; // by resourceKey

// The rows whose decision or note differs from `current`, stamped `now`: what an import saves
// (an unchanged row keeps the time it was decided).
QList<FileDecision> changedDecisions(const QList<FileDecision> &rows, const DecisionMap &current, const QDateTime &now);

} // namespace Orphanscope
