#include "csvtable.h"
#include "report/csvrecords.h"
#include "report/reportwriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {
CloudinaryResource resource(const QString &publicId, qint64 bytes = 1536000, ResourceType type = ResourceType::Image)
{
    CloudinaryResource r;
    r.publicId = publicId;
    r.type = type;
    r.bytes = bytes;
    r.format = type == ResourceType::Raw ? QString() : u"jpg"_s;
    r.createdAtMSecs = QDateTime(QDate(2024, 6, 25), QTime(8, 58, 23), Qt::UTC).toMSecsSinceEpoch();
    r.secureUrl = u"https://res.cloudinary.com/demo/image/upload/v1/"_s + publicId + u".jpg"_s;
    return r;
}
} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << u"folder/cat"_s << QByteArray("folder/cat");
        QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << u"a\nb"_s << QByteArray("\"a\nb\"");
        QTest::newRow("unicode") << u"café"_s << QByteArray("caf\xc3\xa9");
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << u"+1"_s << QByteArray("'+1");
        QTest::newRow("formula -") << u"-draft_1"_s << QByteArray("'-draft_1");
        QTest::newRow("formula @") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << u"\tx"_s << QByteArray("'\tx");
        QTest::newRow("carriage return") << u"\rx"_s << QByteArray("\"'\rx\"");
        QTest::newRow("dash inside is fine") << u"a-b"_s << QByteArray("a-b");
        QTest::newRow("a quote alone is fine") << u"'quoted'"_s << QByteArray("'quoted'");
        // Text that already looks guarded is guarded once more, so reading strips exactly one quote.
        QTest::newRow("looks guarded") << u"'=x"_s << QByteArray("''=x");
        QTest::newRow("looks guarded twice") << u"''-x"_s << QByteArray("'''-x");
    }
    void cells()
    {
        QFETCH(QString, text);
        QTEST(ReportWriter::csvCell(text), "cell");
        // What is written reads back as it was.
        QList<QByteArray> cells;
        QString problem;
        const QByteArray line = ReportWriter::csvCell(text) + "\r\n";
        CsvRecords records(line);
        QVERIFY(records.next(&cells, &problem));
        QCOMPARE(CsvRecords::unguard(cells.value(0)), text);
    }

    void writesTheOldCommandsColumns()
    {
        const QByteArray csv = ReportWriter::csv({resource(u"folder/cat"_s)});
        QCOMPARE(csv, QByteArray("public_id,resource_type,size_bytes,size_mb,format,uploaded_at,cloudinary_url\r\n"
                                 "folder/cat,image,1536000,1.46,jpg,2024-06-25T08:58:23Z,https://res.cloudinary.com/demo/image/upload/v1/folder/cat.jpg\r\n"));
    }

    // Each row as the cell rules, QByteArray::number and QDateTime would write it: the writer's
    // shortcuts (ASCII copied as it is, sizes and dates without formatting) change nothing.
    void rowsAsTheRulesSay()
    {
        const QList<QString> texts{u"folder/cat"_s, u"ünïcode/café"_s, u"a,b"_s, u"=cmd()"_s, u"'quoted"_s, u"-draft"_s, u"\tx"_s,
                                   u"say \"hi\""_s, u"line\nbreak"_s, QString(), u"a-b@c+d=e"_s, u"emoji 😀"_s};
        QList<qint64> sizes{0, 1, 5242, 131072, 393216, 655360, 1048575, 1048576, 1536000, 5LL << 30, 1LL << 40, -1};
        for (qint64 bytes = 0; bytes < 3 * 1048576; bytes += 10485) // every hundredth of a MiB, and between
            sizes.append(bytes);
        const QList<qint64> times{0, 1, -1, 999, -1000, 1'719'305'903'000, 951'782'400'000 /* 2000-02-29 */, -62'135'596'800'000 /* year 1 */,
                                  253'402'300'799'000 /* 9999-12-31T23:59:59 */};
        ResourceList orphans;
        QByteArray expected = ReportWriter::CsvHeader;
        for (qsizetype i = 0; i < std::max({texts.size(), sizes.size(), times.size()}); ++i) {
            CloudinaryResource r = resource(texts.at(i % texts.size()), sizes.at(i % sizes.size()), AllResourceTypes[size_t(i % 3)]);
            r.format = texts.at((i + 1) % texts.size());
            r.secureUrl = texts.at((i + 2) % texts.size());
            r.createdAtMSecs = times.at(i % times.size());
            orphans.append(r);
            const QString uploaded = r.createdAtMSecs == 0 ? QString()
                                                           : QDateTime::fromMSecsSinceEpoch(r.createdAtMSecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
            expected += ReportWriter::csvCell(r.publicId) + ',' + resourceTypeName(r.type).toLatin1() + ',' + QByteArray::number(r.bytes) + ','
                        + QByteArray::number(double(r.bytes) / (1024.0 * 1024.0), 'f', 2) + ',' + ReportWriter::csvCell(r.format) + ','
                        + uploaded.toLatin1() + ',' + ReportWriter::csvCell(r.secureUrl) + "\r\n";
        }
        const QByteArray written = ReportWriter::csv(orphans);
        const QList<QByteArray> writtenLines = written.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        QCOMPARE(writtenLines.size(), expectedLines.size());
        for (qsizetype i = 0; i < expectedLines.size(); ++i)
            QCOMPARE(writtenLines.at(i), expectedLines.at(i));
    }

    // The upload time is written from the days since 1970 without QDate: every day of 1600-2400
    // (each at another second of the day) reads as Qt writes it.
    void writesEveryDayAsQtDoes()
    {
        const qint64 first = QDateTime(QDate(1600, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / 86'400'000;
        const qint64 last = QDateTime(QDate(2400, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / 86'400'000;
        ResourceList orphans;
        QByteArray expected;
        for (qint64 day = first; day <= last; ++day) {
            CloudinaryResource r = resource(u"a"_s);
            // Another second of each day (never 0, which is no time), the milliseconds cut off.
            r.createdAtMSecs = day * 86'400'000 + (1 + std::abs(day * 7919) % 86'399) * 1000 + std::abs(day) % 1000;
            orphans.append(r);
            expected += QDateTime::fromMSecsSinceEpoch(r.createdAtMSecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s).toLatin1() + '\n';
        }
        QByteArray written;
        for (const QByteArray &line : ReportWriter::csv(orphans).split('\n').mid(1)) {
            if (!line.isEmpty())
                written += line.split(',').at(5) + '\n';
        }
        const QList<QByteArray> writtenLines = written.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        QCOMPARE(writtenLines.size(), last - first + 2);
        for (qsizetype i = 0; i < expectedLines.size(); ++i)
            QCOMPARE(writtenLines.at(i), expectedLines.at(i));
    }

    void roundTripsThroughAStrictReader()
    {
        const ResourceList orphans{resource(u"a,b \"c\"\nd"_s), resource(u"ünïcode/café"_s, 0), resource(u"=cmd()"_s, 5, ResourceType::Raw),
                                   resource(u"plain"_s, 1LL << 40, ResourceType::Video)};
        const CsvTable table = CsvTable::parse(ReportWriter::csv(orphans));
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.header.join(u','), u"public_id,resource_type,size_bytes,size_mb,format,uploaded_at,cloudinary_url"_s);
        QCOMPARE(table.rows.size(), orphans.size());
        QCOMPARE(table.rows.at(0).at(0), u"a,b \"c\"\nd"_s);
        QCOMPARE(table.rows.at(1).at(0), u"ünïcode/café"_s);
        QCOMPARE(table.rows.at(1).at(3), u"0.00"_s);
        QCOMPARE(table.rows.at(2).at(0), u"'=cmd()"_s); // guarded, not lost
        QCOMPARE(table.rows.at(2).at(1), u"raw"_s);
        QCOMPARE(table.rows.at(2).at(4), QString());
        QCOMPARE(table.rows.at(3).at(2), u"1099511627776"_s);
        QCOMPARE(table.rows.at(3).at(3), u"1048576.00"_s);
    }

    void defaultPathAndPartialMarker()
    {
        const QDateTime when(QDate(2026, 11, 26), QTime(6, 5, 9));
        QCOMPARE(ReportWriter::defaultCsvPath(when, false), u"reports/orphaned_files_2026-11-26_060509.csv"_s);
        QCOMPARE(ReportWriter::defaultCsvPath(when, true), u"reports/orphaned_files_2026-11-26_060509_PARTIAL.csv"_s);
        QCOMPARE(ReportWriter::markPartial(u"/srv/out/orphans.csv"_s), u"/srv/out/orphans_PARTIAL.csv"_s);
        QCOMPARE(ReportWriter::markPartial(u"orphans"_s), u"orphans_PARTIAL"_s);
    }

    void createsMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/report.csv"_s);
        QString error;
        QVERIFY2(ReportWriter::writeCsv(path, {resource(u"x"_s)}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(ReportWriter::CsvHeader));
    }

    // The file is written in chunks of rows; it holds exactly what csv() gives, at the edges
    // of a chunk and for no rows at all.
    void fileHoldsTheReportInChunks_data()
    {
        QTest::addColumn<int>("rows");
        for (const int rows : {0, 1, 4095, 4096, 4097, 10000})
            QTest::newRow(qPrintable(QString::number(rows))) << rows;
    }
    void fileHoldsTheReportInChunks()
    {
        QFETCH(int, rows);
        ResourceList orphans;
        for (int i = 0; i < rows; ++i)
            orphans.append(resource(u"folder/file, number %1"_s.arg(i), 1000 + i, i % 3 ? ResourceType::Image : ResourceType::Raw));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.csv"_s);
        QString error;
        QVERIFY2(ReportWriter::writeCsv(path, orphans, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written.count("\r\n"), rows + 1);
        QCOMPARE(written, ReportWriter::csv(orphans));
    }

    void failsClearly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder under a file") << u"/dev/null/reports/x.csv"_s << u"does not exist and cannot be created"_s;
        QTest::newRow("path is a folder") << u"/tmp"_s << u"it is a folder"_s;
        QTest::newRow("filesystem refuses") << u"/proc/orphans.csv"_s << u"Cannot write the CSV report to /proc/orphans.csv"_s;
    }
    void failsClearly()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReportWriter::writeCsv(path, {resource(u"x"_s)}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void jsonSummaryStatesPartialScans()
    {
        ScanResult result;
        result.resourceTypes = {ResourceType::Image};
        result.perType[0].listed = 10;
        result.perType[0].orphans = 2;
        result.perType[0].orphanBytes = 300;
        result.stopReason = StopReason::RateLimitGuard;
        result.stopDetail = u"API usage reached 95%"_s;
        const QJsonObject root = QJsonDocument::fromJson(ReportWriter::jsonSummary(result, u"r.csv"_s)).object();
        QCOMPARE(root.value(u"status"_s).toString(), u"partial"_s);
        QCOMPARE(root.value(u"orphans"_s).toInt(), 2);
        QCOMPARE(root.value(u"orphan_bytes"_s).toInt(), 300);
        QCOMPARE(root.value(u"report"_s).toString(), u"r.csv"_s);
        QCOMPARE(root.value(u"by_type"_s).toObject().value(u"image"_s).toObject().value(u"listed"_s).toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
