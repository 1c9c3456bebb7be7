#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "cloudinary/ratelimit.h"

#include <QByteArray>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>


namespace Orphanscope {

struct ClientOptions
{
    int transferTimeoutMs = 30'000;
    int maxAttempts = 5;          // for 5xx and transient network errors
    int retryBaseDelayMs = 500;   // doubled per attempt, plus up to 50% jitter
};

struct ApiReply
{
    enum class Outcome {
        Ok,          // 2xx; body holds the answer
        AuthFailed,  // 401/403: wrong key, secret or cloud name
        RateLimited, // 420/429: the hourly budget is spent
        Failed,      // anything else, after the retries
    };

    Outcome outcome = Outcome::Failed;
    int httpStatus = 0;
    QByteArray body;
    QString errorMessage; // one line, for the admin
    RateLimitStatus rateLimit;
    int attempts = 0;
};

// Sends Admin API requests: HTTP Basic auth, a transfer timeout on each, the rate-limit headers
// of every answer, and retries with exponential backoff and jitter for 5xx answers and transient
// network errors. Lives in the thread that uses it; each exchange runs on a worker thread
// (libcurl, performHttp) and its answer is handled back in this object's thread.
class CloudinaryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudinaryClient)

public:
    using ReplyHandler = std::function<void(const ApiReply &)>;

    CloudinaryClient(CloudinaryConfig config, ClientOptions options, QObject *parent = nullptr);
    ~CloudinaryClient() override;

    // The handler runs once, unless abortAll() is called first.
    void get(const QUrl &url, ReplyHandler handler);
    void postJson(const QUrl &url, const QByteArray &json, ReplyHandler handler); // the Search API
    // DELETE: the Admin API's delete endpoint, with the public ids in the URL. Only a deletion
    // the admin confirmed calls this; a scan never does.
    void deleteResources(const QUrl &url, ReplyHandler handler);

    // Aborts what is in flight and drops pending retries; their handlers never run.
    void abortAll();

    int callCount() const { return m_callCount; }
    RateLimitStatus lastRateLimit() const { return m_lastRateLimit; }
    const CloudinaryConfig &config() const { return m_config; }

Q_SIGNALS:
    void rateLimitUpdated(const Orphanscope::RateLimitStatus &status);
    void retrying(const QString &reason);

private:
    struct Request;
    class Inbox;
    void submit(Request request);
    void onAnswer(const struct HttpResponse &response, const std::shared_ptr<Request> &request);
    void send(const std::shared_ptr<Request> &request);
    void handleFinished(const struct HttpResponse &reply, const std::shared_ptr<Request> &request);
    bool retryLater(const std::shared_ptr<Request> &request, const QString &reason);

    CloudinaryConfig m_config;
    ClientOptions m_options;
    QByteArray m_authorization;
    std::shared_ptr<std::atomic_bool> m_abort; // of the requests of this generation
    std::shared_ptr<Inbox> m_inbox;             // shared with the transfers in flight
    quint64 m_generation = 0; // bumped by abortAll() so pending retries know they are stale
    int m_callCount = 0;
    RateLimitStatus m_lastRateLimit;
};

} // namespace Orphanscope
