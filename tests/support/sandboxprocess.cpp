#include "sandboxprocess.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &arguments)
{
    m_process.setProgram(QStringLiteral(ORPHANSCOPE_SANDBOX_PATH));
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    const QRegularExpression listening(u"with (\\d+) files, listening on http://127.0.0.1:(\\d+)"_s);
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        m_output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_fileCount = match.captured(1).toLongLong();
            m_port = quint16(match.captured(2).toUInt());
            return true;
        }
    }
    m_error = u"The sandbox did not start: "_s + QString::fromUtf8(m_output + m_process.readAll());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::output()
{
    // The log lines of the last requests may still be in the pipe.
    do {
        m_output += m_process.readAll();
    } while (m_process.waitForReadyRead(100));
    return QString::fromUtf8(m_output);
}

QString SandboxProcess::cloudinaryUrl(const QString &secret, const QString &cloud) const
{
    return u"cloudinary://demo-key:%1@%2?upload_prefix=http://127.0.0.1:%3"_s.arg(secret, cloud).arg(m_port);
}

namespace {

QByteArray send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    request.setRawHeader("Authorization", "Basic " + QByteArray("demo-key:demo-secret").toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

} // namespace

QStringList SandboxProcess::upload(const QString &resourceType, int count, const QString &folder)
{
    const QJsonObject params{{u"resource_type"_s, resourceType}, {u"count"_s, count}, {u"folder"_s, folder}};
    const QByteArray answer = send(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/_sandbox/upload"_s.arg(m_port))), "POST",
                                   QJsonDocument(params).toJson(QJsonDocument::Compact));
    QStringList ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(answer).object().value(u"public_ids"_s).toArray())
        ids.append(id.toString());
    m_fileCount += ids.size();
    return ids;
}

bool SandboxProcess::remove(const QString &resourceType, const QStringList &publicIds)
{
    const QJsonObject params{{u"public_ids"_s, QJsonArray::fromStringList(publicIds)}};
    const QUrl url(u"http://127.0.0.1:%1/v1_1/demo/resources/%2/upload"_s.arg(m_port).arg(resourceType));
    const QJsonObject deleted = QJsonDocument::fromJson(send(QNetworkRequest(url), "DELETE", QJsonDocument(params).toJson()))
                                    .object().value(u"deleted"_s).toObject();
    for (const QString &id : publicIds) {
        if (deleted.value(id).toString() != u"deleted"_s)
            return false;
    }
    m_fileCount -= publicIds.size();
    return true;
}

int SandboxProcess::msUntilAFreshWindow(int windowSeconds)
{
    const qint64 windowMs = qint64(windowSeconds) * 1000;
    return int(windowMs - QDateTime::currentMSecsSinceEpoch() % windowMs + 20);
}

bool SandboxProcess::writeFixtures(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ORPHANSCOPE_SANDBOX_PATH), arguments + QStringList{u"--no-serve"_s});
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"orphanscope-sandbox %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}
