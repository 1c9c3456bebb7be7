#pragma once

#include "deletion/backupmanifest.h"

#include <QCryptographicHash>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QFile;

namespace Orphanscope {

struct BackupFailure
{
    CloudinaryResource file;
    QString reason;
};

// Downloads originals before they are deleted: from the file's delivery URL (raw files too),
// into <folder>/files/<run time>/<type>/<public id>.<format>, a few at a time. A file counts as
// backed up only once all of it is on disk — its size equal to the listing's, its SHA-256 taken,
// renamed from its .part name — and its manifest line is written. Anything less is a failure,
// and the part is removed.
class FileBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileBackup)

public:
    static constexpr int MaxInFlight = 4;
    using Done = std::function<void(const ResourceList &backedUp, const QList<BackupFailure> &failed)>;

    FileBackup(const QString &folder, QString account, int transferTimeoutMs, QObject *parent = nullptr);
    ~FileBackup() override;

    bool open(QString *error); // makes this run's folder
    const QString &runFolder() const { return m_runFolder; }

    // Backs up every file of `files`, then calls `done` once (from the event loop).
    void backUp(const ResourceList &files, Done done);
    // Stops the downloads in flight and those waiting: they fail, and `done` is called.
    void abort(const QString &reason);

    qint64 bytesBackedUp() const { return m_bytes; }
    int filesBackedUp() const { return m_files; }

    // A relative path for the file that no public id can lead out of the folder.
    static QString relativePathFor(const CloudinaryResource &file);

private:
    struct Download;
    void startDownloads();
    void onFinished(Download *download);
    void fail(Download *download, const QString &reason);
    void settle(Download *download);
    void answer();

    BackupManifest m_manifest;
    QString m_account;
    int m_timeoutMs;
    QString m_runFolder;
    QNetworkAccessManager *m_network;
    ResourceList m_waiting;
    QList<Download *> m_inFlight;
    ResourceList m_backedUp;
    QList<BackupFailure> m_failed;
    Done m_done;
    qint64 m_bytes = 0;
    int m_files = 0;
};

} // namespace Orphanscope
