#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

// One original backed up before its deletion.
struct BackupEntry
{
    QDateTime backedUpAt;
    QString account; // cloud name @ API host
    ResourceType type = ResourceType::Image;
    QString publicId;
    QString format;
    qint64 bytes = 0;
    qint64 createdAtMSecs = 0;
    QString url;        // the delivery URL it was downloaded from
    QByteArray sha256;  // hex
    QString file;       // relative to the backup folder

    CloudinaryResource resource() const;
};

// The backup folder's manifest.csv: one line per original, appended (and flushed) only once the
// file is complete and checked. Read back by a restore. Files of a deletion run live under
// files/<run time>/<type>/<public id>.<format>.
class BackupManifest
{
public:
    explicit BackupManifest(QString folder);

    static QString defaultFolder(); // <data dir>/orphanscope/backups
    const QString &folder() const { return m_folder; }
    QString path() const;           // <folder>/manifest.csv

    bool append(const BackupEntry &entry, QString *error) const;
    // Oldest first. A manifest that does not exist yet is empty.
    std::optional<QList<BackupEntry>> read(QString *error) const;

    static const QByteArray Header;

private:
    QString m_folder;
};

} // namespace Orphanscope
