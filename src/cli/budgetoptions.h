#pragma once

#include "scan/scantypes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace Orphanscope::Cli {

// The options of scans that outlast one hour's API budget: a saved listing that --resume
// continues, waiting for the next rate-limit window, and an estimate before starting.
struct BudgetOptions
{
    QCommandLineOption resume{QStringLiteral("resume"), QStringLiteral("Continue the unfinished scan of this account from its saved progress (or start one when there is none). The report is the same as an uninterrupted scan's.")};
    QCommandLineOption maxCheckpointAge{QStringLiteral("max-checkpoint-age"), QStringLiteral("Refuse to resume a scan that started longer ago than this (default 24h; 90m, 2d and 3600s work too)."), QStringLiteral("duration"), QStringLiteral("24h")};
    QCommandLineOption noCheckpoint{QStringLiteral("no-checkpoint"), QStringLiteral("Do not save the listing's progress (a stopped scan then starts over).")};
    QCommandLineOption waitForReset{QStringLiteral("wait-for-reset"), QStringLiteral("When the API budget is spent, wait for the next rate-limit window and go on instead of stopping.")};
    QCommandLineOption maxWait{QStringLiteral("max-wait"), QStringLiteral("With --wait-for-reset: wait this long at most in all, then stop with a partial, resumable result (default 24h)."), QStringLiteral("duration"), QStringLiteral("24h")};
    QCommandLineOption estimate{QStringLiteral("estimate"), QStringLiteral("Print how many API calls and rate-limit windows a whole-account scan takes (one API call), then exit.")};
    QCommandLineOption noEstimate{QStringLiteral("no-estimate"), QStringLiteral("Do not print the estimate before a whole-account scan (it costs one API call).")};

    QList<QCommandLineOption> all() const { return {resume, maxCheckpointAge, noCheckpoint, waitForReset, maxWait, estimate, noEstimate}; }
    // Applies the options to the settings; the usage error, if any.
    std::optional<QString> apply(const QCommandLineParser &parser, ScanSettings *settings, bool *estimateOnly, bool *noEstimateFirst) const;
};

// "24h", "90m", "2d", "3600s", or a bare number of hours; nullopt for anything else.
std::optional<qint64> parseDurationMSecs(const QString &text);

} // namespace Orphanscope::Cli
