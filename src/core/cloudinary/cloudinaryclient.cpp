#include "cloudinary/cloudinaryclient.h"

#include "cloudinary/httptransfer.h"
#include "cloudinary/listpageparser.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QThreadPool>
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

// Where the transfer threads hand their answers in: the client, until it is destroyed. An answer
// is posted under the lock, so the client cannot go between the check and the post; what was
// posted and not yet handled goes with the client. One posted call per answer: a QFutureWatcher
// per page took an object, three events and two wake-ups of the client's thread.
class CloudinaryClient::Inbox
{
public:
    explicit Inbox(CloudinaryClient *client)
        : m_client(client)
    {
    }

    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_client = nullptr;
    }

    void post(HttpResponse response, std::shared_ptr<Request> request)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_client)
            return;
        CloudinaryClient *client = m_client;
        QMetaObject::invokeMethod(
            client, [client, response = std::move(response), request = std::move(request)] { client->onAnswer(response, request); },
            Qt::QueuedConnection);
    }

private:
    QMutex m_mutex;
    CloudinaryClient *m_client;
};

CloudinaryClient::CloudinaryClient(CloudinaryConfig config, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
    , m_abort(std::make_shared<std::atomic_bool>(false))
    , m_inbox(std::make_shared<Inbox>(this))
{
    m_authorization = "Basic " + (m_config.apiKey + u':' + m_config.apiSecret).toUtf8().toBase64();
}

CloudinaryClient::~CloudinaryClient()
{
    m_inbox->close();
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
    // The transfers in flight see their flag and stop; their answers, of an older generation,
    // are dropped unread.
    m_abort->store(true);
    m_abort = std::make_shared<std::atomic_bool>(false);
}

void CloudinaryClient::onAnswer(const HttpResponse &response, const std::shared_ptr<Request> &request)
{
    if (request->generation == m_generation)
        handleFinished(response, request);
}

void CloudinaryClient::send(const std::shared_ptr<Request> &request)
{
    HttpRequest http;
    http.url = request->url;
    http.headers = {{"Authorization", m_authorization},
                    {"Accept", "application/json"},
                    {"User-Agent", QByteArray("Orphanscope/" ORPHANSCOPE_VERSION)}};
    http.inactivityTimeoutMs = m_options.transferTimeoutMs;
    if (request->method == Request::Method::Delete) {
        http.method = "DELETE";
    } else if (request->method == Request::Method::Post) {
        http.method = "POST";
        http.body = request->json;
        http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    ++request->attempts;
    ++m_callCount;
    transferThreads()->start([http = std::move(http), abort = m_abort, inbox = m_inbox, request] {
        inbox->post(performHttp(http, *abort), request);
    });
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

void CloudinaryClient::handleFinished(const HttpResponse &reply, const std::shared_ptr<Request> &request)
{
    ApiReply answer;
    answer.attempts = request->attempts;
    answer.httpStatus = reply.status;
    answer.body = reply.body;
    if (reply.headers.contains("x-featureratelimit-limit")) {
        answer.rateLimit = RateLimitStatus::fromHeaders(reply.headers.value("x-featureratelimit-limit"),
                                                        reply.headers.value("x-featureratelimit-remaining"),
                                                        reply.headers.value("x-featureratelimit-reset"));
        m_lastRateLimit = answer.rateLimit;
        Q_EMIT rateLimitUpdated(answer.rateLimit);
    }
    const int status = answer.httpStatus;
    // Only error bodies are read for a message: parsing every 300 KB page twice cost a third of the CPU.
    const QString apiMessage = status >= 300 ? parseApiErrorMessage(answer.body) : QString();
    using Failure = HttpResponse::Failure;
    const Failure error = reply.failure;
    // A connection reset right after a partial body is not always reported as an error: the
    // declared length tells. (A compressed body arrives longer than declared, never shorter.)
    const qint64 declaredLength = reply.declaredLength;
    const bool truncated = declaredLength >= 0 && answer.body.size() < declaredLength;
    const QString where = request->url.host() + (request->url.port() > 0 ? u":%1"_s.arg(request->url.port()) : QString());

    if (status == 0) { // no HTTP answer at all
        switch (error) {
        case Failure::ConnectionRefused:
            answer.errorMessage = u"Nothing is listening at %1 (connection refused); check the API host or upload_prefix in CLOUDINARY_URL"_s.arg(where);
            break;
        case Failure::HostNotFound:
            answer.errorMessage = u"The API host %1 was not found; check the upload_prefix in CLOUDINARY_URL and the network"_s.arg(where);
            break;
        default: {
            const QString reason = error == Failure::TimedOut ? u"no answer within %1 s"_s.arg(m_options.transferTimeoutMs / 1000.0)
                                                               : reply.errorString;
            if (retryLater(request, reason))
                return;
            answer.errorMessage = u"Cloudinary at %1 could not be reached after %2 attempts: %3"_s.arg(where).arg(request->attempts).arg(reason);
        }
        }
        answer.outcome = ApiReply::Outcome::Failed;
    } else if (status >= 200 && status < 300 && error == Failure::None && !truncated) {
        answer.outcome = ApiReply::Outcome::Ok;
    } else if (status >= 200 && status < 300) { // answer cut off mid-body
        const QString reason = error != Failure::None
                                   ? reply.errorString
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
