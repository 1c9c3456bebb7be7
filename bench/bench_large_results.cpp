// Times what a million orphans cost after the scan: writing the CSV report, loading the table,
// sorting it by every column and one filter keystroke. Medians of 5 runs.
// Usage: bench_large_results [ROWS]   (default 1000000)
#include "orphanfiltermodel.h"
#include "orphantablemodel.h"
#include "report/reportwriter.h"
#include "util/stringpool.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

namespace {

ResourceList makeOrphans(qsizetype count)
{
    QRandomGenerator random(7);
    StringPool pool;
    const QStringList folders{u"prompts"_s, u"prompts/2024"_s, u"users/avatars"_s, u"tests"_s, u"marketing/ünïcode"_s, QString()};
    ResourceList orphans;
    orphans.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        CloudinaryResource r;
        r.folder = pool.intern(folders.at(random.bounded(folders.size())));
        r.publicId = (r.folder.isEmpty() ? QString() : r.folder + u'/') + u"img_%1"_s.arg(i);
        r.format = pool.intern(i % 3 ? u"jpg"_s : u"png"_s);
        r.type = i % 4 ? ResourceType::Image : ResourceType::Video;
        r.bytes = random.bounded(50'000'000);
        r.createdAtMSecs = 1'700'000'000'000LL + random.bounded(30'000'000) * 1000LL;
        r.version = r.createdAtMSecs / 1000;
        r.secureUrl = u"https://res.cloudinary.com/demo/image/upload/v%1/%2.%3"_s.arg(r.version).arg(r.publicId, r.format);
        orphans.append(r);
    }
    return orphans;
}

double medianMs(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(runs / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qsizetype rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const ResourceList orphans = makeOrphans(rows);
    QTemporaryDir dir;
    std::printf("%lld orphans (median of 5 runs)\n", static_cast<long long>(rows));
    std::printf("| step | median |\n| --- | ---: |\n");

    const double csv = medianMs(5, [] {}, [&] {
        QString error;
        if (!ReportWriter::writeCsv(dir.filePath(u"orphans.csv"_s), orphans, &error))
            qFatal("%s", qPrintable(error));
    });
    std::printf("| write the CSV report | %.0f ms |\n", csv);
    const double text = medianMs(5, [] {}, [&] {
        if (ReportWriter::csv(orphans).isEmpty())
            qFatal("no report");
    });
    std::printf("| of which the report's text | %.0f ms |\n", text);

    OrphanTableModel model;
    OrphanFilterModel proxy;
    proxy.setSourceOrphanModel(&model);
    const double load = medianMs(5, [&] { model.setOrphans({}); }, [&] { model.setOrphans(orphans); });
    std::printf("| load into the table (model + proxy) | %.0f ms |\n", load);

    for (int column = 0; column < OrphanTableModel::ColumnCount; ++column) {
        const double sort = medianMs(5, [&] { proxy.sort(-1); }, [&] { proxy.sort(column, Qt::DescendingOrder); });
        std::printf("| sort by %s | %.0f ms |\n", qPrintable(model.headerData(column, Qt::Horizontal).toString()), sort);
    }
    proxy.sort(OrphanTableModel::SizeColumn, Qt::DescendingOrder);
    const double keystroke = medianMs(5, [&] { proxy.setFilterText(u"avatars/img_1"_s); }, [&] { proxy.setFilterText(u"avatars/img_12"_s); });
    std::printf("| filter keystroke (sorted by size; %d rows match) | %.0f ms |\n", proxy.rowCount(), keystroke);
    const double clear = medianMs(5, [&] { proxy.setFilterText(u"avatars/img_12"_s); }, [&] { proxy.setFilterText({}); });
    std::printf("| clear the filter | %.0f ms |\n", clear);
    return 0;
}
