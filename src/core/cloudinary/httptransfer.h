#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace Orphanscope {

struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET"; // GET, POST or DELETE
    QByteArray body;           // with POST
    QList<QPair<QByteArray, QByteArray>> headers;
    int inactivityTimeoutMs = 30'000; // no byte for this long: given up
};

struct HttpResponse
{
    enum class Failure { None, ConnectionRefused, HostNotFound, TimedOut, Aborted, Other };

    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 declaredLength = -1;             // Content-Length, -1 when not sent
    Failure failure = Failure::None;
    QString errorString; // with a failure, in words
};

// One HTTP exchange with libcurl, run to its end on the calling thread (a worker's): the body is
// read in large chunks, the connection kept for the thread's next request. `abort` may be set
// from any thread.
HttpResponse performHttp(const HttpRequest &request, const std::atomic_bool &abort);

} // namespace Orphanscope
