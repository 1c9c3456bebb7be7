#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "cloudinary/ratelimit.h"
#include "database/databaseconfig.h"
#include "database/referencereader.h"
#include "database/referencespec.h"
#include "deletion/deletionaudit.h"
#include "review/decision.h"
#include "scan/ignorerules.h"
#include "util/stringpool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <array>
#include <atomic>
#include <memory>

namespace Orphanscope {

struct BackupFailure;
class CandidateChecker;
class CloudinaryClient;
class FileBackup;

struct DeletionSettings
{
    CloudinaryConfig cloudinary;
    DatabaseConfig database;
    QList<DatabaseConfig> otherDatabases; // as in ScanSettings
    QList<ReferenceSpec> references = ReferenceSpec::defaults();
    bool referenceAllText = false; // also search every text-like column of every database for URLs
    IgnoreRules ignore;
    qint64 minAgeMSecs = 24LL * 3600 * 1000; // younger files may still be mid-upload
    bool dryRun = false;
    int pauseMs = 100;
    int transferTimeoutMs = 30'000;
    double rateLimitWarnAt = 0.80;
    double rateLimitStopAt = 0.95;
    QString auditPath;
    // Originals are backed up here (BackupManifest) before they are deleted; empty: no backup.
    QString backupFolder;
    // The admins' decisions (DecisionStore): a file decided to keep is never deleted, and the
    // decisions of deleted files are forgotten. Empty: not consulted.
    QString decisionsPath;
    int referencesMaxAgeMs = 30'000; // the references are read again when older than this

    QList<DatabaseConfig> databases() const { return QList<DatabaseConfig>{database} + otherDatabases; }
};

struct DeletionSummary
{
    std::array<qint64, DeletionOutcomeCount> counts{}; // by DeletionOutcome
    qint64 bytesDeleted = 0;
    int filesBackedUp = 0;
    qint64 bytesBackedUp = 0;
    QString backupFolder; // this run's files, under the backup folder
    int apiCalls = 0;
    int deleteCalls = 0;
    int largestBatch = 0;
    bool stopped = false; // by the rate limit or a cancel: the rest were not attempted
    QString stopDetail;

    qint64 count(DeletionOutcome outcome) const { return counts[size_t(outcome)]; }
};

// Deletes confirmed orphans, safely: each candidate is checked again just before — against the
// database (read again when the last read is older than referencesMaxAgeMs), against ignore
// rules, against Cloudinary (it must still exist) and against a minimum age — then deleted at
// most 100 public ids a call, grouped by type, under the rate-limit guard. Every outcome goes to
// the append-only audit log before the next call. Unless told not to, each batch's originals are
// backed up first (FileBackup) and only the files whose backup is complete are deleted. A file an
// admin decided to keep is never deleted. A dry run does the same checks and deletes nothing. Runs in a worker thread like ScanJob; ends with exactly one of finished() or failed().
class DeletionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionJob)

public:
    static constexpr int BatchSize = 100;

    DeletionJob(DeletionSettings settings, ResourceList candidates);
    ~DeletionJob() override;

    void cancel(); // thread-safe

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void outcome(const Orphanscope::CloudinaryResource &file, Orphanscope::DeletionOutcome outcome, const QString &detail);
    void warning(const QString &message);
    void finished(const Orphanscope::DeletionSummary &summary);
    void failed(const QString &message);

private:
    bool readReferences();
    bool readDecisions();
    void deleteBackedUp(const ResourceList &backedUp, const QList<BackupFailure> &failed);
    void sendDeleteCall(const ResourceList &batch);
    ResourceList unreferenced(const ResourceList &files, const QString &skipDetail);
    void forgetDecisionsOfDeleted();
    void onLookedUp(const ResourceList &present, const ResourceList &gone);
    void deleteNextBatch();
    void onDeleted(const ResourceList &batch, const struct ApiReply &reply);
    std::optional<QString> budgetStop(bool anotherCallNeeded);
    void stopWithRemaining(const QString &detail);
    void record(const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail);
    void finish();
    void fail(const QString &message);

    DeletionSettings m_settings;
    ResourceList m_candidates;
    std::atomic_bool m_cancelRequested{false};
    CloudinaryClient *m_client = nullptr;
    CandidateChecker *m_checker = nullptr;
    std::unique_ptr<DeletionAudit> m_audit;
    FileBackup *m_backup = nullptr;
    bool m_backingUp = false;
    QSet<QString> m_kept; // resourceKey()s of the files an admin decided to keep
    QList<FileDecision> m_decided; // the decisions of deleted files, to forget
    ReferenceSet m_references;
    QElapsedTimer m_referencesAge;
    RateLimitGuard m_guard;
    StringPool m_pool;
    ResourceList m_queue; // checked files, grouped by type, waiting for their delete call
    DeletionSummary m_summary;
    bool m_ended = false;
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::DeletionSummary)
Q_DECLARE_METATYPE(Orphanscope::DeletionOutcome)
