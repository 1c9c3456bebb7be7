#include "sandboxserver.h"


#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

QByteArray encodeCursor(qint64 offset)
{
    return QByteArray("sandbox:" + QByteArray::number(offset)).toHex();
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromHex(cursor.toLatin1());
    if (!raw.startsWith("sandbox:"))
        return std::nullopt;
    bool ok = false;
    const qint64 offset = raw.mid(8).toLongLong(&ok);
    return ok && offset >= 0 ? std::optional(offset) : std::nullopt;
}

} // namespace

SandboxServer::SandboxServer(SandboxAccount *account, QString cloudName, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_account(account)
    , m_pages(account)
    , m_cloudName(std::move(cloudName))
    , m_options(std::move(options))
    , m_media(account, &m_pages, m_options.apiKey, m_options.apiSecret)
{
}

QByteArray SandboxServer::rateLimitHeaders()
{
    const int remaining = std::max(0, m_options.hourlyRateLimit - m_callsThisWindow);
    return "X-FeatureRateLimit-Limit: " + QByteArray::number(m_options.hourlyRateLimit) + "\r\n"
         + "X-FeatureRateLimit-Remaining: " + QByteArray::number(remaining) + "\r\n"
         + "X-FeatureRateLimit-Reset: " + httpDate(m_windowEnds) + "\r\n";
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Delivery URLs (/{cloud}/{type}/upload/…): files, not Admin API calls, so not counted.
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Get && path.startsWith(u'/' + m_cloudName + u'/')) {
        std::optional<FaultKind> fault;
        if (m_media.isOriginal(path))
            fault = m_options.downloadFaults.faultFor(++m_downloads);
        Answer answer = m_media.deliver(path);
        if (fault)
            answer = injectFault(*fault, answer, m_options.hourlyRateLimit, m_windowEnds);
        if (m_options.logRequests)
            log("GET", path, answer.status);
        deliver(socket, answer, fault);
        return true;
    }
    // The Upload API (/v1_1/{cloud}/{type}/upload): signed, and not under the Admin API's limit.
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (request.method() == QHttpServerRequest::Method::Post && parts.size() == 4 && parts.at(0) == u"v1_1"_s && parts.at(3) == u"upload"_s) {
        const auto type = resourceTypeFromName(parts.at(2));
        const Answer answer = parts.at(1) != m_cloudName ? errorAnswer(401, u"Invalid cloud_name %1"_s.arg(parts.at(1)))
                              : !type                    ? errorAnswer(400, u"Invalid resource_type %1"_s.arg(parts.at(2)))
                                                         : m_media.upload(*type, request);
        if (m_options.logRequests)
            log("POST", path, answer.status);
        deliver(socket, answer, std::nullopt);
        return true;
    }
    // The sandbox's own control calls (tests and benchmarks change the account with them): not
    // Admin API calls, so neither counted nor rate limited.
    if (request.url().path() == u"/_sandbox/upload"_s) {
        Answer answer = checkAuth(request).value_or(Answer{});
        if (answer.status == 200)
            answer = upload(request.body());
        deliver(socket, answer, std::nullopt);
        return true;
    }
    ++m_calls;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_windowEnds.isValid() || now >= m_windowEnds) {
        // Windows start at whole multiples of their length: the top of the hour for an hour.
        const qint64 window = m_options.rateLimitWindowSeconds;
        const qint64 seconds = now.toSecsSinceEpoch();
        m_windowEnds = QDateTime::fromSecsSinceEpoch(seconds - seconds % window + window, Qt::UTC);
        m_callsThisWindow = 0;
    }
    const std::optional<FaultKind> fault = m_options.faults.faultFor(m_calls);
    Answer answer;
    if (m_callsThisWindow >= m_options.hourlyRateLimit) {
        answer = errorAnswer(420, u"Rate Limit Exceeded. Limit of %1 api operations reached. Try again on %2"_s
                                .arg(m_options.hourlyRateLimit).arg(QString::fromLatin1(httpDate(m_windowEnds))));
    } else {
        ++m_callsThisWindow;
        answer = route(request);
        if (fault)
            answer = injectFault(*fault, answer, m_options.hourlyRateLimit, m_windowEnds);
    }
    if (m_options.logRequests) {
        const char *method = request.method() == QHttpServerRequest::Method::Delete ? "DELETE"
                             : request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
        log(method, path, answer.status, m_calls, listingDetail(request));
    }
    deliver(socket, answer, fault);
    return true;
}

// How a listing was asked for, in a few bytes (a test reads the log only at its end, and the pipe
// must not fill meanwhile): its order, whether it went on from a cursor, how many files a lookup
// named.
QString SandboxServer::listingDetail(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    QString detail;
    if (query.hasQueryItem(u"direction"_s))
        detail += u" direction="_s + query.queryItemValue(u"direction"_s);
    if (query.hasQueryItem(u"next_cursor"_s))
        detail += u" next_cursor"_s;
    if (request.method() == QHttpServerRequest::Method::Get && query.hasQueryItem(u"public_ids[]"_s))
        detail += u" public_ids[]=%1"_s.arg(query.allQueryItemValues(u"public_ids[]"_s).size());
    return detail;
}

// One line per request: "#12 GET /v1_1/… -> 200", a listing's detail after it; files and
// uploads, which are not Admin API calls, without a number.
void SandboxServer::log(const char *method, const QString &path, int status, int call, const QString &detail)
{
    if (call > 0)
        std::printf("#%d %s %s -> %d%s\n", call, method, qPrintable(path), status, qPrintable(detail));
    else
        std::printf("%s %s -> %d\n", method, qPrintable(path), status);
    std::fflush(stdout);
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    deliver(socket, errorAnswer(404, u"Resource not found"_s), std::nullopt);
}

std::optional<Answer> SandboxServer::checkAuth(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Basic "))
        return errorAnswer(401, u"Must supply api_key"_s);
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(header.mid(6)));
    const qsizetype colon = credentials.indexOf(u':');
    if (colon < 0 || credentials.left(colon) != m_options.apiKey)
        return errorAnswer(401, u"Invalid api_key %1"_s.arg(credentials.left(colon)));
    if (credentials.mid(colon + 1) != m_options.apiSecret)
        return errorAnswer(401, u"api_secret mismatch"_s);
    return std::nullopt;
}

Answer SandboxServer::route(const QHttpServerRequest &request)
{
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts);
    // v1_1 / {cloud} / resources / {type} / upload
    if (parts.size() < 3 || parts.at(0) != u"v1_1"_s)
        return errorAnswer(404, u"Resource not found"_s);
    if (parts.at(1) != m_cloudName)
        return errorAnswer(401, u"Invalid cloud_name %1"_s.arg(parts.at(1)));
    if (auto denied = checkAuth(request))
        return *denied;
    const auto method = request.method();
    if (parts.size() == 3 && parts.at(2) == u"usage"_s && method == QHttpServerRequest::Method::Get)
        return usage();
    if (parts.size() == 4 && parts.at(2) == u"resources"_s && parts.at(3) == u"search"_s)
        return search(request.body());
    if (parts.size() == 5 && parts.at(2) == u"resources"_s && parts.at(4) == u"upload"_s) {
        const auto type = resourceTypeFromName(parts.at(3));
        if (!type)
            return errorAnswer(400, u"Invalid resource_type %1"_s.arg(parts.at(3)));
        if (method == QHttpServerRequest::Method::Get)
            return list(*type, request.query(), m_options.faults.faultFor(m_calls));
        if (method == QHttpServerRequest::Method::Delete)
            return remove(*type, request);
    }
    return errorAnswer(404, u"Resource not found"_s);
}

Answer SandboxServer::list(ResourceType type, const QUrlQuery &query, std::optional<FaultKind> fault)
{
    const bool repeatCursor = fault == FaultKind::RepeatCursor;
    bool ok = true;
    const int maxResults = query.hasQueryItem(u"max_results"_s) ? query.queryItemValue(u"max_results"_s).toInt(&ok) : 10;
    if (!ok || maxResults < 1 || maxResults > 500)
        return errorAnswer(400, u"max_results should be between 1 and 500"_s);
    const QString prefix = query.queryItemValue(u"prefix"_s, QUrl::FullyDecoded);
    const QString startAtText = query.queryItemValue(u"start_at"_s, QUrl::FullyDecoded);
    if (!prefix.isEmpty() && !startAtText.isEmpty())
        return errorAnswer(400, u"start_at can't be combined with prefix"_s);
    const QStringList publicIds = query.allQueryItemValues(u"public_ids[]"_s, QUrl::FullyDecoded)
                                + query.allQueryItemValues(u"public_ids"_s, QUrl::FullyDecoded);
    if (!publicIds.isEmpty())
        return lookup(type, publicIds, !startAtText.isEmpty() || !prefix.isEmpty());
    const QString direction = query.queryItemValue(u"direction"_s);
    const bool ascending = (direction == u"asc"_s || direction == u"1"_s) && fault != FaultKind::IgnoreDirection;
    ListingQuery listing{type, maxResults, prefix, std::nullopt, ascending, 0};
    if (!startAtText.isEmpty()) {
        const QDateTime startAt = QDateTime::fromString(startAtText, Qt::ISODate);
        if (!startAt.isValid())
            return errorAnswer(400, u"Invalid start_at %1"_s.arg(startAtText));
        listing.since = startAt.toMSecsSinceEpoch();
    }
    if (const QString cursor = query.queryItemValue(u"next_cursor"_s, QUrl::FullyDecoded); !cursor.isEmpty()) {
        const auto decoded = m_pages.offsetOf(listing, cursor);
        if (!decoded)
            return errorAnswer(400, u"Invalid next_cursor"_s);
        listing.offset = *decoded;
    }
    const qint64 total = m_pages.total(listing);
    const qint64 stop = std::min<qint64>(total, listing.offset + maxResults);
    QString nextCursor;
    if (stop < total) {
        const QString next = m_pages.cursorAt(listing, stop);
        nextCursor = repeatCursor && !m_lastNextCursor.isEmpty() ? m_lastNextCursor : next;
        m_lastNextCursor = next;
    }
    return {200, m_pages.page(listing, total, nextCursor)};
}

Answer SandboxServer::lookup(ResourceType type, const QStringList &publicIds, bool withListingFilter) const
{
    if (withListingFilter)
        return errorAnswer(400, u"public_ids can't be combined with start_at or prefix"_s);
    if (publicIds.size() > 100)
        return errorAnswer(400, u"Too many public_ids: at most 100 per call (got %1)"_s.arg(publicIds.size()));
    std::vector<const SandboxFile *> view;
    for (const QString &id : publicIds) {
        if (const SandboxFile *file = m_account->find(type, id))
            view.push_back(file);
    }
    return {200, m_pages.render(view, 0, qint64(view.size()), {}, {})};
}

Answer SandboxServer::upload(const QByteArray &body)
{
    const QJsonObject params = QJsonDocument::fromJson(body).object();
    const auto type = resourceTypeFromName(params.value(u"resource_type"_s).toString(u"image"_s));
    const int count = params.value(u"count"_s).toInt(1);
    if (!type || count < 1 || count > 1'000'000)
        return errorAnswer(400, u"Expected {\"resource_type\": image|video|raw, \"count\": 1..1000000, \"folder\": …}"_s);
    const QStringList ids = m_account->upload(*type, count, params.value(u"folder"_s).toString(), QDateTime::currentDateTimeUtc());
    m_pages.invalidate();
    return {200, QJsonDocument(QJsonObject{{u"public_ids"_s, QJsonArray::fromStringList(ids)}}).toJson(QJsonDocument::Compact)};
}

Answer SandboxServer::search(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonObject params = QJsonDocument::fromJson(body, &parseError).object();
    if (!body.isEmpty() && parseError.error != QJsonParseError::NoError)
        return errorAnswer(400, u"Invalid JSON body: %1"_s.arg(parseError.errorString()));
    const int maxResults = params.value(u"max_results"_s).toInt(50);
    if (maxResults < 1 || maxResults > 500)
        return errorAnswer(400, u"max_results should be between 1 and 500"_s);
    qint64 offset = 0;
    if (const QString cursor = params.value(u"next_cursor"_s).toString(); !cursor.isEmpty()) {
        const auto decoded = decodeCursor(cursor);
        if (!decoded)
            return errorAnswer(400, u"Invalid next_cursor"_s);
        offset = *decoded;
    }
    // Supports what a lister needs: resource_type:X and created_at (> >= < <=) ISO dates, joined by AND.
    std::optional<ResourceType> onlyType;
    qint64 after = std::numeric_limits<qint64>::min();
    qint64 before = std::numeric_limits<qint64>::max();
    const QString expression = params.value(u"expression"_s).toString();
    for (QString term : expression.split(u" AND "_s, Qt::SkipEmptyParts, Qt::CaseInsensitive)) {
        term = term.trimmed();
        if (term == u"type:upload"_s || term == u"type=upload"_s) {
            continue; // the sandbox holds uploaded files only
        } else if (term.startsWith(u"resource_type"_s)) {
            onlyType = resourceTypeFromName(term.mid(14).trimmed());
            if (!onlyType)
                return errorAnswer(400, u"Invalid expression term %1"_s.arg(term));
        } else if (term.startsWith(u"created_at"_s)) {
            QString rest = term.mid(10);
            const bool orEqual = rest.size() > 1 && rest.at(1) == u'=';
            const QChar op = rest.isEmpty() ? QChar() : rest.at(0);
            const QDateTime when = QDateTime::fromString(rest.mid(orEqual ? 2 : 1).trimmed().remove(u'"'), Qt::ISODate);
            if (!when.isValid() || (op != u'>' && op != u'<'))
                return errorAnswer(400, u"Invalid expression term %1"_s.arg(term));
            const qint64 ms = when.toMSecsSinceEpoch();
            if (op == u'>')
                after = orEqual ? ms : ms + 1;
            else
                before = orEqual ? ms : ms - 1;
        } else {
            return errorAnswer(400, u"Unsupported expression term %1"_s.arg(term));
        }
    }
    std::vector<const SandboxFile *> view;
    for (ResourceType type : AllResourceTypes) {
        if (onlyType && *onlyType != type)
            continue;
        for (const SandboxFile &file : m_account->files(type)) {
            if (file.resource.createdAtMSecs >= after && file.resource.createdAtMSecs <= before)
                view.push_back(&file);
        }
    }
    std::stable_sort(view.begin(), view.end(), [](const SandboxFile *a, const SandboxFile *b) {
        return a->resource.createdAtMSecs > b->resource.createdAtMSecs;
    });
    const qint64 stop = std::min<qint64>(qint64(view.size()), offset + maxResults);
    const QString nextCursor = stop < qint64(view.size()) ? QString::fromLatin1(encodeCursor(stop)) : QString();
    return {200, m_pages.render(view, offset, stop, nextCursor, "\"total_count\":" + QByteArray::number(qint64(view.size())) + ",\"time\":1,")};
}

Answer SandboxServer::remove(ResourceType type, const QHttpServerRequest &request)
{
    QStringList ids;
    auto collect = [&ids](const QUrlQuery &query) {
        ids += query.allQueryItemValues(u"public_ids[]"_s, QUrl::FullyDecoded);
        ids += query.allQueryItemValues(u"public_ids"_s, QUrl::FullyDecoded);
    };
    collect(request.query());
    const QByteArray body = request.body();
    if (body.startsWith('{')) {
        for (const QJsonValue &id : QJsonDocument::fromJson(body).object().value(u"public_ids"_s).toArray())
            ids.append(id.toString());
    } else if (!body.isEmpty()) {
        collect(QUrlQuery(QString::fromUtf8(body).replace(u'+', u' ')));
    }
    if (ids.isEmpty())
        return errorAnswer(400, u"Missing required parameter - public_ids"_s);
    if (ids.size() > 100)
        return errorAnswer(400, u"Too many public_ids: at most 100 per call (got %1)"_s.arg(ids.size()));
    QJsonObject deleted;
    QJsonObject counts;
    for (const QString &id : std::as_const(ids)) {
        const bool removed = m_account->remove(type, id);
        if (removed)
            m_pages.invalidate();
        deleted.insert(id, removed ? u"deleted"_s : u"not_found"_s);
        counts.insert(id, QJsonObject{{u"original"_s, removed ? 1 : 0}, {u"derived"_s, 0}});
    }
    const QJsonObject root{{u"deleted"_s, deleted}, {u"deleted_counts"_s, counts}, {u"partial"_s, false}};
    return {200, QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

Answer SandboxServer::usage() const
{
    const QJsonObject root{
        {u"plan"_s, u"Sandbox"_s},
        {u"last_updated"_s, QDate::currentDate().toString(Qt::ISODate)},
        {u"resources"_s, m_account->totalCount()},
        {u"derived_resources"_s, 0},
        {u"storage"_s, QJsonObject{{u"usage"_s, m_account->totalBytes()}}},
        {u"requests"_s, m_calls},
    };
    return {200, QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

void SandboxServer::deliver(QTcpSocket *socket, const Answer &answer, std::optional<FaultKind> fault)
{
    if (fault == FaultKind::Slow)
        return; // never answer; the socket stays open until the client gives up
    const QByteArray head = responseHead(answer, rateLimitHeaders());
    const bool reset = fault == FaultKind::Reset;
    QPointer<QTcpSocket> guarded(socket);
    auto send = [guarded, head, body = answer.body, reset] {
        if (!guarded)
            return;
        guarded->write(head);
        if (reset) {
            guarded->write(body.left(body.size() / 2));
            guarded->flush();
            guarded->abort();
            return;
        }
        guarded->write(body);
    };
    if (m_options.latencyMs > 0)
        QTimer::singleShot(m_options.latencyMs, this, send);
    else
        send();
}

} // namespace Orphanscope::Sandbox
