// Accounts bigger than one rate-limit window, end to end: orphanscope-cli against a sandbox whose
// windows last two seconds and allow four calls, stopped by the guard and resumed, killed with
// SIGKILL and resumed, and left to wait for the budget; every report compared with the sandbox's
// ground truth.
#include "cliprocess.h"
#include "csvtable.h"
#include "groundtruth.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WindowSeconds = 2;
constexpr int CallsPerWindow = 4;

void waitForAFreshWindow()
{
    QThread::msleep(SandboxProcess::msUntilAFreshWindow(WindowSeconds));
}

int callsFor(qint64 files)
{
    return int(std::ceil(double(files) / 500));
}

qint64 listed(const QJsonObject &summary, const QString &type)
{
    return summary.value(u"by_type"_s).toObject().value(type).toObject().value(u"listed"_s).toInteger();
}

qint64 checkpointPages(const QString &path)
{
    qint64 pages = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=500"_s);
        if (db.open()) {
            QSqlQuery query(db);
            // Pages that count: the page file's records its transactions vouched for.
            if (query.exec(u"SELECT coalesce(sum(value), 0) FROM checkpoint_meta WHERE key = 'pages_saved'"_s) && query.next())
                pages = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return pages;
}

} // namespace

class TestCliResume : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox; // a tight budget: four calls per two-second window
    QString m_databaseUrl;
    QStringList m_truth;
    qint64 m_images = 0;
    qint64 m_videos = 0;
    int m_run = 0;

    // Each scenario keeps its own data dir, so its checkpoint is its own.
    QString folder(const QString &name)
    {
        QDir(m_dir.path()).mkpath(name);
        return m_dir.filePath(name);
    }

    ScanRun scan(const QString &where, const QStringList &arguments, const QString &cloudinaryUrl = {})
    {
        return runScan(arguments + QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--min-age-detect"_s, u"0"_s, u"--no-email"_s, u"--no-history"_s},
                       cloudinaryUrl.isEmpty() ? m_sandbox.cloudinaryUrl() : cloudinaryUrl, m_databaseUrl, where, u"run%1"_s.arg(++m_run));
    }

    static QString checkpointPath(const QString &where) { return where + u"/.local/share/orphanscope/inventory/demo.sqlite3"_s; }

    void checkComplete(const ScanRun &scan)
    {
        QCOMPARE(scan.summary.value(u"status"_s).toString(), u"complete"_s);
        QCOMPARE(listed(scan.summary, u"image"_s), m_images); // no gap, no duplicate
        QCOMPARE(listed(scan.summary, u"video"_s), m_videos);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databaseUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"6000"_s, u"--seed"_s, u"5"_s, u"--rate-limit"_s, QString::number(CallsPerWindow),
                                  u"--rate-limit-window"_s, QString::number(WindowSeconds), u"--write-database"_s, m_databaseUrl,
                                  u"--ground-truth"_s, m_dir.filePath(u"truth.csv"_s)}),
                 qPrintable(m_sandbox.error()));
        m_truth = expectedOrphans(m_dir.filePath(u"truth.csv"_s), {u"image"_s, u"video"_s});
        QVERIFY(m_truth.size() > 400);
        // The account's size per type, from a scan that waits for the budget (checked below).
        const ScanRun reference = scan(folder(u"reference"_s), {u"--wait-for-reset"_s});
        QCOMPARE(reference.run.exitCode, 0);
        m_images = listed(reference.summary, u"image"_s);
        m_videos = listed(reference.summary, u"video"_s);
        QVERIFY(m_images > 3000 && m_videos > 1000);
        QCOMPARE(reference.report.sortedLines(), m_truth);
    }

    // Stopped by the guard again and again, each run continues where the last stopped; the
    // files deleted meanwhile drop out through the re-check; the end result is the truth.
    void guardStopsThenResumeGivesTheUninterruptedReport()
    {
        const QString where = folder(u"guard"_s);
        ScanRun first = scan(where, {u"--resume"_s});
        QCOMPARE(first.run.exitCode, 3);
        QVERIFY2(first.run.out.contains(u"run again with --resume"_s), qPrintable(first.run.out));
        QVERIFY(first.summary.value(u"checkpoint"_s).toObject().value(u"kept_for_resume"_s).toBool());
        QVERIFY(!first.report.rows.isEmpty());

        // Two orphans the first run listed are deleted before the next run.
        QCOMPARE(first.report.header.mid(0, 2), (QStringList{u"public_id"_s, u"resource_type"_s}));
        QStringList gone;
        QString goneType;
        for (const QStringList &row : std::as_const(first.report.rows)) {
            if (!row.at(0).startsWith(u'\'') && gone.size() < 2 && (goneType.isEmpty() || row.at(1) == goneType)) { // not one quoted against formulas
                gone.append(row.at(0));
                goneType = row.at(1);
            }
        }
        QCOMPARE(gone.size(), 2);
        waitForAFreshWindow();
        QVERIFY(m_sandbox.remove(goneType, gone));

        ScanRun last;
        int runs = 1;
        for (; runs < 40; ++runs) {
            waitForAFreshWindow();
            last = scan(where, {u"--resume"_s});
            QVERIFY2(last.run.exitCode == 0 || last.run.exitCode == 3, qPrintable(last.run.err));
            QVERIFY2(last.run.err.contains(u"Resuming the unfinished scan"_s), qPrintable(last.run.err));
            if (last.run.exitCode == 0)
                break;
        }
        QVERIFY2(runs >= 3, "the budget should take several runs");
        QCOMPARE(last.summary.value(u"status"_s).toString(), u"complete"_s);
        const QJsonObject checkpoint = last.summary.value(u"checkpoint"_s).toObject();
        QVERIFY(checkpoint.value(u"resumed"_s).toBool());
        QCOMPARE(checkpoint.value(u"runs"_s).toInt(), runs + 1);
        QVERIFY(!checkpoint.value(u"kept_for_resume"_s).toBool(true));
        QCOMPARE(checkpoint.value(u"gone"_s).toInt(), 2);
        qint64 &goneFrom = goneType == u"image"_s ? m_images : m_videos;
        goneFrom -= 2; // the other scenarios scan the account as it is now
        QCOMPARE(listed(last.summary, u"image"_s), m_images);
        QCOMPARE(listed(last.summary, u"video"_s), m_videos);
        QStringList expected = m_truth;
        expected.removeIf([&gone](const QString &line) { return gone.contains(line.section(u',', 0, 0)); });
        QCOMPARE(expected.size(), m_truth.size() - 2);
        QCOMPARE(last.report.sortedLines(), expected);
        // Done: the checkpoint is gone, so the next run starts a new scan.
        QCOMPARE(checkpointPages(checkpointPath(where)), 0);
        m_truth = expected;
    }

    // Slices of upload time listed through the Search API resume each from its own cursor.
    void parallelSlicesResumeToo()
    {
        const QString where = folder(u"parallel"_s);
        ScanRun last;
        int runs = 0;
        for (; runs < 40; ++runs) {
            waitForAFreshWindow();
            last = scan(where, {u"--resume"_s, u"--parallel"_s, u"3"_s});
            QVERIFY2(last.run.exitCode == 0 || last.run.exitCode == 3, qPrintable(last.run.err));
            if (last.run.exitCode == 0)
                break;
        }
        QVERIFY2(runs >= 2, "the budget should take several runs");
        checkComplete(last);
        QCOMPARE(last.report.sortedLines(), m_truth);
    }

    // SIGKILL in the middle of the listing: the next run continues from the last saved batch.
    void killedMidListingResumesWithoutDuplicateOrGap()
    {
        SandboxProcess slow; // all the budget it needs, but 100 ms a call
        const QString where = folder(u"killed"_s);
        const QString database = u"sqlite:///"_s + m_dir.filePath(u"killed.sqlite3"_s);
        QVERIFY2(slow.start({u"--generate"_s, u"20000"_s, u"--seed"_s, u"8"_s, u"--latency-ms"_s, u"100"_s, u"--write-database"_s, database,
                             u"--ground-truth"_s, m_dir.filePath(u"killed-truth.csv"_s)}),
                 qPrintable(slow.error()));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, where + u"/.local/share"_s);
        environment.insert(u"CLOUDINARY_URL"_s, slow.cloudinaryUrl());
        environment.insert(u"DATABASE_URL"_s, database);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(where);
        process.start(QStringLiteral(ORPHANSCOPE_CLI_PATH), {u"--all"_s, u"--delay"_s, u"0"_s, u"--no-email"_s, u"--no-history"_s});
        QVERIFY(process.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (checkpointPages(checkpointPath(where)) < 12 && waited.elapsed() < 60'000)
            QThread::msleep(50);
        const qint64 savedBeforeKill = checkpointPages(checkpointPath(where));
        QVERIFY2(savedBeforeKill >= 12, "the listing should have saved some batches");
        process.kill(); // SIGKILL: no chance to save anything more
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const ScanRun resumed = runScan({u"--all"_s, u"--delay"_s, u"0"_s, u"--no-email"_s, u"--no-history"_s, u"--resume"_s},
                                        slow.cloudinaryUrl(), database, where, u"killed-resumed"_s);
        QCOMPARE(resumed.run.exitCode, 0);
        const QJsonObject checkpoint = resumed.summary.value(u"checkpoint"_s).toObject();
        QVERIFY(checkpoint.value(u"resumed"_s).toBool());
        QVERIFY(checkpoint.value(u"files_from_earlier_runs"_s).toInteger() >= savedBeforeKill * 500 - 500);
        const ScanRun whole = runScan({u"--all"_s, u"--delay"_s, u"0"_s, u"--no-email"_s, u"--no-history"_s}, slow.cloudinaryUrl(), database,
                                      folder(u"killed-whole"_s), u"killed-whole"_s);
        QCOMPARE(whole.run.exitCode, 0);
        for (const QString &type : {u"image"_s, u"video"_s})
            QCOMPARE(listed(resumed.summary, type), listed(whole.summary, type));
        QCOMPARE(resumed.report.sortedLines(), whole.report.sortedLines());
        QCOMPARE(resumed.report.sortedLines(), expectedOrphans(m_dir.filePath(u"killed-truth.csv"_s), {u"image"_s, u"video"_s}));
        // The pages listed before the kill were not asked for again: at most the batch in
        // flight (eight pages, one of them ahead) and one page per resumed type were. Besides,
        // the orphan candidates of the killed run were looked up again, 100 a call.
        const int pages = callsFor(listed(whole.summary, u"image"_s)) + callsFor(listed(whole.summary, u"video"_s));
        const int recheckCalls = checkpoint.value(u"recheck_calls"_s).toInt();
        QVERIFY(checkpoint.value(u"rechecked"_s).toInt() > 0);
        QVERIFY(recheckCalls >= checkpoint.value(u"rechecked"_s).toInt() / 100);
        const int listingCalls = checkpoint.value(u"api_calls_all_runs"_s).toInt() - recheckCalls;
        QVERIFY2(listingCalls >= pages && listingCalls <= pages + 8 + 2, qPrintable(u"%1 listing calls for %2 pages"_s.arg(listingCalls).arg(pages)));
    }

    // --wait-for-reset: one run lives through several windows to a complete scan.
    void waitForResetCrossesSeveralWindows()
    {
        waitForAFreshWindow();
        ScanRun waited = scan(folder(u"wait"_s), {u"--wait-for-reset"_s});
        QCOMPARE(waited.run.exitCode, 0);
        checkComplete(waited);
        QCOMPARE(waited.report.sortedLines(), m_truth);
        const QJsonObject checkpoint = waited.summary.value(u"checkpoint"_s).toObject();
        QVERIFY2(checkpoint.value(u"waits"_s).toInt() >= 3, qPrintable(waited.run.err));
        QVERIFY2(waited.run.err.contains(u"Waiting for the API budget: resumes at"_s), qPrintable(waited.run.err));
        QVERIFY2(waited.run.out.contains(u"Estimate for the whole account: ≈ "_s), qPrintable(waited.run.out));
        // Every page once; a call refused with 420 at a window's end is asked again after the wait.
        const int pages = callsFor(m_images) + callsFor(m_videos);
        const int calls = waited.summary.value(u"api_calls"_s).toInt();
        QVERIFY2(calls >= pages && calls <= pages + checkpoint.value(u"waits"_s).toInt(), qPrintable(u"%1 calls, %2 pages"_s.arg(calls).arg(pages)));
    }

    void maxWaitStopsWithAResumablePartialResult()
    {
        const ScanRun capped = scan(folder(u"capped"_s), {u"--wait-for-reset"_s, u"--max-wait"_s, u"1s"_s});
        QCOMPARE(capped.run.exitCode, 3);
        QVERIFY2(capped.run.err.contains(u"past --max-wait"_s), qPrintable(capped.run.err));
        QVERIFY(capped.summary.value(u"checkpoint"_s).toObject().value(u"kept_for_resume"_s).toBool());
    }

    void staleCheckpointIsRefused()
    {
        const QString where = folder(u"stale"_s);
        waitForAFreshWindow();
        const ScanRun stopped = scan(where, {});
        QCOMPARE(stopped.run.exitCode, 3);
        QThread::sleep(2);
        const ScanRun refused = scan(where, {u"--resume"_s, u"--max-checkpoint-age"_s, u"1s"_s});
        QCOMPARE(refused.run.exitCode, 1);
        QVERIFY2(refused.run.err.contains(u"longer ago than --max-checkpoint-age allows"_s) && refused.run.err.contains(u"Run without --resume"_s),
                 qPrintable(refused.run.err));
        QVERIFY(checkpointPages(checkpointPath(where)) > 0); // refused, not thrown away

        // Another kind of scan (other types) has no checkpoint of its own: it starts one, and leaves
        // the stored one for its own --resume.
        const qint64 stored = checkpointPages(checkpointPath(where));
        waitForAFreshWindow();
        const ScanRun otherTypes = scan(where, {u"--resume"_s, u"--resource-types"_s, u"image"_s});
        QVERIFY2(otherTypes.run.exitCode == 0 || otherTypes.run.exitCode == 3, qPrintable(otherTypes.run.err));
        QVERIFY2(otherTypes.run.err.contains(u"No unfinished scan of images in the whole account to resume"_s), qPrintable(otherTypes.run.err));
        QVERIFY(checkpointPages(checkpointPath(where)) >= stored);

        waitForAFreshWindow();
        const ScanRun fresh = scan(where, {});
        QVERIFY2(fresh.run.err.contains(u"Starting over: the unfinished scan started"_s), qPrintable(fresh.run.err));
    }

    void estimateSaysCallsAndWindows()
    {
        waitForAFreshWindow();
        const CliRun estimate = runCli({u"--all"_s, u"--estimate"_s}, m_sandbox.cloudinaryUrl(), m_databaseUrl, folder(u"estimate"_s));
        QCOMPARE(estimate.exitCode, 0);
        // About 6,000 files of two types: 13 listing calls, 3 of every 4 per window (the guard's 95%).
        QVERIFY2(estimate.out.contains(u"≈ 13 calls for 599"_s) && estimate.out.contains(u"files: ≈ 5 rate-limit windows"_s)
                     && estimate.out.contains(u"--wait-for-reset"_s),
                 qPrintable(estimate.out));
        // Every whole-account scan says it first, unless told not to (or quiet).
        waitForAFreshWindow();
        const ScanRun plain = scan(folder(u"estimate"_s), {});
        QVERIFY2(plain.run.out.contains(u"Estimate for the whole account: ≈ "_s), qPrintable(plain.run.out));
        waitForAFreshWindow();
        const ScanRun without = scan(folder(u"estimate"_s), {u"--no-estimate"_s});
        QVERIFY(!without.run.out.contains(u"Estimate"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("resume without checkpoint") << QStringList{u"--resume"_s, u"--no-checkpoint"_s} << u"exclude each other"_s;
        QTest::newRow("max-wait alone") << QStringList{u"--max-wait"_s, u"2h"_s} << u"--max-wait limits --wait-for-reset"_s;
        QTest::newRow("bad age") << QStringList{u"--max-checkpoint-age"_s, u"soon"_s} << u"--max-checkpoint-age needs a duration"_s;
        QTest::newRow("inventory without checkpoint") << QStringList{u"--incremental"_s, u"--no-checkpoint"_s} << u"filled from the checkpoint"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments, m_sandbox.cloudinaryUrl(), m_databaseUrl, folder(u"usage"_s));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliResume)
#include "tst_cli_resume.moc"
