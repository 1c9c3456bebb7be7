// The scan job in-process, as the desktop app drives it: signals, cancel, failure.
#include "csvtable.h"
#include "groundtruth.h"
#include "report/reportwriter.h"
#include "sandboxprocess.h"
#include "scan/scanrunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestScanJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;

    QString truthPath() const { return m_dir.filePath(u"truth.csv"_s); }

    ScanSettings settings(const QString &databaseUrl = {}) const
    {
        QString error;
        ScanSettings s;
        s.cloudinary = CloudinaryConfig::fromUrl(m_sandbox.cloudinaryUrl(), &error).value();
        s.database = DatabaseConfig::fromUrl(databaseUrl.isEmpty() ? u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s) : databaseUrl, &error).value();
        s.days.reset();
        s.pauseMs = 0;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 60 ms a call: long enough to cancel mid-listing, short enough for a quick test.
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"4000"_s, u"--seed"_s, u"3"_s, u"--latency-ms"_s, u"60"_s,
                                  u"--write-database"_s, u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s),
                                  u"--ground-truth"_s, truthPath()}),
                 qPrintable(m_sandbox.error()));
    }

    void completeScanFindsExactlyTheGeneratedOrphans()
    {
        ScanRunner runner(settings());
        QSignalSpy finished(runner.job(), &ScanJob::finished);
        QSignalSpy failed(runner.job(), &ScanJob::failed);
        QSignalSpy progress(runner.job(), &ScanJob::progress);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        const auto result = finished.at(0).at(0).value<ScanResult>();
        QVERIFY(!result.isPartial());
        QCOMPARE(CsvTable::parse(ReportWriter::csv(result.orphans)).sortedLines(), expectedOrphans(truthPath(), {u"image"_s, u"video"_s}));

        int pages = 0;
        for (ResourceType type : {ResourceType::Image, ResourceType::Video}) {
            const TypeSummary &summary = result.perType[indexOf(type)];
            QVERIFY(summary.complete);
            QCOMPARE(summary.pages, qMax(1, int(std::ceil(summary.listed / 500.0))));
            pages += summary.pages;
        }
        QCOMPARE(result.apiCalls, pages);
        QVERIFY(result.references.complete);

        // Progress is throttled, not one signal per page or per file.
        QVERIFY(progress.count() >= 2);
        QVERIFY(progress.count() < pages + 12);
        QCOMPARE(progress.last().at(0).value<ScanProgress>().phase, ScanPhase::Done);
    }

    void cancelStopsWithinASecondAndKeepsWhatWasFound()
    {
        ScanRunner runner(settings());
        QSignalSpy finished(runner.job(), &ScanJob::finished);
        QSignalSpy failed(runner.job(), &ScanJob::failed);
        int pagesSeen = 0;
        connect(runner.job(), &ScanJob::progress, &runner, [&pagesSeen](const ScanProgress &p) { pagesSeen = p.pages[0] + p.pages[1]; });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(pagesSeen >= 2, 20'000);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
        QVERIFY(failed.isEmpty());
        const auto result = finished.at(0).at(0).value<ScanResult>();
        QVERIFY(result.isPartial());
        QCOMPARE(result.stopReason, StopReason::Cancelled);
        QVERIFY(!result.perType[indexOf(ResourceType::Image)].complete || !result.perType[indexOf(ResourceType::Video)].complete);
        QVERIFY(result.totalListed() > 0);
        // What it reports is true: every orphan found is a generated orphan.
        const QStringList all = expectedOrphans(truthPath(), {u"image"_s, u"video"_s});
        const QStringList found = CsvTable::parse(ReportWriter::csv(result.orphans)).sortedLines();
        QVERIFY(!found.isEmpty());
        for (const QString &line : found)
            QVERIFY2(all.contains(line), qPrintable(line));
    }

    void databaseFailureFailsTheScan()
    {
        ScanRunner runner(settings(u"sqlite:////nonexistent/orphanscope.sqlite3"_s));
        QSignalSpy finished(runner.job(), &ScanJob::finished);
        QSignalSpy failed(runner.job(), &ScanJob::failed);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
        QVERIFY(failed.at(0).at(0).toString().contains(u"/nonexistent/orphanscope.sqlite3 does not exist"_s));
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());
    }

    void emptyReferenceColumnsWarnLoudly()
    {
        const QString emptyDb = m_dir.filePath(u"empty.sqlite3"_s);
        QVERIFY(QFile::copy(m_dir.filePath(u"db.sqlite3"_s), emptyDb));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"emptier"_s);
            db.setDatabaseName(emptyDb);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"DELETE FROM prompts_prompt"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"emptier"_s);

        ScanRunner runner(settings(u"sqlite:///"_s + emptyDb));
        QSignalSpy finished(runner.job(), &ScanJob::finished);
        QStringList warnings;
        connect(runner.job(), &ScanJob::warning, &runner, [&warnings](const QString &m) { warnings.append(m); });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        const auto result = finished.at(0).at(0).value<ScanResult>();
        QVERIFY(!result.isPartial());
        QVERIFY(result.totalListed() > 0);
        QCOMPARE(result.totalOrphans(), result.totalListed());
        QVERIFY2(warnings.join(u'\n').contains(u"every file will look orphaned"_s), qPrintable(warnings.join(u'\n')));
    }

    void destroyingARunningRunnerCleansUp()
    {
        auto runner = std::make_unique<ScanRunner>(settings());
        runner->start();
        QTest::qWait(100);
        runner.reset(); // cancels, waits for the worker and the database read
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestScanJob)
#include "tst_scanjob.moc"
