#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QThreadPool;

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

// The threads transfers run on, as many as there can be requests in flight, shared by every
// client of the process. Made on first use, with libcurl initialised once beside them (not lazily
// by a thread's first handle). When the process exits, the transfers still running are ended and
// waited for before the exit handlers of libcurl and its TLS library run.
QThreadPool *transferThreads();

// Ends every transfer: those in flight stop at their next progress call (within about a second,
// with Failure::Aborted), later ones return at once. Then waits up to `timeoutMs` for the
// transfer threads; false if some still ran. For the process's end; nothing is sent after it.
bool endAllTransfers(int timeoutMs);

} // namespace Orphanscope
