#include "restorecommand.h"

#include "deletion/restorejob.h"
#include "interruptwatcher.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

namespace {

const QString Description = uR"(
Uploads deleted files again from the backups that `orphanscope-cli delete` made: each backup's
size and SHA-256 are checked against the manifest, then the file is uploaded through Cloudinary's
Upload API (a signed request) with its public id and resource type. A file of that public id that
exists again is never overwritten. A restored file has its public id, bytes and format back;
Cloudinary gives it a new version number (and so new delivery URLs with v<version>). Every
outcome is appended to the audit log.

Examples:
  orphanscope-cli restore --list
  orphanscope-cli restore --public-id prompts/2024/img_108 --dry-run
  orphanscope-cli restore --backup-dir /srv/backups/cloudinary --all

Exit codes: 0 done, 1 failure (a backup could not be restored), 2 usage.)"_s;

const Subcommand Command(u"restore"_s);

int listBackups(const RestoreSettings &settings, const QString &account)
{
    QString error;
    const auto entries = BackupManifest(settings.backupFolder).read(&error);
    if (!entries)
        return Command.failure(error);
    const QLocale locale = QLocale::system();
    int shown = 0;
    for (const BackupEntry &entry : *entries) {
        if (entry.account != account)
            continue;
        Subcommand::print(stdout, u"%1  %2  %3 (%4)"_s.arg(entry.backedUpAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                                           locale.formattedDataSize(entry.bytes).rightJustified(9), entry.publicId,
                                                           resourceTypeName(entry.type)));
        ++shown;
    }
    Subcommand::print(stdout, u"%1 backups of %2 in %3"_s.arg(shown).arg(account, settings.backupFolder));
    return 0;
}

} // namespace

int runRestoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption backupDir(u"backup-dir"_s, u"The backup folder (default ~/.local/share/orphanscope/backups)."_s, u"dir"_s);
    const QCommandLineOption publicId(u"public-id"_s, u"Restore this file (its newest backup). Repeatable."_s, u"id"_s);
    const QCommandLineOption all(u"all"_s, u"Restore every file backed up from this account."_s);
    const QCommandLineOption list(u"list"_s, u"List the backups of this account with their dates, restore nothing."_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Check the backups and print what would be restored; upload nothing."_s);
    const QCommandLineOption audit(u"audit"_s, u"Append every outcome to this CSV (default reports/deletion_audit.csv)."_s, u"path"_s,
                                   u"reports/deletion_audit.csv"_s);
    parser.addOptions({backupDir, publicId, all, list, dryRun, audit});
    if (const auto done = Command.parse(parser, arguments, Description))
        return *done;
    const int choices = int(parser.isSet(publicId)) + int(parser.isSet(all)) + int(parser.isSet(list));
    if (choices != 1)
        return Command.usage(choices == 0 ? u"say what to restore: --public-id ID (repeatable) or --all; --list shows the backups"_s
                                          : u"--public-id, --all and --list exclude each other"_s);
    RestoreSettings settings;
    QString error;
    const auto cloudinary = CloudinaryConfig::fromUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error);
    if (!cloudinary)
        return Command.failure(error);
    settings.cloudinary = *cloudinary;
    settings.backupFolder = parser.isSet(backupDir) ? parser.value(backupDir) : BackupManifest::defaultFolder();
    settings.publicIds = parser.values(publicId);
    settings.all = parser.isSet(all);
    settings.dryRun = parser.isSet(dryRun);
    settings.auditPath = parser.value(audit);
    const QString account = settings.cloudinary.accountName();
    if (parser.isSet(list))
        return listBackups(settings, account);

    RestoreJob job(settings);
    int exitCode = 1;
    QObject::connect(&job, &RestoreJob::outcome, qApp, [](const BackupEntry &entry, DeletionOutcome outcome, const QString &detail) {
        Subcommand::print(stdout, u"  %1  %2 (%3)%4"_s.arg(deletionOutcomeName(outcome), -15).arg(entry.publicId, resourceTypeName(entry.type),
                                                                                                 detail.isEmpty() ? QString() : u": "_s + detail));
    });
    QObject::connect(&job, &RestoreJob::finished, qApp, [&](const RestoreSummary &summary) {
        const QLocale locale = QLocale::system();
        QStringList parts;
        for (int i = 0; i < DeletionOutcomeCount; ++i) {
            if (summary.counts[i] > 0)
                parts.append(u"%1 %2"_s.arg(locale.toString(summary.counts[i]), deletionOutcomeName(DeletionOutcome(i))));
        }
        Subcommand::print(stdout, u"Done: %1; %2 uploaded again%3"_s.arg(parts.isEmpty() ? u"nothing to restore"_s : parts.join(u", "_s),
                                                                        locale.formattedDataSize(summary.bytesRestored),
                                                                        settings.dryRun ? u" (dry run: nothing was uploaded)"_s : QString()));
        if (summary.stopped)
            Command.failure(u"stopped: %1"_s.arg(summary.stopDetail));
        exitCode = summary.count(DeletionOutcome::RestoreFailed) > 0 || summary.stopped ? 1 : 0;
        QCoreApplication::quit();
    });
    QObject::connect(&job, &RestoreJob::failed, qApp, [&](const QString &message) {
        Command.failure(message);
        exitCode = 1;
        QCoreApplication::quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, &RestoreJob::cancel);
    Subcommand::print(stdout, settings.dryRun ? u"Dry run: checking backups in %1; nothing will be uploaded"_s.arg(settings.backupFolder)
                                              : u"Restoring from %1 to %2 (audit log: %3)"_s.arg(settings.backupFolder, settings.cloudinary.cloudName, settings.auditPath));
    job.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Orphanscope::Cli
