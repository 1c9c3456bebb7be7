#include "decisionscommand.h"

#include "cloudinary/cloudinaryconfig.h"
#include "report/reportreader.h"
#include "review/decisionsheet.h"
#include "review/decisionstore.h"
#include "subcommand.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

namespace {

const QString Description = uR"(
Exports the orphans of the last report with their decisions (keep, delete, undecided) and notes
to a spreadsheet, and imports it again once the team has filled it in. The import is strict:
an unknown decision, a file listed twice or a bad header is an error naming the line, and then
nothing is imported. Rows not in the file keep their decisions. Decisions are kept per account
(CLOUDINARY_URL's cloud name and API host).

Examples:
  orphanscope-cli decisions --export review.csv
  orphanscope-cli decisions --import review.csv

Exit codes: 0 done, 1 failure, 2 usage.)"_s;

const Subcommand Command(u"decisions"_s);

// The newest report the scans wrote to reports/ (a partial one too).
QString lastReport(QString *error)
{
    const QDir folder(u"reports"_s);
    const QStringList reports = folder.entryList({u"orphaned_files_*.csv"_s}, QDir::Files, QDir::Name);
    if (reports.isEmpty()) {
        *error = u"there is no report in %1 to export; run a scan first or name one with --report"_s.arg(folder.absolutePath());
        return {};
    }
    return folder.filePath(reports.constLast());
}

int exportDecisions(const DecisionStore &store, const QString &reportPath, const QString &target)
{
    QString error;
    const auto orphans = ReportReader::read(reportPath, &error);
    if (!orphans)
        return Command.failure(error);
    const auto decisions = store.load(&error);
    if (!decisions)
        return Command.failure(error);
    if (!DecisionSheet::writeFile(target, *orphans, *decisions, &error))
        return Command.failure(error);
    qsizetype others = decisions->size();
    for (const CloudinaryResource &file : *orphans)
        others -= decisions->contains(resourceKey(file.type, file.publicId));
    Subcommand::print(stdout, u"Wrote %1: %2 orphans of %3 and %4 other decided files"_s.arg(target).arg(orphans->size()).arg(reportPath).arg(others));
    return 0;
}

int importDecisions(DecisionStore &store, const QString &source)
{
    QString error;
    const auto rows = DecisionSheet::readFile(source, &error);
    if (!rows)
        return Command.failure(error);
    const auto current = store.load(&error);
    if (!current)
        return Command.failure(error);
    const QList<FileDecision> changed = changedDecisions(*rows, *current, QDateTime::currentDateTimeUtc());
    std::array<int, 3> counts{};
    for (const FileDecision &row : changed)
        ++counts[size_t(row.decision)];
    if (!store.save(changed, &error))
        return Command.failure(error + u"; nothing was imported"_s);
    Subcommand::print(stdout, u"Imported %1: %2 rows, %3 changed (%4 keep, %5 delete, %6 undecided), %7 unchanged"_s.arg(source)
                                  .arg(rows->size()).arg(changed.size())
                                  .arg(counts[size_t(Decision::Keep)]).arg(counts[size_t(Decision::Delete)]).arg(counts[size_t(Decision::Undecided)])
                                  .arg(rows->size() - changed.size()));
    return 0;
}

} // namespace

int runDecisionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption exportTo(u"export"_s, u"Write the orphans of the report and every decision to this CSV."_s, u"file"_s);
    const QCommandLineOption importFrom(u"import"_s, u"Read decisions and notes from this CSV (as --export writes it)."_s, u"file"_s);
    const QCommandLineOption report(u"report"_s, u"With --export: the report whose orphans to list (default the newest in reports/)."_s, u"path"_s);
    const QCommandLineOption store(u"decisions"_s, u"The decisions' SQLite file (default ~/.local/share/orphanscope/decisions.sqlite3)."_s, u"path"_s);
    parser.addOptions({exportTo, importFrom, report, store});
    if (const auto done = Command.parse(parser, arguments, Description))
        return *done;
    if (parser.isSet(exportTo) == parser.isSet(importFrom))
        return Command.usage(u"say what to do: --export FILE.csv or --import FILE.csv"_s);
    if (parser.isSet(report) && !parser.isSet(exportTo))
        return Command.usage(u"--report goes with --export"_s);
    QString error;
    const auto cloudinary = CloudinaryConfig::fromUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error);
    if (!cloudinary)
        return Command.failure(error);
    DecisionStore decisions(parser.isSet(store) ? parser.value(store) : DecisionStore::defaultPath(), cloudinary->accountName());
    if (!decisions.open(&error))
        return Command.failure(error);
    if (parser.isSet(importFrom))
        return importDecisions(decisions, parser.value(importFrom));
    const QString reportPath = parser.isSet(report) ? parser.value(report) : lastReport(&error);
    if (reportPath.isEmpty())
        return Command.failure(error);
    return exportDecisions(decisions, reportPath, parser.value(exportTo));
}

} // namespace Orphanscope::Cli
