#include "deletion/filebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

struct FileBackup::Download
{
    CloudinaryResource file;
    QString relativePath;
    QNetworkReply *reply = nullptr;
    std::unique_ptr<QFile> part;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 written = 0;
    QString writeError;
};

FileBackup::FileBackup(const QString &folder, QString account, int transferTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_manifest(folder)
    , m_account(std::move(account))
    , m_timeoutMs(transferTimeoutMs)
    , m_network(new QNetworkAccessManager(this))
{
}

FileBackup::~FileBackup()
{
    for (Download *download : std::as_const(m_inFlight)) {
        download->reply->abort();
        if (download->part)
            download->part->remove();
        delete download;
    }
}

bool FileBackup::open(QString *error)
{
    const QString run = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    m_runFolder = u"files/"_s + run;
    const QString absolute = QDir(m_manifest.folder()).filePath(m_runFolder);
    if (!QDir().mkpath(absolute)) {
        *error = u"Cannot create the backup folder %1; check its permissions or pass --backup-dir"_s.arg(absolute);
        return false;
    }
    return true;
}

QString FileBackup::relativePathFor(const CloudinaryResource &file)
{
    QStringList segments;
    for (QString segment : file.publicId.split(u'/')) {
        for (QChar &c : segment) {
            if (c.unicode() < 0x20 || QStringView(u"\\:*?\"<>|").contains(c))
                c = u'_';
        }
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s)
            segment = u"_"_s;
        segments.append(segment.left(200));
    }
    QString path = resourceTypeName(file.type) + u'/' + segments.join(u'/');
    if (file.type != ResourceType::Raw && !file.format.isEmpty())
        path += u'.' + file.format;
    return path;
}

void FileBackup::backUp(const ResourceList &files, Done done)
{
    m_done = std::move(done);
    m_waiting = files;
    m_backedUp.clear();
    m_failed.clear();
    if (m_waiting.isEmpty()) {
        answer();
        return;
    }
    startDownloads();
}

void FileBackup::startDownloads()
{
    while (m_inFlight.size() < MaxInFlight && !m_waiting.isEmpty()) {
        auto *download = new Download;
        download->file = m_waiting.takeFirst();
        download->relativePath = m_runFolder + u'/' + relativePathFor(download->file);
        m_inFlight.append(download);
        const QString target = QDir(m_manifest.folder()).filePath(download->relativePath);
        const QUrl url(download->file.secureUrl);
        if (!url.isValid() || !(url.scheme() == u"https"_s || url.scheme() == u"http"_s)) {
            fail(download, u"it has no delivery URL to download it from"_s);
            continue;
        }
        download->part = std::make_unique<QFile>(target + u".part"_s);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !download->part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(download, u"cannot write %1: %2"_s.arg(download->part->fileName(), download->part->errorString()));
            continue;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(m_timeoutMs);
        download->reply = m_network->get(request);
        connect(download->reply, &QNetworkReply::readyRead, this, [download] {
            const QByteArray chunk = download->reply->readAll();
            download->hash.addData(chunk);
            if (download->writeError.isEmpty() && download->part->write(chunk) != chunk.size())
                download->writeError = download->part->errorString();
            download->written += chunk.size();
        });
        connect(download->reply, &QNetworkReply::finished, this, [this, download] { onFinished(download); });
    }
}

void FileBackup::onFinished(Download *download)
{
    QNetworkReply *reply = download->reply;
    const QByteArray rest = reply->readAll();
    download->hash.addData(rest);
    if (download->writeError.isEmpty() && download->part->write(rest) != rest.size())
        download->writeError = download->part->errorString();
    download->written += rest.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError)
        return fail(download, u"the download failed: %1"_s.arg(reply->errorString()));
    if (status != 200)
        return fail(download, u"the download answered HTTP %1"_s.arg(status));
    if (!download->writeError.isEmpty() || !download->part->flush())
        return fail(download, u"cannot write %1: %2"_s.arg(download->part->fileName(), download->writeError.isEmpty() ? download->part->errorString() : download->writeError));
    if (download->written != download->file.bytes)
        return fail(download, u"the download has %1 bytes where Cloudinary lists %2"_s.arg(download->written).arg(download->file.bytes));
    download->part->close();
    const QString target = QDir(m_manifest.folder()).filePath(download->relativePath);
    QFile::remove(target); // a file of the same name from an earlier, failed attempt of this run
    if (!download->part->rename(target))
        return fail(download, u"cannot rename %1: %2"_s.arg(download->part->fileName(), download->part->errorString()));
    BackupEntry entry{QDateTime::currentDateTimeUtc(), m_account, download->file.type, download->file.publicId, download->file.format,
                      download->file.bytes, download->file.createdAtMSecs, download->file.secureUrl, download->hash.result().toHex(),
                      download->relativePath};
    QString error;
    if (!m_manifest.append(entry, &error)) {
        QFile::remove(target);
        return fail(download, error);
    }
    m_bytes += download->file.bytes;
    ++m_files;
    m_backedUp.append(download->file);
    settle(download);
}

void FileBackup::fail(Download *download, const QString &reason)
{
    if (download->part) {
        download->part->close();
        download->part->remove();
    }
    m_failed.append({download->file, u"not backed up, so not deleted: %1"_s.arg(reason)});
    settle(download);
}

void FileBackup::settle(Download *download)
{
    m_inFlight.removeOne(download);
    if (download->reply)
        download->reply->deleteLater();
    delete download;
    if (m_inFlight.isEmpty() && m_waiting.isEmpty()) {
        answer();
        return;
    }
    startDownloads();
}

// Calls the batch's `done` once, from the event loop, with what was backed up and what failed.
void FileBackup::answer()
{
    if (!m_done)
        return;
    QTimer::singleShot(0, this, [done = std::exchange(m_done, {}), backedUp = std::exchange(m_backedUp, {}), failed = std::exchange(m_failed, {})] {
        done(backedUp, failed);
    });
}

void FileBackup::abort(const QString &reason)
{
    for (const CloudinaryResource &file : std::as_const(m_waiting))
        m_failed.append({file, u"not backed up, so not deleted: %1"_s.arg(reason)});
    m_waiting.clear();
    const QList<Download *> inFlight = m_inFlight;
    if (inFlight.isEmpty()) { // nothing in flight: answer now
        answer();
        return;
    }
    for (Download *download : inFlight) { // the last one settled answers
        if (download->reply) {
            download->reply->disconnect(this);
            download->reply->abort();
        }
        fail(download, reason);
    }
}

} // namespace Orphanscope
