// Deletion that can be undone, end to end against the sandbox: files marked for deletion are
// backed up (size, SHA-256, manifest) and deleted; restore uploads them again through the signed
// Upload API with the same public ids and bytes and never overwrites; a wrong signature is refused
// and said so; a backup cut short deletes nothing that lacks a backup.
#include "cliprocess.h"
#include "csvtable.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// "type/public id" → size in bytes, from a report (made with --min-age-detect 0: a restored file
// is new, and would be counted as recent otherwise).
QMap<QString, QString> sizes(const CsvTable &report)
{
    QMap<QString, QString> sizes;
    for (const QStringList &row : report.rows)
        sizes.insert(row.at(1) + u'/' + CsvTable::unguarded(row.at(0)), row.at(2));
    return sizes;
}

} // namespace

class TestCliRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;

    struct Site
    {
        SandboxProcess sandbox;
        QString folder;
        QString databaseUrl;
    };

    bool startSite(Site &site, const QString &name, const QStringList &extra)
    {
        site.folder = m_dir.filePath(name);
        QDir().mkpath(site.folder);
        site.databaseUrl = u"sqlite:///"_s + site.folder + u"/db.sqlite3"_s;
        const bool started = site.sandbox.start(QStringList{u"--generate"_s, u"800"_s, u"--orphan-rate"_s, u"0.2"_s, u"--seed"_s, u"9"_s,
                                                            u"--max-bytes"_s, u"60000"_s, u"--log"_s, u"--write-database"_s, site.databaseUrl}
                                                + extra);
        if (!started)
            qWarning("%s", qPrintable(site.sandbox.error()));
        return started;
    }

    ScanRun scan(Site &site)
    {
        return runScan({u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s, u"--no-email"_s, u"--no-decisions"_s, u"--min-age-detect"_s, u"0"_s,
                        u"--resource-types"_s, u"image,video,raw"_s}, site.sandbox.cloudinaryUrl(),
                       site.databaseUrl, site.folder, u"scan%1"_s.arg(++m_run));
    }

    CliRun cli(Site &site, const QStringList &arguments, const QString &cloudinaryUrl = {})
    {
        return runCli(arguments, cloudinaryUrl.isEmpty() ? site.sandbox.cloudinaryUrl() : cloudinaryUrl, site.databaseUrl, site.folder);
    }

    // Marks the report's first `count` orphans for deletion through a decisions sheet.
    QStringList markForDeletion(Site &site, const CsvTable &report, int count)
    {
        QByteArray sheet = "public_id,resource_type,decision,note\r\n";
        QStringList marked;
        for (int i = 0; i < count; ++i) {
            sheet += report.rows.at(i).at(0).toUtf8() + ',' + report.rows.at(i).at(1).toUtf8() + ",delete,\r\n";
            marked.append(report.rows.at(i).at(1) + u'/' + CsvTable::unguarded(report.rows.at(i).at(0)));
        }
        QFile file(site.folder + u"/marked.csv"_s);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(sheet);
        file.close();
        const CliRun run = cli(site, {u"decisions"_s, u"--import"_s, file.fileName()});
        if (run.exitCode != 0)
            qWarning("import failed: %s", qPrintable(run.err));
        return marked;
    }

    static CsvTable manifest(const QString &backupDir) { return CsvTable::load(backupDir + u"/manifest.csv"_s); }

    static QStringList partFiles(const QString &backupDir)
    {
        QStringList parts;
        QDirIterator it(backupDir, {u"*.part"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            parts.append(it.next());
        return parts;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deleteWithBackupThenRestore()
    {
        Site site;
        QVERIFY(startSite(site, u"roundtrip"_s, {}));
        const ScanRun before = scan(site);
        QVERIFY(before.report.rows.size() > 20);
        // Five images or videos and a raw file (its public id keeps its extension).
        CsvTable chosen = before.report;
        chosen.rows = before.report.rows.mid(0, 5);
        for (const QStringList &row : before.report.rows) {
            if (row.at(1) == u"raw"_s) {
                chosen.rows.append(row);
                break;
            }
        }
        QCOMPARE(chosen.rows.constLast().at(1), u"raw"_s);
        const QStringList marked = markForDeletion(site, chosen, 6);
        QCOMPARE(marked.size(), 6);
        const QString backupDir = site.folder + u"/backups"_s;

        const CliRun deleted = cli(site, {u"delete"_s, u"--marked"_s, u"--confirm"_s, u"--min-age"_s, u"0"_s, u"--delay"_s, u"0"_s,
                                          u"--backup-dir"_s, backupDir});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err + deleted.out));
        QVERIFY2(deleted.out.contains(u"Done: 6 deleted"_s), qPrintable(deleted.out));
        QVERIFY2(deleted.out.contains(u"Backed up 6 originals"_s), qPrintable(deleted.out));

        // Gone from the account.
        const QMap<QString, QString> sizesBefore = sizes(before.report);
        const QMap<QString, QString> sizesGone = sizes(scan(site).report);
        for (const QString &id : marked)
            QVERIFY2(!sizesGone.contains(id), qPrintable(id));
        QCOMPARE(sizesGone.size(), sizesBefore.size() - 6);

        // The manifest: one checked line per file, each file on disk with that size and SHA-256.
        const CsvTable lines = manifest(backupDir);
        QVERIFY2(lines.error.isEmpty(), qPrintable(lines.error));
        QCOMPARE(lines.header, (QStringList{u"backed_up_at"_s, u"account"_s, u"public_id"_s, u"resource_type"_s, u"format"_s, u"size_bytes"_s,
                                            u"uploaded_at"_s, u"url"_s, u"sha256"_s, u"file"_s}));
        QCOMPARE(lines.rows.size(), 6);
        for (const QStringList &row : lines.rows) {
            const QString id = row.at(3) + u'/' + CsvTable::unguarded(row.at(2));
            QVERIFY2(marked.contains(id), qPrintable(id));
            QCOMPARE(row.at(5), sizesBefore.value(id));
            QFile backup(backupDir + u'/' + CsvTable::unguarded(row.at(9)));
            QVERIFY2(backup.open(QIODevice::ReadOnly), qPrintable(backup.fileName()));
            const QByteArray content = backup.readAll();
            QCOMPARE(QByteArray::number(content.size()), row.at(5).toLatin1());
            QCOMPARE(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(), row.at(8).toLatin1());
            QVERIFY(row.at(7).contains(u"/upload/"_s));
        }

        // The dry run uploads nothing.
        const CliRun dry = cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir, u"--all"_s, u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(int(dry.out.count(u"would-restore"_s)), 6 + 1);
        QCOMPARE(int(site.sandbox.output().count(u"POST /v1_1/demo/"_s)), 0);

        // One by public id, then the rest: the same public ids and bytes are listed again.
        const QString first = CsvTable::unguarded(lines.rows.at(0).at(2));
        const CliRun one = cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir, u"--public-id"_s, first});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err + one.out));
        QVERIFY2(one.out.contains(u"Done: 1 restored"_s), qPrintable(one.out));
        const CliRun rest = cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir, u"--all"_s});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err + rest.out));
        QVERIFY2(rest.out.contains(u"5 restored, 1 restore-exists"_s), qPrintable(rest.out)); // never overwritten
        const QMap<QString, QString> sizesAfter = sizes(scan(site).report);
        QCOMPARE(sizesAfter, sizesBefore);

        // The audit log has the deletions and the restores.
        const CsvTable audit = CsvTable::load(site.folder + u"/reports/deletion_audit.csv"_s);
        QStringList outcomes;
        for (const QStringList &row : audit.rows)
            outcomes.append(row.at(4));
        QCOMPARE(outcomes.count(u"deleted"_s), 6);
        QCOMPARE(outcomes.count(u"restored"_s), 6);
        QCOMPARE(outcomes.count(u"restore-exists"_s), 1);

        // Usage and a public id without a backup.
        QCOMPARE(cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir}).exitCode, 2);
        const CliRun unknown = cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir, u"--public-id"_s, u"no/such/file"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"has no backup of no/such/file"_s), qPrintable(unknown.err));
        const CliRun listed = cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir, u"--list"_s});
        QVERIFY2(listed.out.contains(u"6 backups of demo@127.0.0.1"_s), qPrintable(listed.out));
    }

    void wrongSignatureIsRefusedAndReported()
    {
        Site site;
        QVERIFY(startSite(site, u"signature"_s, {}));
        const ScanRun before = scan(site);
        markForDeletion(site, before.report, 2);
        const QString backupDir = site.folder + u"/backups"_s;
        const CliRun deleted = cli(site, {u"delete"_s, u"--marked"_s, u"--confirm"_s, u"--min-age"_s, u"0"_s, u"--delay"_s, u"0"_s,
                                          u"--backup-dir"_s, backupDir});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));

        const CliRun refused = cli(site, {u"restore"_s, u"--backup-dir"_s, backupDir, u"--all"_s}, site.sandbox.cloudinaryUrl(u"wrong-secret"_s));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"Cloudinary refused the upload (HTTP 401): Invalid Signature"_s), qPrintable(refused.out));
        QVERIFY2(refused.err.contains(u"check the API key and secret in CLOUDINARY_URL"_s), qPrintable(refused.err));
        QVERIFY2(!refused.out.contains(u"wrong-secret"_s) && !refused.err.contains(u"wrong-secret"_s), "the secret must never be printed");
        QCOMPARE(int(site.sandbox.output().count(u"POST /v1_1/demo/image/upload -> 401"_s)
                     + site.sandbox.output().count(u"POST /v1_1/demo/video/upload -> 401"_s)), 1); // stopped after the first refusal
        QCOMPARE(sizes(scan(site).report).size(), before.report.rows.size() - 2);

        // --no-backup deletes without one, and says so.
        const CsvTable left = scan(site).report;
        markForDeletion(site, left, 1);
        const CliRun unprotected = cli(site, {u"delete"_s, u"--marked"_s, u"--confirm"_s, u"--min-age"_s, u"0"_s, u"--delay"_s, u"0"_s,
                                              u"--no-backup"_s});
        QVERIFY2(unprotected.exitCode == 0, qPrintable(unprotected.err));
        QVERIFY2(unprotected.err.contains(u"--no-backup: the originals are not backed up; what is deleted cannot be restored"_s),
                 qPrintable(unprotected.err));
        QVERIFY(unprotected.out.contains(u"Done: 1 deleted"_s));
        QVERIFY(!unprotected.out.contains(u"Backed up"_s));
        QCOMPARE(manifest(backupDir).rows.size(), 2);
        QCOMPARE(cli(site, {u"delete"_s, u"--marked"_s, u"--confirm"_s, u"--no-backup"_s, u"--backup-dir"_s, backupDir}).exitCode, 2);
    }

    // Downloads cut short (a reset connection, a server error): those files are not deleted, and
    // nothing half-written is left or listed.
    void interruptedBackupDeletesNothingWithoutABackup()
    {
        Site site;
        QVERIFY(startSite(site, u"interrupted"_s, {u"--download-fault"_s, u"2:reset"_s, u"--download-fault"_s, u"5:500"_s}));
        const ScanRun before = scan(site);
        const QStringList marked = markForDeletion(site, before.report, 8);
        const QString backupDir = site.folder + u"/backups"_s;
        const CliRun deleted = cli(site, {u"delete"_s, u"--marked"_s, u"--confirm"_s, u"--min-age"_s, u"0"_s, u"--delay"_s, u"0"_s,
                                          u"--backup-dir"_s, backupDir});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err + deleted.out));
        QVERIFY2(deleted.out.contains(u"6 deleted"_s) && deleted.out.contains(u"2 backup-failed"_s), qPrintable(deleted.out));

        QStringList backedUp;
        for (const QStringList &row : manifest(backupDir).rows)
            backedUp.append(row.at(3) + u'/' + CsvTable::unguarded(row.at(2)));
        QCOMPARE(backedUp.size(), 6);
        const QMap<QString, QString> left = sizes(scan(site).report);
        int stillThere = 0;
        for (const QString &id : marked) {
            if (left.contains(id))
                ++stillThere;
            QVERIFY2(left.contains(id) != backedUp.contains(id), qPrintable(id)); // deleted exactly when backed up
        }
        QCOMPARE(stillThere, 2);
        QVERIFY2(partFiles(backupDir).isEmpty(), qPrintable(partFiles(backupDir).join(u", "_s)));

        // Killed in the middle of a download that never ends: nothing of that batch is deleted.
        Site stuck;
        QVERIFY(startSite(stuck, u"killed"_s, {u"--download-fault"_s, u"3:slow"_s}));
        const ScanRun stuckBefore = scan(stuck);
        markForDeletion(stuck, stuckBefore.report, 5);
        const CliRun killed = runCli({u"delete"_s, u"--marked"_s, u"--confirm"_s, u"--min-age"_s, u"0"_s, u"--delay"_s, u"0"_s,
                                      u"--backup-dir"_s, stuck.folder + u"/backups"_s},
                                     stuck.sandbox.cloudinaryUrl(), stuck.databaseUrl, stuck.folder, 5'000);
        QVERIFY(killed.exitCode != 0);
        QCOMPARE(int(stuck.sandbox.output().count(u" DELETE /v1_1/"_s)), 0);
        QCOMPARE(sizes(scan(stuck).report).size(), stuckBefore.report.rows.size());
    }
};

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_cli_restore.moc"
