#include "deletion/restorejob.h"

#include "cloudinary/uploadsignature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

QHttpPart formField(const QString &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"%1\""_s.arg(name));
    part.setBody(value);
    return part;
}

} // namespace

RestoreJob::RestoreJob(RestoreSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<RestoreSummary>();
    qRegisterMetaType<BackupEntry>();
    qRegisterMetaType<DeletionOutcome>();
}

RestoreJob::~RestoreJob() = default;

std::optional<QList<BackupEntry>> RestoreJob::select(const QList<BackupEntry> &entries, const QString &account, const RestoreSettings &settings,
                                                     QString *error)
{
    const QSet<QString> wanted(settings.publicIds.cbegin(), settings.publicIds.cend());
    QSet<QString> found;
    QHash<QString, qsizetype> newest; // type/public id → position in `chosen`
    QList<BackupEntry> chosen;
    for (const BackupEntry &entry : entries) { // oldest first: a later backup replaces an earlier one
        if (entry.account != account || (!settings.all && !wanted.contains(entry.publicId)))
            continue;
        found.insert(entry.publicId);
        const QString key = resourceKey(entry.type, entry.publicId);
        if (const auto at = newest.constFind(key); at != newest.cend()) {
            chosen[*at] = entry;
        } else {
            newest.insert(key, chosen.size());
            chosen.append(entry);
        }
    }
    for (const QString &id : settings.publicIds) {
        if (!found.contains(id)) {
            *error = u"%1 has no backup of %2 from the account %3"_s.arg(settings.backupFolder, id, account);
            return std::nullopt;
        }
    }
    return chosen;
}

void RestoreJob::start()
{
    BackupManifest manifest(m_settings.backupFolder);
    QString error;
    const auto entries = manifest.read(&error);
    const auto chosen = entries ? select(*entries, m_settings.cloudinary.accountName(), m_settings, &error) : std::nullopt;
    if (!chosen) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
        return;
    }
    m_queue = *chosen;
    if (!m_settings.dryRun) {
        m_audit = std::make_unique<DeletionAudit>(m_settings.auditPath);
        if (!m_audit->open(&error)) {
            QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
            return;
        }
    }
    QTimer::singleShot(0, this, &RestoreJob::restoreNext);
}

void RestoreJob::cancel()
{
    if (m_ended || m_summary.stopped)
        return;
    m_summary.stopped = true;
    m_summary.stopDetail = u"cancelled"_s;
    if (m_inFlight.isEmpty()) {
        finish();
        return;
    }
    for (QNetworkReply *reply : QList<QNetworkReply *>(m_inFlight))
        reply->abort(); // their answers record them; the last one finishes
}

std::optional<QByteArray> RestoreJob::readBackup(const BackupEntry &entry, QString *problem) const
{
    QFile file(QDir(m_settings.backupFolder).filePath(entry.file));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = u"cannot read its backup %1: %2"_s.arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    if (content.size() != entry.bytes) {
        *problem = u"its backup %1 has %2 bytes where the manifest says %3: it is damaged"_s.arg(file.fileName()).arg(content.size()).arg(entry.bytes);
        return std::nullopt;
    }
    if (QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != entry.sha256) {
        *problem = u"its backup %1 does not match the SHA-256 in the manifest: it is damaged"_s.arg(file.fileName());
        return std::nullopt;
    }
    return content;
}

void RestoreJob::restoreNext()
{
    // One upload first: a wrong secret is then refused once, not four times.
    const int limit = m_accepted ? MaxInFlight : 1;
    while (!m_ended && !m_summary.stopped && !m_queue.isEmpty() && m_inFlight.size() < limit) {
        const BackupEntry entry = m_queue.takeFirst();
        QString problem;
        const auto content = readBackup(entry, &problem);
        if (!content)
            record(entry, DeletionOutcome::RestoreFailed, problem);
        else if (m_settings.dryRun)
            record(entry, DeletionOutcome::WouldRestore, u"backup checked (SHA-256 %1…)"_s.arg(QString::fromLatin1(entry.sha256.left(12))));
        else
            upload(entry, *content);
    }
    if (m_inFlight.isEmpty())
        finish();
}

void RestoreJob::upload(const BackupEntry &entry, const QByteArray &content)
{
    QMap<QString, QString> parameters{{u"public_id"_s, entry.publicId},
                                      {u"overwrite"_s, u"false"_s},
                                      {u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch())}};
    const QByteArray signature = UploadSignature::sign(parameters, m_settings.cloudinary.apiSecret);
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        form->append(formField(it.key(), it.value().toUtf8()));
    form->append(formField(u"api_key"_s, m_settings.cloudinary.apiKey.toUtf8()));
    form->append(formField(u"signature"_s, signature));
    QHttpPart file;
    const QString fileName = QFileInfo(entry.file).fileName().remove(u'"');
    file.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"file\"; filename=\"%1\""_s.arg(fileName));
    file.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    file.setBody(content);
    form->append(file);
    QNetworkRequest request(m_settings.cloudinary.uploadUrl(entry.type));
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    QNetworkReply *reply = m_network->post(request, form);
    form->setParent(reply);
    m_inFlight.append(reply);
    ++m_summary.uploads;
    connect(reply, &QNetworkReply::finished, this, [this, entry, reply] { onUploaded(entry, reply); });
}

void RestoreJob::onUploaded(const BackupEntry &entry, QNetworkReply *reply)
{
    m_inFlight.removeOne(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status == 200 && !answer.value(u"public_id"_s).toString().isEmpty()) {
        m_accepted = true;
        if (answer.value(u"existing"_s).toBool()) {
            record(entry, DeletionOutcome::RestoreExists, u"Cloudinary has a file with this public id again; it was left as it is"_s);
        } else {
            m_summary.bytesRestored += entry.bytes;
            record(entry, DeletionOutcome::Restored, u"version %1, %2 bytes"_s.arg(qint64(answer.value(u"version"_s).toDouble()))
                                                         .arg(qint64(answer.value(u"bytes"_s).toDouble())));
        }
    } else {
        const QString message = answer.value(u"error"_s).toObject().value(u"message"_s).toString();
        const QString detail = status == 0 ? reply->errorString()
                                           : u"Cloudinary refused the upload (HTTP %1): %2"_s.arg(status).arg(message.isEmpty() ? reply->errorString() : message);
        record(entry, DeletionOutcome::RestoreFailed, detail);
        if (status == 401 && !m_summary.stopped) { // every further upload would be refused the same way
            m_summary.stopped = true;
            m_summary.stopDetail = detail + u"; check the API key and secret in CLOUDINARY_URL"_s;
        }
    }
    if (m_audit) {
        QString error;
        if (!m_audit->flush(&error)) {
            m_ended = true;
            Q_EMIT failed(error);
            return;
        }
    }
    restoreNext();
}

void RestoreJob::record(const BackupEntry &entry, DeletionOutcome outcome, const QString &detail)
{
    ++m_summary.counts[size_t(outcome)];
    Q_EMIT this->outcome(entry, outcome, detail);
    QString error;
    if (m_audit && !m_audit->append(entry.resource(), outcome, detail, &error) && !m_ended) {
        m_ended = true; // nothing more is done without a record of it
        Q_EMIT failed(error);
    }
}

void RestoreJob::finish()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_summary.stopped) {
        for (const BackupEntry &entry : std::as_const(m_queue))
            record(entry, DeletionOutcome::RestoreFailed, u"not attempted: %1"_s.arg(m_summary.stopDetail));
        m_queue.clear();
    }
    QString error;
    if (m_audit)
        m_audit->flush(&error);
    Q_EMIT finished(m_summary);
}

} // namespace Orphanscope
