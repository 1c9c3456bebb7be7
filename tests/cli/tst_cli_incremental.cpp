// Incremental scans end to end: orphanscope-cli with a local inventory against the sandbox,
// while files are uploaded and deleted between scans, compared with full scans of the same state.
#include "cliprocess.h"
#include "csvtable.h"
#include "groundtruth.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

int callsFor(qint64 files, int perCall)
{
    return int(std::ceil(double(files) / perCall));
}

} // namespace

class TestCliIncremental : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_databaseUrl;
    int m_run = 0;

    QString inventoryPath() const { return m_dir.filePath(u"inventory/demo.sqlite3"_s); }

    using Scan = ScanRun;

    Scan scan(const QStringList &arguments)
    {
        return runScan(arguments + QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--min-age-detect"_s, u"0"_s, u"--no-email"_s},
                       m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path(), u"run%1"_s.arg(++m_run));
    }

    Scan incremental() { return scan({u"--incremental"_s, u"--inventory"_s, inventoryPath()}); }

    static int listedFiles(const QJsonObject &summary, const QString &type)
    {
        return summary.value(u"by_type"_s).toObject().value(type).toObject().value(u"listed"_s).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databaseUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"6000"_s, u"--orphan-rate"_s, u"0.1"_s, u"--seed"_s, u"11"_s, u"--write-database"_s,
                                  m_databaseUrl, u"--ground-truth"_s, m_dir.filePath(u"truth.csv"_s)}),
                 qPrintable(m_sandbox.error()));
    }

    void firstScanListsEverythingIntoTheInventory()
    {
        const Scan first = incremental();
        QVERIFY2(first.run.exitCode == 0, qPrintable(first.run.err));
        QCOMPARE(first.report.sortedLines(), expectedOrphans(m_dir.filePath(u"truth.csv"_s), {u"image"_s, u"video"_s}));
        const QJsonObject incremental = first.summary.value(u"incremental"_s).toObject();
        QVERIFY(incremental.value(u"saved"_s).toBool());
        QCOMPARE(incremental.value(u"from_inventory"_s).toInt(), 0);
        QVERIFY(incremental.value(u"listed_since"_s).toObject().value(u"image"_s).isNull());
        QCOMPARE(first.summary.value(u"api_calls"_s).toInt(),
                 callsFor(listedFiles(first.summary, u"image"_s), 500) + callsFor(listedFiles(first.summary, u"video"_s), 500));
        QVERIFY(first.run.out.contains(u"listed in full into the inventory"_s));
        QVERIFY(QFile::exists(inventoryPath()));
    }

    void laterScanListsOnlyNewFilesAndStaysExact()
    {
        const Scan before = incremental(); // the state all later checks start from
        QVERIFY2(before.run.exitCode == 0, qPrintable(before.run.err));

        const QStringList newImages = m_sandbox.upload(u"image"_s, 420, u"incoming"_s);
        const QStringList newVideos = m_sandbox.upload(u"video"_s, 40, u"incoming/clips"_s);
        QCOMPARE(newImages.size(), 420);
        QCOMPARE(newVideos.size(), 40);
        // Orphans that were reported and are deleted on Cloudinary's side in the meantime.
        QStringList goneImages, goneVideos;
        for (const QStringList &row : before.report.rows) {
            QStringList &gone = row.at(1) == u"image"_s ? goneImages : goneVideos;
            if (gone.size() < 6)
                gone.append(row.at(0).startsWith(u'\'') ? row.at(0).mid(1) : row.at(0)); // the formula guard's quote
        }
        QVERIFY(m_sandbox.remove(u"image"_s, goneImages));
        QVERIFY(m_sandbox.remove(u"video"_s, goneVideos));

        const Scan after = incremental();
        QVERIFY2(after.run.exitCode == 0, qPrintable(u"exit %1 crashed %2: %3 %4"_s.arg(after.run.exitCode).arg(after.run.crashed).arg(after.run.err, after.run.out.right(600))));
        const Scan full = scan({});
        QVERIFY2(full.run.exitCode == 0, qPrintable(full.run.err));
        QCOMPARE(after.report.sortedLines(), full.report.sortedLines());
        QCOMPARE(after.summary.value(u"orphans"_s).toInt(), full.summary.value(u"orphans"_s).toInt());
        QCOMPARE(after.summary.value(u"files_scanned"_s).toInt(), full.summary.value(u"files_scanned"_s).toInt());
        for (const QString &id : newImages.mid(0, 3))
            QVERIFY2(after.report.sortedLines().join(u'\n').contains(id), qPrintable(id));

        // The cost: the pages of what was uploaded since the last scan (and its hour of overlap:
        // one page a type here), plus one call per 100 candidates that came from the inventory.
        const QJsonObject incremental = after.summary.value(u"incremental"_s).toObject();
        QCOMPARE(incremental.value(u"gone"_s).toInt(), goneImages.size() + goneVideos.size());
        const QDateTime imagesSince = QDateTime::fromString(incremental.value(u"listed_since"_s).toObject().value(u"image"_s).toString(), Qt::ISODate);
        QVERIFY(imagesSince.isValid());
        int imageCandidates = 0, videoCandidates = 0;
        for (const QStringList &row : before.report.rows) {
            if (QDateTime::fromString(row.at(5), Qt::ISODate) < imagesSince)
                ++(row.at(1) == u"image"_s ? imageCandidates : videoCandidates);
        }
        QCOMPARE(incremental.value(u"rechecked"_s).toInt(), imageCandidates + videoCandidates);
        const int recheckCalls = callsFor(imageCandidates, 100) + callsFor(videoCandidates, 100);
        QCOMPARE(incremental.value(u"recheck_calls"_s).toInt(), recheckCalls);
        const int listingCalls = after.summary.value(u"api_calls"_s).toInt() - recheckCalls;
        QCOMPARE(listingCalls, 2);
        for (const QString &type : {u"image"_s, u"video"_s})
            QCOMPARE(after.summary.value(u"by_type"_s).toObject().value(type).toObject().value(u"pages"_s).toInt(), 1);
        QVERIFY2(after.summary.value(u"api_calls"_s).toInt() < full.summary.value(u"api_calls"_s).toInt(),
                 qPrintable(u"%1 vs %2"_s.arg(after.summary.value(u"api_calls"_s).toInt()).arg(full.summary.value(u"api_calls"_s).toInt())));
    }

    void fullRebuildsTheInventory()
    {
        const Scan rebuilt = scan({u"--full"_s, u"--inventory"_s, inventoryPath()});
        QVERIFY2(rebuilt.run.exitCode == 0, qPrintable(rebuilt.run.err));
        const QJsonObject incremental = rebuilt.summary.value(u"incremental"_s).toObject();
        QVERIFY(incremental.value(u"listed_since"_s).toObject().value(u"video"_s).isNull());
        QCOMPARE(incremental.value(u"rechecked"_s).toInt(), 0);
        QVERIFY(incremental.value(u"saved"_s).toBool());
        QVERIFY(rebuilt.run.out.contains(u"listed in full into the inventory"_s));
    }

    // The rate-limit guard stops the listing of a rebuild: the inventory stays as it was, and the
    // next incremental scan still lists only what is new.
    void stoppedListingLeavesTheInventoryAsItWas()
    {
        const Scan stopped = scan({u"--full"_s, u"--inventory"_s, inventoryPath(), u"--rate-limit-stop"_s, u"0.001"_s});
        QCOMPARE(stopped.run.exitCode, 3);
        QVERIFY(!stopped.summary.value(u"incremental"_s).toObject().value(u"saved"_s).toBool(true));
        QVERIFY(stopped.run.out.contains(u"Inventory left as it was"_s));
        const Scan next = incremental();
        QCOMPARE(next.run.exitCode, 0);
        QVERIFY(!next.summary.value(u"incremental"_s).toObject().value(u"listed_since"_s).toObject().value(u"image"_s).isNull());
        QCOMPARE(next.report.sortedLines(), scan({}).report.sortedLines());
    }

    // Stopped while looking candidates up again (seven batches, four sent at once): they are all
    // still reported, marked partial.
    void stoppedRecheckReportsTheUncheckedCandidates()
    {
        const Scan complete = incremental();
        QCOMPARE(complete.run.exitCode, 0);
        const Scan stopped = scan({u"--incremental"_s, u"--inventory"_s, inventoryPath(), u"--rate-limit-stop"_s, u"0.001"_s});
        QCOMPARE(stopped.run.exitCode, 3);
        QCOMPARE(stopped.summary.value(u"status"_s).toString(), u"partial"_s);
        QVERIFY2(stopped.summary.value(u"stop_detail"_s).toString().contains(u"were not looked up again"_s),
                 qPrintable(stopped.summary.value(u"stop_detail"_s).toString()));
        QVERIFY(stopped.summary.value(u"incremental"_s).toObject().value(u"unchecked"_s).toInt() > 0);
        QCOMPARE(stopped.report.sortedLines(), complete.report.sortedLines());
    }

    void inventoryInUseIsRefusedClearly()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            db.setDatabaseName(inventoryPath());
            QVERIFY(db.open());
            QSqlQuery hold(db);
            QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
            const Scan blocked = incremental();
            QCOMPARE(blocked.run.exitCode, 1);
            QVERIFY2(blocked.run.err.contains(u"is in use by another scan"_s), qPrintable(blocked.run.err));
            QVERIFY(hold.exec(u"ROLLBACK"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(incremental().run.exitCode, 0);
    }

    void unwritableInventoryIsAClearError()
    {
        const Scan refused = scan({u"--incremental"_s, u"--inventory"_s, u"/proc/orphanscope/demo.sqlite3"_s});
        QCOMPARE(refused.run.exitCode, 1);
        QVERIFY2(refused.run.err.contains(u"inventory"_s) && refused.run.err.count(u'\n') == 1, qPrintable(refused.run.err));
    }

    void incrementalAndFullExcludeEachOther()
    {
        const Scan both = scan({u"--incremental"_s, u"--full"_s});
        QCOMPARE(both.run.exitCode, 2);
        QVERIFY(both.run.err.contains(u"--incremental and --full exclude each other"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliIncremental)
#include "tst_cli_incremental.moc"
