#include "cloudinary/cloudinaryclient.h"

#include "cloudinary/listpageparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

struct CloudinaryClient::Request
{
    enum class Method { Get, Post, Delete };

    QUrl url;
    Method method = Method::Get;
    QByteArray json; // with POST
    ReplyHandler handler;
    int attempts = 0;
    quint64 generation = 0;
};

CloudinaryClient::CloudinaryClient(CloudinaryConfig config, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
{
    m_authorization = "Basic " + (m_config.apiKey + u':' + m_config.apiSecret).toUtf8().toBase64();
    m_network->setAutoDeleteReplies(false);
}

CloudinaryClient::~CloudinaryClient()
{
    abortAll();
}

void CloudinaryClient::get(const QUrl &url, ReplyHandler handler)
{
    submit(Request{url, Request::Method::Get, {}, std::move(handler)});
}

void CloudinaryClient::postJson(const QUrl &url, const QByteArray &json, ReplyHandler handler)
{
    submit(Request{url, Request::Method::Post, json, std::move(handler)});
}

void CloudinaryClient::deleteResources(const QUrl &url, ReplyHandler handler)
{
    submit(Request{url, Request::Method::Delete, {}, std::move(handler)});
}

void CloudinaryClient::submit(Request request)
{
    request.generation = m_generation;
    send(std::make_shared<Request>(std::move(request)));
}

void CloudinaryClient::abortAll()
{
    ++m_generation;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void CloudinaryClient::send(const std::shared_ptr<Request> &request)
{
    QNetworkRequest networkRequest(request->url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Orphanscope/" ORPHANSCOPE_VERSION));
    networkRequest.setTransferTimeout(m_options.transferTimeoutMs);
    ++request->attempts;
    ++m_callCount;
    QNetworkReply *reply = nullptr;
    if (request->method == Request::Method::Delete) {
        reply = m_network->deleteResource(networkRequest);
    } else if (request->method == Request::Method::Get) {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = m_network->post(networkRequest, request->json);
    }
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request] { handleFinished(reply, request); });
}

bool CloudinaryClient::retryLater(const std::shared_ptr<Request> &request, const QString &reason)
{
    if (request->attempts >= m_options.maxAttempts)
        return false;
    const int base = m_options.retryBaseDelayMs * (1 << (request->attempts - 1));
    const int delay = base + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    Q_EMIT retrying(u"%1; retrying in %2 s (attempt %3 of %4)"_s.arg(reason).arg(delay / 1000.0, 0, 'f', 1)
                        .arg(request->attempts + 1).arg(m_options.maxAttempts));
    QTimer::singleShot(delay, this, [this, request] {
        if (request->generation == m_generation)
            send(request);
    });
    return true;
}

void CloudinaryClient::handleFinished(QNetworkReply *reply, const std::shared_ptr<Request> &request)
{
    m_inFlight.remove(reply);
    reply->deleteLater();

    ApiReply answer;
    answer.attempts = request->attempts;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (reply->hasRawHeader("X-FeatureRateLimit-Limit")) {
        answer.rateLimit = RateLimitStatus::fromHeaders(reply->rawHeader("X-FeatureRateLimit-Limit"),
                                                        reply->rawHeader("X-FeatureRateLimit-Remaining"),
                                                        reply->rawHeader("X-FeatureRateLimit-Reset"));
        m_lastRateLimit = answer.rateLimit;
        Q_EMIT rateLimitUpdated(answer.rateLimit);
    }
    const int status = answer.httpStatus;
    // Only error bodies are read for a message: parsing every 300 KB page twice cost a third of the CPU.
    const QString apiMessage = status >= 300 ? parseApiErrorMessage(answer.body) : QString();
    const QNetworkReply::NetworkError error = reply->error();
    // A connection reset right after a partial body is not always reported as an error: the
    // declared length tells. (A compressed body arrives longer than declared, never shorter.)
    bool lengthKnown = false;
    const qint64 declaredLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
    const bool truncated = lengthKnown && answer.body.size() < declaredLength;
    const QString where = request->url.host() + (request->url.port() > 0 ? u":%1"_s.arg(request->url.port()) : QString());

    if (status == 0) { // no HTTP answer at all
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            answer.errorMessage = u"Nothing is listening at %1 (connection refused); check the API host or upload_prefix in CLOUDINARY_URL"_s.arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            answer.errorMessage = u"The API host %1 was not found; check the upload_prefix in CLOUDINARY_URL and the network"_s.arg(where);
            break;
        default: {
            const QString reason = error == QNetworkReply::OperationCanceledError
                                       ? u"no answer within %1 s"_s.arg(m_options.transferTimeoutMs / 1000.0)
                                       : reply->errorString();
            if (retryLater(request, reason))
                return;
            answer.errorMessage = u"Cloudinary at %1 could not be reached after %2 attempts: %3"_s.arg(where).arg(request->attempts).arg(reason);
        }
        }
        answer.outcome = ApiReply::Outcome::Failed;
    } else if (status >= 200 && status < 300 && error == QNetworkReply::NoError && !truncated) {
        answer.outcome = ApiReply::Outcome::Ok;
    } else if (status >= 200 && status < 300) { // answer cut off mid-body
        const QString reason = error != QNetworkReply::NoError
                                   ? reply->errorString()
                                   : u"the answer ended after %1 of %2 bytes"_s.arg(answer.body.size()).arg(declaredLength);
        if (retryLater(request, reason))
            return;
        answer.outcome = ApiReply::Outcome::Failed;
        answer.errorMessage = u"Cloudinary's answer was cut off after %1 attempts: %2"_s.arg(request->attempts).arg(reason);
    } else if (status == 401 || status == 403) {
        answer.outcome = ApiReply::Outcome::AuthFailed;
        answer.errorMessage = u"Cloudinary refused the credentials (HTTP %1: %2); check the API key, secret and cloud name in CLOUDINARY_URL"_s
                                  .arg(status)
                                  .arg(apiMessage.isEmpty() ? describeNonJsonBody(answer.body) : apiMessage);
    } else if (status == 420 || status == 429) {
        answer.outcome = ApiReply::Outcome::RateLimited;
        answer.errorMessage = apiMessage.isEmpty() ? u"Rate limit exceeded (HTTP %1)"_s.arg(status) : apiMessage;
    } else if (status >= 500) {
        if (retryLater(request, u"HTTP %1"_s.arg(status)))
            return;
        answer.outcome = ApiReply::Outcome::Failed;
        answer.errorMessage = u"Cloudinary kept failing: HTTP %1 on all %2 attempts%3; try again later"_s.arg(status).arg(request->attempts)
                                  .arg(apiMessage.isEmpty() ? QString() : u" (%1)"_s.arg(apiMessage));
    } else {
        answer.outcome = ApiReply::Outcome::Failed;
        answer.errorMessage = u"Cloudinary answered HTTP %1: %2"_s.arg(status).arg(apiMessage.isEmpty() ? describeNonJsonBody(answer.body) : apiMessage);
    }
    request->handler(answer);
}

} // namespace Orphanscope
