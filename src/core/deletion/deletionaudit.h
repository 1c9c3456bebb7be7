#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QFile>
#include <QString>

namespace Orphanscope {

enum class DeletionOutcome {
    Deleted,
    NotFound,          // Cloudinary no longer had it
    SkippedReferenced, // a database row refers to it now
    SkippedYoung,      // younger than the minimum age: it may still be mid-upload
    SkippedIgnored,    // matches an ignore rule
    Error,             // the call failed, or the deletion stopped before it
    WouldDelete,       // a dry run
    SkippedKept,       // an admin decided to keep it
    BackupFailed,      // its original could not be backed up, so it was not deleted
    Restored,          // uploaded again from its backup
    RestoreExists,     // not restored: Cloudinary has a file with that public id (never overwritten)
    RestoreFailed,     // the backup is damaged or the upload failed
    WouldRestore,      // a dry run of a restore
};
inline constexpr int DeletionOutcomeCount = int(DeletionOutcome::WouldRestore) + 1;

QString deletionOutcomeName(DeletionOutcome outcome); // "deleted", "not_found", "skipped-referenced"…

// The append-only record of what a deletion (or a restore) did: one CSV row per file and outcome, written and
// flushed batch by batch, so a crash loses nothing already done. Existing rows are never touched.
class DeletionAudit
{
public:
    explicit DeletionAudit(QString path);

    bool open(QString *error); // creates the file with its header, or appends to it
    bool append(const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail, QString *error);
    bool flush(QString *error);

    static const QByteArray Header;

private:
    QString m_path;
    QFile m_file;
};

} // namespace Orphanscope
