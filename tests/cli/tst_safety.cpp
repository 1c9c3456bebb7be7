// The six safety rules of DESIGN.md, each with a test that fails if the rule breaks, plus the
// input and output faults of docs/reliability.md that need a real file system or database.
#include "cliprocess.h"
#include "csvtable.h"
#include "database/referencereader.h"
#include "groundtruth.h"
#include "sandboxprocess.h"
#include "scan/scanrunner.h"
#include "smtpserverprocess.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_sqliteUrl;
    QString m_postgresUrl;
    int m_runs = 0;

    QString freshFolder()
    {
        const QString folder = m_dir.filePath(u"run%1"_s.arg(++m_runs));
        QDir().mkpath(folder);
        return folder;
    }

    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QStringList filesIn(const QString &folder)
    {
        QStringList paths;
        for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files))
            paths.append(info.filePath());
        return paths;
    }

    bool mountTmpfs(const QString &path, const QString &options)
    {
        QDir().mkpath(path);
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, path});
        return ::geteuid() == 0 && mount.waitForFinished(5000) && mount.exitCode() == 0;
    }

    static void unmount(const QString &path)
    {
        QProcess::execute(u"umount"_s, {path});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqliteUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        m_postgresUrl = testPostgresUrl();
        QStringList arguments{u"--generate"_s, u"2000"_s, u"--seed"_s, u"8"_s, u"--write-database"_s, m_sqliteUrl,
                              u"--ground-truth"_s, m_dir.filePath(u"truth.csv"_s), u"--log"_s};
        if (!m_postgresUrl.isEmpty())
            arguments << u"--write-database"_s << m_postgresUrl;
        QVERIFY2(m_sandbox.start(arguments), qPrintable(m_sandbox.error()));
    }

    // Rule 1: orphans only from a complete read. A read cut off mid-stream fails the scan.
    void databaseReadCutOffMidStreamFailsTheScan()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        QString error;
        const DatabaseConfig config = DatabaseConfig::fromUrl(m_postgresUrl, &error).value();
        {
            QSqlDatabase admin = openAdminConnection(m_postgresUrl, u"cutter"_s);
            QVERIFY(admin.isOpen());
            QVERIFY(QSqlQuery(admin).exec(u"CREATE OR REPLACE VIEW endless_refs AS SELECT g AS id, ('image/upload/v1/f/' || g || '.jpg')::varchar AS featured_image "
                                          "FROM generate_series(1, 50000000) g"_s));
        }
        ScanSettings settings;
        settings.cloudinary = CloudinaryConfig::fromUrl(m_sandbox.cloudinaryUrl(), &error).value();
        settings.database = config;
        settings.references = {ReferenceSpec{u"endless_refs"_s, u"featured_image"_s, ResourceType::Image}};
        settings.days.reset();
        settings.pauseMs = 0;
        ScanRunner runner(settings);
        QSignalSpy finished(runner.job(), &ScanJob::finished);
        QSignalSpy failed(runner.job(), &ScanJob::failed);
        runner.start();
        QTest::qWait(700); // the rows are streaming now
        {
            QSqlDatabase admin = QSqlDatabase::database(u"cutter"_s);
            QSqlQuery kill(admin);
            QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'orphanscope'"_s));
            QVERIFY(kill.next() && kill.value(0).toBool());
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"cutter"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
        QVERIFY(finished.isEmpty()); // no result at all, so no file called an orphan
        // "stopped after N rows" mid-stream, or "failed" while the server was still producing the first row.
        QVERIFY2(failed.at(0).at(0).toString().contains(u"Reading endless_refs"_s), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(failed.at(0).at(0).toString().contains(u"terminating connection"_s));
    }

    // Rule 2: a scan that stops early says so in the summary, exit code, CSV name, JSON and email.
    void partialScanSaysSoEverywhere()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        SandboxProcess limited;
        QVERIFY(limited.start({u"--generate"_s, u"2000"_s, u"--seed"_s, u"8"_s, u"--rate-limit"_s, u"10"_s}));
        const QString folder = freshFolder();
        qputenv("ADMINS", "ann@example.org");
        qputenv("EMAIL_URL", u"smtp://127.0.0.1:%1"_s.arg(smtp.port()).toUtf8());
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--rate-limit-stop"_s, u"0.2"_s, u"--json"_s, folder + u"/s.json"_s},
                                  limited.cloudinaryUrl(), m_sqliteUrl, folder);
        qunsetenv("ADMINS");
        qunsetenv("EMAIL_URL");
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains(u"Results (PARTIAL"_s));
        const QStringList reports = QDir(folder + u"/reports"_s).entryList(QDir::Files);
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.constFirst().endsWith(u"_PARTIAL.csv"_s));
        QCOMPARE(QJsonDocument::fromJson(readAll(folder + u"/s.json"_s).toUtf8()).object().value(u"status"_s).toString(), u"partial"_s);
        QTRY_COMPARE(smtp.messages().size(), 1);
        QVERIFY(smtp.messages().constFirst().value(u"subject"_s).toString().startsWith(u"[PARTIAL]"_s));
    }

    // Rule 3 is tested in tst_referencereader (read-only session, statement and connect timeouts)
    // and tst_referencespec (identifiers); here: nothing but SELECTs reach the database.
    void onlyReadsTheDatabase()
    {
        const QString before = QString::fromLatin1(QCryptographicHash::hash(readAll(m_dir.filePath(u"db.sqlite3"_s)).toUtf8(), QCryptographicHash::Sha1).toHex());
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s}, m_sandbox.cloudinaryUrl(), m_sqliteUrl, freshFolder());
        QCOMPARE(run.exitCode, 0);
        const QString after = QString::fromLatin1(QCryptographicHash::hash(readAll(m_dir.filePath(u"db.sqlite3"_s)).toUtf8(), QCryptographicHash::Sha1).toHex());
        QCOMPARE(after, before);
    }

    // Rule 4: secrets appear in no output: stdout, stderr, CSV, JSON, email; failures included.
    void secretsAppearNowhere()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(u"mailer"_s, u"SMTP-PASSWORD-4711"_s), qPrintable(smtp.error()));
        const QString database = m_postgresUrl.isEmpty() ? m_sqliteUrl : m_postgresUrl;
        const QString databasePassword = m_postgresUrl.isEmpty() ? QString() : QUrl(m_postgresUrl).password();
        QStringList outputs;
        for (const QStringList &extra : {QStringList{u"--verbose"_s}, QStringList{u"--reference"_s, u"no_table.col"_s}}) {
            const QString folder = freshFolder();
            qputenv("ADMINS", "ann@example.org");
            qputenv("EMAIL_URL", u"smtp://mailer:SMTP-PASSWORD-4711@127.0.0.1:%1"_s.arg(smtp.port()).toUtf8());
            const CliRun run = runCli(QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--json"_s, folder + u"/s.json"_s} + extra,
                                      m_sandbox.cloudinaryUrl(), database, folder);
            qunsetenv("ADMINS");
            qunsetenv("EMAIL_URL");
            outputs << run.out << run.err << readAll(folder + u"/s.json"_s);
            for (const QString &report : filesIn(folder + u"/reports"_s))
                outputs << readAll(report);
        }
        // A wrong SMTP password and a wrong database password fail: their messages stay clean too.
        const QString folder = freshFolder();
        qputenv("ADMINS", "ann@example.org");
        qputenv("EMAIL_URL", u"smtp://mailer:WRONG-PASSWORD-0815@127.0.0.1:%1"_s.arg(smtp.port()).toUtf8());
        CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s}, m_sandbox.cloudinaryUrl(), database, folder);
        qunsetenv("ADMINS");
        qunsetenv("EMAIL_URL");
        outputs << run.out << run.err;
        QVERIFY(run.err.contains(u"refused the login"_s));
        if (!m_postgresUrl.isEmpty()) {
            QUrl wrong(m_postgresUrl);
            wrong.setPassword(u"WRONG-DB-PASSWORD-42"_s);
            run = runCli({u"--all"_s}, m_sandbox.cloudinaryUrl(), wrong.toString(), folder);
            QCOMPARE(run.exitCode, 1);
            outputs << run.out << run.err;
            QVERIFY(!run.err.contains(u"WRONG-DB-PASSWORD-42"_s));
        }
        outputs << QString::fromUtf8(smtp.rawMessages());
        QVERIFY(smtp.messages().size() >= 1);
        const QString everything = outputs.join(u'\n');
        QVERIFY(everything.contains(u"Orphaned Files Detection Report"_s)); // the email is in there
        for (const QString &secret : {u"demo-secret"_s, u"SMTP-PASSWORD-4711"_s, u"WRONG-PASSWORD-0815"_s})
            QVERIFY2(!everything.contains(secret), qPrintable(secret));
        if (!databasePassword.isEmpty())
            QVERIFY(!everything.contains(databasePassword));
    }

    // Rule 5: a scan never deletes (deletion itself, with its checks, is tst_cli_delete's).
    void scanningNeverDeletes()
    {
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s}, m_sandbox.cloudinaryUrl(), m_sqliteUrl, freshFolder());
        QCOMPARE(run.exitCode, 0);
        const QString log = m_sandbox.output();
        QVERIFY2(log.contains(u" GET /v1_1/demo/resources/image/upload -> 200"_s), qPrintable(log.right(500)));
        QVERIFY(!log.contains(u"DELETE"_s));
    }

    // Rule 6: bad input gets one clear line and the right exit code; nothing crashes.
    void badInputGetsOneClearLine_data()
    {
        QTest::addColumn<QString>("cloudinaryUrl");
        QTest::addColumn<QString>("databaseUrl");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("garbage CLOUDINARY_URL") << u"cloudinary://\u0000\u00ff@@::"_s << QString() << QStringList{} << 1;
        QTest::newRow("DATABASE_URL bad port") << QString() << u"postgres://u:p@h:0/db"_s << QStringList{} << 1;
        QTest::newRow("reference injection") << QString() << QString() << QStringList{u"--reference"_s, u"t.c;DROP TABLE x"_s} << 2;
        QTest::newRow("huge days") << QString() << QString() << QStringList{u"--days"_s, u"99999999999"_s} << 2;
        QTest::newRow("output is a folder") << QString() << QString() << QStringList{u"--all"_s, u"--output"_s, u"/tmp"_s} << 1;
        QTest::newRow("json under a file") << QString() << QString() << QStringList{u"--all"_s, u"--json"_s, u"/dev/null/x.json"_s} << 1;
    }
    void badInputGetsOneClearLine()
    {
        QFETCH(QString, cloudinaryUrl);
        QFETCH(QString, databaseUrl);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun run = runCli(arguments + QStringList{u"--delay"_s, u"0"_s, u"--verbose=False"_s},
                                  cloudinaryUrl.isEmpty() ? m_sandbox.cloudinaryUrl() : cloudinaryUrl,
                                  databaseUrl.isEmpty() ? m_sqliteUrl : databaseUrl, freshFolder());
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts).filter(u"error:"_s);
        QVERIFY2(!errors.isEmpty(), qPrintable(run.err));
        QVERIFY2(errors.constFirst().startsWith(u"orphanscope-cli: error: "_s), qPrintable(run.err));
        if (exitCode == 1 && arguments.contains(u"--all"_s))
            QVERIFY2(run.out.contains(u"Orphaned files:"_s), "the results are kept (printed) when a file cannot be written");
    }

    void malformedValuesAreSummarized()
    {
        const QString path = m_dir.filePath(u"malformed.sqlite3"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"malformed"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE prompts_prompt (id INTEGER PRIMARY KEY, featured_image VARCHAR(255), featured_video VARCHAR(255))"_s));
            QVERIFY(query.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                               "INSERT INTO prompts_prompt SELECT i, 'image/upload/v' || i || '/', NULL FROM n"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"malformed"_s);
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--verbose=False"_s}, m_sandbox.cloudinaryUrl(), u"sqlite:///"_s + path, freshFolder());
        QCOMPARE(run.exitCode, 0);
        const QStringList warnings = run.err.split(u'\n', Qt::SkipEmptyParts).filter(u"warning:"_s);
        QVERIFY2(warnings.size() <= 25, qPrintable(u"%1 warning lines"_s.arg(warnings.size())));
        QVERIFY2(run.err.contains(u"…and 99980 more values without a public id (100000 in all)"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"every file will look orphaned"_s));
    }

    void reportWriteFailuresKeepTheResults_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("disk full") << u"size=8k"_s << u"is the disk full?"_s;
        QTest::newRow("read-only (permission denied)") << u"size=64k,ro"_s << u"Cannot write the CSV report to"_s;
    }
    void reportWriteFailuresKeepTheResults()
    {
        QFETCH(QString, options);
        QFETCH(QString, message);
        const QString mountPoint = m_dir.filePath(u"tiny-"_s + options.section(u',', -1));
        if (!mountTmpfs(mountPoint, options)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("CI runs as root and can mount a tmpfs");
            QSKIP("Mounting a tmpfs needs root");
        }
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--output"_s, mountPoint + u"/report.csv"_s},
                                  m_sandbox.cloudinaryUrl(), m_sqliteUrl, freshFolder());
        unmount(mountPoint);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        const QRegularExpression saved(u"The report was saved to (\\S+\\.csv) instead"_s);
        const auto match = saved.match(run.err);
        QVERIFY2(match.hasMatch(), qPrintable(run.err));
        QCOMPARE(CsvTable::load(match.captured(1)).sortedLines(), expectedOrphans(m_dir.filePath(u"truth.csv"_s), {u"image"_s, u"video"_s}));
        QFile::remove(match.captured(1));
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
