// orphanscope-cli end to end: the real binary against the sandbox, with SQLite and PostgreSQL.
#include "cliprocess.h"
#include "csvtable.h"
#include "groundtruth.h"
#include "sandboxprocess.h"
#include "testdatabase.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

class TestCliScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_sqliteUrl;
    QString m_postgresUrl;
    QString m_mysqlUrl;

    QString truthPath() const { return m_dir.filePath(u"truth.csv"_s); }
    QString databaseUrl(const QString &backend) const
    {
        return backend == u"sqlite"_s ? m_sqliteUrl : backend == u"mysql"_s ? m_mysqlUrl : m_postgresUrl;
    }

    // A fresh working folder per run, so default report paths do not collide.
    QString workFolder(const QString &name)
    {
        const QString path = m_dir.filePath(u"work/"_s + name);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqliteUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        m_postgresUrl = testPostgresUrl();
        QStringList arguments{u"--generate"_s, u"3000"_s, u"--orphan-rate"_s, u"0.15"_s, u"--seed"_s, u"5"_s,
                              u"--write-database"_s, m_sqliteUrl, u"--ground-truth"_s, truthPath()};
        if (!m_postgresUrl.isEmpty())
            arguments << u"--write-database"_s << m_postgresUrl;
        m_mysqlUrl = testMysqlUrl();
        if (!m_mysqlUrl.isEmpty())
            arguments << u"--write-database"_s << m_mysqlUrl;
        QVERIFY2(m_sandbox.start(arguments), qPrintable(m_sandbox.error()));
    }

    void reportMatchesGroundTruth_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<int>("days");
        const QStringList rawArguments{u"--resource-types"_s, u"image,video,raw"_s, u"--reference"_s, u"prompts_prompt.featured_image:image"_s,
                                       u"--reference"_s, u"prompts_prompt.featured_video:video"_s, u"--reference"_s, u"prompts_attachment.file:raw"_s};
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s, u"mysql"_s}) {
            QTest::addRow("%s --all", qPrintable(backend)) << backend << QStringList{u"--all"_s} << QStringList{u"image"_s, u"video"_s} << 0;
            QTest::addRow("%s --days 30", qPrintable(backend)) << backend << QStringList{u"--days"_s, u"30"_s} << QStringList{u"image"_s, u"video"_s} << 30;
            QTest::addRow("%s default range", qPrintable(backend)) << backend << QStringList{} << QStringList{u"image"_s, u"video"_s} << 30;
            QTest::addRow("%s --days 200 with raw", qPrintable(backend)) << backend << (QStringList{u"--days"_s, u"200"_s} + rawArguments)
                                                                       << QStringList{u"image"_s, u"video"_s, u"raw"_s} << 200;
        }
    }
    void reportMatchesGroundTruth()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, types);
        QFETCH(int, days);
        if (backend == u"postgres"_s && !testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        if (backend == u"mysql"_s && !testMysqlAvailable())
            QSKIP("No MariaDB test server (run ./scripts/test)");
        const QString output = m_dir.filePath(u"%1.csv"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        const CliRun run = runCli(arguments + QStringList{u"--delay"_s, u"0"_s, u"--output"_s, output},
                                  m_sandbox.cloudinaryUrl(), databaseUrl(backend), workFolder(u"match"_s));
        QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.err));
        const CsvTable report = CsvTable::load(output);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        const auto since = days > 0 ? std::optional(startedAt.addDays(-days)) : std::nullopt;
        const QStringList expected = expectedOrphans(truthPath(), types, since);
        QVERIFY(expected.size() > 10);
        QCOMPARE(report.sortedLines(), expected);
        QVERIFY2(run.out.contains(u"Report: %1 (%2 orphans)"_s.arg(output).arg(expected.size())), qPrintable(run.out));
    }

    void listingCostsOneCallPer500FilesPerType()
    {
        const QString json = m_dir.filePath(u"calls.json"_s);
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--resource-types"_s, u"image,video,raw"_s, u"--json"_s, json,
                                   u"--output"_s, m_dir.filePath(u"calls.csv"_s)},
                                  m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"calls"_s));
        QCOMPARE(run.exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"status"_s).toString(), u"complete"_s);
        qint64 listed = 0;
        int expectedCalls = 0;
        for (const QString &type : {u"image"_s, u"video"_s, u"raw"_s}) {
            const QJsonObject summary = root.value(u"by_type"_s).toObject().value(type).toObject();
            const qint64 n = summary.value(u"listed"_s).toInteger();
            QVERIFY(n > 0);
            QCOMPARE(summary.value(u"pages"_s).toInt(), int(std::ceil(double(n) / 500.0)));
            expectedCalls += int(std::ceil(double(n) / 500.0));
            listed += n;
        }
        QCOMPARE(listed, m_sandbox.fileCount());
        QCOMPARE(root.value(u"api_calls"_s).toInt(), expectedCalls);
        QVERIFY(expectedCalls >= 6); // several pages: pagination was exercised
    }

    void parallelListingFindsTheSameAtAStatedCost_data()
    {
        QTest::addColumn<QStringList>("range");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("extraCallsPerType"); // the last partial page of each slice, and the probe for the oldest file
        QTest::newRow("--all in 4 slices") << QStringList{u"--all"_s} << 0 << 4 + 1;
        QTest::newRow("--days 200 in 3 slices") << QStringList{u"--days"_s, u"200"_s} << 200 << 3;
    }
    void parallelListingFindsTheSameAtAStatedCost()
    {
        QFETCH(QStringList, range);
        QFETCH(int, days);
        QFETCH(int, extraCallsPerType);
        const int slices = QString::fromLatin1(QTest::currentDataTag()).section(u' ', -2, -2).toInt();
        const QString output = m_dir.filePath(u"parallel-%1.csv"_s.arg(slices));
        const QString json = m_dir.filePath(u"parallel-%1.json"_s.arg(slices));
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        const CliRun run = runCli(range + QStringList{u"--parallel"_s, QString::number(slices), u"--delay"_s, u"0"_s, u"--output"_s, output,
                                                      u"--json"_s, json},
                                  m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"parallel"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto since = days > 0 ? std::optional(startedAt.addDays(-days)) : std::nullopt;
        QCOMPARE(CsvTable::load(output).sortedLines(), expectedOrphans(truthPath(), {u"image"_s, u"video"_s}, since));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
        int sequentialCalls = 0;
        for (const QString &type : {u"image"_s, u"video"_s}) {
            const qint64 listed = summary.value(u"by_type"_s).toObject().value(type).toObject().value(u"listed"_s).toInteger();
            sequentialCalls += std::max(1, int(std::ceil(double(listed) / 500.0)));
        }
        const int calls = summary.value(u"api_calls"_s).toInt();
        QVERIFY2(calls <= sequentialCalls + 2 * extraCallsPerType, qPrintable(u"%1 calls, %2 sequential"_s.arg(calls).arg(sequentialCalls)));
    }

    // A type of more than 20 pages gets a second lister from its oldest file; a smaller one
    // does not. The same orphans, at most three calls more for the big type.
    void aBigTypeIsListedFromBothEnds()
    {
        SandboxProcess sandbox;
        const QString database = u"sqlite:///"_s + m_dir.filePath(u"both-ends.sqlite3"_s);
        const QString truth = m_dir.filePath(u"both-ends-truth.csv"_s);
        QVERIFY2(sandbox.start({u"--generate"_s, u"25000"_s, u"--seed"_s, u"9"_s, u"--log"_s, u"--write-database"_s, database,
                                u"--ground-truth"_s, truth}),
                 qPrintable(sandbox.error()));
        const QString output = m_dir.filePath(u"both-ends.csv"_s);
        const QString json = m_dir.filePath(u"both-ends.json"_s);
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--no-estimate"_s, u"--output"_s, output, u"--json"_s, json},
                                  sandbox.cloudinaryUrl(), database, workFolder(u"both-ends"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(CsvTable::load(output).sortedLines(), expectedOrphans(truth, {u"image"_s, u"video"_s}));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
        const QString log = sandbox.output();
        int onePerPage = 0;
        int bothEnds = 0;
        for (const QString &type : {u"image"_s, u"video"_s}) {
            const int pages = int(std::ceil(summary.value(u"by_type"_s).toObject().value(type).toObject().value(u"listed"_s).toInteger() / 500.0));
            onePerPage += pages;
            const bool fromOldest = log.contains(u"/resources/%1/upload -> 200 direction=asc"_s.arg(type));
            QVERIFY2(pages > 25 || pages <= 20, qPrintable(u"%1 %2 pages: too near 20 to say"_s.arg(pages).arg(type)));
            QCOMPARE(fromOldest, pages > 25);
            bothEnds += fromOldest;
        }
        QCOMPARE(bothEnds, 1); // the images (~35 pages), not the videos (~15)
        const int calls = summary.value(u"api_calls"_s).toInt();
        QVERIFY2(calls >= onePerPage && calls <= onePerPage + 3, qPrintable(u"%1 calls, %2 pages"_s.arg(calls).arg(onePerPage)));
    }

    void outputFollowsTheOldLayout()
    {
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s}, m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"layout"_s));
        QCOMPARE(run.exitCode, 0);
        const QStringList sections{u"Configuration:"_s, u"Fetching files from Cloudinary"_s, u"images: "_s, u"API calls used: "_s,
                                   u"Checking the database"_s, u"Found "_s, u"Analyzing"_s, u"Results"_s, u"Valid files:"_s,
                                   u"Orphaned files:"_s, u"Total orphan size:"_s, u"Rate limit left:"_s, u"Execution time:"_s,
                                   u"1. "_s, u"Report: reports/orphaned_files_"_s};
        qsizetype at = 0;
        for (const QString &section : sections) {
            const qsizetype found = run.out.indexOf(section, at);
            QVERIFY2(found >= 0, qPrintable(u"\"%1\" missing or out of order in:\n%2"_s.arg(section, run.out)));
            at = found;
        }
        QVERIFY2(run.out.contains(u"…and "_s), "the default list is capped");
        QVERIFY(!run.out.contains(u"🔍"_s)); // not a terminal: no emoji
        QCOMPARE(QDir(workFolder(u"layout"_s) + u"/reports"_s).entryList({u"orphaned_files_*"_s}, QDir::Files).size(), 1);
        QVERIFY(!run.out.contains(u"demo-secret"_s) && !run.err.contains(u"demo-secret"_s));
    }

    void quietAndCompactModes()
    {
        CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s, u"--output"_s, m_dir.filePath(u"q.csv"_s)},
                            m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"quiet"_s));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        QVERIFY(QFile::exists(m_dir.filePath(u"q.csv"_s)));
        run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--verbose=False"_s}, m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"compact"_s));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Orphaned files:    "_s));
        QVERIFY(!run.out.contains(u"\n  1. "_s));
        run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--verbose"_s}, m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"verbose"_s));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QRegularExpression(u"images: page \\d+, [\\d,]+ so far"_s)), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"…and "_s));
    }

    void failOnOrphansExitsFour()
    {
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--fail-on-orphans"_s, u"--quiet"_s},
                                  m_sandbox.cloudinaryUrl(), m_sqliteUrl, workFolder(u"fail-on-orphans"_s));
        QCOMPARE(run.exitCode, 4);
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withCloudinary");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad days") << QStringList{u"--days"_s, u"soon"_s} << true << 2 << u"--days needs a whole number"_s;
        QTest::newRow("zero days") << QStringList{u"--days"_s, u"0"_s} << true << 2 << u"--days needs a whole number"_s;
        QTest::newRow("all and days") << QStringList{u"--all"_s, u"--days"_s, u"3"_s} << true << 2 << u"exclude each other"_s;
        QTest::newRow("unknown option") << QStringList{u"--colour"_s} << true << 2 << u"Unknown option 'colour'"_s;
        QTest::newRow("bad reference") << QStringList{u"--reference"_s, u"x;drop"_s} << true << 2 << u"TABLE.COLUMN[:TYPE]"_s;
        QTest::newRow("bad type") << QStringList{u"--resource-types"_s, u"image,audio"_s} << true << 2 << u"Unknown resource type \"audio\""_s;
        QTest::newRow("bad delay") << QStringList{u"--delay"_s, u"-1"_s} << true << 2 << u"--delay needs seconds"_s;
        QTest::newRow("no CLOUDINARY_URL") << QStringList{} << false << 1 << u"CLOUDINARY_URL is not set"_s;
        QTest::newRow("bad database url") << QStringList{u"--database-url"_s, u"oracle://x/y"_s} << true << 1 << u"unsupported scheme \"oracle\""_s;
        QTest::newRow("missing table") << QStringList{u"--reference"_s, u"blog_post.cover:image"_s} << true << 1 << u"reference table \"blog_post\" does not exist"_s;
        QTest::newRow("missing column") << QStringList{u"--reference"_s, u"prompts_prompt.cover"_s} << true << 1 << u"column \"cover\" does not exist"_s;
    }
    void configurationErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withCloudinary);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments, withCloudinary ? m_sandbox.cloudinaryUrl() : QString(), m_sqliteUrl, workFolder(u"errors"_s));
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(u"orphanscope-cli: error: "_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"demo-secret"_s));
        QVERIFY(!QDir(workFolder(u"errors"_s) + u"/reports"_s).exists());
    }

    void scansAnAccountLoadedFromJsonLines()
    {
        const QString dataset = m_dir.filePath(u"account.jsonl"_s);
        QFile file(dataset);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"public_id":"a/kept","resource_type":"image","format":"jpg","bytes":10,"created_at":"2024-01-01T00:00:00Z"}
{"public_id":"a/orphan","resource_type":"image","format":"png","bytes":2048,"created_at":"2024-01-02T00:00:00Z","orphan":true,"unknown":[1]}

{"public_id":"v/clip","resource_type":"video","format":"mp4","bytes":30,"created_at":"2024-01-03T00:00:00Z","orphan":true}
)");
        file.close();
        const QString database = u"sqlite:///"_s + m_dir.filePath(u"dataset.sqlite3"_s);
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--dataset"_s, dataset, u"--write-database"_s, database}), qPrintable(sandbox.error()));
        QCOMPARE(sandbox.fileCount(), 3);
        const QString output = m_dir.filePath(u"dataset.csv"_s);
        const CliRun run = runCli({u"--all"_s, u"--output"_s, output}, sandbox.cloudinaryUrl(), database, workFolder(u"dataset"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const CsvTable report = CsvTable::load(output);
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).mid(0, 6), (QStringList{u"a/orphan"_s, u"image"_s, u"2048"_s, u"0.00"_s, u"png"_s, u"2024-01-02T00:00:00Z"_s}));
        QCOMPARE(report.rows.at(1).at(0), u"v/clip"_s);
    }

    void helpAndVersion()
    {
        CliRun run = runCli({u"--help"_s}, {}, {}, workFolder(u"help"_s));
        QCOMPARE(run.exitCode, 0);
        for (const QString &text : {u"CLOUDINARY_URL"_s, u"Examples:"_s, u"--days"_s, u"--all"_s, u"--output"_s, u"--json"_s,
                                    u"--fail-on-orphans"_s, u"--reference"_s, u"Exit codes"_s})
            QVERIFY2(run.out.contains(text), qPrintable(text));
        run = runCli({u"--version"_s}, {}, {}, workFolder(u"help"_s));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"orphanscope-cli "_s));
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
