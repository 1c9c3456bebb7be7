// The table model and its filter/sort proxy, under QAbstractItemModelTester.
#include "connectionprofile.h"
#include "orphanfiltermodel.h"
#include "orphantablemodel.h"
#include "scan/orphanstatistics.h"
#include "thumbnailloader.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

namespace {
CloudinaryResource file(const QString &publicId, qint64 bytes, ResourceType type = ResourceType::Image, const QString &folder = {},
                        const QString &created = u"2024-06-25T08:58:23Z"_s)
{
    CloudinaryResource r;
    r.publicId = publicId;
    r.bytes = bytes;
    r.type = type;
    r.folder = folder;
    r.format = type == ResourceType::Video ? u"mp4"_s : type == ResourceType::Raw ? QString() : u"jpg"_s;
    r.createdAtMSecs = QDateTime::fromString(created, Qt::ISODate).toMSecsSinceEpoch();
    r.secureUrl = u"https://res.cloudinary.com/demo/%1/upload/v1/%2%3"_s.arg(resourceTypeName(type), publicId,
                                                                             r.format.isEmpty() ? QString() : u'.' + r.format);
    return r;
}

ResourceList sample()
{
    return {file(u"a/big"_s, 2'000'000, ResourceType::Image, u"a"_s), file(u"b/small"_s, 50, ResourceType::Video, u"b"_s, u"2023-01-02T00:00:00Z"_s),
            file(u"Café/medium"_s, 10'000, ResourceType::Image, u"Café"_s), file(u"docs/x.pdf"_s, 900, ResourceType::Raw, u"docs"_s, u"2024-07-01T00:00:00Z"_s)};
}
// The rows of a sort test: each column ascending and descending.
void addSortRows(std::initializer_list<int> columns)
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column : columns) {
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

// The source rows in the order the filter model shows them, sorted by `column`.
std::vector<int> shownOrder(const ResourceList &orphans, int column, Qt::SortOrder order)
{
    OrphanTableModel model;
    OrphanFilterModel proxy;
    proxy.setSourceOrphanModel(&model);
    model.setOrphans(orphans);
    proxy.sort(column, order);
    std::vector<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

// What a stable sort of the rows gives, reversed as a whole when descending.
template<typename Less>
std::vector<int> stableOrder(qsizetype rows, Less less, Qt::SortOrder order)
{
    std::vector<int> expected(size_t(rows), 0);
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), less);
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    return expected;
}

} // namespace

class TestOrphanModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passTheModelTester()
    {
        OrphanTableModel model;
        OrphanFilterModel proxy;
        proxy.setSourceOrphanModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrphans(sample());
        proxy.sort(OrphanTableModel::SizeColumn);
        proxy.setFilterText(u"a"_s);
        proxy.setTypeFilter(ResourceType::Image);
        proxy.setTypeFilter(std::nullopt);
        proxy.setFilterText({});
        model.setOrphans({});
        model.setOrphans(sample());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsSizesNumerically()
    {
        OrphanTableModel model;
        OrphanFilterModel proxy;
        proxy.setSourceOrphanModel(&model);
        model.setOrphans(sample());
        proxy.sort(OrphanTableModel::SizeColumn, Qt::AscendingOrder);
        QList<qint64> sizes;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sizes.append(proxy.index(row, OrphanTableModel::SizeColumn).data(OrphanTableModel::UnderlyingDataRole).toLongLong());
        QCOMPARE(sizes, (QList<qint64>{50, 900, 10'000, 2'000'000}));
        // The display strings would sort otherwise ("1.9 MB" < "50 bytes" < "878 bytes" < "9.8 KB").
        QCOMPARE(proxy.index(0, OrphanTableModel::SizeColumn).data().toString(), QLocale().formattedDataSize(50, 1, QLocale::DataSizeTraditionalFormat));
        proxy.sort(OrphanTableModel::UploadedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, OrphanTableModel::PublicIdColumn).data().toString(), u"docs/x.pdf"_s);
        QCOMPARE(proxy.index(3, OrphanTableModel::PublicIdColumn).data().toString(), u"b/small"_s);
    }

    // Texts sort by UTF-16 code units, shorter first, as a plain sort would: with long shared
    // prefixes, values that are prefixes of others, duplicates and non-ASCII, and enough rows for
    // the parallel paths.
    void sortsTextLikeAStableSort_data()
    {
        addSortRows({int(OrphanTableModel::PublicIdColumn), int(OrphanTableModel::UrlColumn), int(OrphanTableModel::FolderColumn)});
    }
    void sortsTextLikeAStableSort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ResourceList orphans;
        QRandomGenerator random(7);
        const QStringList stems{u"img"_s, u"img_"_s, u"img_1"_s, u"image/upload/v1/shared/prefix/"_s, u"café"_s, u"Café"_s, u"-draft"_s, u"zz"_s};
        for (int i = 0; i < 120'000; ++i) {
            const QString stem = stems.at(random.bounded(stems.size()));
            const QString id = random.bounded(4) == 0 ? stem : stem + QString::number(random.bounded(5000));
            orphans.append(file(id, i, random.bounded(3) == 0 ? ResourceType::Video : ResourceType::Image, stem.left(3)));
        }
        auto text = [column](const CloudinaryResource &r) {
            return column == OrphanTableModel::PublicIdColumn ? r.publicId : column == OrphanTableModel::UrlColumn ? r.secureUrl : r.folder;
        };
        const std::vector<int> shown = shownOrder(orphans, column, Qt::SortOrder(order));
        const std::vector<int> expected = stableOrder(orphans.size(), [&](int a, int b) { return text(orphans[a]) < text(orphans[b]); }, Qt::SortOrder(order));
        QCOMPARE(shown.size(), expected.size());
        for (size_t row = 0; row < shown.size(); ++row) {
            if (text(orphans[shown[row]]) != text(orphans[expected[row]]))
                QFAIL(qPrintable(u"row %1: %2, expected %3"_s.arg(row).arg(text(orphans[shown[row]]), text(orphans[expected[row]]))));
        }
    }

    // Types, sizes and upload times sort like a stable sort of the rows: ties keep the order of
    // the scan (reversed with it when descending), with enough rows for the parallel path.
    void sortsNumbersLikeAStableSort_data()
    {
        addSortRows({int(OrphanTableModel::TypeColumn), int(OrphanTableModel::SizeColumn), int(OrphanTableModel::UploadedColumn)});
    }
    void sortsNumbersLikeAStableSort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ResourceList orphans;
        QRandomGenerator random(11);
        const QList<ResourceType> types{ResourceType::Image, ResourceType::Video, ResourceType::Raw};
        for (int i = 0; i < 120'000; ++i) {
            CloudinaryResource r = file(u"f%1"_s.arg(i), qint64(random.bounded(300)) * 1024, types.at(random.bounded(3)));
            r.createdAtMSecs = 1'700'000'000'000 + qint64(random.bounded(1000)) * 60'000 - (random.bounded(2) ? 3'000'000'000'000 : 0);
            orphans.append(r);
        }
        auto key = [column](const CloudinaryResource &r) {
            return column == OrphanTableModel::TypeColumn ? qint64(r.type) : column == OrphanTableModel::SizeColumn ? r.bytes : r.createdAtMSecs;
        };
        const std::vector<int> shown = shownOrder(orphans, column, Qt::SortOrder(order));
        const std::vector<int> expected = stableOrder(orphans.size(), [&](int a, int b) { return key(orphans[a]) < key(orphans[b]); }, Qt::SortOrder(order));
        QCOMPARE(shown.size(), expected.size());
        for (size_t row = 0; row < shown.size(); ++row) {
            if (shown[row] != expected[row])
                QFAIL(qPrintable(u"row %1: file %2, expected file %3"_s.arg(row).arg(shown[row]).arg(expected[row])));
        }
    }

    void filtersByTextAndType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type"); // -1: all
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QString() << -1 << QStringList{u"a/big"_s, u"b/small"_s, u"Café/medium"_s, u"docs/x.pdf"_s};
        QTest::newRow("case-insensitive unicode") << u"CAFÉ"_s << -1 << QStringList{u"Café/medium"_s};
        QTest::newRow("folder") << u"docs"_s << -1 << QStringList{u"docs/x.pdf"_s};
        QTest::newRow("images only") << QString() << int(ResourceType::Image) << QStringList{u"a/big"_s, u"Café/medium"_s};
        QTest::newRow("text and type") << u"small"_s << int(ResourceType::Image) << QStringList{};
        QTest::newRow("spaces trimmed") << u"  big "_s << -1 << QStringList{u"a/big"_s};
    }
    void filtersByTextAndType()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QStringList, expected);
        OrphanTableModel model;
        OrphanFilterModel proxy;
        proxy.setSourceOrphanModel(&model);
        model.setOrphans(sample());
        proxy.setFilterText(text);
        proxy.setTypeFilter(type < 0 ? std::nullopt : std::optional(ResourceType(type)));
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data().toString());
        QCOMPARE(shown, expected);
    }

    void thumbnailUrls()
    {
        QCOMPARE(ThumbnailLoader::thumbnailUrl(file(u"f/a"_s, 1), 320), u"https://res.cloudinary.com/demo/image/upload/c_thumb,w_320,h_320/v1/f/a.jpg"_s);
        QCOMPARE(ThumbnailLoader::thumbnailUrl(file(u"clip"_s, 1, ResourceType::Video), 100), u"https://res.cloudinary.com/demo/video/upload/c_thumb,w_100,h_100/v1/clip.jpg"_s);
        QCOMPARE(ThumbnailLoader::thumbnailUrl(file(u"x.pdf"_s, 1, ResourceType::Raw), 100), QString());
    }

    void statisticsFollowTheRows()
    {
        OrphanStatisticsBuilder builder;
        for (const CloudinaryResource &r : sample())
            builder.add(r);
        const OrphanStatistics stats = builder.build(2);
        QCOMPARE(stats.count, 4);
        QCOMPARE(stats.bytes, 2'000'000 + 50 + 10'000 + 900);
        QCOMPARE(stats.sizeBuckets.at(0).count, 3); // < 100 KB
        QCOMPARE(stats.sizeBuckets.at(2).count, 1); // 1 – 10 MB
        QCOMPARE(stats.byType.at(int(ResourceType::Image)).count, 2);
        QCOMPARE(stats.byType.at(int(ResourceType::Raw)).bytes, 900);
        QCOMPARE(stats.topFolders.size(), 2);
        QCOMPARE(stats.topFolders.at(0).label, u"a"_s);
        QCOMPARE(stats.topFolders.at(1).label, u"Café"_s);
        QCOMPARE(stats.byMonth.size(), 3);
        QCOMPARE(stats.byMonth.at(0).label, u"2023-01"_s);
        QCOMPARE(stats.byMonth.at(1).count, 2); // 2024-06
    }

    void profileBuildsScanSettings()
    {
        ConnectionProfile profile;
        QString error;
        QVERIFY(!profile.toScanSettings(&error));
        QVERIFY2(error.contains(u"cloud name, an API key and an API secret"_s), qPrintable(error));
        QVERIFY(profile.applyCloudinaryUrl(u"cloudinary://k:s%40cret@demo?upload_prefix=http://127.0.0.1:9"_s, &error));
        QVERIFY(profile.applyDatabaseUrl(u"sqlite:////tmp/x.sqlite3"_s, &error));
        profile.days = 0;
        const auto settings = profile.toScanSettings(&error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->cloudinary.apiSecret, u"s@cret"_s);
        QCOMPARE(settings->cloudinary.apiBase.toString(), u"http://127.0.0.1:9"_s);
        QCOMPARE(settings->database.name, u"/tmp/x.sqlite3"_s);
        QVERIFY(!settings->days);
        profile.references = {u"bad spec"_s};
        QVERIFY(!profile.toScanSettings(&error));
        QVERIFY(error.contains(u"TABLE.COLUMN"_s));
        QCOMPARE(profile.dashboardUrl(file(u"a/b c"_s, 1)),
                 u"https://console.cloudinary.com/console/demo/media_library/search?q=a%2Fb%20c"_s);
    }
};

QTEST_MAIN(TestOrphanModels)
#include "tst_orphanmodels.moc"
