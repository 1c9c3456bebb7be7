// References in text, end to end: the sandbox generates blog posts whose HTML, Markdown, CSS and
// JSON bodies are the only references of some files, written as the official SDKs render URLs,
// plus URLs of another cloud and fetch URLs that name orphans and must not count. Reports must
// equal the ground truth with --reference …:text, on SQLite and PostgreSQL, and with the text in a
// second database; without the text columns those files would be reported, and the deletion
// re-check keeps them.
#include "cliprocess.h"
#include "csvtable.h"
#include "groundtruth.h"
#include "sandboxprocess.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliTextReferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    const QStringList m_types{u"image"_s, u"video"_s, u"raw"_s};
    const QStringList m_fieldReferences{u"--resource-types"_s, u"image,video,raw"_s,
                                        u"--reference"_s,      u"prompts_prompt.featured_image:image"_s,
                                        u"--reference"_s,      u"prompts_prompt.featured_video:video"_s,
                                        u"--reference"_s,      u"prompts_attachment.file:raw"_s};
    const QStringList m_textReferences{u"--reference"_s, u"blog_post.body:text"_s, u"--reference"_s, u"blog_post.blocks:text"_s,
                                       u"--cdn-host"_s,  u"media.example.org"_s};

    QString sqliteUrl(const QString &name) const { return u"sqlite:///"_s + m_dir.filePath(name); }
    QString truthPath(const QString &name) const { return m_dir.filePath(name + u"_truth.csv"_s); }

    // A sandbox account whose field tables go to fieldDatabase and, when given, the text to textDatabase.
    bool startSandbox(SandboxProcess &sandbox, const QString &name, const QString &fieldDatabase, const QString &textDatabase = {})
    {
        QStringList arguments{u"--generate"_s, u"3000"_s, u"--orphan-rate"_s, u"0.15"_s, u"--seed"_s, u"13"_s,
                              u"--text-references"_s, u"0.3"_s, u"--write-database"_s, fieldDatabase, u"--ground-truth"_s, truthPath(name)};
        if (!textDatabase.isEmpty())
            arguments += QStringList{u"--text-database"_s, textDatabase};
        return sandbox.start(arguments);
    }

    ScanRun scan(const SandboxProcess &sandbox, const QString &databaseUrl, const QStringList &arguments)
    {
        return runScan(arguments + QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--no-email"_s, u"--no-history"_s, u"--quiet"_s},
                       sandbox.cloudinaryUrl(), databaseUrl, m_dir.path(), u"scan%1"_s.arg(++m_run));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportsEqualTheGroundTruth_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
        QTest::newRow("mysql") << u"mysql"_s;
    }
    void reportsEqualTheGroundTruth()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres"_s && !testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        if (backend == u"mysql"_s && !testMysqlAvailable())
            QSKIP("No MariaDB test server (run ./scripts/test)");
        const QString database = backend == u"postgres"_s ? testPostgresUrl() : backend == u"mysql"_s ? testMysqlUrl() : sqliteUrl(u"one.sqlite3"_s);
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, backend, database), qPrintable(sandbox.error()));
        const QStringList expected = expectedOrphans(truthPath(backend), m_types);
        QVERIFY(expected.size() > 100);

        const ScanRun withText = scan(sandbox, database, m_fieldReferences + m_textReferences);
        QVERIFY2(withText.run.exitCode == 0, qPrintable(withText.run.err));
        QCOMPARE(withText.report.sortedLines(), expected);
        const QJsonObject references = withText.summary.value(u"database"_s).toObject();
        QVERIFY(references.value(u"text_references"_s).toInteger() > 300);
        QVERIFY(references.value(u"references"_s).toArray().contains(u"blog_post.body:text"_s));

        // Every text column of the database, without naming any: the same report.
        const ScanRun allText = scan(sandbox, database, m_fieldReferences + QStringList{u"--reference-all-text"_s, u"--cdn-host"_s, u"media.example.org"_s});
        QVERIFY2(allText.run.exitCode == 0, qPrintable(allText.run.err));
        QCOMPARE(allText.report.sortedLines(), expected);

        // The same account without the text columns: every file only a URL references looks orphaned.
        const ScanRun fieldsOnly = scan(sandbox, database, m_fieldReferences);
        QCOMPARE(fieldsOnly.run.exitCode, 0);
        const QStringList reported = fieldsOnly.report.sortedLines();
        QVERIFY2(reported.size() > expected.size() + 300, qPrintable(u"%1 vs %2"_s.arg(reported.size()).arg(expected.size())));
        for (const QString &orphan : expected)
            QVERIFY(reported.contains(orphan));
    }

    // Without --cdn-host the custom host's URLs do not count: those files come back as orphans.
    void customHostsCountOnlyWhenNamed()
    {
        const QString database = sqliteUrl(u"hosts.sqlite3"_s);
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"hosts"_s, database), qPrintable(sandbox.error()));
        QStringList withoutHost = m_textReferences.mid(0, 4);
        const ScanRun run = scan(sandbox, database, m_fieldReferences + withoutHost);
        QCOMPARE(run.run.exitCode, 0);
        QVERIFY(run.report.sortedLines().size() > expectedOrphans(truthPath(u"hosts"_s), m_types).size());
    }

    // The text in a second database (a site with two DATABASES), given both ways.
    void twoDatabasesAtOnce()
    {
        const bool postgres = testPostgresAvailable();
        const QString fields = postgres ? testPostgresUrl() : sqliteUrl(u"fields.sqlite3"_s);
        const QString text = sqliteUrl(u"text.sqlite3"_s);
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"two"_s, fields, text), qPrintable(sandbox.error()));
        const QStringList expected = expectedOrphans(truthPath(u"two"_s), m_types);

        const ScanRun repeated = scan(sandbox, QString(), m_fieldReferences + m_textReferences + QStringList{u"--database-url"_s, fields, u"--database-url"_s, text});
        QVERIFY2(repeated.run.exitCode == 0, qPrintable(repeated.run.err));
        QCOMPARE(repeated.report.sortedLines(), expected);
        const QJsonArray tables = repeated.summary.value(u"database"_s).toObject().value(u"tables"_s).toArray();
        QCOMPARE(tables.size(), 3);
        QVERIFY(tables.at(2).toObject().value(u"table"_s).toString().startsWith(u"text.sqlite3/"_s));

        // DATABASE_URLS beside DATABASE_URL.
        qputenv("DATABASE_URLS", text.toUtf8());
        const ScanRun fromEnvironment = scan(sandbox, fields, m_fieldReferences + m_textReferences);
        qunsetenv("DATABASE_URLS");
        QVERIFY2(fromEnvironment.run.exitCode == 0, qPrintable(fromEnvironment.run.err));
        QCOMPARE(fromEnvironment.report.sortedLines(), expected);

        // A reference table that neither database has is still an error.
        const ScanRun missing = scan(sandbox, QString(), m_fieldReferences + QStringList{u"--reference"_s, u"news_item.body:text"_s, u"--database-url"_s, fields, u"--database-url"_s, text});
        QCOMPARE(missing.run.exitCode, 1);
        QVERIFY2(missing.run.err.contains(u"\"news_item\" does not exist in any of the databases"_s), qPrintable(missing.run.err));
    }

    // --discover names exactly the columns that hold references, and --reference-all-text finds
    // the same files without naming the text columns at all.
    void discoveryAndAllText()
    {
        const QString database = sqliteUrl(u"discover.sqlite3"_s);
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"discover"_s, database), qPrintable(sandbox.error()));
        const CliRun discovered = runCli({u"--discover"_s, u"--cdn-host"_s, u"media.example.org"_s}, sandbox.cloudinaryUrl(), database, m_dir.path());
        QVERIFY2(discovered.exitCode == 0, qPrintable(discovered.err));
        QStringList suggested;
        for (const QString &line : discovered.out.mid(discovered.out.indexOf(u"Use:"_s)).split(u'\n')) {
            if (line.trimmed().startsWith(u"--reference "_s))
                suggested.append(line.trimmed().remove(u" \\"_s).mid(12));
        }
        suggested.sort();
        QCOMPARE(suggested, (QStringList{u"blog_post.blocks:text"_s, u"blog_post.body:text"_s, u"prompts_attachment.file:raw"_s,
                                         u"prompts_prompt.featured_image:image"_s, u"prompts_prompt.featured_video:video"_s}));
        QVERIFY2(discovered.out.contains(u"No references in the other 3 text-like columns"_s), qPrintable(discovered.out));

        const ScanRun allText = scan(sandbox, database, m_fieldReferences + QStringList{u"--reference-all-text"_s, u"--cdn-host"_s, u"media.example.org"_s});
        QVERIFY2(allText.run.exitCode == 0, qPrintable(allText.run.err));
        QCOMPARE(allText.report.sortedLines(), expectedOrphans(truthPath(u"discover"_s), m_types));
        const QJsonArray columns = allText.summary.value(u"database"_s).toObject().value(u"references"_s).toArray();
        QVERIFY(columns.contains(u"blog_post.body:text"_s));
        QVERIFY(columns.contains(u"prompts_prompt.title:text"_s));
        QVERIFY(columns.contains(u"prompts_prompt.featured_image:image"_s));
        QVERIFY(!columns.contains(u"prompts_prompt.featured_image:text"_s));
    }

    // Discovery on MariaDB, where JSON columns are LONGTEXT and Qt reports them as bytes.
    void discoveryOnMariadb()
    {
        if (!testMysqlAvailable())
            QSKIP("No MariaDB test server (run ./scripts/test)");
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"discover-mysql"_s, testMysqlUrl()), qPrintable(sandbox.error()));
        const CliRun discovered = runCli({u"--discover"_s, u"--cdn-host"_s, u"media.example.org"_s}, sandbox.cloudinaryUrl(), testMysqlUrl(), m_dir.path());
        QVERIFY2(discovered.exitCode == 0, qPrintable(discovered.err));
        for (const QString &column : {u"blog_post.blocks:text"_s, u"blog_post.body:text"_s, u"prompts_attachment.file:raw"_s,
                                      u"prompts_prompt.featured_image:image"_s, u"prompts_prompt.featured_video:video"_s})
            QVERIFY2(discovered.out.contains(u"--reference "_s + column), qPrintable(discovered.out));
    }

    // A report made without the text columns, deleted with them: the re-check keeps every file a
    // URL references and deletes nothing but orphans.
    void deletionKeepsFilesReferencedFromText()
    {
        const QString database = sqliteUrl(u"delete.sqlite3"_s);
        SandboxProcess sandbox;
        QVERIFY2(startSandbox(sandbox, u"delete"_s, database), qPrintable(sandbox.error()));
        const ScanRun fieldsOnly = scan(sandbox, database, m_fieldReferences);
        QCOMPARE(fieldsOnly.run.exitCode, 0);
        const QString report = m_dir.filePath(u"scan%1.csv"_s.arg(m_run));
        const CliRun run = runCli(QStringList{u"delete"_s, u"--input"_s, report, u"--dry-run"_s, u"--min-age"_s, u"0"_s}
                                      + m_textReferences + m_fieldReferences.mid(2),
                                  sandbox.cloudinaryUrl(), database, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const qsizetype orphans = expectedOrphans(truthPath(u"delete"_s), m_types).size();
        const QString done = run.out.mid(run.out.lastIndexOf(u"Done: "_s));
        QVERIFY2(done.contains(u" %1 would-delete"_s.arg(orphans)), qPrintable(done));
        const qsizetype kept = run.out.count(u"skipped-referenced"_s) - 1; // one is the summary line's
        QCOMPARE(kept, fieldsOnly.report.rows.size() - orphans);
        QVERIFY2(run.err.contains(u"warning: the re-check reads 5 of 8 text-like columns"_s), qPrintable(run.err));

        // Without the text columns the re-check would let them go, and says so first.
        const CliRun unsafe = runCli(QStringList{u"delete"_s, u"--input"_s, report, u"--dry-run"_s, u"--min-age"_s, u"0"_s} + m_fieldReferences.mid(2),
                                     sandbox.cloudinaryUrl(), database, m_dir.path());
        QCOMPARE(unsafe.exitCode, 0);
        QVERIFY2(unsafe.err.contains(u"reads 3 of 8 text-like columns"_s) && unsafe.err.contains(u"blog_post.body"_s), qPrintable(unsafe.err));
        const CliRun allText = runCli(QStringList{u"delete"_s, u"--input"_s, report, u"--dry-run"_s, u"--min-age"_s, u"0"_s, u"--reference-all-text"_s,
                                                  u"--cdn-host"_s, u"media.example.org"_s} + m_fieldReferences.mid(2),
                                      sandbox.cloudinaryUrl(), database, m_dir.path());
        QCOMPARE(allText.exitCode, 0);
        QVERIFY2(!allText.err.contains(u"text-like columns"_s), qPrintable(allText.err));
        QCOMPARE(allText.out.count(u"skipped-referenced"_s) - 1, kept);
    }
};

QTEST_GUILESS_MAIN(TestCliTextReferences)
#include "tst_cli_textrefs.moc"
