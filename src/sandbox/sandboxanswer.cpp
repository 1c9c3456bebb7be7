#include "sandboxanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 420: return "Enhance Your Calm";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

Answer errorAnswer(int status, const QString &message)
{
    return {status, QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, message}}}}).toJson(QJsonDocument::Compact)};
}

QByteArray responseHead(const Answer &answer, const QByteArray &rateLimitHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n"
         + "Content-Type: " + answer.contentType + "\r\n"
         + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n"
         + rateLimitHeaders + "\r\n";
}

Answer injectFault(FaultKind fault, Answer answer, int hourlyRateLimit, const QDateTime &limitResets)
{
    switch (fault) {
    case FaultKind::Http500:
        return errorAnswer(500, u"Internal server error (injected)"_s);
    case FaultKind::Http503:
        return errorAnswer(503, u"Service unavailable (injected)"_s);
    case FaultKind::RateLimit420:
    case FaultKind::RateLimit429:
        return errorAnswer(fault == FaultKind::RateLimit420 ? 420 : 429,
                     u"Rate Limit Exceeded. Limit of %1 api operations reached. Try again on %2"_s
                         .arg(hourlyRateLimit).arg(QString::fromLatin1(httpDate(limitResets))));
    case FaultKind::Unauthorized401:
        return errorAnswer(401, u"api_secret mismatch"_s);
    case FaultKind::HtmlPage:
        return {200, "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in</body></html>", "text/html"};
    case FaultKind::MalformedJson:
        answer.body.truncate(answer.body.size() / 2);
        return answer;
    case FaultKind::NoResources:
        return {200, R"({"message":"ok","total_count":0})"};
    case FaultKind::NullFields: {
        QJsonObject root = QJsonDocument::fromJson(answer.body).object();
        QJsonArray resources = root.value(u"resources"_s).toArray();
        for (qsizetype i = 0; i < resources.size(); ++i) {
            QJsonObject object = resources.at(i).toObject();
            if (i == 0)
                object.remove(u"public_id"_s);
            object.insert(u"format"_s, QJsonValue());
            object.insert(u"width"_s, QJsonValue());
            object.insert(u"height"_s, QJsonValue());
            object.insert(u"created_at"_s, QJsonValue());
            object.remove(u"bytes"_s);
            object.remove(u"asset_folder"_s);
            resources[i] = object;
        }
        root.insert(u"resources"_s, resources);
        return {200, QJsonDocument(root).toJson(QJsonDocument::Compact)};
    }
    case FaultKind::Reset:
    case FaultKind::Slow:
    case FaultKind::RepeatCursor:
    case FaultKind::IgnoreDirection:
        break; // handled while delivering or listing
    }
    return answer;
}

} // namespace Orphanscope::Sandbox
