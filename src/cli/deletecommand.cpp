#include "deletecommand.h"

#include "clioptions.h"
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
Deletes the orphans listed in a report, checking each again just before: a file that a database
row refers to now, that matches an ignore rule, that is younger than --min-age or that Cloudinary
no longer has is skipped. At most 100 files a call, grouped by type, under the rate-limit guard.
Every outcome is appended to the audit log.

Examples:
  orphanscope-cli delete --input reports/orphaned_files_2026-11-26_031500.csv --dry-run
  orphanscope-cli delete --input reports/orphaned_files_2026-11-26_031500.csv --confirm

Exit codes: 0 done, 1 failure, 2 usage (also: neither --confirm nor --dry-run), 3 stopped early.)"_s;

void print(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toUtf8().constData());
    std::fflush(stream);
}

int usage(const QString &message)
{
    print(stderr, u"orphanscope-cli delete: error: %1"_s.arg(message));
    return 2;
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
    parser.setApplicationDescription(Description);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption input(u"input"_s, u"The report whose orphans to delete (a CSV that orphanscope-cli or the app wrote)."_s, u"path"_s);
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
    parser.addOptions({help, input, confirm, dryRun, minAge, audit, reference, cdnHost, referenceAllText, ignore, ignoreFile, delay, quiet});
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1); // "delete"
    if (!parser.parse(withoutCommand))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, u"Usage: orphanscope-cli delete [options]\n"_s + parser.helpText().section(u'\n', 1));
        return 0;
    }
    if (!parser.isSet(input))
        return usage(u"--input REPORT.csv is required: the report whose orphans to delete"_s);
    if (parser.isSet(confirm) == parser.isSet(dryRun))
        return usage(parser.isSet(confirm) ? u"--confirm and --dry-run exclude each other"_s
                                           : u"nothing is deleted without --confirm; use --dry-run to see what would happen"_s);

    DeletionSettings settings;
    settings.dryRun = parser.isSet(dryRun);
    settings.auditPath = parser.value(audit);
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
    if (!cloudinary || !database) {
        print(stderr, u"orphanscope-cli delete: error: %1"_s.arg(error));
        return 1;
    }
    settings.cloudinary = *cloudinary;
    const auto cdnHosts = parseCdnHosts(parser.values(cdnHost), &error);
    if (!cdnHosts)
        return usage(error);
    settings.cloudinary.deliveryHosts += *cdnHosts;
    settings.database = database->first();
    settings.otherDatabases = database->mid(1);
    settings.referenceAllText = parser.isSet(referenceAllText);
    const auto candidates = ReportReader::read(parser.value(input), &error);
    if (!candidates) {
        print(stderr, u"orphanscope-cli delete: error: %1"_s.arg(error));
        return 1;
    }
    if (!settings.referenceAllText)
        warnAboutUnreadTextColumns(settings);

    const bool quietOutput = parser.isSet(quiet);
    const QLocale locale = QLocale::system();
    print(stdout, settings.dryRun ? u"Dry run: checking %1 files from %2; nothing will be deleted"_s.arg(candidates->size()).arg(parser.value(input))
                                  : u"Deleting up to %1 files from %2 (audit log: %3)"_s.arg(candidates->size()).arg(parser.value(input), settings.auditPath));

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
        if (summary.stopped)
            print(stderr, u"orphanscope-cli delete: stopped early: %1"_s.arg(summary.stopDetail));
        exitCode = summary.stopped ? 3 : 0;
        QCoreApplication::quit();
    });
    QObject::connect(job, &DeletionJob::failed, qApp, [&](const QString &message) {
        print(stderr, u"orphanscope-cli delete: error: %1"_s.arg(message));
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
