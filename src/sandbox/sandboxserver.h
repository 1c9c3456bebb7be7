#pragma once

#include "faultplan.h"
#include "listingpages.h"
#include "sandboxaccount.h"
#include "sandboxanswer.h"
#include "sandboxmedia.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QUrlQuery>

#include <optional>

class QTcpSocket;

namespace Orphanscope::Sandbox {

struct ServerOptions
{
    QString apiKey = QStringLiteral("demo-key");
    QString apiSecret = QStringLiteral("demo-secret");
    int latencyMs = 0;
    int hourlyRateLimit = 2000;
    int rateLimitWindowSeconds = 3600; // Cloudinary's is an hour; tests shorten it to live through resets
    FaultPlan faults;
    FaultPlan downloadFaults; // by the number of the original's download (a backup), not the API call
    bool logRequests = false;
};

// A local stand-in for Cloudinary's Admin API: list (also by public_ids[]), search, delete and
// usage over one SandboxAccount, its files and its signed Upload API (SandboxMedia), with Basic auth, the X-FeatureRateLimit-* headers, 420 once the
// hourly budget is spent, latency and injected faults; POST /_sandbox/upload adds files the way
// uploads after a scan would. Answers are written to the socket directly so that a
// fault can cut a connection halfway or never answer.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    SandboxServer(SandboxAccount *account, QString cloudName, ServerOptions options, QObject *parent = nullptr);

    int callCount() const { return m_calls; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Answer route(const QHttpServerRequest &request);
    std::optional<Answer> checkAuth(const QHttpServerRequest &request) const;
    Answer list(ResourceType type, const QUrlQuery &query, std::optional<FaultKind> fault);
    Answer lookup(ResourceType type, const QStringList &publicIds, bool withListingFilter) const;
    Answer upload(const QByteArray &body);
    Answer search(const QByteArray &body);
    Answer remove(ResourceType type, const QHttpServerRequest &request);
    Answer usage() const;
    void deliver(QTcpSocket *socket, const Answer &answer, std::optional<FaultKind> fault);
    QByteArray rateLimitHeaders();
    static QString listingDetail(const QHttpServerRequest &request);
    static void log(const char *method, const QString &path, int status, int call = 0, const QString &detail = {});

    SandboxAccount *m_account;
    ListingPages m_pages;
    QString m_cloudName;
    ServerOptions m_options;
    SandboxMedia m_media;
    int m_calls = 0;
    int m_downloads = 0;
    int m_callsThisWindow = 0;
    QDateTime m_windowEnds;
    QString m_lastNextCursor;
};

} // namespace Orphanscope::Sandbox
