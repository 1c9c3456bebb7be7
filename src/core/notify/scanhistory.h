#pragma once

#include "scan/scantypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

struct HistoryEntry
{
    QDateTime startedAt;
    QString account;   // cloud name @ API host
    QString scope;     // "all" or "30d", plus the types: scans are compared within one scope
    qint64 files = 0;
    qint64 orphans = 0;
    qint64 orphanBytes = 0;
    qint64 ignored = 0;
    qint64 recent = 0;
    qint64 broken = -1; // -1: not checked
    int apiCalls = 0;
    qint64 durationMs = 0;
    QString settings;  // a one-line summary of the settings
};

// When orphans jump compared with earlier scans of the same account and scope.
struct SpikeAlert
{
    QString message; // names the count, the median it is compared with and over how many scans
};

struct SpikeRule
{
    double factor = 2.0;   // alert when orphans exceed factor × the median of earlier scans…
    qint64 minimumRise = 20; // …and the median by at least this many files
    int window = 5;        // how many earlier scans make the median
};

// The local record of completed scans (SQLite in the data dir, shared by the app and the CLI):
// one row per scan, for the History tab's trend and the spike alert.
class ScanHistory
{
public:
    explicit ScanHistory(QString path);
    ~ScanHistory();
    ScanHistory(const ScanHistory &) = delete;
    ScanHistory &operator=(const ScanHistory &) = delete;

    // <data dir>/orphanscope/history.sqlite3
    static QString defaultPath();
    static HistoryEntry entryFor(const ScanResult &result, const ScanSettings &settings);

    bool open(QString *error);
    bool record(const HistoryEntry &entry, QString *error);
    // Oldest first; `account` and `scope` empty: all.
    QList<HistoryEntry> entries(const QString &account = {}, const QString &scope = {}, int limit = 1000) const;

    // Compares `entry` with the earlier scans of its account and scope (call before record()).
    std::optional<SpikeAlert> spike(const HistoryEntry &entry, const SpikeRule &rule) const;

    // What both programs do after a scan: a complete one is compared with the earlier scans
    // (setting result.spikeAlert) and recorded; a partial one is neither. Returns the entry.
    HistoryEntry consult(ScanResult &result, const ScanSettings &settings, const SpikeRule &rule, QString *error);

private:
    QString m_path;
    QString m_connectionName;
};

} // namespace Orphanscope
