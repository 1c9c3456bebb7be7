#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "cloudinary/compactresourcelist.h"
#include "cloudinary/ratelimit.h"
#include "database/databaseconfig.h"
#include "database/referencespec.h"
#include "scan/ignorerules.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <array>
#include <optional>

namespace Orphanscope {

enum class InventoryMode {
    Off,         // list everything in the window, keep nothing
    Incremental, // list only what is new since the last scan; the local inventory supplies the rest
    Rebuild,     // list everything and replace the inventory (--full)
};

// Everything one scan needs. The CLI builds it from options, the desktop app from its panels.
struct ScanSettings
{
    CloudinaryConfig cloudinary;
    DatabaseConfig database;
    QList<DatabaseConfig> otherDatabases; // further databases of the same site: their references count too
    QList<ReferenceSpec> references = ReferenceSpec::defaults();
    bool referenceAllText = false; // also search every text-like column of every database for URLs
    QList<ResourceType> resourceTypes{ResourceType::Image, ResourceType::Video};
    std::optional<int> days = 30; // nullopt: the whole account
    int pauseMs = 100;            // polite pause between API calls
    int transferTimeoutMs = 30'000;
    double rateLimitWarnAt = 0.80;
    double rateLimitStopAt = 0.95;
    // Listers per resource type. Above 1, each type is split by upload time through the Search
    // API: at most one extra call per slice (its last, partial page), plus one per type to find
    // the oldest file when the whole account is scanned.
    int parallelListing = 1;
    // With one lister per type: once it has taken this many pages and more are to come, a second
    // one lists the type from its oldest file, until the two meet. That halves the rest of a
    // big type's listing for one to three more calls (the page where they meet is partly listed
    // twice, and each end may have asked for a page ahead). 0: never.
    static constexpr int DefaultBothEndsAfterPages = 20; // what ScanEstimate counts with
    int bothEndsAfterPages = DefaultBothEndsAfterPages;
    InventoryMode inventoryMode = InventoryMode::Off;
    QString inventoryPath; // empty: Inventory::defaultPath() for the cloud name
    IgnoreRules ignore;    // never reported, counted apart
    // A file this young may belong to a row whose transaction has not committed yet: it is
    // reported as recent, not as an orphan.
    qint64 minAgeDetectMSecs = 3600 * 1000;
    // The listing's progress is saved as it goes in the inventory's file (ScanCheckpoint), so
    // that a stopped scan can be continued: `resume` does, if its checkpoint is younger than
    // maxCheckpointAgeMSecs.
    bool checkpoint = true;
    bool resume = false;
    qint64 maxCheckpointAgeMSecs = 24LL * 3600 * 1000;
    // When the rate-limit guard stops (or Cloudinary says the budget is spent): wait for the
    // next window instead, for at most maxWaitMSecs in all.
    bool waitForReset = false;
    qint64 maxWaitMSecs = 24LL * 3600 * 1000;
    // The admins' decisions (DecisionStore): files they keep are counted as kept, not reported.
    // Empty: decisions are not consulted.
    QString decisionsPath;

    QList<DatabaseConfig> databases() const { return QList<DatabaseConfig>{database} + otherDatabases; }
};

enum class ScanPhase { Starting, Listing, WaitingForBudget, WaitingForDatabase, Analyzing, Done };

struct ScanProgress
{
    ScanPhase phase = ScanPhase::Starting;
    ResourceType currentType = ResourceType::Image;
    std::array<qint64, 3> listed{};
    std::array<int, 3> pages{};
    int apiCalls = 0;
    RateLimitStatus rateLimit;
    qint64 referenceRowsRead = 0;
    bool referencesDone = false;
    qint64 elapsedMs = 0;
    QDateTime resumesAt; // WaitingForBudget: when the next rate-limit window starts
    qint64 resumedFiles = 0; // of `listed`, those an earlier run listed (a resumed scan)
};

enum class StopReason {
    None,           // complete
    RateLimitGuard, // our guard stopped before the hourly budget ran out
    RateLimited,    // Cloudinary answered 420/429
    Cancelled,
};

struct TypeSummary
{
    bool scanned = false;
    bool complete = false; // every page was listed
    int pages = 0;
    qint64 listed = 0;
    qint64 listedBytes = 0;
    qint64 valid = 0;
    qint64 orphans = 0;
    qint64 orphanBytes = 0;
    qint64 ignored = 0; // unreferenced, but matching an ignore rule
    qint64 recent = 0;  // unreferenced, but younger than the minimum age
    qint64 kept = 0;    // unreferenced, but an admin decided to keep it
};

struct TableSummary
{
    QString table;
    qint64 rows = 0;
    qint64 softDeleted = -1; // -1: the table has no deleted_at column
};

struct ReferenceSummary
{
    bool complete = false;
    QStringList columns;    // the reference columns read, TABLE.COLUMN:KIND (DATABASE/… with several)
    QList<TableSummary> tables;
    qint64 values = 0;      // non-empty values read
    qint64 unparseable = 0;
    qint64 distinct = 0;    // distinct (type, public id) pairs in CloudinaryField columns
    qint64 textValues = 0;  // non-empty values of text columns searched for URLs
    qint64 textReferences = 0; // delivery URLs and CloudinaryField-style strings found in them
    qint64 elapsedMs = 0;
};

// A database value that points to a file the account does not have: a broken image on the site.
struct BrokenReference
{
    QString table;
    QString column;
    QString rowId; // the row's id column, or "#n" (its position) for a table without one
    ResourceType type = ResourceType::Image;
    QString publicId;
    QString value; // as stored
};

// What an incremental scan took from the inventory and what it asked Cloudinary again.
struct IncrementalSummary
{
    bool used = false;
    QString inventoryPath;
    std::array<std::optional<QDateTime>, 3> listedSince{}; // per type; empty: listed in full
    qint64 fromInventory = 0; // stored files classified without listing them again
    bool saved = false;       // the inventory was updated (only complete scans update it)
    QStringList notes;        // why a type was listed in full after all
};

// Orphan candidates listed before this run — by the inventory or an earlier run of a resumed
// scan — looked up again by public id, so files deleted since drop out.
struct RecheckCounts
{
    qint64 rechecked = 0; // orphan candidates looked up again by public id
    qint64 gone = 0;      // of those, deleted on Cloudinary since: dropped from the report
    qint64 unchecked = 0; // candidates the scan stopped before looking up
    int calls = 0;
};

// How the listing's progress was saved, and what an earlier run of the same scan had listed.
struct CheckpointSummary
{
    bool saved = false;     // the progress was saved as the listing went (a stop can be resumed)
    QString path;
    bool resumed = false;   // this run continued an unfinished scan
    int runs = 1;           // runs of this scan so far
    qint64 filesFromEarlierRuns = 0;
    int callsAllRuns = 0;   // listing calls of every run
    bool kept = false;      // the scan stopped: its checkpoint waits for --resume
    int waits = 0;          // rate-limit windows waited for (--wait-for-reset)
    qint64 waitedMs = 0;
};

struct ScanResult
{
    quint64 jobId = 0;
    QDateTime startedAt;
    std::optional<int> days;
    QList<ResourceType> resourceTypes;
    std::array<TypeSummary, 3> perType{};
    ReferenceSummary references;
    IncrementalSummary incremental;
    CheckpointSummary checkpoint;
    RecheckCounts recheck;
    CompactResourceList orphans; // a hundred thousand and more: kept as bytes (toList() for QStrings)
    ResourceList recent; // unreferenced files younger than the minimum age: not orphans yet
    ResourceList kept;   // unreferenced files an admin decided to keep: not reported as orphans
    // Checked only by complete whole-account scans (brokenChecked): before, some files were not
    // listed and their references would look broken.
    bool brokenChecked = false;
    QList<BrokenReference> brokenReferences;
    QString spikeAlert; // set by whoever compares the scan with the history (ScanHistory::spike)
    qint64 minAgeDetectMSecs = 0;
    int apiCalls = 0;
    RateLimitStatus rateLimit;
    StopReason stopReason = StopReason::None;
    QString stopDetail;
    qint64 elapsedMs = 0;

    bool isPartial() const { return stopReason != StopReason::None; }
    qint64 totalListed() const;
    qint64 totalValid() const;
    qint64 totalOrphans() const;
    qint64 totalOrphanBytes() const;
    qint64 totalIgnored() const;
    qint64 totalKept() const { return kept.size(); }
};

QString stopReasonText(StopReason reason);

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::ScanProgress)
Q_DECLARE_METATYPE(Orphanscope::ScanResult)
