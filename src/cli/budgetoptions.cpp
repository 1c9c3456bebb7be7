#include "budgetoptions.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

std::optional<qint64> parseDurationMSecs(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*([smhd]?)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double seconds = unit == u"s"_s ? 1 : unit == u"m"_s ? 60 : unit == u"d"_s ? 86'400 : 3'600;
    const double msecs = value * seconds * 1000;
    if (msecs > 365.0 * 86'400'000)
        return std::nullopt;
    return qint64(msecs);
}

std::optional<QString> BudgetOptions::apply(const QCommandLineParser &parser, ScanSettings *settings, bool *estimateOnly,
                                            bool *noEstimateFirst) const
{
    *noEstimateFirst = parser.isSet(noEstimate);
    settings->resume = parser.isSet(resume);
    settings->checkpoint = !parser.isSet(noCheckpoint);
    settings->waitForReset = parser.isSet(waitForReset);
    *estimateOnly = parser.isSet(estimate);
    if (settings->resume && !settings->checkpoint)
        return u"--resume and --no-checkpoint exclude each other: a scan without a checkpoint leaves nothing to resume"_s;
    if (!settings->checkpoint && settings->inventoryMode != InventoryMode::Off)
        return u"--no-checkpoint does not go with --incremental, --full or --inventory: the inventory is filled from the checkpoint"_s;
    const auto age = parseDurationMSecs(parser.value(maxCheckpointAge));
    if (!age || *age <= 0)
        return u"--max-checkpoint-age needs a duration such as 24h, 90m or 2d (got \"%1\")"_s.arg(parser.value(maxCheckpointAge));
    settings->maxCheckpointAgeMSecs = *age;
    const auto wait = parseDurationMSecs(parser.value(maxWait));
    if (!wait)
        return u"--max-wait needs a duration such as 12h, 90m or 2d (got \"%1\")"_s.arg(parser.value(maxWait));
    if (parser.isSet(maxWait) && !settings->waitForReset)
        return u"--max-wait limits --wait-for-reset: give both"_s;
    settings->maxWaitMSecs = *wait;
    return std::nullopt;
}

} // namespace Orphanscope::Cli
