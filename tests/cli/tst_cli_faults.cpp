// Every fault the sandbox can inject, through the real CLI: retried where a retry can help,
// a clear failure or a partial result where it cannot, never a crash and never a wrong report.
#include "cliprocess.h"
#include "csvtable.h"
#include "groundtruth.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
enum class Report { SameAsClean, Partial, None, Any };
}
Q_DECLARE_METATYPE(Report)

class TestCliFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sqliteUrl;
    int m_run = 0;

    QString truthPath() const { return m_dir.filePath(u"truth.csv"_s); }
    // 1500 files: the image listing takes 3 pages. The fault rows list images only, so that call N
    // is image page N (types are listed side by side otherwise).
    QStringList account() const { return {u"--generate"_s, u"1500"_s, u"--seed"_s, u"9"_s}; }

    QStringList reportsIn(const QString &folder) const
    {
        return QDir(folder + u"/reports"_s).entryList({u"orphaned_files_*"_s}, QDir::Files); // not the broken references
    }

    // Starts the CLI in a folder of its own (`cli` then runs until the test stops it).
    void startCli(QProcess &cli, const SandboxProcess &sandbox, const QString &folder, const QStringList &arguments) const
    {
        QDir().mkpath(folder);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CLOUDINARY_URL"_s, sandbox.cloudinaryUrl());
        environment.insert(u"DATABASE_URL"_s, m_sqliteUrl);
        cli.setProcessEnvironment(environment);
        cli.setWorkingDirectory(folder);
        cli.start(QStringLiteral(ORPHANSCOPE_CLI_PATH), arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqliteUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QString error;
        QVERIFY2(SandboxProcess::writeFixtures(account() + QStringList{u"--write-database"_s, m_sqliteUrl}, &error), qPrintable(error));
    }

    void faults_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QStringList>("cliArguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Report>("report");
        auto fault = [](const QString &spec) { return QStringList{u"--fault"_s, spec}; };
        QTest::newRow("500 once") << fault(u"2:500"_s) << QStringList{} << 0 << u"HTTP 500; retrying"_s << Report::SameAsClean;
        QTest::newRow("503 three in a row") << fault(u"2-4:503"_s) << QStringList{} << 0 << u"attempt 4 of 5"_s << Report::SameAsClean;
        QTest::newRow("5xx five in a row") << fault(u"2-6:500"_s) << QStringList{} << 1 << u"HTTP 500 on all 5 attempts"_s << Report::None;
        QTest::newRow("420") << fault(u"2:420"_s) << QStringList{} << 3 << u"Rate Limit Exceeded. Limit of 2000 api operations reached. Try again on"_s << Report::Partial;
        QTest::newRow("429") << fault(u"3:429"_s) << QStringList{} << 3 << u"(resets at 20"_s << Report::Partial;
        QTest::newRow("connection reset mid-page") << fault(u"2:reset"_s) << QStringList{} << 0 << u"retrying"_s << Report::SameAsClean;
        QTest::newRow("server stops answering") << fault(u"3:slow"_s) << QStringList{u"--timeout"_s, u"1"_s} << 0 << u"no answer within 1 s; retrying"_s << Report::SameAsClean;
        QTest::newRow("truncated JSON") << fault(u"2:malformed"_s) << QStringList{} << 1 << u"page 2: Cloudinary answered with something that is not JSON"_s << Report::None;
        QTest::newRow("HTML with 200") << fault(u"1:html"_s) << QStringList{} << 1 << u"not JSON (\"<!DOCTYPE html>"_s << Report::None;
        QTest::newRow("repeating next_cursor") << fault(u"2:repeat-cursor"_s) << QStringList{} << 1 << u"same next_cursor twice"_s << Report::None;
        QTest::newRow("page without resources") << fault(u"2:no-resources"_s) << QStringList{} << 1 << u"no \"resources\" list"_s << Report::None;
        QTest::newRow("missing and null fields") << fault(u"2:null-fields"_s) << QStringList{} << 0 << u"Skipped 1 listed images without a public_id"_s << Report::Any;
        QTest::newRow("401 mid-scan") << fault(u"3:401"_s) << QStringList{} << 1 << u"refused the credentials (HTTP 401: api_secret mismatch)"_s << Report::None;
    }
    void faults()
    {
        QFETCH(QStringList, faults);
        QFETCH(QStringList, cliArguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(Report, report);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account() + faults + QStringList{u"--ground-truth"_s, truthPath()}), qPrintable(sandbox.error()));
        const QString folder = m_dir.filePath(u"run%1"_s.arg(++m_run));
        QVERIFY(QDir().mkpath(folder));
        // --no-estimate: the faults are numbered by the listing's calls, without the usage call first.
        const CliRun run = runCli(QStringList{u"--all"_s, u"--no-estimate"_s, u"--delay"_s, u"0"_s, u"--resource-types"_s, u"image"_s} + cliArguments,
                                  sandbox.cloudinaryUrl(), m_sqliteUrl, folder);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1, stderr:\n%2"_s.arg(run.exitCode).arg(run.err)));
        const QString output = run.out + run.err;
        QVERIFY2(output.contains(message), qPrintable(output));
        QVERIFY(!output.contains(u"demo-secret"_s));

        const QStringList reports = reportsIn(folder);
        switch (report) {
        case Report::SameAsClean:
            QCOMPARE(reports.size(), 1);
            QVERIFY(!reports.constFirst().contains(u"PARTIAL"_s));
            QCOMPARE(CsvTable::load(folder + u"/reports/"_s + reports.constFirst()).sortedLines(), expectedOrphans(truthPath(), {u"image"_s}));
            break;
        case Report::Partial: {
            QCOMPARE(reports.size(), 1);
            QVERIFY2(reports.constFirst().endsWith(u"_PARTIAL.csv"_s), qPrintable(reports.constFirst()));
            QVERIFY(run.out.contains(u"Results (PARTIAL: stopped: Cloudinary's rate limit was reached)"_s));
            const QStringList all = expectedOrphans(truthPath(), {u"image"_s});
            const QStringList found = CsvTable::load(folder + u"/reports/"_s + reports.constFirst()).sortedLines();
            QVERIFY(found.size() < all.size());
            for (const QString &line : found)
                QVERIFY2(all.contains(line), qPrintable(line));
            break;
        }
        case Report::None:
            QVERIFY2(reports.isEmpty(), qPrintable(reports.join(u", "_s)));
            QVERIFY(!run.out.contains(u"Results"_s));
            break;
        case Report::Any:
            QCOMPARE(reports.size(), 1);
            break;
        }
    }

    void wrongCredentialsAndPlaces_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<bool>("listening");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << u"wrong-secret"_s << u"demo"_s << true << u"refused the credentials (HTTP 401: api_secret mismatch); check the API key, secret and cloud name"_s;
        QTest::newRow("unknown cloud") << u"demo-secret"_s << u"nosuchcloud"_s << true << u"Invalid cloud_name nosuchcloud"_s;
        QTest::newRow("nothing listening") << u"demo-secret"_s << u"demo"_s << false << u"Nothing is listening at 127.0.0.1:"_s;
    }
    void wrongCredentialsAndPlaces()
    {
        QFETCH(QString, secret);
        QFETCH(QString, cloud);
        QFETCH(bool, listening);
        QFETCH(QString, message);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account()), qPrintable(sandbox.error()));
        const QString url = sandbox.cloudinaryUrl(secret, cloud);
        if (!listening)
            sandbox.stop();
        const CliRun run = runCli({u"--all"_s}, url, m_sqliteUrl, m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"demo-secret"_s) && !run.err.contains(u"wrong-secret"_s));
        QVERIFY(run.elapsedMs < 20'000); // no endless retries against a refused connection
    }

    // A server that takes the calls and never answers: --timeout holds for the estimate a
    // whole-account scan starts with, which tries twice (it is only advice), then for the scan.
    void silentServerIsGivenUpOnAfterTheTimeout()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account() + QStringList{u"--latency-ms"_s, u"600000"_s}), qPrintable(sandbox.error()));
        const CliRun run = runCli({u"--all"_s, u"--timeout"_s, u"1"_s}, sandbox.cloudinaryUrl(), m_sqliteUrl, m_dir.path());
        QCOMPARE(run.exitCode, 1);
        const QString where = u"Cloudinary at 127.0.0.1:%1 could not be reached"_s.arg(sandbox.port());
        QVERIFY2(run.out.contains(u"Cannot estimate the scan: %1 after 2 attempts: no answer within 1 s"_s.arg(where)), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"error: %1 after 5 attempts: no answer within 1 s"_s.arg(where)), qPrintable(run.err));
    }

    void rateLimitGuardStopsWithAPartialResult()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account() + QStringList{u"--rate-limit"_s, u"10"_s, u"--ground-truth"_s, truthPath()}), qPrintable(sandbox.error()));
        const QString folder = m_dir.filePath(u"guard"_s);
        const QString json = folder + u"/summary.json"_s;
        // One type (three pages), so the calls come one after the other: the guard warns at 1/10
        // and stops at 2/10, before the third page.
        const CliRun run = runCli({u"--all"_s, u"--no-estimate"_s, u"--resource-types"_s, u"image"_s, u"--delay"_s, u"0"_s, u"--rate-limit-warn"_s, u"0.1"_s,
                                   u"--rate-limit-stop"_s, u"0.2"_s, u"--json"_s, json},
                                  sandbox.cloudinaryUrl(), m_sqliteUrl, (QDir().mkpath(folder), folder));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"API usage is at 10% of the hourly limit (1/10 calls)"_s), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Results (PARTIAL: stopped by the rate-limit guard)"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"stopped at 20% to leave room for the site"_s));
        QVERIFY(run.out.contains(u"images: "_s) && run.out.contains(u"incomplete"_s));
        QVERIFY(reportsIn(folder).constFirst().endsWith(u"_PARTIAL.csv"_s));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(summary.value(u"status"_s).toString(), u"partial"_s);
        QCOMPARE(summary.value(u"api_calls"_s).toInt(), 2); // stopped after the second call
    }

    void spentBudgetAnswers420AndStops()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account() + QStringList{u"--rate-limit"_s, u"4"_s}), qPrintable(sandbox.error()));
        const QString folder = m_dir.filePath(u"spent"_s);
        QDir().mkpath(folder);
        // The first scan needs exactly the 4 calls the hour allows: complete, though the budget is gone.
        CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s}, sandbox.cloudinaryUrl(), m_sqliteUrl, folder);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli({u"--all"_s, u"--delay"_s, u"0"_s}, sandbox.cloudinaryUrl(), m_sqliteUrl, folder);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Rate Limit Exceeded. Limit of 4 api operations reached"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"PARTIAL"_s));
    }

    void interruptKeepsWhatWasFound()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account() + QStringList{u"--latency-ms"_s, u"400"_s}), qPrintable(sandbox.error()));
        const QString folder = m_dir.filePath(u"interrupt"_s);
        QProcess cli;
        startCli(cli, sandbox, folder, {u"--all"_s, u"--delay"_s, u"0"_s});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(1000); // two pages in
        cli.terminate();    // SIGTERM, handled like Ctrl+C
        QVERIFY(cli.waitForFinished(3000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 3);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(u"Results (PARTIAL: cancelled)"_s), qPrintable(out));
        QVERIFY(reportsIn(folder).constFirst().endsWith(u"_PARTIAL.csv"_s));
    }

    // The estimate a whole-account scan starts with waits on a call of its own: an interrupt
    // there ends the program as cleanly as one during the scan, and writes nothing.
    void interruptDuringTheEstimateEndsCleanly()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(account() + QStringList{u"--latency-ms"_s, u"600000"_s}), qPrintable(sandbox.error()));
        const QString folder = m_dir.filePath(u"interrupt-estimate"_s);
        QProcess cli;
        startCli(cli, sandbox, folder, {u"--all"_s});
        QVERIFY(cli.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("Fetching files"), 5000); // the estimate's call is out
        QTest::qWait(300);
        cli.terminate(); // SIGTERM, handled like Ctrl+C
        QVERIFY(cli.waitForFinished(3000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 3);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"Interrupted before the scan began: nothing was listed, nothing written"_s), qPrintable(err));
        QVERIFY(reportsIn(folder).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
