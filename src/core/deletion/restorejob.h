#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "deletion/backupmanifest.h"
#include "deletion/deletionaudit.h"

#include <QObject>

#include <array>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Orphanscope {

struct RestoreSettings
{
    CloudinaryConfig cloudinary;
    QString backupFolder;
    QStringList publicIds; // restore these (their newest backups)…
    bool all = false;      // …or every file backed up from this account
    bool dryRun = false;   // check the backups, upload nothing
    QString auditPath;
    int transferTimeoutMs = 120'000;
};

struct RestoreSummary
{
    std::array<qint64, DeletionOutcomeCount> counts{}; // Restored, RestoreExists, RestoreFailed, WouldRestore
    qint64 bytesRestored = 0;
    int uploads = 0;
    bool stopped = false; // Cloudinary refused the credentials, or a cancel: the rest were not tried
    QString stopDetail;

    qint64 count(DeletionOutcome outcome) const { return counts[size_t(outcome)]; }
};

// Uploads backed-up originals again through Cloudinary's Upload API, a few at a time: a signed
// POST /{type}/upload with the same public id and resource type and overwrite=false, so a file
// that exists again is never replaced (Cloudinary answers "existing"). Each backup's size and
// SHA-256 are checked against the manifest first. Every outcome is appended to the audit log.
// The file comes back with its public id and bytes; Cloudinary gives it a new version number.
class RestoreJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreJob)

public:
    static constexpr int MaxInFlight = 4;

    explicit RestoreJob(RestoreSettings settings, QObject *parent = nullptr);
    ~RestoreJob() override;

    // The newest backup of each file of `account` that the settings ask for; an asked-for public
    // id without a backup is an error.
    static std::optional<QList<BackupEntry>> select(const QList<BackupEntry> &entries, const QString &account,
                                                    const RestoreSettings &settings, QString *error);

    void start();
    void cancel();

Q_SIGNALS:
    void outcome(const Orphanscope::BackupEntry &entry, Orphanscope::DeletionOutcome outcome, const QString &detail);
    void finished(const Orphanscope::RestoreSummary &summary);
    void failed(const QString &message);

private:
    void restoreNext();
    std::optional<QByteArray> readBackup(const BackupEntry &entry, QString *problem) const;
    void upload(const BackupEntry &entry, const QByteArray &content);
    void onUploaded(const BackupEntry &entry, QNetworkReply *reply);
    void record(const BackupEntry &entry, DeletionOutcome outcome, const QString &detail);
    void finish();

    RestoreSettings m_settings;
    QList<BackupEntry> m_queue;
    QNetworkAccessManager *m_network;
    QList<QNetworkReply *> m_inFlight;
    bool m_accepted = false; // an upload went through: the credentials work
    std::unique_ptr<DeletionAudit> m_audit;
    RestoreSummary m_summary;
    bool m_ended = false;
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::RestoreSummary)
Q_DECLARE_METATYPE(Orphanscope::BackupEntry)
