#include "cloudinary/httptransfer.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <curl/curl.h>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

// Set once, when the process ends: every transfer stops as if its own client had aborted it.
std::atomic_bool allTransfersEnded{false};

bool stopRequested(const std::atomic_bool &abort)
{
    return abort.load(std::memory_order_relaxed) || allTransfersEnded.load(std::memory_order_relaxed);
}

// One easy handle per thread, reused: libcurl keeps its connection open for the next request.
struct ThreadHandle
{
    CURL *curl = nullptr;
    ThreadHandle() { curl = curl_easy_init(); }
    ~ThreadHandle() { curl_easy_cleanup(curl); }
};

struct Transfer
{
    HttpResponse *response;
    const std::atomic_bool *abort;
    QElapsedTimer sinceLastByte;
    curl_off_t lastDownloaded = -1;
    int inactivityTimeoutMs = 0;
    bool timedOut = false;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<Transfer *>(user)->response->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    HttpResponse *response = static_cast<Transfer *>(user)->response;
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/"))
        response->headers.clear(); // a new answer (after 100 Continue, say)
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        response->headers.insert(name, value);
        // One buffer for the whole body, not one per chunk, with room for a JSON parser's padding
        // (the list page parser reads the body in place then).
        if (name == "content-length")
            response->body.reserve(qsizetype(std::min<qint64>(value.toLongLong(), qint64(64) << 20)) + 64);
    }
    return size * count;
}

// Aborts on request, and when no byte came for the inactivity timeout (libcurl's own low-speed
// limit counts whole seconds only).
int progress(void *user, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t uploaded)
{
    auto *transfer = static_cast<Transfer *>(user);
    if (stopRequested(*transfer->abort))
        return 1;
    const curl_off_t moved = downloaded + uploaded;
    if (moved != transfer->lastDownloaded) {
        transfer->lastDownloaded = moved;
        transfer->sinceLastByte.restart();
    } else if (transfer->sinceLastByte.elapsed() > transfer->inactivityTimeoutMs) {
        transfer->timedOut = true;
        return 1;
    }
    return 0;
}

} // namespace

HttpResponse performHttp(const HttpRequest &request, const std::atomic_bool &abort)
{
    HttpResponse response;
    if (stopRequested(abort)) { // its client is gone, perhaps the process ending: touch no library
        response.failure = HttpResponse::Failure::Aborted;
        response.errorString = u"The request was cancelled"_s;
        return response;
    }
    thread_local ThreadHandle handle;
    CURL *curl = handle.curl;
    if (!curl) {
        response.failure = HttpResponse::Failure::Other;
        response.errorString = u"libcurl could not be initialised"_s;
        return response;
    }
    curl_easy_reset(curl);
    Transfer transfer{&response, &abort, {}, -1, request.inactivityTimeoutMs, false};
    transfer.sinceLastByte.start();

    const QByteArray url = request.url.toEncoded();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist *headers = nullptr;
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip for a POST
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // whatever compression libcurl has
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 512L * 1024);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.inactivityTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    if (request.method == "POST") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    } else if (request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    curl_off_t length = -1;
    if (curl_easy_getinfo(curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK)
        response.declaredLength = length;
    if (code == CURLE_OK)
        return response;

    switch (code) {
    case CURLE_COULDNT_CONNECT:
        response.failure = HttpResponse::Failure::ConnectionRefused;
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        response.failure = HttpResponse::Failure::HostNotFound;
        break;
    case CURLE_OPERATION_TIMEDOUT:
        response.failure = HttpResponse::Failure::TimedOut;
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        response.failure = transfer.timedOut ? HttpResponse::Failure::TimedOut : HttpResponse::Failure::Aborted;
        break;
    default:
        response.failure = HttpResponse::Failure::Other;
    }
    response.errorString = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    return response;
}

QThreadPool *transferThreads()
{
    static QThreadPool *pool = [] {
        // A process ending while a thread made its first handle crashed in libcurl's lazy
        // initialisation, the TLS library's exit handlers having run: initialised here, once.
        curl_global_init(CURL_GLOBAL_DEFAULT);
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(64);
        threads->setExpiryTimeout(60'000);
        // Exit handlers run in the reverse order of their registration: this one, registered
        // after libcurl's initialisation, runs before those it and the TLS library registered,
        // so no transfer is inside them when they tear down. (The pool itself is never
        // destroyed: a static's destructor would come too late.)
        std::atexit([] { endAllTransfers(3000); });
        return threads;
    }();
    return pool;
}

bool endAllTransfers(int timeoutMs)
{
    allTransfersEnded.store(true);
    return transferThreads()->waitForDone(timeoutMs);
}

} // namespace Orphanscope
