// The admins' decisions from the command line: a kept file leaves the report (counted as kept)
// until --no-decisions, a spreadsheet goes out and comes back with notes intact, a kept file is
// never deleted, and every kind of bad sheet is refused by line with nothing imported.
#include "cliprocess.h"
#include "csvtable.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells) {
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n'))
            quoted.append(u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"');
        else
            quoted.append(cell);
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

class TestCliDecisions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_databaseUrl;
    int m_run = 0;

    ScanRun scan(const QStringList &extra = {})
    {
        ScanRun scanned = runScan(QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--no-email"_s, u"--no-estimate"_s} + extra,
                                  m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path(), u"scan%1"_s.arg(++m_run));
        if (scanned.run.exitCode != 0)
            qWarning("scan failed: %s", qPrintable(scanned.run.err));
        return scanned;
    }

    CliRun decisions(const QStringList &arguments)
    {
        return runCli(QStringList{u"decisions"_s} + arguments, m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path());
    }

    CsvTable exported(const QString &name)
    {
        const CliRun run = decisions({u"--export"_s, m_dir.filePath(name), u"--report"_s, m_dir.filePath(u"scan%1.csv"_s.arg(m_run))});
        if (run.exitCode != 0)
            qWarning("export failed: %s", qPrintable(run.err));
        return CsvTable::load(m_dir.filePath(name));
    }

    static QStringList ids(const CsvTable &report)
    {
        QStringList ids;
        for (const QStringList &row : report.rows)
            ids.append(row.at(1) + u'/' + CsvTable::unguarded(row.at(0)));
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databaseUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"1500"_s, u"--orphan-rate"_s, u"0.1"_s, u"--seed"_s, u"44"_s, u"--max-bytes"_s, u"20000"_s,
                                  u"--write-database"_s, m_databaseUrl}),
                 qPrintable(m_sandbox.error()));
    }

    // export → edit in a "spreadsheet" → import → the next scan and export show it.
    void roundTripThroughASpreadsheet()
    {
        const ScanRun before = scan();
        QVERIFY(before.report.rows.size() > 50);
        const CsvTable sheet = exported(u"review.csv"_s);
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.header, (QStringList{u"public_id"_s, u"resource_type"_s, u"size_bytes"_s, u"format"_s, u"uploaded_at"_s,
                                            u"cloudinary_url"_s, u"decision"_s, u"note"_s, u"decided_at"_s}));
        QCOMPARE(sheet.rows.size(), before.report.rows.size());
        for (const QStringList &row : sheet.rows)
            QCOMPARE(row.at(6), u"undecided"_s);

        // Keep two (notes with a comma, a quote, a line break and a formula-looking start),
        // mark three for deletion, leave the rest.
        QByteArray edited = csvLine(sheet.header);
        const QString trickyNote = u"=used by \"Spring\" mailing,\nsee ticket 12"_s;
        for (int i = 0; i < sheet.rows.size(); ++i) {
            QStringList row = sheet.rows.at(i);
            if (i < 2) {
                row[6] = u"keep"_s;
                row[7] = i == 0 ? trickyNote : u"newsletter"_s;
            } else if (i < 5) {
                row[6] = u"DELETE"_s; // spreadsheets capitalise
            }
            edited += csvLine(row);
        }
        writeFile(m_dir.filePath(u"review.csv"_s), edited);
        const CliRun imported = decisions({u"--import"_s, m_dir.filePath(u"review.csv"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"5 changed (2 keep, 3 delete, 0 undecided)"_s), qPrintable(imported.out));

        // A keep decision removes the file from the report; it is counted as kept.
        const ScanRun after = scan();
        const QString kept0 = sheet.rows.at(0).at(1) + u'/' + CsvTable::unguarded(sheet.rows.at(0).at(0));
        const QString kept1 = sheet.rows.at(1).at(1) + u'/' + CsvTable::unguarded(sheet.rows.at(1).at(0));
        QStringList expected = ids(before.report);
        expected.removeOne(kept0);
        expected.removeOne(kept1);
        QCOMPARE(ids(after.report), expected);
        QCOMPARE(after.summary.value(u"kept"_s).toInt(), 2);
        QCOMPARE(after.summary.value(u"orphans"_s).toInt(), before.summary.value(u"orphans"_s).toInt() - 2);
        QVERIFY2(after.run.out.contains(u"Kept by decision:  2"_s), qPrintable(after.run.out));

        // Exported again: the decisions and notes as imported; the kept files after the orphans.
        const CsvTable again = exported(u"review2.csv"_s);
        QCOMPARE(again.rows.size(), sheet.rows.size());
        QMap<QString, QStringList> byId;
        for (const QStringList &row : again.rows)
            byId.insert(row.at(1) + u'/' + CsvTable::unguarded(row.at(0)), row);
        QCOMPARE(byId.value(kept0).at(6), u"keep"_s);
        QCOMPARE(CsvTable::unguarded(byId.value(kept0).at(7)), trickyNote);
        QCOMPARE(byId.value(kept1).at(7), u"newsletter"_s);
        QVERIFY(!byId.value(kept0).at(8).isEmpty()); // decided_at
        for (int i = 2; i < 5; ++i)
            QCOMPARE(byId.value(sheet.rows.at(i).at(1) + u'/' + CsvTable::unguarded(sheet.rows.at(i).at(0))).at(6), u"delete"_s);
        QCOMPARE(again.rows.constLast().at(6), u"keep"_s);

        // --no-decisions reports them all again; --decisions names another (empty) store.
        QCOMPARE(ids(scan({u"--no-decisions"_s}).report), ids(before.report));
        QCOMPARE(ids(scan({u"--decisions"_s, m_dir.filePath(u"other.sqlite3"_s)}).report), ids(before.report));
        QCOMPARE(scan({u"--decisions"_s, u"x"_s, u"--no-decisions"_s}).run.exitCode, 2);
    }

    // A kept file in a report made without decisions is still never deleted.
    void keptFilesAreNeverDeleted()
    {
        const ScanRun all = scan({u"--no-decisions"_s});
        const CliRun run = runCli({u"delete"_s, u"--input"_s, m_dir.filePath(u"scan%1.csv"_s.arg(m_run)), u"--dry-run"_s, u"--min-age"_s, u"0"_s,
                                   u"--delay"_s, u"0"_s},
                                  m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(int(run.out.count(u"skipped-kept"_s)), 2 + 1); // two rows and the summary
        QCOMPARE(int(run.out.count(u"would-delete "_s)), all.report.rows.size() - 2);
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("message");
        const QByteArray header = "public_id,resource_type,decision,note\r\n";
        QTest::newRow("empty file") << QByteArray() << u"line 1: the file is empty"_s;
        QTest::newRow("missing column") << QByteArray("public_id,resource_type,note\r\na,image,\r\n") << u"line 1: the column decision is missing"_s;
        QTest::newRow("unknown column") << QByteArray("public_id,resource_type,decision,note,owner\r\na,image,keep,,ann\r\n")
                                        << u"line 1: unknown column \"owner\""_s;
        QTest::newRow("column twice") << QByteArray("public_id,resource_type,decision,note,note\r\n") << u"line 1: the column note is there twice"_s;
        QTest::newRow("unknown decision") << header + "a,image,keep,\r\nb,image,maybe,\r\n" << u"line 3: unknown decision \"maybe\""_s;
        QTest::newRow("duplicate row") << header + "a,image,keep,\r\nb,video,keep,\r\na,image,delete,\r\n"
                                       << u"line 4: image/a is listed twice (first on line 2)"_s;
        QTest::newRow("unknown type") << header + "a,picture,keep,\r\n" << u"line 2: unknown resource_type \"picture\""_s;
        QTest::newRow("empty public id") << header + ",image,keep,\r\n" << u"line 2: the public_id is empty"_s;
        QTest::newRow("short row") << header + "a,image,keep\r\n" << u"line 2: 3 cells where the header has 4"_s;
        QTest::newRow("line count after a quoted line break") << header + "a,image,keep,\"two\nlines\"\r\nb,image,never,\r\n"
                                                              << u"line 4: unknown decision \"never\""_s;
        QTest::newRow("unclosed quote") << header + "a,image,keep,\"open\r\n" << u"line 2: a quoted cell is not closed"_s;
    }

    void importErrors()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, message);
        scan();
        const QByteArray before = exported(u"before.csv"_s).sortedLines().join(u'\n').toUtf8();
        // Where the sheet's first rows are valid, they must not be imported either.
        writeFile(m_dir.filePath(u"bad.csv"_s), sheet);
        const CliRun run = decisions({u"--import"_s, m_dir.filePath(u"bad.csv"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(m_dir.filePath(u"bad.csv"_s) + u", "_s + message), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(exported(u"after.csv"_s).sortedLines().join(u'\n').toUtf8(), before);
    }

    void usageErrors()
    {
        QCOMPARE(decisions({}).exitCode, 2);
        QCOMPARE(decisions({u"--export"_s, u"a.csv"_s, u"--import"_s, u"b.csv"_s}).exitCode, 2);
        QCOMPARE(decisions({u"--import"_s, u"b.csv"_s, u"--report"_s, u"r.csv"_s}).exitCode, 2);
        const CliRun missing = decisions({u"--import"_s, m_dir.filePath(u"no-such.csv"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"Cannot read the decisions"_s), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDecisions)
#include "tst_cli_decisions.moc"
