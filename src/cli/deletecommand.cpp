#include "deletecommand.h"

#include "clioptions.h"
#include "deletion/backupmanifest.h"
#include "review/decisionstore.h"
#include "subcommand.h"
#include "database/referencediscovery.h"
#include "deletion/deletionjob.h"
#include "interruptwatcher.h"
#include "report/reportreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

namespace {

const QString Description = uR"(
Deletes the orphans listed in a report (--input) or those the admins marked for deletion
(--marked), checking each again just before: a file that a database row refers to now, that an
admin decided to keep, that matches an ignore rule, that is younger than --min-age or that
Cloudinary no longer has is skipped. Each original is downloaded to the backup folder first
(size checked, SHA-256 and a manifest line written); only files whose backup is complete are
deleted, and `orphanscope-cli restore` uploads them again. At most 100 files a call, grouped by
type, under the rate-limit guard. Every outcome is appended to the audit log.

Examples:
  orphanscope-cli delete --input reports/orphaned_files_2026-11-26_031500.csv --dry-run
  orphanscope-cli delete --input reports/orphaned_files_2026-11-26_031500.csv --confirm
  orphanscope-cli delete --marked --confirm

Exit codes: 0 done, 1 failure, 2 usage (also: neither --confirm nor --dry-run), 3 stopped early.)"_s;

const Subcommand Command(u"delete"_s);

void print(FILE *stream, const QString &text)
{
    Subcommand::print(stream, text);
}

int usage(const QString &message)
{
    return Command.usage(message);
}

// The files marked for deletion in the decisions of this account. Their details come from
// Cloudinary's answer when they are looked up again before deletion.
std::optional<ResourceList> markedFiles(const DeletionSettings &settings, QString *error)
{
    DecisionStore store(settings.decisionsPath, settings.cloudinary.accountName());
    std::optional<DecisionMap> decisions;
    if (store.open(error))
        decisions = store.load(error);
    if (!decisions)
        return std::nullopt;
    ResourceList marked;
    for (const FileDecision &decision : std::as_const(*decisions)) {
        if (decision.decision == Decision::Delete) {
            CloudinaryResource file;
            file.type = decision.type;
            file.publicId = decision.publicId;
            marked.append(file);
        }
    }
    std::sort(marked.begin(), marked.end(), [](const CloudinaryResource &a, const CloudinaryResource &b) {
        return std::pair(indexOf(a.type), a.publicId) < std::pair(indexOf(b.type), b.publicId);
    });
    return marked;
}


// A file whose only reference is a URL in a text column the re-check does not read would be
// deleted: say so before anything is deleted, naming the columns.
void warnAboutUnreadTextColumns(const DeletionSettings &settings)
{
    QStringList unread;
    qsizetype total = 0;
    for (const DatabaseConfig &database : settings.databases()) {
        QString error;
        const auto columns = ReferenceDiscovery::textColumns(database, &error);
        if (!columns)
            return; // the deletion's own read reports the problem
        total += columns->size();
        for (const ReferenceSpec &column : *columns) {
            if (!column.isNamedIn(settings.references))
                unread.append(column.table + u'.' + column.column);
        }
    }
    if (unread.isEmpty())
        return;
    const QString shown = unread.size() > 8 ? unread.mid(0, 8).join(u", "_s) + u", …"_s : unread.join(u", "_s);
    print(stderr, u"orphanscope-cli delete: warning: the re-check reads %1 of %2 text-like columns; a file referenced only by a URL in the others (%3) "
                  "is not protected. Run orphanscope-cli --discover, add them with --reference TABLE.COLUMN:text, or use --reference-all-text"_s
                      .arg(total - unread.size()).arg(total).arg(shown));
}

} // namespace

int runDeleteCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption input(u"input"_s, u"The report whose orphans to delete (a CSV that orphanscope-cli or the app wrote)."_s, u"path"_s);
    const QCommandLineOption marked(u"marked"_s, u"Delete the files the admins marked for deletion (the app's D key, or decisions --import)."_s);
    const QCommandLineOption backupDir(u"backup-dir"_s, u"Back the originals up in this folder (default ~/.local/share/orphanscope/backups)."_s, u"dir"_s);
    const QCommandLineOption noBackup(u"no-backup"_s, u"Delete without backing the originals up: they cannot be restored."_s);
    const QCommandLineOption decisions(u"decisions"_s, u"The admins' decisions (default ~/.local/share/orphanscope/decisions.sqlite3): files decided to keep are never deleted."_s, u"path"_s);
    const QCommandLineOption noDecisions(u"no-decisions"_s, u"Do not consult the decisions (not with --marked)."_s);
    const QCommandLineOption confirm(u"confirm"_s, u"Really delete. Without it nothing is deleted."_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Check everything and print what would happen; delete nothing."_s);
    const QCommandLineOption minAge(u"min-age"_s, u"Never delete a file younger than this many hours (default 24)."_s, u"hours"_s, u"24"_s);
    const QCommandLineOption audit(u"audit"_s, u"Append every outcome to this CSV (default reports/deletion_audit.csv)."_s, u"path"_s,
                                   u"reports/deletion_audit.csv"_s);
    const QCommandLineOption reference(u"reference"_s, u"A column that references files, TABLE.COLUMN[:KIND] (image, video, raw or text); repeatable (default as for a scan)."_s, u"spec"_s);
    const QCommandLineOption cdnHost(u"cdn-host"_s, u"A custom delivery host whose URLs in text columns count. Repeatable."_s, u"host"_s);
    const QCommandLineOption referenceAllText(u"reference-all-text"_s, u"Re-check against every text-like column of every database too (the safe choice)."_s);
    const QCommandLineOption ignore(u"ignore"_s, u"Never delete files matching this glob. Repeatable."_s, u"glob"_s);
    const QCommandLineOption ignoreFile(u"ignore-file"_s, u"Read ignore globs from this file."_s, u"path"_s);
    const QCommandLineOption delay(u"delay"_s, u"Pause between API calls in seconds (default 0.1)."_s, u"seconds"_s, u"0.1"_s);
    const QCommandLineOption quiet({u"q"_s, u"quiet"_s}, u"Print only the summary and errors."_s);
    parser.addOptions({input, marked, confirm, dryRun, minAge, backupDir, noBackup, decisions, noDecisions, audit, reference, cdnHost,
                       referenceAllText, ignore, ignoreFile, delay, quiet});
    if (const auto done = Command.parse(parser, arguments, Description))
        return *done;
    if (parser.isSet(input) == parser.isSet(marked))
        return usage(parser.isSet(input) ? u"--input and --marked exclude each other"_s
                                         : u"say which files: --input REPORT.csv (a report's orphans) or --marked (those marked for deletion)"_s);
    if (parser.isSet(backupDir) && parser.isSet(noBackup))
        return usage(u"--backup-dir and --no-backup exclude each other"_s);
    if (parser.isSet(decisions) && parser.isSet(noDecisions))
        return usage(u"--decisions and --no-decisions exclude each other"_s);
    if (parser.isSet(marked) && parser.isSet(noDecisions))
        return usage(u"--marked reads the decisions; it cannot go with --no-decisions"_s);
    if (parser.isSet(confirm) == parser.isSet(dryRun))
        return usage(parser.isSet(confirm) ? u"--confirm and --dry-run exclude each other"_s
                                           : u"nothing is deleted without --confirm; use --dry-run to see what would happen"_s);

    DeletionSettings settings;
    settings.dryRun = parser.isSet(dryRun);
    settings.auditPath = parser.value(audit);
    if (!parser.isSet(noBackup))
        settings.backupFolder = parser.isSet(backupDir) ? parser.value(backupDir) : BackupManifest::defaultFolder();
    if (!parser.isSet(noDecisions))
        settings.decisionsPath = parser.isSet(decisions) ? parser.value(decisions) : DecisionStore::defaultPath();
    bool ok = false;
    const double hours = parser.value(minAge).toDouble(&ok);
    if (!ok || hours < 0)
        return usage(u"--min-age needs a number of hours, 0 or more"_s);
    settings.minAgeMSecs = qint64(hours * 3600 * 1000);
    const double pause = parser.value(delay).toDouble(&ok);
    if (!ok || pause < 0 || pause > 60)
        return usage(u"--delay needs seconds between 0 and 60"_s);
    settings.pauseMs = qRound(pause * 1000);
    QString error;
    if (parser.isSet(reference)) {
        const auto specs = parseReferences(parser.values(reference), &error);
        if (!specs)
            return usage(error);
        settings.references = *specs;
    }
    const auto rules = loadIgnoreRules(parser.values(ignore), parser.value(ignoreFile), &error);
    if (!rules)
        return usage(error);
    settings.ignore = *rules;
    const auto cloudinary = CloudinaryConfig::fromUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error);
    const auto database = cloudinary ? siteDatabases({}, &error) : std::nullopt;
    if (!cloudinary || !database)
        return Command.failure(error);
    settings.cloudinary = *cloudinary;
    const auto cdnHosts = parseCdnHosts(parser.values(cdnHost), &error);
    if (!cdnHosts)
        return usage(error);
    settings.cloudinary.deliveryHosts += *cdnHosts;
    settings.database = database->first();
    settings.otherDatabases = database->mid(1);
    settings.referenceAllText = parser.isSet(referenceAllText);
    const QString source = parser.isSet(marked) ? u"the files marked for deletion"_s : parser.value(input);
    const auto candidates = parser.isSet(marked) ? markedFiles(settings, &error) : ReportReader::read(parser.value(input), &error);
    if (!candidates)
        return Command.failure(error);
    if (!settings.referenceAllText)
        warnAboutUnreadTextColumns(settings);
    if (settings.backupFolder.isEmpty() && !settings.dryRun)
        Command.warning(u"--no-backup: the originals are not backed up; what is deleted cannot be restored"_s);

    const bool quietOutput = parser.isSet(quiet);
    const QLocale locale = QLocale::system();
    print(stdout, settings.dryRun ? u"Dry run: checking %1 files from %2; nothing will be deleted"_s.arg(candidates->size()).arg(source)
                                  : u"Deleting up to %1 files from %2 (audit log: %3%4)"_s.arg(candidates->size()).arg(source, settings.auditPath,
                                        settings.backupFolder.isEmpty() ? QString() : u"; backups: "_s + settings.backupFolder));

    QThread worker;
    auto *job = new DeletionJob(settings, *candidates);
    job->moveToThread(&worker);
    QObject::connect(&worker, &QThread::started, job, &DeletionJob::run);
    QObject::connect(&worker, &QThread::finished, job, &QObject::deleteLater);
    int exitCode = 1;
    QObject::connect(job, &DeletionJob::outcome, qApp, [quietOutput](const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail) {
        if (!quietOutput)
            print(stdout, u"  %1  %2 (%3)%4"_s.arg(deletionOutcomeName(outcome), -18).arg(file.publicId, resourceTypeName(file.type),
                                                                                           detail.isEmpty() ? QString() : u": "_s + detail));
    });
    QObject::connect(job, &DeletionJob::warning, qApp, [](const QString &message) { print(stderr, u"warning: %1"_s.arg(message)); });
    QObject::connect(job, &DeletionJob::finished, qApp, [&](const DeletionSummary &summary) {
        QStringList parts;
        for (int i = 0; i < int(summary.counts.size()); ++i) {
            if (summary.counts[i] > 0)
                parts.append(u"%1 %2"_s.arg(locale.toString(summary.counts[i]), deletionOutcomeName(DeletionOutcome(i))));
        }
        print(stdout, u"Done: %1; %2 freed; %3 API calls (%4 delete calls)"_s.arg(parts.isEmpty() ? u"nothing to do"_s : parts.join(u", "_s),
                                                                                  locale.formattedDataSize(summary.bytesDeleted))
                          .arg(summary.apiCalls).arg(summary.deleteCalls));
        if (summary.filesBackedUp > 0)
            print(stdout, u"Backed up %1 originals (%2) in %3; orphanscope-cli restore --backup-dir %4 uploads them again"_s
                              .arg(summary.filesBackedUp).arg(locale.formattedDataSize(summary.bytesBackedUp), summary.backupFolder, settings.backupFolder));
        if (summary.stopped)
            print(stderr, u"orphanscope-cli delete: stopped early: %1"_s.arg(summary.stopDetail));
        exitCode = summary.stopped ? 3 : 0;
        QCoreApplication::quit();
    });
    QObject::connect(job, &DeletionJob::failed, qApp, [&](const QString &message) {
        Command.failure(message);
        exitCode = 1;
        QCoreApplication::quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, job, [job] { job->cancel(); });
    worker.start();
    QCoreApplication::exec();
    worker.quit();
    worker.wait();
    return exitCode;
}

} // namespace Orphanscope::Cli
