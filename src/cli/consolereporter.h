#pragma once

#include "clioptions.h"
#include "scan/scantypes.h"

#include <QString>

#include <cstdio>

namespace Orphanscope::Cli {

// Prints a scan the way the old management command did: configuration, fetching, API calls,
// database, analysis, results, the numbered orphan list and the report path. Results go to
// stdout, warnings and errors to stderr; emoji only where the terminal can show them.
class ConsoleReporter
{
public:
    ConsoleReporter(Verbosity verbosity, bool emoji, std::FILE *out = stdout, std::FILE *err = stderr);

    static bool terminalShowsEmoji();

    void printConfiguration(const ScanSettings &settings) const;
    void printProgress(const ScanProgress &progress);
    void printWarning(const QString &message);
    void printResult(const ScanResult &result) const;
    void printIncremental(const ScanResult &result) const;
    void printCheckpoint(const ScanResult &result) const;
    void printBrokenReferences(const ScanResult &result, const QString &path) const;
    void printReportPath(const QString &path, qint64 orphans) const;
    void printError(const QString &message);
    void printNotice(const QString &message) const;

    static constexpr int OrphansListedByDefault = 50;

private:
    void clearProgressLine();
    void line(const QString &text = {}) const;
    QString icon(const char *emoji) const;

    Verbosity m_verbosity;
    bool m_emoji;
    std::FILE *m_out;
    std::FILE *m_err;
    bool m_liveProgress;
    bool m_progressShown = false;
    std::array<int, 3> m_pagesPrinted{};
};

} // namespace Orphanscope::Cli
