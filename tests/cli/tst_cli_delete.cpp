// orphanscope-cli delete end to end against the sandbox: exactly the confirmed orphans go, nothing
// referenced (not even a reference added after the scan), batches of at most 100, an audit row
// for every outcome, and a dry run or a missing --confirm deletes nothing.
#include "cliprocess.h"
#include "csvtable.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

class TestCliDelete : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_databaseUrl;
    int m_run = 0;

    CsvTable scanReport()
    {
        const ScanRun scanned = runScan({u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s, u"--no-email"_s}, m_sandbox.cloudinaryUrl(),
                                        m_databaseUrl, m_dir.path(), u"scan%1"_s.arg(++m_run));
        if (scanned.run.exitCode != 0)
            qWarning("scan failed: %s", qPrintable(scanned.run.err));
        return scanned.report;
    }

    CliRun deleteRun(const QStringList &arguments)
    {
        return runCli(QStringList{u"delete"_s, u"--delay"_s, u"0"_s} + arguments, m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path());
    }

    int deleteCallsSoFar()
    {
        return int(m_sandbox.output().count(u" DELETE /v1_1/demo/resources/"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databaseUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"4000"_s, u"--orphan-rate"_s, u"0.15"_s, u"--seed"_s, u"21"_s, u"--log"_s, u"--max-bytes"_s, u"20000"_s,
                                  u"--write-database"_s, m_databaseUrl}),
                 qPrintable(m_sandbox.error()));
    }

    void refusesWithoutConfirm()
    {
        const CsvTable before = scanReport();
        const CliRun run = deleteRun({u"--input"_s, m_dir.filePath(u"scan%1.csv"_s.arg(m_run))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"nothing is deleted without --confirm"_s), qPrintable(run.err));
        QCOMPARE(deleteCallsSoFar(), 0);
        QCOMPARE(scanReport().sortedLines(), before.sortedLines());
    }

    void dryRunDeletesNothing()
    {
        const CsvTable before = scanReport();
        const CliRun run = deleteRun({u"--input"_s, m_dir.filePath(u"scan%1.csv"_s.arg(m_run)), u"--dry-run"_s, u"--min-age"_s, u"0"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(int(run.out.count(u"would-delete"_s)) - 1, before.rows.size()); // plus the summary line
        QVERIFY(run.out.contains(u"Done: %1 would-delete"_s.arg(before.rows.size())));
        QCOMPARE(deleteCallsSoFar(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(u"reports/deletion_audit.csv"_s)));
        QCOMPARE(scanReport().sortedLines(), before.sortedLines());
    }

    void deletesExactlyTheConfirmedOrphans()
    {
        const CsvTable report = scanReport();
        const QString reportPath = m_dir.filePath(u"scan%1.csv"_s.arg(m_run));
        QVERIFY(report.rows.size() > 300);

        // Between the scan and the deletion: a row starts to refer to one orphan, another is
        // deleted on Cloudinary's side, and a third falls under an ignore rule.
        const QStringList referenced = report.rows.at(0);
        const QStringList goneAlready = report.rows.at(1);
        const QStringList ignored = report.rows.at(2);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(m_dir.filePath(u"db.sqlite3"_s));
            QVERIFY(db.open());
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO prompts_prompt (title, featured_image, featured_video) VALUES ('added later', ?, ?)"_s);
            const QString value = u"%1/upload/v1/%2"_s.arg(referenced.at(1), CsvTable::unguarded(referenced.at(0)));
            insert.addBindValue(referenced.at(1) == u"image"_s ? QVariant(value) : QVariant(QMetaType::fromType<QString>()));
            insert.addBindValue(referenced.at(1) == u"video"_s ? QVariant(value) : QVariant(QMetaType::fromType<QString>()));
            QVERIFY(insert.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        QVERIFY(m_sandbox.remove(goneAlready.at(1), {CsvTable::unguarded(goneAlready.at(0))}));

        const CliRun run = deleteRun({u"--input"_s, reportPath, u"--confirm"_s, u"--ignore"_s, CsvTable::unguarded(ignored.at(0))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));

        // What the default minimum age (24 h) keeps: the report's files uploaded within a day.
        const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
        QMap<QString, QString> expected; // public id → outcome
        int images = 0, videos = 0;
        for (const QStringList &row : report.rows) {
            const QString id = CsvTable::unguarded(row.at(0));
            QString outcome = u"deleted"_s;
            if (row == referenced)
                outcome = u"skipped-referenced"_s;
            else if (row == goneAlready)
                outcome = u"not_found"_s;
            else if (row == ignored)
                outcome = u"skipped-ignored"_s;
            else if (QDateTime::fromString(row.at(5), Qt::ISODate) > dayAgo)
                outcome = u"skipped-young"_s;
            if (outcome == u"deleted"_s)
                ++(row.at(1) == u"image"_s ? images : videos);
            expected.insert(id, outcome);
        }

        // The audit log: one row per file, with the outcome expected for it.
        const CsvTable audit = CsvTable::load(m_dir.filePath(u"reports/deletion_audit.csv"_s));
        QVERIFY2(audit.error.isEmpty(), qPrintable(audit.error));
        QCOMPARE(audit.header, (QStringList{u"time"_s, u"public_id"_s, u"resource_type"_s, u"size_bytes"_s, u"outcome"_s, u"detail"_s}));
        QCOMPARE(audit.rows.size(), report.rows.size());
        QMap<QString, QString> audited;
        for (const QStringList &row : audit.rows)
            audited.insert(CsvTable::unguarded(row.at(1)), row.at(4));
        QCOMPARE(audited, expected);

        // Batches of at most 100, per type.
        QCOMPARE(deleteCallsSoFar(), 1 + int(std::ceil(images / 100.0)) + int(std::ceil(videos / 100.0))); // 1: the test's own delete
        QVERIFY(images > 100);

        // What is left: the orphans that were kept, and the file a row refers to is valid now.
        QStringList left;
        for (const QStringList &row : scanReport().rows)
            left.append(CsvTable::unguarded(row.at(0)));
        QStringList kept;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.value() == u"skipped-young"_s || it.value() == u"skipped-ignored"_s)
                kept.append(it.key());
        }
        left.sort();
        kept.sort();
        QCOMPARE(left, kept);
    }

    void badReportIsRefusedClearly()
    {
        QFile bad(m_dir.filePath(u"not-a-report.csv"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name,size\r\nfoo,1\r\n");
        bad.close();
        const CliRun run = deleteRun({u"--input"_s, bad.fileName(), u"--confirm"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is not an Orphanscope report"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDelete)
#include "tst_cli_delete.moc"
