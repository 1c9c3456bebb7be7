// Times reading the references of a database alone, as a scan does on its own thread: every
// reference column in one read-only snapshot (PostgreSQL through COPY). Medians of 5.
// Usage: bench_reference_read DATABASE_URL [TABLE.COLUMN:TYPE ...]
//   default columns: the sandbox's prompts_prompt.featured_image:image and featured_video:video
#include "database/databaseconfig.h"
#include "database/referencereader.h"

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
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: bench_reference_read DATABASE_URL [TABLE.COLUMN:TYPE ...]\n");
        return 2;
    }
    QString error;
    const auto database = DatabaseConfig::fromUrl(arguments.first(), &error);
    if (!database) {
        std::fprintf(stderr, "bench_reference_read: %s\n", qPrintable(error));
        return 2;
    }
    QStringList columns = arguments.mid(1);
    if (columns.isEmpty())
        columns = {u"prompts_prompt.featured_image:image"_s, u"prompts_prompt.featured_video:video"_s};
    QList<ReferenceSpec> specs;
    for (const QString &column : columns) {
        const auto spec = ReferenceSpec::parse(column, &error);
        if (!spec) {
            std::fprintf(stderr, "bench_reference_read: %s\n", qPrintable(error));
            return 2;
        }
        specs.append(*spec);
    }
    const ReferenceReader reader(*database, specs);
    std::vector<double> times;
    qint64 values = 0;
    qint64 distinct = 0;
    for (int run = 0; run < 5; ++run) {
        const std::atomic_bool cancel{false};
        QElapsedTimer timer;
        timer.start();
        const ReferenceReadResult result = reader.read(cancel, nullptr, [](const QString &) {});
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!result.ok) {
            std::fprintf(stderr, "bench_reference_read: %s\n", qPrintable(result.error));
            return 1;
        }
        values = result.summary.values;
        distinct = result.summary.distinct;
    }
    std::sort(times.begin(), times.end());
    std::printf("| database | values | distinct references | read (median of 5) | min | max |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    std::printf("| %s | %lld | %lld | %.3f s | %.3f s | %.3f s |\n", qPrintable(database->describe()), static_cast<long long>(values),
                static_cast<long long>(distinct), times[2], times.front(), times.back());
    return 0;
}
