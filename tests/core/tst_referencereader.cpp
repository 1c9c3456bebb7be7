#include "cliprocess.h"
#include "database/readonlyconnection.h"
#include "database/referencereader.h"
#include "database/referencerows.h"
#include "sandboxprocess.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {
ReferenceReadResult readAll(const DatabaseConfig &config, const QList<ReferenceSpec> &specs, QStringList *warnings = nullptr)
{
    std::atomic_bool cancel{false};
    std::atomic<qint64> rows{0};
    QStringList collected;
    ReferenceReader reader(config, specs);
    auto result = reader.read(cancel, &rows, [&collected](const QString &m) { collected.append(m); });
    if (warnings)
        *warnings = collected;
    return result;
}

DatabaseConfig config(const QString &url)
{
    QString error;
    return DatabaseConfig::fromUrl(url, &error).value();
}
} // namespace

class TestReferenceReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sqliteUrl;
    QString m_postgresUrl;

    // Runs statements on the test PostgreSQL server as its owner (the reader itself only reads);
    // false, with the statement and the server's message, at the first that fails.
    bool execAsAdmin(const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase admin = openAdminConnection(m_postgresUrl, u"admin"_s);
            QSqlQuery query(admin);
            for (const QString &statement : statements) {
                if (ok && !query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
            ok = ok && admin.isOpen();
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqliteUrl = u"sqlite:///"_s + m_dir.filePath(u"refs.sqlite3"_s);
        m_postgresUrl = testPostgresUrl();
        QStringList arguments{u"--generate"_s, u"3000"_s, u"--seed"_s, u"11"_s, u"--write-database"_s, m_sqliteUrl};
        if (!m_postgresUrl.isEmpty())
            arguments << u"--write-database"_s << m_postgresUrl;
        QString error;
        QVERIFY2(SandboxProcess::writeFixtures(arguments, &error), qPrintable(error));
    }

    void readsEveryValue_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
    }
    void readsEveryValue()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres"_s && !testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        QStringList warnings;
        const auto result = readAll(config(backend == u"sqlite"_s ? m_sqliteUrl : m_postgresUrl),
                                    ReferenceSpec::defaults() + QList{ReferenceSpec{u"prompts_attachment"_s, u"file"_s, ResourceType::Raw}}, &warnings);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.summary.complete);
        QCOMPARE(result.summary.tables.size(), 2);
        QCOMPARE(result.summary.tables.at(0).table, u"prompts_prompt"_s);
        QVERIFY(result.summary.tables.at(0).rows > 1000);
        QVERIFY(result.summary.tables.at(0).softDeleted > 0);
        QCOMPARE(result.summary.tables.at(1).softDeleted, -1); // no deleted_at column
        QCOMPARE(result.summary.unparseable, 1);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(u"prompts_prompt.featured_image in row "_s), qPrintable(warnings.constFirst()));
        QVERIFY(result.references.contains(ResourceType::Image, u"deleted/long_gone"_s));
        QVERIFY(result.references.contains(ResourceType::Video, u"deleted/gone"_s));
    }

    // The second pass of a whole-account scan looks for a few unmatched ids with LIKE in SQL:
    // ids holding LIKE's wildcards, its escape character, quotes, backslashes or non-ASCII
    // letters must still be found, on every backend, and a row that only looks alike must not
    // be reported.
    void locatesAwkwardBrokenReferences_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
        QTest::newRow("mysql") << u"mysql"_s;
    }
    void locatesAwkwardBrokenReferences()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres"_s && !testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        if (backend == u"mysql"_s && !testMysqlAvailable())
            QSKIP("No MariaDB test server (run ./scripts/test)");
        const QString url = backend == u"sqlite"_s ? u"sqlite:///"_s + m_dir.filePath(u"awkward.sqlite3"_s)
                          : backend == u"postgres"_s ? testPostgresUrl() : testMysqlUrl();
        const QStringList awkward{u"50%_off!"_s, u"it's"_s, u"back\\slash"_s, u"caf\u00e9 [1]"_s, u"under_score"_s};
        {
            QSqlDatabase admin = openAdminConnection(url, u"awkward-admin"_s);
            QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            query.exec(u"DROP TABLE IF EXISTS awkward_refs"_s);
            QVERIFY2(query.exec(u"CREATE TABLE awkward_refs (id INTEGER PRIMARY KEY, featured_image VARCHAR(200))"_s), qPrintable(query.lastError().text()));
            QStringList values;
            for (const QString &id : awkward)
                values.append(u"image/upload/v1/"_s + id + u".jpg"_s);
            values.append(u"image/upload/v1/underXscore.jpg"_s); // what an unescaped _ would find
            for (qsizetype i = 0; i < values.size(); ++i) {
                query.prepare(u"INSERT INTO awkward_refs (id, featured_image) VALUES (?, ?)"_s);
                query.addBindValue(int(i + 1));
                query.addBindValue(values.at(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"awkward-admin"_s);

        ReferenceSet unmatched;
        for (const QString &id : awkward)
            unmatched.add(ResourceType::Image, id);
        unmatched.add(ResourceType::Image, u"not/in/the/table"_s);
        const ReferenceReader reader(config(url), {ReferenceSpec{u"awkward_refs"_s, u"featured_image"_s, ResourceType::Image}});
        const std::atomic_bool cancel{false};
        // The read logs each value's row by id (ReferenceRowLog).
        ReferenceReadResult read = reader.read(cancel, nullptr, [](const QString &) {});
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.rowLogs.size(), size_t(1));
        const ReferenceRowLog log = read.rowLogs.front();
        QSet<quint32> hashes;
        for (const QByteArray &id : unmatched.ids(ResourceType::Image))
            hashes.insert(ReferenceRowLog::hashOf(ResourceType::Image, {id.constData(), size_t(id.size())}));
        QCOMPARE(log.candidates(u"awkward_refs"_s, hashes), std::optional<QList<qint64>>(QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(log.candidates(u"other_table"_s, hashes), std::nullopt);
        // A row added after the read: searching every row finds it, the rows the read logged do not.
        {
            QSqlDatabase admin = openAdminConnection(url, u"awkward-admin"_s);
            QSqlQuery query(admin);
            QVERIFY2(query.exec(u"INSERT INTO awkward_refs (id, featured_image) VALUES (7, 'image/upload/v2/under_score.jpg')"_s),
                     qPrintable(query.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"awkward-admin"_s);
        QStringList expected = awkward;
        expected.sort();
        for (const ReferenceRowLog *rowLog : {&log, static_cast<const ReferenceRowLog *>(nullptr)}) {
            QString error;
            const auto broken = reader.locate(unmatched, rowLog, cancel, &error);
            QVERIFY2(broken, qPrintable(error));
            QStringList found;
            for (const BrokenReference &reference : *broken)
                found.append(reference.publicId + u'@' + reference.rowId);
            found.sort();
            QStringList want;
            for (const QString &id : expected)
                want.append(id + u'@' + QString::number(awkward.indexOf(id) + 1));
            if (!rowLog)
                want.append(u"under_score@7"_s);
            want.sort();
            QCOMPARE(found, want);
        }
    }

    // Ids past 32 bits or below zero (after some that fit) keep every id whole.
    void rowLogKeepsWideIds()
    {
        ReferenceRowLog log;
        log.beginTable(u"t"_s, 4);
        const quint32 a = ReferenceRowLog::hashOf(ResourceType::Image, "a");
        const quint32 b = ReferenceRowLog::hashOf(ResourceType::Image, "b");
        QVERIFY(a != ReferenceRowLog::hashOf(ResourceType::Video, "a")); // the type counts
        log.add(a, 7);
        log.add(b, 8);
        QCOMPARE(log.candidates(u"t"_s, {a}), std::optional<QList<qint64>>(QList<qint64>{7}));
        log.add(a, 5'000'000'000);
        log.add(a, -3);
        log.add(a, 7);
        QCOMPARE(log.candidates(u"t"_s, {a}), std::optional<QList<qint64>>(QList<qint64>{-3, 7, 5'000'000'000}));
        QCOMPARE(log.candidates(u"t"_s, {b}), std::optional<QList<qint64>>(QList<qint64>{8}));
        log.beginTable(u"u"_s, 0);
        log.add(b, 1);
        log.dropTable();
        QCOMPARE(log.candidates(u"u"_s, {b}), std::nullopt);
        QCOMPARE(log.candidates(u"t"_s, {b}), std::optional<QList<qint64>>(QList<qint64>{8}));
    }

    // The reference tables are sized by the values a column holds, not by its table's rows: a
    // column of videos that is mostly NULL or empty would otherwise get a table sized for every row.
    void estimatesValuesFromStatistics()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        // 4,000 rows: every image set; a quarter of the videos set, a quarter '', half NULL.
        QVERIFY(execAsAdmin({u"DROP TABLE IF EXISTS estimate_refs, unanalysed_refs"_s,
                             u"CREATE TABLE estimate_refs (id serial PRIMARY KEY, image varchar(255), video varchar(255))"_s,
                             u"INSERT INTO estimate_refs (image, video) SELECT 'image/upload/v1/i' || n || '.jpg', "
                             "CASE WHEN n % 4 = 0 THEN 'video/upload/v1/v' || n || '.mp4' WHEN n % 4 = 1 THEN '' END "
                             "FROM generate_series(1, 4000) n"_s,
                             u"ANALYZE estimate_refs"_s, u"CREATE TABLE unanalysed_refs (id serial PRIMARY KEY, image varchar(255))"_s}));

        QSqlDatabase db = openAdminConnection(m_postgresUrl, u"estimates"_s);
        QVERIFY(db.isOpen());
        QCOMPARE(ReferenceRows::estimatedRows(db, u"estimate_refs"_s), 4000);
        // A sixteenth over what ANALYZE saw (it reads every row of a table this small).
        QCOMPARE(ReferenceRows::estimatedValues(db, u"estimate_refs"_s, u"image"_s), 4250);
        QCOMPARE(ReferenceRows::estimatedValues(db, u"estimate_refs"_s, u"video"_s), 1063);
        // Never analysed: nothing known, nothing reserved (the table grows as it fills).
        QVERIFY(ReferenceRows::estimatedValues(db, u"unanalysed_refs"_s, u"image"_s) <= 0);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"estimates"_s);

        // The same rows read whatever the estimate.
        const auto result = readAll(config(m_postgresUrl), {ReferenceSpec{u"estimate_refs"_s, u"image"_s, ResourceType::Image},
                                                            ReferenceSpec{u"estimate_refs"_s, u"video"_s, ResourceType::Video}});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.references.size(ResourceType::Image), 4000);
        QCOMPARE(result.references.size(ResourceType::Video), 1000);
    }

    // A table whose rows have no integer id is not logged: its broken references are searched for
    // in every row, as before.
    void locatesInTablesWithoutAnIntegerId()
    {
        const QString url = u"sqlite:///"_s + m_dir.filePath(u"textids.sqlite3"_s);
        {
            QSqlDatabase admin = openAdminConnection(url, u"textids-admin"_s);
            QSqlQuery query(admin);
            QVERIFY2(query.exec(u"CREATE TABLE text_ids (id TEXT PRIMARY KEY, featured_image VARCHAR(200))"_s), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"INSERT INTO text_ids VALUES ('a', 'image/upload/v1/gone.jpg'), ('b', 'image/upload/v1/here.jpg')"_s));
            QVERIFY2(query.exec(u"CREATE TABLE mixed_ids (id INTEGER, featured_image VARCHAR(200))"_s), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"INSERT INTO mixed_ids VALUES (1, 'image/upload/v1/here.jpg'), ('x', 'image/upload/v1/gone.jpg')"_s));
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"textids-admin"_s);
        const ReferenceReader reader(config(url), {ReferenceSpec{u"text_ids"_s, u"featured_image"_s, ResourceType::Image},
                                                   ReferenceSpec{u"mixed_ids"_s, u"featured_image"_s, ResourceType::Image}});
        const std::atomic_bool cancel{false};
        ReferenceReadResult read = reader.read(cancel, nullptr, [](const QString &) {});
        QVERIFY2(read.ok, qPrintable(read.error));
        const QSet<quint32> hashes{ReferenceRowLog::hashOf(ResourceType::Image, "gone")};
        QCOMPARE(read.rowLogs.front().candidates(u"text_ids"_s, hashes), std::nullopt);
        QCOMPARE(read.rowLogs.front().candidates(u"mixed_ids"_s, hashes), std::nullopt); // its second row's id is text
        ReferenceSet unmatched;
        unmatched.add(ResourceType::Image, u"gone"_s);
        QString error;
        const auto broken = reader.locate(unmatched, &read.rowLogs.front(), cancel, &error);
        QVERIFY2(broken, qPrintable(error));
        QStringList found;
        for (const BrokenReference &reference : *broken)
            found.append(reference.table + u'/' + reference.rowId);
        found.sort();
        QCOMPARE(found, (QStringList{u"mixed_ids/x"_s, u"text_ids/a"_s}));
    }

    void refusesMissingOrWrongColumns_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing table") << u"prompts_missing.featured_image:image"_s << u"reference table \"prompts_missing\" does not exist"_s;
        QTest::newRow("missing column") << u"prompts_prompt.cover:image"_s << u"column \"cover\" does not exist in table \"prompts_prompt\" (it has: id, title, featured_image"_s;
        QTest::newRow("not text") << u"prompts_prompt.id:image"_s << u"prompts_prompt.id holds"_s;
    }
    void refusesMissingOrWrongColumns()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        const auto parsed = ReferenceSpec::parse(spec, &error);
        QVERIFY(parsed);
        const auto result = readAll(config(m_sqliteUrl), {*parsed});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(result.references.size(), 0);
    }

    void missingSqliteFileIsNamed()
    {
        const auto result = readAll(config(u"sqlite:////nonexistent/db.sqlite3"_s), ReferenceSpec::defaults());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"/nonexistent/db.sqlite3 does not exist"_s), qPrintable(result.error));
    }

    void cancelledReadGivesNoReferences()
    {
        std::atomic_bool cancel{true};
        std::atomic<qint64> rows{0};
        ReferenceReader reader(config(m_sqliteUrl), ReferenceSpec::defaults());
        const auto result = reader.read(cancel, &rows, [](const QString &) {});
        QVERIFY(!result.ok);
        QVERIFY(!result.summary.complete);
        QCOMPARE(result.references.size(), 0);
    }

    void postgresWrongPasswordIsClear()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        DatabaseConfig wrong = config(m_postgresUrl);
        wrong.password = u"not-the-password"_s;
        const auto result = readAll(wrong, ReferenceSpec::defaults());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"password authentication failed"_s), qPrintable(result.error));
        QVERIFY(!result.error.contains(u"not-the-password"_s));
    }

    void postgresDownFailsWithinConnectTimeout()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        DatabaseConfig down = config(m_postgresUrl);
        down.port = port;
        const auto result = readAll(down, ReferenceSpec::defaults());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"Could not open the database"_s), qPrintable(result.error));
    }

    void postgresSessionIsReadOnlyAndTimeLimited()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        // A view that is slow, and one whose read writes: the read-only session must refuse it.
        QVERIFY(execAsAdmin({u"CREATE OR REPLACE VIEW slow_refs AS SELECT 1 AS id, (SELECT 'image/upload/v1/a.jpg'::varchar FROM pg_sleep(3)) AS featured_image"_s,
                             u"CREATE TABLE IF NOT EXISTS write_log (x int)"_s,
                             u"CREATE OR REPLACE FUNCTION sneaky_write() RETURNS varchar LANGUAGE plpgsql AS $$ BEGIN INSERT INTO write_log VALUES (1); RETURN 'a'; END $$"_s,
                             u"CREATE OR REPLACE VIEW writing_refs AS SELECT 1 AS id, sneaky_write() AS featured_image"_s}));

        DatabaseConfig limited = config(m_postgresUrl);
        limited.statementTimeoutSeconds = 1;
        auto result = readAll(limited, {ReferenceSpec{u"slow_refs"_s, u"featured_image"_s, ResourceType::Image}});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"statement timeout"_s), qPrintable(result.error));

        result = readAll(config(m_postgresUrl), {ReferenceSpec{u"writing_refs"_s, u"featured_image"_s, ResourceType::Image}});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"read-only transaction"_s), qPrintable(result.error));
    }

    // MySQL/MariaDB: the same guarantees through SET SESSION TRANSACTION READ ONLY, a consistent
    // snapshot and max_statement_time.
    void mariadbSessionIsReadOnlyAndTimeLimited()
    {
        if (!testMysqlAvailable())
            QSKIP("No MariaDB test server (run ./scripts/test)");
        const QString url = testMysqlUrl();
        {
            QSqlDatabase admin = openAdminConnection(url, u"mysql-admin"_s);
            QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
            QSqlQuery query(admin);
            QVERIFY(query.exec(u"CREATE OR REPLACE VIEW slow_refs AS SELECT 1 AS id, CAST(IF(SLEEP(3) = 0, 'image/upload/v1/a.jpg', '') AS CHAR(40)) AS featured_image"_s));
            QVERIFY(query.exec(u"CREATE TABLE IF NOT EXISTS write_log (x INT)"_s));
            QVERIFY(query.exec(u"DROP FUNCTION IF EXISTS sneaky_write"_s));
            QVERIFY2(query.exec(u"CREATE FUNCTION sneaky_write() RETURNS VARCHAR(10) MODIFIES SQL DATA BEGIN INSERT INTO write_log VALUES (1); RETURN 'a'; END"_s),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"CREATE OR REPLACE VIEW writing_refs AS SELECT 1 AS id, sneaky_write() AS featured_image"_s));
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"mysql-admin"_s);

        DatabaseConfig limited = config(url);
        limited.statementTimeoutSeconds = 1;
        auto result = readAll(limited, {ReferenceSpec{u"slow_refs"_s, u"featured_image"_s, ResourceType::Image}});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"max_statement_time"_s), qPrintable(result.error));

        // A view whose read would write is not read (the driver cannot even list its columns) …
        result = readAll(config(url), {ReferenceSpec{u"writing_refs"_s, u"featured_image"_s, ResourceType::Image}});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"writing_refs"_s), qPrintable(result.error));
        // … and the session itself refuses every write.
        ReadOnlyConnection connection(config(url));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QSqlQuery write(connection.database());
        QVERIFY(!write.exec(u"INSERT INTO write_log VALUES (2)"_s));
        QVERIFY2(write.lastError().text().contains(u"READ ONLY transaction"_s), qPrintable(write.lastError().text()));
        QVERIFY(!write.exec(u"SELECT sneaky_write()"_s));
        QVERIFY2(write.lastError().text().contains(u"READ ONLY transaction"_s), qPrintable(write.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestReferenceReader)
#include "tst_referencereader.moc"
