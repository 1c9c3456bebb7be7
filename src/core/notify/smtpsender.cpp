#include "notify/smtpsender.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

struct Upload
{
    const QByteArray &data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

QString explain(CURLcode code, const MailConfig &config, const char *detail)
{
    const QString where = u"%1:%2"_s.arg(config.host).arg(config.port);
    const QString more = QString::fromUtf8(detail).trimmed();
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        return u"Could not connect to the mail server %1 (%2); check the host and port in EMAIL_URL"_s.arg(where, more);
    case CURLE_COULDNT_RESOLVE_HOST:
        return u"The mail server host %1 was not found; check EMAIL_URL"_s.arg(config.host);
    case CURLE_USE_SSL_FAILED:
        return u"The mail server %1 does not offer STARTTLS, which smtp+tls:// requires; use smtps:// if it speaks TLS directly, or smtp:// only on a trusted network"_s.arg(where);
    case CURLE_LOGIN_DENIED:
        return u"The mail server %1 refused the login for user \"%2\"; check the user and password in EMAIL_URL"_s.arg(where, config.user);
    case CURLE_OPERATION_TIMEDOUT:
        return u"The mail server %1 did not answer in time (%2)"_s.arg(where, more);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return u"The TLS connection to the mail server %1 failed: %2"_s.arg(where, more.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : more);
    default:
        return u"Sending mail through %1 failed: %2"_s.arg(where, more.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : more);
    }
}

} // namespace

SmtpSender::Result SmtpSender::send(const MailConfig &config, const QList<EmailAddress> &recipients, const QByteArray &message)
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    if (recipients.isEmpty())
        return {false, u"No recipients: set ADMINS (\"Name <a@example.org>, b@example.org\")"_s};
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, u"libcurl could not be initialised"_s};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = config.curlUrl().toUtf8();
    const QByteArray user = config.user.toUtf8();
    const QByteArray password = config.password.toUtf8();
    const QByteArray from = '<' + config.from.address.toUtf8() + '>';
    curl_slist *rcpt = nullptr;
    for (const EmailAddress &recipient : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + recipient.address.toUtf8() + '>').constData());
    Upload upload{message};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(config.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(config.totalTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, long(config.connectTimeoutSeconds * 3));
    if (config.security == MailConfig::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!config.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK) {
        QString error = explain(code, config, errorBuffer);
        if (!config.password.isEmpty())
            error.replace(config.password, u"***"_s);
        return {false, error};
    }
    return {true, {}};
}

} // namespace Orphanscope
