// The wire's own speed, the baseline of every scan row: downloads every list page of the given
// types with the scan's HTTP client (CloudinaryClient: libcurl on a worker thread, answers
// handled on the event loop), page after page as a scan does, without parsing them; the next
// cursor is cut from the end of each body. Prints wall time, CPU time, pages and bytes.
// Usage: CLOUDINARY_URL=… bench_raw_download [TYPES]   (default image,video)
#include "cloudinary/cloudinaryclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrlQuery>

#include <sys/resource.h>

#include <cstdio>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

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

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto config = CloudinaryConfig::fromUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error);
    if (!config) {
        std::fprintf(stderr, "bench_raw_download: %s\n", qPrintable(error));
        return 2;
    }
    QList<ResourceType> types;
    for (const QString &name : (argc > 1 ? QString::fromLatin1(argv[1]) : u"image,video"_s).split(u',')) {
        if (const auto type = resourceTypeFromName(name))
            types.append(*type);
    }
    CloudinaryClient client(*config, ClientOptions{});
    qint64 pages = 0;
    qint64 bytes = 0;
    int failures = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    std::function<void(qsizetype, const QString &)> request = [&](qsizetype typeIndex, const QString &cursor) {
        if (typeIndex >= types.size()) {
            app.quit();
            return;
        }
        QUrl url = config->resourcesUrl(types.at(typeIndex));
        QUrlQuery query;
        query.addQueryItem(u"max_results"_s, u"500"_s);
        if (!cursor.isEmpty())
            query.addQueryItem(u"next_cursor"_s, cursor);
        url.setQuery(query);
        client.get(url, [&, typeIndex](const ApiReply &reply) {
            if (reply.outcome != ApiReply::Outcome::Ok) {
                std::fprintf(stderr, "bench_raw_download: %s\n", qPrintable(reply.errorMessage));
                ++failures;
                app.quit();
                return;
            }
            ++pages;
            bytes += reply.body.size();
            const QString next = cursorOf(reply.body);
            request(next.isEmpty() ? typeIndex + 1 : typeIndex, next);
        });
    };
    request(0, {});
    app.exec();
    std::printf("{\"wall_s\": %.3f, \"cpu_s\": %.3f, \"pages\": %lld, \"bytes\": %lld}\n", double(timer.nsecsElapsed()) / 1e9,
                cpuSeconds() - cpuBefore, static_cast<long long>(pages), static_cast<long long>(bytes));
    return failures ? 1 : 0;
}
