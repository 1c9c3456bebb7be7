#pragma once

#include "review/decision.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

// The decisions as a spreadsheet, for review by a team: written from a report's orphans and the
// store, read back strictly. A bad header, a row of the wrong width, an unknown type or decision,
// an empty public id or a file listed twice is an error naming the line, and nothing is read.
class DecisionSheet
{
public:
    // public_id,resource_type,size_bytes,format,uploaded_at,cloudinary_url,decision,note,decided_at
    static const QList<QByteArray> Columns;

    // One row per orphan (undecided unless decided), then one per other decision of the store
    // (the kept files, which reports no longer list).
    static QByteArray write(const ResourceList &orphans, const DecisionMap &decisions);
    static bool writeFile(const QString &path, const ResourceList &orphans, const DecisionMap &decisions, QString *error);

    // Needs public_id, resource_type, decision and note; the other columns above may be there
    // and are not read. An empty decision cell means undecided.
    static std::optional<QList<FileDecision>> read(const QByteArray &data, const QString &name, QString *error);
    static std::optional<QList<FileDecision>> readFile(const QString &path, QString *error);
};

} // namespace Orphanscope
