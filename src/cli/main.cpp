// orphanscope-cli: the headless scan, for cron and other schedulers; `delete` for the orphans
// of a report, `decisions` for the admins' review, `restore` for deleted files.
#include "clioptions.h"
#include "consolereporter.h"
#include "decisionscommand.h"
#include "deletecommand.h"
#include "discovercommand.h"
#include "emailnotifier.h"
#include "interruptwatcher.h"
#include "restorecommand.h"
#include "notify/webhooksender.h"
#include "report/reportwriter.h"
#include "scan/scanestimate.h"
#include "scan/scanrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Orphanscope;
using namespace Orphanscope::Cli;

namespace {

enum ExitCode { Complete = 0, Failure = 1, StoppedEarly = 3, OrphansFound = 4 };

// Writes the CSV; if that fails, saves it in the temp folder so that nothing found is lost.
bool writeReport(const CliOptions &options, const ScanResult &result, ConsoleReporter &reporter, QString *writtenPath)
{
    if (result.orphans.isEmpty() && options.outputPath.isEmpty())
        return true;
    QString path = options.outputPath.isEmpty() ? ReportWriter::defaultCsvPath(QDateTime::currentDateTime(), result.isPartial())
                                                : options.outputPath;
    if (result.isPartial() && !options.outputPath.isEmpty())
        path = ReportWriter::markPartial(path);
    QString error;
    if (ReportWriter::writeCsv(path, result.orphans, &error)) {
        *writtenPath = path;
        return true;
    }
    reporter.printError(error);
    const QString fallback = QDir(QDir::tempPath()).filePath(QFileInfo(ReportWriter::defaultCsvPath(QDateTime::currentDateTime(), result.isPartial())).fileName());
    QString fallbackError;
    if (ReportWriter::writeCsv(fallback, result.orphans, &fallbackError)) {
        reporter.printError(u"The report was saved to %1 instead"_s.arg(fallback));
        *writtenPath = fallback;
    }
    return false;
}

// Records a complete scan in the history and compares it with the earlier ones first. The history
// is a convenience: a problem with it is a warning, never a failed scan.
void consultHistory(const CliOptions &options, ScanResult &result, ConsoleReporter &reporter)
{
    if (options.historyPath.isEmpty())
        return;
    ScanHistory history(options.historyPath);
    QString error;
    if (history.open(&error))
        history.consult(result, options.settings, options.spikeRule, &error);
    if (!error.isEmpty())
        reporter.printWarning(error);
}

void postWebhook(const CliOptions &options, const ScanResult &result, const QString &csvPath, ConsoleReporter &reporter)
{
    if (options.webhookUrl.isEmpty() || !WebhookSender::worthTelling(result))
        return;
    QString error;
    if (WebhookSender::post(options.webhookUrl, WebhookSender::payload(result, options.appName, csvPath), 15'000, &error))
        reporter.printNotice(u"Summary posted to the webhook at %1"_s.arg(options.webhookUrl.host()));
    else
        reporter.printWarning(error);
}

int finish(const CliOptions &options, ScanResult result, ConsoleReporter &reporter, const EmailNotifier &email)
{
    consultHistory(options, result, reporter);
    reporter.printResult(result);
    QString csvPath;
    bool written = writeReport(options, result, reporter, &csvPath);
    if (!options.jsonPath.isEmpty()) {
        QString error;
        if (!ReportWriter::writeJsonSummary(options.jsonPath, result, csvPath, &error)) {
            reporter.printError(error);
            written = false;
        }
    }
    reporter.printReportPath(csvPath, result.totalOrphans());
    if (result.brokenChecked && !result.brokenReferences.isEmpty()) {
        const QString path = options.brokenReferencesPath.isEmpty() ? ReportWriter::defaultBrokenReferencesPath(QDateTime::currentDateTime())
                                                                    : options.brokenReferencesPath;
        QString error;
        if (ReportWriter::writeBrokenReferencesCsv(path, result.brokenReferences, &error)) {
            reporter.printBrokenReferences(result, path);
        } else {
            reporter.printError(error);
            written = false;
        }
    } else {
        reporter.printBrokenReferences(result, {});
    }
    email.notify(result, csvPath, reporter); // a mail problem is a warning; the exit code stays
    postWebhook(options, result, csvPath, reporter);
    if (!written)
        return Failure;
    if (result.isPartial())
        return StoppedEarly;
    if (options.failOnOrphans && result.totalOrphans() > 0)
        return OrphansFound;
    return Complete;
}

// One GET /usage: what a whole-account scan of these types costs in calls and windows. An
// interrupt ends the wait (the call is abandoned): nullopt, *interrupted set.
std::optional<ScanEstimate> estimateScan(const ScanSettings &settings, InterruptWatcher &interrupts, bool *interrupted, QString *error)
{
    ScanEstimator estimator(settings);
    std::optional<ScanEstimate> estimate;
    QEventLoop loop;
    QObject::connect(&estimator, &ScanEstimator::estimated, &loop, [&](const ScanEstimate &value) {
        estimate = value;
        loop.quit();
    });
    QObject::connect(&estimator, &ScanEstimator::failed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        *interrupted = true;
        loop.quit();
    });
    estimator.start();
    loop.exec();
    return estimate;
}

// The end of a run interrupted during the estimate, before anything was listed or written.
int stoppedBeforeTheScan(ConsoleReporter &reporter)
{
    reporter.printWarning(u"Interrupted before the scan began: nothing was listed, nothing written"_s);
    return StoppedEarly;
}

QString budgetHint(const ScanEstimate &estimate)
{
    return estimate.fitsThisWindow() ? QString() : u"; --wait-for-reset lets it run, --resume continues it"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"orphanscope-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ORPHANSCOPE_VERSION));

    if (app.arguments().value(1) == u"delete"_s)
        return runDeleteCommand(app.arguments());
    if (app.arguments().value(1) == u"decisions"_s)
        return runDecisionsCommand(app.arguments());
    if (app.arguments().value(1) == u"restore"_s)
        return runRestoreCommand(app.arguments());

    const ParseOutcome parsed = parseCommandLine(app.arguments());
    if (!parsed.options) {
        if (parsed.exitCode == 0)
            std::printf("%s\n", parsed.message.toUtf8().constData());
        else
            std::fprintf(stderr, "orphanscope-cli: error: %s\n", parsed.message.toUtf8().constData());
        return parsed.exitCode;
    }
    const CliOptions options = *parsed.options;
    if (options.discover)
        return runDiscovery(options.settings, options.verbosity == Verbosity::Quiet);
    ConsoleReporter reporter(options.verbosity, ConsoleReporter::terminalShowsEmoji());
    // Watching from here on, so Ctrl+C during the estimate ends the program the same clean way.
    InterruptWatcher interrupts;
    bool interrupted = false;
    if (options.estimateOnly) {
        QString error;
        const auto estimate = estimateScan(options.settings, interrupts, &interrupted, &error);
        if (interrupted)
            return stoppedBeforeTheScan(reporter);
        if (!estimate) {
            reporter.printError(error);
            return Failure;
        }
        std::printf("Whole-account scan of %s: %s\n", qPrintable(options.settings.cloudinary.cloudName), qPrintable(estimate->text() + budgetHint(*estimate)));
        return Complete;
    }
    reporter.printConfiguration(options.settings);
    // A whole-account scan says first what it will cost (one call); an incremental one lists what
    // is new only.
    if (!options.settings.days && options.settings.inventoryMode != InventoryMode::Incremental && !options.noEstimate
        && options.verbosity != Verbosity::Quiet) {
        QString error;
        const auto estimate = estimateScan(options.settings, interrupts, &interrupted, &error);
        if (interrupted)
            return stoppedBeforeTheScan(reporter);
        reporter.printNotice(estimate ? u"Estimate for the whole account: "_s + estimate->text() + budgetHint(*estimate) : error);
    }

    const EmailNotifier email = EmailNotifier::fromEnvironment(options.appName, options.noEmail);
    ScanRunner runner(options.settings);
    int exitCode = Failure;
    QObject::connect(runner.job(), &ScanJob::progress, &app, [&reporter](const ScanProgress &p) { reporter.printProgress(p); });
    QObject::connect(runner.job(), &ScanJob::warning, &app, [&reporter](const QString &m) { reporter.printWarning(m); });
    QObject::connect(runner.job(), &ScanJob::finished, &app, [&](const ScanResult &result) {
        exitCode = finish(options, result, reporter, email);
        QCoreApplication::quit();
    });
    QObject::connect(runner.job(), &ScanJob::failed, &app, [&](const QString &message) {
        reporter.printError(message);
        exitCode = Failure;
        QCoreApplication::quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner, [&] {
        reporter.printWarning(u"Interrupted: stopping the scan and keeping what was found (press Ctrl+C again to quit at once)"_s);
        runner.cancel();
    });
    runner.start();
    QCoreApplication::exec();
    return exitCode;
}
