#include "consolereporter.h"

#include "database/referencespec.h"

#include <QLocale>

#include <numeric>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString count(qint64 n) { return english().toString(n); }

QString size(qint64 bytes) { return english().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat); }

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? english().toString(100.0 * double(part) / double(whole), 'f', 1) + u'%' : u"0.0%"_s;
}

QString seconds(qint64 ms) { return english().toString(double(ms) / 1000.0, 'f', 2) + u" s"_s; }

QString utcTime(qint64 msecs)
{
    return msecs ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"unknown date"_s;
}

} // namespace

ConsoleReporter::ConsoleReporter(Verbosity verbosity, bool emoji, std::FILE *out, std::FILE *err)
    : m_verbosity(verbosity)
    , m_emoji(emoji)
    , m_out(out)
    , m_err(err)
    , m_liveProgress(verbosity != Verbosity::Quiet && isatty(fileno(err)))
{
}

bool ConsoleReporter::terminalShowsEmoji()
{
    if (!isatty(STDOUT_FILENO))
        return false;
    const QByteArray term = qgetenv("TERM");
    if (term == "dumb" || term == "linux")
        return false;
    for (const char *name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value.toUpper().contains("UTF-8") || value.toUpper().contains("UTF8");
    }
    return false;
}

QString ConsoleReporter::icon(const char *emoji) const
{
    return m_emoji ? QString::fromUtf8(emoji) + u' ' : QString();
}

void ConsoleReporter::line(const QString &text) const
{
    std::fprintf(m_out, "%s\n", text.toUtf8().constData());
}

void ConsoleReporter::clearProgressLine()
{
    if (m_progressShown) {
        std::fprintf(m_err, "\r\033[K");
        std::fflush(m_err);
        m_progressShown = false;
    }
}

void ConsoleReporter::printConfiguration(const ScanSettings &settings) const
{
    if (m_verbosity == Verbosity::Quiet)
        return;
    QStringList references;
    for (const ReferenceSpec &spec : settings.references)
        references.append(spec.toString());
    QStringList types;
    for (ResourceType type : settings.resourceTypes)
        types.append(resourceTypeName(type));
    line(icon("🔍") + u"Orphaned files detection"_s);
    line(QString(50, u'='));
    line(u"Configuration:"_s);
    line(u"  Cloud name:       %1"_s.arg(settings.cloudinary.cloudName));
    line(u"  API host:         %1"_s.arg(settings.cloudinary.apiBase.toString()));
    line(u"  Database:         %1"_s.arg(settings.database.describe()));
    for (const DatabaseConfig &other : settings.otherDatabases)
        line(u"                    %1"_s.arg(other.describe()));
    line(u"  References:       %1"_s.arg(references.join(u", "_s)));
    line(u"  Resource types:   %1"_s.arg(types.join(u", "_s)));
    line(u"  Range:            %1"_s.arg(settings.days ? u"files uploaded in the last %1 days"_s.arg(*settings.days) : u"all files"_s));
    line(u"  Pause per call:   %1 s"_s.arg(english().toString(settings.pauseMs / 1000.0, 'f', 2)));
    line();
    line(icon("📡") + u"Fetching files from Cloudinary…"_s);
    std::fflush(m_out);
}

void ConsoleReporter::printProgress(const ScanProgress &progress)
{
    if (m_verbosity == Verbosity::Verbose) {
        for (ResourceType type : AllResourceTypes) {
            const int pages = progress.pages[indexOf(type)];
            if (pages > m_pagesPrinted[indexOf(type)]) {
                m_pagesPrinted[indexOf(type)] = pages;
                clearProgressLine();
                line(u"  %1: page %2, %3 so far"_s.arg(resourceTypePluralLabel(type)).arg(pages).arg(count(progress.listed[indexOf(type)])));
                std::fflush(m_out);
            }
        }
    }
    if (!m_liveProgress)
        return;
    QString text;
    switch (progress.phase) {
    case ScanPhase::Starting:
    case ScanPhase::Listing:
        text = u"Fetching %1… %2 pages, %3 files"_s.arg(resourceTypePluralLabel(progress.currentType))
                   .arg(progress.pages[indexOf(progress.currentType)])
                   .arg(count(progress.listed[indexOf(progress.currentType)]));
        break;
    case ScanPhase::WaitingForBudget:
        text = u"Waiting for the API budget, resumes at %1; %2 files so far"_s
                   .arg(progress.resumesAt.toLocalTime().toString(u"HH:mm:ss"_s))
                   .arg(count(std::accumulate(progress.listed.cbegin(), progress.listed.cend(), qint64(0))));
        break;
    case ScanPhase::WaitingForDatabase:
        text = u"Querying database… %1 rows"_s.arg(count(progress.referenceRowsRead));
        break;
    case ScanPhase::Analyzing:
    case ScanPhase::Done:
        clearProgressLine();
        return;
    }
    text += u"  (%1 API calls, %2)"_s.arg(progress.apiCalls).arg(seconds(progress.elapsedMs));
    std::fprintf(m_err, "\r\033[K%s", text.toUtf8().constData());
    std::fflush(m_err);
    m_progressShown = true;
}

void ConsoleReporter::printWarning(const QString &message)
{
    if (m_verbosity == Verbosity::Quiet)
        return;
    clearProgressLine();
    std::fprintf(m_err, "%swarning: %s\n", icon("⚠️").toUtf8().constData(), message.toUtf8().constData());
    std::fflush(m_err);
}

void ConsoleReporter::printNotice(const QString &message) const
{
    if (m_verbosity == Verbosity::Quiet)
        return;
    line(icon("📧") + message);
    std::fflush(m_out);
}

void ConsoleReporter::printError(const QString &message)
{
    clearProgressLine();
    std::fprintf(m_err, "orphanscope-cli: error: %s\n", message.toUtf8().constData());
    std::fflush(m_err);
}

void ConsoleReporter::printResult(const ScanResult &result) const
{
    if (m_verbosity == Verbosity::Quiet)
        return;
    for (ResourceType type : result.resourceTypes) {
        const TypeSummary &summary = result.perType[indexOf(type)];
        line(u"  %1: %2 (%3 page%4%5)"_s.arg(resourceTypePluralLabel(type), count(summary.listed)).arg(summary.pages)
                 .arg(summary.pages == 1 ? QString() : u"s"_s, summary.complete ? QString() : u", incomplete"_s));
    }
    printIncremental(result);
    printCheckpoint(result);
    const RateLimitStatus &rate = result.rateLimit;
    if (rate.isKnown())
        line(u"  API calls used: %1/%2 (%3)"_s.arg(rate.used()).arg(rate.limit).arg(percent(rate.used(), rate.limit)));
    else
        line(u"  API calls used: %1 (the limit was not reported)"_s.arg(result.apiCalls));
    line();

    line(icon("🗄️") + u"Checking the database…"_s);
    for (const TableSummary &table : result.references.tables) {
        QString text = u"  Found %1 rows in %2"_s.arg(count(table.rows), table.table);
        if (table.softDeleted > 0)
            text += u" (%1 soft-deleted, still counted as references)"_s.arg(count(table.softDeleted));
        line(text);
    }
    if (result.references.complete)
        line(u"  %1 distinct files referenced, read in %2"_s.arg(count(result.references.distinct), seconds(result.references.elapsedMs)));
    if (result.references.textValues > 0)
        line(u"  %1 delivery URLs and CloudinaryField-style strings in %2 text values"_s.arg(count(result.references.textReferences), count(result.references.textValues)));
    line();

    line(icon("🔬") + u"Analyzing…"_s);
    const qint64 total = result.totalListed();
    line(u"  Compared %1 files against %2 references"_s.arg(count(total), count(result.references.distinct)));
    line();

    if (!result.spikeAlert.isEmpty()) {
        line(icon("🚨") + u"ALERT: %1"_s.arg(result.spikeAlert));
        line();
    }
    line(icon("📊") + (result.isPartial() ? u"Results (PARTIAL: %1)"_s.arg(stopReasonText(result.stopReason)) : u"Results"_s));
    line(QString(50, u'='));
    if (result.isPartial())
        line(u"  ! %1"_s.arg(result.stopDetail));
    line(u"  Files scanned:     %1"_s.arg(count(total)));
    line(u"  Valid files:       %1 (%2)"_s.arg(count(result.totalValid()), percent(result.totalValid(), total)));
    line(u"  Orphaned files:    %1 (%2)"_s.arg(count(result.totalOrphans()), percent(result.totalOrphans(), total)));
    line(u"  Total orphan size: %1"_s.arg(size(result.totalOrphanBytes())));
    if (result.totalIgnored() > 0)
        line(u"  Ignored by rules:  %1 (not reported)"_s.arg(count(result.totalIgnored())));
    if (!result.kept.isEmpty())
        line(u"  Kept by decision:  %1 (an admin decided to keep them; not reported)"_s.arg(count(result.kept.size())));
    if (!result.recent.isEmpty())
        line(u"  Recent uploads:    %1 (younger than %2 h, not reported: their row may not be saved yet)"_s
                 .arg(count(result.recent.size())).arg(double(result.minAgeDetectMSecs) / 3600000.0));
    line(u"  API calls:         %1"_s.arg(result.apiCalls));
    if (rate.isKnown())
        line(u"  Rate limit left:   %1/%2%3"_s.arg(rate.remaining).arg(rate.limit)
                 .arg(rate.resetsAt.isValid() ? u" (resets %1)"_s.arg(rate.resetsAt.toString(u"HH:mm 'UTC'"_s)) : QString()));
    line(u"  Execution time:    %1"_s.arg(seconds(result.elapsedMs)));

    if (m_verbosity != Verbosity::Compact && !result.orphans.isEmpty()) {
        line();
        line(icon("🗑️") + u"Orphaned files:"_s);
        const qsizetype shown = m_verbosity == Verbosity::Verbose ? result.orphans.size()
                                                                  : qMin<qsizetype>(result.orphans.size(), OrphansListedByDefault);
        for (qsizetype i = 0; i < shown; ++i) {
            const CloudinaryResource &r = result.orphans.at(i);
            line(u"  %1. %2 (%3), uploaded %4, %5, %6"_s.arg(i + 1).arg(r.publicId, resourceTypeName(r.type), utcTime(r.createdAtMSecs),
                                                             size(r.bytes), r.format.isEmpty() ? u"no format"_s : r.format));
        }
        if (shown < result.orphans.size())
            line(u"  …and %1 more (all are in the report; --verbose lists them here)"_s.arg(count(result.orphans.size() - shown)));
    }
    std::fflush(m_out);
}

void ConsoleReporter::printBrokenReferences(const ScanResult &result, const QString &path) const
{
    if (m_verbosity == Verbosity::Quiet || !result.brokenChecked)
        return;
    if (result.brokenReferences.isEmpty()) {
        line(u"Broken references: none (every database value points to a file Cloudinary has)"_s);
        return;
    }
    line(icon("⚠️") + u"Broken references: %1 database values point to files Cloudinary does not have: %2"_s
                         .arg(count(result.brokenReferences.size()), path));
    const qsizetype shown = m_verbosity == Verbosity::Verbose ? result.brokenReferences.size() : qMin<qsizetype>(5, result.brokenReferences.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const BrokenReference &broken = result.brokenReferences.at(i);
        line(u"  %1.%2, row %3: %4"_s.arg(broken.table, broken.column, broken.rowId, broken.value));
    }
    if (shown < result.brokenReferences.size())
        line(u"  …and %1 more (all are in the file)"_s.arg(count(result.brokenReferences.size() - shown)));
    std::fflush(m_out);
}

void ConsoleReporter::printCheckpoint(const ScanResult &result) const
{
    const CheckpointSummary &checkpoint = result.checkpoint;
    if (checkpoint.resumed)
        line(u"  Resumed: %1 files listed by %2 earlier run(s); %3 API calls in all runs"_s
                 .arg(count(checkpoint.filesFromEarlierRuns)).arg(checkpoint.runs - 1).arg(checkpoint.callsAllRuns));
    if (checkpoint.resumed && result.recheck.rechecked > 0)
        line(u"  %1 orphan candidates of the earlier runs looked up again (%2 API calls), %3 deleted since"_s
                 .arg(count(result.recheck.rechecked)).arg(result.recheck.calls).arg(count(result.recheck.gone)));
    if (checkpoint.waits > 0)
        line(u"  Waited for the API budget %1 time(s), %2 in all"_s.arg(checkpoint.waits).arg(seconds(checkpoint.waitedMs)));
    if (checkpoint.kept)
        line(u"  Progress saved in %1: run again with --resume to continue where it stopped"_s.arg(checkpoint.path));
}

void ConsoleReporter::printIncremental(const ScanResult &result) const
{
    const IncrementalSummary &incremental = result.incremental;
    if (!incremental.used)
        return;
    for (ResourceType type : result.resourceTypes) {
        if (const auto &since = incremental.listedSince[indexOf(type)])
            line(u"  %1: listed since %2, the rest from the inventory"_s.arg(resourceTypePluralLabel(type), since->toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
        else
            line(u"  %1: listed in full into the inventory"_s.arg(resourceTypePluralLabel(type)));
    }
    for (const QString &note : incremental.notes)
        line(u"  %1"_s.arg(note));
    if (incremental.fromInventory > 0)
        line(u"  %1 files from the inventory; %2 orphan candidates looked up again (%3 API calls), %4 deleted since"_s
                 .arg(count(incremental.fromInventory), count(result.recheck.rechecked)).arg(result.recheck.calls).arg(count(result.recheck.gone)));
    line(incremental.saved ? u"  Inventory updated: %1"_s.arg(incremental.inventoryPath)
                           : u"  Inventory left as it was (the scan did not complete): %1"_s.arg(incremental.inventoryPath));
}

void ConsoleReporter::printReportPath(const QString &path, qint64 orphans) const
{
    if (m_verbosity == Verbosity::Quiet)
        return;
    line();
    if (path.isEmpty())
        line(icon("✅") + u"No orphans found; no report written."_s);
    else
        line(icon("📄") + u"Report: %1 (%2 %3)"_s.arg(path, count(orphans), orphans == 1 ? u"orphan"_s : u"orphans"_s));
    std::fflush(m_out);
}

} // namespace Orphanscope::Cli
