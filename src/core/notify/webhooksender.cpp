#include "notify/webhooksender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <curl/curl.h>

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

} // namespace

bool WebhookSender::worthTelling(const ScanResult &result)
{
    return result.totalOrphans() > 0 || !result.brokenReferences.isEmpty() || !result.spikeAlert.isEmpty();
}

QByteArray WebhookSender::payload(const ScanResult &result, const QString &appName, const QString &reportPath)
{
    const QLocale english(QLocale::English);
    QStringList lines;
    lines << u"*%1: Orphaned Files Detection Report*%2"_s.arg(appName, result.isPartial() ? u" (PARTIAL)"_s : QString());
    if (!result.spikeAlert.isEmpty())
        lines << u"ALERT: %1"_s.arg(result.spikeAlert);
    lines << u"%1 orphaned files (%2) of %3 scanned%4"_s.arg(english.toString(result.totalOrphans()),
                                                             english.formattedDataSize(result.totalOrphanBytes()),
                                                             english.toString(result.totalListed()),
                                                             result.days ? u" in the last %1 days"_s.arg(*result.days) : u" in the whole account"_s);
    if (result.brokenChecked && !result.brokenReferences.isEmpty())
        lines << u"%1 broken references (database values pointing to files Cloudinary does not have)"_s.arg(english.toString(result.brokenReferences.size()));
    if (!reportPath.isEmpty())
        lines << u"Report: %1"_s.arg(reportPath);
    const QString text = lines.join(u'\n');
    const QJsonObject figures{
        {u"status"_s, result.isPartial() ? u"partial"_s : u"complete"_s},
        {u"started_at"_s, result.startedAt.toString(Qt::ISODate)},
        {u"files_scanned"_s, result.totalListed()},
        {u"orphans"_s, result.totalOrphans()},
        {u"orphan_bytes"_s, result.totalOrphanBytes()},
        {u"broken_references"_s, result.brokenChecked ? QJsonValue(qint64(result.brokenReferences.size())) : QJsonValue()},
        {u"spike_alert"_s, result.spikeAlert.isEmpty() ? QJsonValue() : QJsonValue(result.spikeAlert)},
        {u"report"_s, reportPath},
    };
    return QJsonDocument(QJsonObject{{u"text"_s, text}, {u"content"_s, text.left(2000)}, {u"orphanscope"_s, figures}})
        .toJson(QJsonDocument::Compact);
}

bool WebhookSender::validate(const QUrl &url, QString *error)
{
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        *error = u"The webhook address is not an http(s) URL; give the URL Slack or Discord shows for the webhook"_s;
        return false;
    }
    return true;
}

bool WebhookSender::post(const QUrl &url, const QByteArray &json, int timeoutMs, QString *error)
{
    if (!validate(url, error))
        return false;
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CURL *curl = curl_easy_init();
    if (!curl) {
        *error = u"Could not start an HTTP client for the webhook"_s;
        return false;
    }
    const QByteArray address = url.toEncoded();
    curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "User-Agent: Orphanscope/" ORPHANSCOPE_VERSION);
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(json.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(timeoutMs, 10'000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK) {
        // curl's message may quote the whole URL, token included: name the host only.
        *error = u"The webhook at %1 could not be reached (%2)"_s.arg(url.host(), QString::fromUtf8(curl_easy_strerror(code)));
        return false;
    }
    if (status >= 300) {
        *error = u"The webhook at %1 answered HTTP %2; check the webhook URL"_s.arg(url.host()).arg(status);
        return false;
    }
    return true;
}

} // namespace Orphanscope
