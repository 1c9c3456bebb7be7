// The wire's own speed, the baseline of every scan row: downloads every list page of the given
// types with the scan's HTTP client, page after page as a scan does, without parsing them
// (pagedownload.h). Prints wall time, CPU time, pages and bytes.
// Usage: CLOUDINARY_URL=… bench_raw_download [TYPES]   (default image,video)
#include "pagedownload.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

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
    const auto config = Bench::configFromEnvironment("bench_raw_download");
    if (!config)
        return 2;
    const QList<ResourceType> types = Bench::typesNamed(argc > 1 ? QString::fromLatin1(argv[1]) : u"image,video"_s);
    qint64 pages = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const bool ok = Bench::downloadPages(*config, types, 0, [&](ResourceType, const QByteArray &body) {
        ++pages;
        bytes += body.size();
    });
    std::printf("{\"wall_s\": %.3f, \"cpu_s\": %.3f, \"pages\": %lld, \"bytes\": %lld}\n", double(timer.nsecsElapsed()) / 1e9,
                cpuSeconds() - cpuBefore, static_cast<long long>(pages), static_cast<long long>(bytes));
    return ok ? 0 : 1;
}
