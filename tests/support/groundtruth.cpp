#include "groundtruth.h"

#include "csvtable.h"

QStringList expectedOrphans(const QString &groundTruthPath, const QStringList &resourceTypes,
                            std::optional<QDateTime> uploadedSince)
{
    const CsvTable truth = CsvTable::load(groundTruthPath);
    if (!truth.error.isEmpty())
        qFatal("Unreadable ground truth %s: %s", qPrintable(groundTruthPath), qPrintable(truth.error));
    CsvTable narrowed;
    narrowed.header = truth.header;
    for (const QStringList &row : truth.rows) {
        if (!resourceTypes.contains(row.at(1)))
            continue;
        if (uploadedSince && QDateTime::fromString(row.at(5), Qt::ISODate) < *uploadedSince)
            continue;
        narrowed.rows.append(row);
    }
    return narrowed.sortedLines();
}
