#include "scan/brokenreferencecheck.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

// The check's connections, opened while the listing runs (prepare()), against a real
// PostgreSQL server: they wait outside any transaction, the check runs on them, and one the
// server closed meanwhile is opened again.
class TestBrokenReferenceCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ScanSettings settingsFor(const QString &url)
    {
        ScanSettings settings;
        QString error;
        settings.database = DatabaseConfig::fromUrl(url, &error).value();
        settings.references = {ReferenceSpec{u"check_refs"_s, u"featured_image"_s, ResourceType::Image}};
        settings.days = std::nullopt;
        return settings;
    }

    // One kept row, two whose files are gone.
    static bool createTable(const QString &url)
    {
        bool ok = true;
        {
            QSqlDatabase admin = openAdminConnection(url, u"check-admin"_s);
            QSqlQuery query(admin);
            query.exec(u"DROP TABLE IF EXISTS check_refs"_s);
            for (const QString &statement : {u"CREATE TABLE check_refs (id INTEGER PRIMARY KEY, featured_image VARCHAR(200))"_s,
                                             u"INSERT INTO check_refs VALUES (1, 'image/upload/v1/kept.jpg'), (2, 'image/upload/v1/gone_a.jpg'),"
                                             " (3, 'image/upload/v7/shop/gone_b.png'), (4, NULL)"_s}) {
                if (ok && !query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"check-admin"_s);
        return ok;
    }

    // The server processes of the project's connections (application_name "orphanscope"), each
    // as "pid state" (" holding a snapshot" added when it holds one), seen from an admin
    // connection; with `lastActive`, when each last changed its state, in the same order.
    static QStringList projectBackends(const QString &url, QStringList *lastActive = nullptr)
    {
        QStringList backends;
        {
            QSqlDatabase admin = openAdminConnection(url, u"check-activity"_s);
            QSqlQuery query(admin);
            if (!query.exec(u"SELECT pid, state, backend_xmin IS NULL, backend_xid IS NULL, state_change::text FROM pg_stat_activity"
                            " WHERE application_name = 'orphanscope' AND datname = current_database() AND pid <> pg_backend_pid()"
                            " ORDER BY pid"_s)) {
                qWarning("%s", qPrintable(query.lastError().text()));
                backends.append(QString());
            }
            while (query.next()) {
                backends.append(u"%1 %2%3"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                                 query.value(2).toBool() && query.value(3).toBool() ? QString() : u" holding a snapshot"_s));
                if (lastActive)
                    lastActive->append(query.value(4).toString());
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"check-activity"_s);
        return backends;
    }

    static void terminate(const QString &url, const QString &pid)
    {
        {
            QSqlDatabase admin = openAdminConnection(url, u"check-terminate"_s);
            QSqlQuery query(admin);
            QVERIFY2(query.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.toInt())), qPrintable(query.lastError().text()));
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"check-terminate"_s);
    }

    static ReferenceSet unmatched()
    {
        ReferenceSet set;
        set.add(ResourceType::Image, u"gone_a"_s);
        set.add(ResourceType::Image, u"shop/gone_b"_s);
        return set;
    }

    static QStringList located(const BrokenReferenceCheck::Outcome &outcome)
    {
        if (!outcome.references)
            return {u"failed: "_s + outcome.error};
        QStringList found;
        for (const BrokenReference &reference : *outcome.references)
            found.append(u"%1.%2 row %3: %4"_s.arg(reference.table, reference.column, reference.rowId, reference.publicId));
        found.sort();
        return found;
    }

    const QStringList m_expected{u"check_refs.featured_image row 2: gone_a"_s, u"check_refs.featured_image row 3: shop/gone_b"_s};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void onlyAWholeAccountScanChecks()
    {
        ScanSettings settings;
        settings.days = 30;
        QVERIFY(!BrokenReferenceCheck::mayApply(settings));
        settings.days = std::nullopt;
        QVERIFY(BrokenReferenceCheck::mayApply(settings));
    }

    // Prepared, the connection waits idle, not in a transaction (no snapshot held back from
    // VACUUM), and the check runs on it: no second connection appears.
    void checkRunsOnThePreparedConnection()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        const QString url = testPostgresUrl();
        QVERIFY(createTable(url));
        QTRY_VERIFY(projectBackends(url).isEmpty()); // another test's connections have gone
        {
            BrokenReferenceCheck check(settingsFor(url));
            check.prepare().waitForFinished();
            QStringList prepared;
            const QStringList waiting = projectBackends(url, &prepared);
            QCOMPARE(waiting.size(), 1);
            QVERIFY2(waiting.first().endsWith(u" idle"_s), qPrintable(waiting.first()));

            const std::atomic_bool cancel{false};
            QCOMPARE(located(check.start(unmatched(), {}, cancel).result()), m_expected);
            QStringList checked;
            QCOMPARE(projectBackends(url, &checked), waiting); // the same process, idle again...
            QVERIFY(checked != prepared);                      // ...which did the check
        }
        QTRY_VERIFY(projectBackends(url).isEmpty()); // closed with the check
    }

    // The server closed the idle connection (a restart, idle_session_timeout, a proxy): the check
    // opens a new one and still finds everything.
    void reopensAConnectionClosedWhileIdle()
    {
        if (!testPostgresAvailable())
            QSKIP("No PostgreSQL test server (run ./scripts/test)");
        const QString url = testPostgresUrl();
        QVERIFY(createTable(url));
        BrokenReferenceCheck check(settingsFor(url));
        check.prepare().waitForFinished();
        const QStringList before = projectBackends(url);
        QCOMPARE(before.size(), 1);
        terminate(url, before.first().section(u' ', 0, 0));
        QTRY_VERIFY(projectBackends(url).isEmpty());

        const std::atomic_bool cancel{false};
        QCOMPARE(located(check.start(unmatched(), {}, cancel).result()), m_expected);
        const QStringList after = projectBackends(url);
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first() != before.first());
    }

    // Without prepare(), and on SQLite, the check opens what it needs itself; a database that
    // cannot be opened is named in the error.
    void checksWithoutPreparing()
    {
        const QString sqlite = u"sqlite:///"_s + m_dir.filePath(u"check.sqlite3"_s);
        QVERIFY(createTable(sqlite));
        const std::atomic_bool cancel{false};
        {
            BrokenReferenceCheck check(settingsFor(sqlite));
            QCOMPARE(located(check.start(unmatched(), {}, cancel).result()), m_expected);
        }
        {
            BrokenReferenceCheck check(settingsFor(sqlite));
            check.prepare().waitForFinished();
            QCOMPARE(located(check.start(unmatched(), {}, cancel).result()), m_expected);
        }
        BrokenReferenceCheck missing(settingsFor(u"sqlite:///"_s + m_dir.filePath(u"missing.sqlite3"_s)));
        missing.prepare().waitForFinished();
        const BrokenReferenceCheck::Outcome outcome = missing.start(unmatched(), {}, cancel).result();
        QVERIFY(!outcome.references);
        QVERIFY2(outcome.error.contains(u"missing.sqlite3"_s) && outcome.error.contains(u"does not exist"_s), qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(TestBrokenReferenceCheck)
#include "tst_brokenreferencecheck.moc"
