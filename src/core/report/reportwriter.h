#pragma once

#include "scan/scantypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

class QIODevice;

namespace Orphanscope {

// Writes the orphan report the old command wrote, and a JSON summary for machines.
// Both go through QSaveFile: a failed write never leaves half a file behind.
class ReportWriter
{
public:
    // reports/orphaned_files_YYYY-MM-DD_HHMMSS.csv, with _PARTIAL before .csv for a partial scan.
    static QString defaultCsvPath(const QDateTime &when, bool partial, const QString &folder = QStringLiteral("reports"));
    // Inserts _PARTIAL before the extension of a path the user chose.
    static QString markPartial(const QString &path);

    static QByteArray csv(const ResourceList &orphans);
    static QByteArray csv(const CompactResourceList &orphans); // the same bytes, written from the UTF-8
    static bool writeCsv(const QString &path, const ResourceList &orphans, QString *error);
    static bool writeCsv(const QString &path, const CompactResourceList &orphans, QString *error);

    // The broken references: table, row_id, column, resource_type, public_id, value.
    static QByteArray brokenReferencesCsv(const QList<BrokenReference> &broken);
    static bool writeBrokenReferencesCsv(const QString &path, const QList<BrokenReference> &broken, QString *error);
    static QString defaultBrokenReferencesPath(const QDateTime &when, const QString &folder = QStringLiteral("reports"));

    static QByteArray jsonSummary(const ScanResult &result, const QString &csvPath);
    static bool writeJsonSummary(const QString &path, const ScanResult &result, const QString &csvPath, QString *error);

    // RFC 4180 quoting plus a guard against spreadsheet formulas (= + - @ tab CR): a leading '.
    static QByteArray csvCell(const QString &text);
    // Whether the writer guards this text (also '=…, ''=…: CsvRecords::unguard strips one quote).
    static bool needsFormulaGuard(QByteArrayView cell);

    static const QByteArray CsvHeader;

private:
    static constexpr qsizetype BytesPerRow = 160; // a typical row, for reserving
    static bool writeFile(const QString &path, const QByteArray &data, const QString &what, QString *error);
    static bool writeWith(const QString &path, const QString &what, QString *error, const std::function<bool(QIODevice &)> &write);
};

} // namespace Orphanscope
