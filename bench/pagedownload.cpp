#include "pagedownload.h"

#include <QEventLoop>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Bench {

namespace {

// The value of the last "next_cursor" in a body, or empty (the sandbox's and Cloudinary's
// answers put it after the resources).
QString cursorOf(const QByteArray &body)
{
    static const QByteArray marker = "\"next_cursor\":\"";
    const qsizetype at = body.lastIndexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    const qsizetype end = body.indexOf('"', start);
    return end < 0 ? QString() : QString::fromLatin1(body.mid(start, end - start));
}

} // namespace

bool downloadPages(const CloudinaryConfig &config, const QList<ResourceType> &types, qint64 maxPages,
                   const std::function<void(ResourceType, const QByteArray &)> &page)
{
    CloudinaryClient client(config, ClientOptions{});
    QEventLoop loop;
    qint64 pages = 0;
    bool failed = false;
    std::function<void(qsizetype, const QString &)> request = [&](qsizetype typeIndex, const QString &cursor) {
        if (typeIndex >= types.size() || (maxPages > 0 && pages >= maxPages)) {
            loop.quit();
            return;
        }
        QUrl url = config.resourcesUrl(types.at(typeIndex));
        QUrlQuery query;
        query.addQueryItem(u"max_results"_s, u"500"_s);
        if (!cursor.isEmpty())
            query.addQueryItem(u"next_cursor"_s, cursor);
        url.setQuery(query);
        client.get(url, [&, typeIndex](const ApiReply &reply) {
            if (reply.outcome != ApiReply::Outcome::Ok) {
                std::fprintf(stderr, "Listing a page failed: %s\n", qPrintable(reply.errorMessage));
                failed = true;
                loop.quit();
                return;
            }
            ++pages;
            page(types.at(typeIndex), reply.body);
            const QString next = cursorOf(reply.body);
            request(next.isEmpty() ? typeIndex + 1 : typeIndex, next);
        });
    };
    request(0, {});
    loop.exec();
    return !failed;
}

std::optional<CloudinaryConfig> configFromEnvironment(const char *program)
{
    QString error;
    auto config = CloudinaryConfig::fromUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error);
    if (!config)
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(error));
    return config;
}

QList<ResourceType> typesNamed(const QString &names)
{
    QList<ResourceType> types;
    for (const QString &name : names.split(u',')) {
        if (const auto type = resourceTypeFromName(name))
            types.append(*type);
    }
    return types;
}

} // namespace Orphanscope::Bench
