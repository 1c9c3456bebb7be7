// Ignore rules and the minimum age of an orphan, end to end: ignored files are counted apart and
// never reported, files younger than --min-age-detect are reported as recent, not as orphans.
#include "cliprocess.h"
#include "csvtable.h"
#include "database/cloudinaryfield.h"
#include "groundtruth.h"
#include "sandboxprocess.h"
#include "scan/ignorerules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestCliRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_databaseUrl;
    int m_run = 0;

    struct Scan
    {
        CliRun run;
        QJsonObject summary;
        QStringList report;
    };

    Scan scan(const QStringList &arguments)
    {
        const ScanRun scanned = runScan(arguments + QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--no-email"_s}, m_sandbox.cloudinaryUrl(),
                                        m_databaseUrl, m_dir.path(), u"run%1"_s.arg(++m_run));
        return {scanned.run, scanned.summary, scanned.report.sortedLines()};
    }

    Scan runWindowed()
    {
        const ScanRun scanned = runScan({u"--days"_s, u"30"_s, u"--delay"_s, u"0"_s, u"--no-email"_s, u"--quiet"_s}, m_sandbox.cloudinaryUrl(),
                                        m_databaseUrl, m_dir.path(), u"windowed"_s);
        return {scanned.run, scanned.summary, scanned.report.sortedLines()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databaseUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"3000"_s, u"--orphan-rate"_s, u"0.2"_s, u"--seed"_s, u"8"_s, u"--write-database"_s,
                                  m_databaseUrl, u"--ground-truth"_s, m_dir.filePath(u"truth.csv"_s)}),
                 qPrintable(m_sandbox.error()));
    }

    void globsMatchPublicIdsAndFolders_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("publicId");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("matches");
        QTest::newRow("one level") << u"samples/*"_s << u"samples/cat"_s << u"samples"_s << true;
        QTest::newRow("not deeper") << u"samples/*"_s << u"samples/2024/cat"_s << QString() << false;
        QTest::newRow("any depth") << u"site-assets/**"_s << u"site-assets/a/b/logo"_s << QString() << true;
        QTest::newRow("folder name") << u"marketing"_s << u"banner_7"_s << u"marketing"_s << true;
        QTest::newRow("question mark") << u"img_?"_s << u"img_7"_s << QString() << true;
        QTest::newRow("question mark not slash") << u"a?b"_s << u"a/b"_s << QString() << false;
        QTest::newRow("regex characters are literal") << u"v1.0/(draft)+"_s << u"v1.0/(draft)+"_s << QString() << true;
        QTest::newRow("dot is not any") << u"v1.0"_s << u"v1x0"_s << QString() << false;
        QTest::newRow("unicode") << u"marketing/ünïcode/*"_s << u"marketing/ünïcode/img_3"_s << QString() << true;
    }
    void globsMatchPublicIdsAndFolders()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, publicId);
        QFETCH(QString, folder);
        QFETCH(bool, matches);
        QString error;
        const auto rules = IgnoreRules::fromPatterns({pattern}, &error);
        QVERIFY2(rules, qPrintable(error));
        CloudinaryResource file;
        file.publicId = publicId;
        file.folder = folder;
        QCOMPARE(rules->matches(file), matches);
    }

    void ignoredFilesAreCountedApartAndNeverReported()
    {
        const QStringList all = expectedOrphans(m_dir.filePath(u"truth.csv"_s), {u"image"_s, u"video"_s});
        QFile ignoreFile(m_dir.filePath(u"ignore.txt"_s));
        QVERIFY(ignoreFile.open(QIODevice::WriteOnly));
        ignoreFile.write("# test uploads\n\nusers/**\n");
        ignoreFile.close();
        const Scan scanned = scan({u"--ignore"_s, u"tests/*"_s, u"--ignore-file"_s, ignoreFile.fileName()});
        QVERIFY2(scanned.run.exitCode == 0, qPrintable(scanned.run.err));
        QStringList expected;
        for (const QString &line : all) {
            if (!line.startsWith(u"tests/"_s) && !line.startsWith(u"users/"_s))
                expected.append(line);
        }
        QCOMPARE(scanned.report, expected);
        QCOMPARE(scanned.summary.value(u"ignored"_s).toInteger(), qint64(all.size() - expected.size()));
        QVERIFY(all.size() - expected.size() > 20);
        QVERIFY2(scanned.run.out.contains(u"Ignored by rules:"_s), qPrintable(scanned.run.out));
    }

    void badIgnoreInputIsAUsageError()
    {
        QCOMPARE(scan({u"--ignore"_s, u"/absolute/*"_s}).run.exitCode, 2);
        const Scan missing = scan({u"--ignore-file"_s, m_dir.filePath(u"no-such-file"_s)});
        QCOMPARE(missing.run.exitCode, 2);
        QVERIFY(missing.run.err.contains(u"Cannot read the ignore file"_s));
    }

    // The reverse check: database values pointing to files the account does not have, found
    // exactly, with table, row and column — the sandbox's dangling rows plus every row referring
    // to three files deleted on Cloudinary's side.
    void brokenReferencesAreFoundExactly()
    {
        QStringList deletedIds;
        QStringList expected{u"prompts_prompt,%1,featured_image,image,deleted/long_gone,image/upload/v1700000000/deleted/long_gone.jpg"_s,
                             u"prompts_prompt,%1,featured_video,video,deleted/gone,video/upload/v1/deleted/gone.mp4"_s};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
            db.setDatabaseName(m_dir.filePath(u"db.sqlite3"_s));
            QVERIFY(db.open());
            QSqlQuery rows(u"SELECT id, featured_image FROM prompts_prompt WHERE featured_image IS NOT NULL ORDER BY id"_s, db);
            QString danglingRow;
            QList<std::pair<QString, QString>> values; // row id, value
            while (rows.next()) {
                const QString value = rows.value(1).toString();
                if (value.contains(u"long_gone"_s))
                    danglingRow = rows.value(0).toString();
                const auto parsed = parseCloudinaryField(value, ResourceType::Image);
                if (parsed && parsed->resourceType == ResourceType::Image && !value.contains(u"deleted/"_s)) {
                    if (deletedIds.size() < 3 && !deletedIds.contains(parsed->publicId) && !parsed->publicId.contains(u',')
                        && !parsed->publicId.startsWith(u'-') /* no formula guard in the expected lines */)
                        deletedIds.append(parsed->publicId);
                    values.append({rows.value(0).toString(), value});
                }
            }
            QVERIFY(!danglingRow.isEmpty());
            expected[0] = expected[0].arg(danglingRow);
            expected[1] = expected[1].arg(danglingRow);
            for (const auto &[row, value] : values) {
                const auto parsed = parseCloudinaryField(value, ResourceType::Image);
                if (deletedIds.contains(parsed->publicId))
                    expected.append(u"prompts_prompt,%1,featured_image,image,%2,%3"_s.arg(row, parsed->publicId, value));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"reader"_s);
        QCOMPARE(deletedIds.size(), 3);
        QVERIFY(m_sandbox.remove(u"image"_s, deletedIds));

        const QString path = m_dir.filePath(u"broken.csv"_s);
        const Scan scanned = scan({u"--broken-output"_s, path});
        QVERIFY2(scanned.run.exitCode == 0, qPrintable(scanned.run.err));
        const CsvTable broken = CsvTable::load(path);
        QCOMPARE(broken.header, (QStringList{u"table"_s, u"row_id"_s, u"column"_s, u"resource_type"_s, u"public_id"_s, u"value"_s}));
        expected.sort();
        QCOMPARE(broken.sortedLines(), expected);
        QCOMPARE(scanned.summary.value(u"broken_references"_s).toInt(), expected.size());
        QVERIFY(scanned.run.out.contains(u"Broken references: %1 database values"_s.arg(expected.size())));

        // A scan of the last N days cannot tell: it does not check.
        const Scan windowed = runWindowed();
        QVERIFY(windowed.summary.value(u"broken_references"_s).isNull());
    }

    // Uploaded just now: no row can be expected yet.
    void youngFilesAreRecentNotOrphans()
    {
        const QStringList uploaded = m_sandbox.upload(u"image"_s, 7, u"incoming"_s);
        QCOMPARE(uploaded.size(), 7);
        const Scan byDefault = scan({});
        QVERIFY2(byDefault.run.exitCode == 0, qPrintable(byDefault.run.err));
        QCOMPARE(byDefault.summary.value(u"recent"_s).toInt(), 7);
        QVERIFY(!byDefault.report.join(u'\n').contains(u"incoming/"_s));
        QVERIFY2(byDefault.run.out.contains(u"Recent uploads:    7"_s), qPrintable(byDefault.run.out));

        const Scan immediate = scan({u"--min-age-detect"_s, u"0"_s});
        QCOMPARE(immediate.summary.value(u"recent"_s).toInt(), 0);
        QCOMPARE(immediate.report.size(), byDefault.report.size() + 7);
        QCOMPARE(scan({u"--min-age-detect"_s, u"soon"_s}).run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
