// Times the parse of list pages alone, as a scan's thread does it for every page: downloads up to
// PAGES pages of the given types from the account in CLOUDINARY_URL (the sandbox), keeps them,
// then parses them all (parseListPage) in 7 passes. Prints the median in ns per file and MB/s.
// The scan's profile cannot tell a few percent of parsing from the noise of the processes beside
// it; this can.
// Usage: CLOUDINARY_URL=… bench_parse [PAGES] [TYPES]   (default 400 pages, image,video)
#include "cloudinary/listpageparser.h"
#include "pagedownload.h"
#include "util/stringpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto config = Bench::configFromEnvironment("bench_parse");
    if (!config)
        return 2;
    const qint64 maxPages = argc > 1 ? QByteArray(argv[1]).toLongLong() : 400;
    const QList<ResourceType> types = Bench::typesNamed(argc > 2 ? QString::fromLatin1(argv[2]) : u"image,video"_s);
    std::vector<std::pair<ResourceType, QByteArray>> pages;
    qint64 bytes = 0;
    if (!Bench::downloadPages(*config, types, maxPages, [&](ResourceType type, const QByteArray &body) {
            pages.emplace_back(type, body);
            bytes += body.size();
        }))
        return 1;
    std::vector<double> passes;
    qsizetype files = 0;
    for (int pass = 0; pass < 7; ++pass) {
        StringPool pool;
        files = 0;
        QElapsedTimer timer;
        timer.start();
        for (const auto &[type, body] : pages) {
            QString error;
            const auto page = parseListPage(body, type, pool, &error);
            if (!page) {
                std::fprintf(stderr, "bench_parse: %s\n", qPrintable(error));
                return 1;
            }
            files += page->files.size();
        }
        passes.push_back(double(timer.nsecsElapsed()));
    }
    std::sort(passes.begin(), passes.end());
    const double median = passes[passes.size() / 2];
    std::printf("{\"pages\": %zu, \"files\": %lld, \"ns_per_file\": %.1f, \"mb_per_s\": %.0f}\n", pages.size(),
                static_cast<long long>(files), median / double(files), double(bytes) / median * 1e3);
    return 0;
}
