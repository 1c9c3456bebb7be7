#pragma once

#include "notify/scanhistory.h"
#include "scan/scantypes.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Orphanscope::Cli {

enum class Verbosity { Quiet, Compact, Normal, Verbose };

struct CliOptions
{
    ScanSettings settings;
    QString outputPath; // empty: reports/orphaned_files_<timestamp>.csv
    QString jsonPath;
    QString brokenReferencesPath;
    QString historyPath; // empty: no history (--no-history)
    SpikeRule spikeRule;
    QUrl webhookUrl;     // empty: none // empty: reports/broken_references_<timestamp>.csv, when there are any
    Verbosity verbosity = Verbosity::Normal;
    bool failOnOrphans = false;
    bool noEmail = false;
    bool discover = false; // --discover: report the columns that reference files, then exit
    bool estimateOnly = false; // --estimate: print what a whole-account scan costs, then exit
    bool noEstimate = false;   // --no-estimate: no GET /usage before a whole-account scan
    QString appName = QStringLiteral("Orphanscope");
};

// What parsing the command line came to: options to run with, or an exit code with a message
// (help and version print and exit 0; bad usage exits 2; bad configuration exits 1).
struct ParseOutcome
{
    std::optional<CliOptions> options;
    int exitCode = 0;
    QString message;
};

// Reads the command line and the environment (CLOUDINARY_URL, DATABASE_URL).
ParseOutcome parseCommandLine(const QStringList &arguments);

// The site's databases: --database-url (repeatable), else DATABASE_URL and DATABASE_URLS
// (whitespace separated); the first is the main one. Duplicates are dropped.
std::optional<QList<DatabaseConfig>> siteDatabases(const QStringList &given, QString *error);
// --reference TABLE.COLUMN[:TYPE] values, without repeats.
std::optional<QList<ReferenceSpec>> parseReferences(const QStringList &specs, QString *error);
// --cdn-host values: custom delivery hosts (CNAMEs) whose URLs in text columns count.
std::optional<QStringList> parseCdnHosts(const QStringList &hosts, QString *error);

// --ignore globs plus those of an --ignore-file.
std::optional<IgnoreRules> loadIgnoreRules(const QStringList &patterns, const QString &file, QString *error);

} // namespace Orphanscope::Cli
