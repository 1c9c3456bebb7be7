#include "clioptions.h"

#include "budgetoptions.h"

#include "notify/webhooksender.h"
#include "review/decisionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

namespace {

ParseOutcome usage(const QString &message)
{
    return {std::nullopt, 2, message + u"\nRun orphanscope-cli --help for the options."_s};
}

ParseOutcome configError(const QString &message)
{
    return {std::nullopt, 1, message};
}

const QString Examples = uR"(
Finds files in a Cloudinary account that no database row references.

Configuration comes from the environment, as in the Django app:
  CLOUDINARY_URL=cloudinary://API_KEY:API_SECRET@CLOUD_NAME
  DATABASE_URL=postgres://user:pass@host:5432/db   (or sqlite:////path/db.sqlite3)
  DATABASE_URLS="postgres://…/staging sqlite:////…"  (more databases of the same site; their references count too)
  ADMINS="Ann <ann@example.org>, bob@example.org"  (email the summary when orphans are found)
  EMAIL_URL=smtp+tls://user:pass@smtp.example.org:587, DEFAULT_FROM_EMAIL=orphanscope@example.org

Examples:
  orphanscope-cli                      scan files uploaded in the last 30 days
  orphanscope-cli --days 7 --quiet     daily cron job; exit code tells the outcome
  orphanscope-cli --all --output /srv/reports/orphans.csv --json /srv/reports/orphans.json
  orphanscope-cli --reference blog_post.cover:image --reference blog_post.clip:video
  orphanscope-cli --discover           which columns hold CloudinaryField values or delivery URLs?
  orphanscope-cli --reference blog_post.body:text   also keep files whose URLs are in that column's HTML/Markdown/JSON
  orphanscope-cli --all --reference-all-text        search every text column too: the safe scan before deleting
  orphanscope-cli --all --incremental  after the first run, lists only files uploaded since the last one
  orphanscope-cli --all --full         lists everything again and rebuilds the local inventory
  orphanscope-cli --all --estimate     how many API calls and rate-limit windows a whole scan takes
  orphanscope-cli --all --resume --wait-for-reset   an account too big for one hour: continue the
                                       saved listing, waiting for each new window (large accounts)
  orphanscope-cli --ignore 'samples/**' --ignore-file .orphanscope-ignore
  orphanscope-cli decisions --export review.csv    the team marks keep/delete; --import reads it back
  orphanscope-cli delete --input reports/orphaned_files_….csv --dry-run   (see orphanscope-cli delete --help)
  orphanscope-cli delete --marked --confirm        originals backed up first; orphanscope-cli restore undoes it

Exit codes: 0 complete, 1 failure, 2 usage, 3 stopped early (rate limit or interrupted),
4 orphans found with --fail-on-orphans.)"_s;

// Django's BooleanOptionalAction-style "--verbose=False" is accepted as the old command's users type it.
QStringList normalizeVerboseFlag(QStringList arguments, bool *compact)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u"--verbose="_s))
            continue;
        const QString value = argument.mid(10).toLower();
        if (value == u"false"_s || value == u"0"_s || value == u"no"_s) {
            *compact = true;
            arguments.removeAt(i--);
        } else {
            arguments[i] = u"--verbose"_s;
        }
    }
    return arguments;
}

} // namespace

std::optional<QList<DatabaseConfig>> siteDatabases(const QStringList &given, QString *error)
{
    QStringList urls = given;
    if (urls.isEmpty()) {
        if (qEnvironmentVariableIsSet("DATABASE_URL"))
            urls.append(qEnvironmentVariable("DATABASE_URL"));
        urls += qEnvironmentVariable("DATABASE_URLS").split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        if (urls.isEmpty())
            urls.append(QString()); // for fromUrl's own "DATABASE_URL is not set"
    }
    QList<DatabaseConfig> databases;
    for (const QString &url : std::as_const(urls)) {
        const auto config = DatabaseConfig::fromUrl(url, error);
        if (!config)
            return std::nullopt;
        const bool duplicate = std::any_of(databases.cbegin(), databases.cend(), [&config](const DatabaseConfig &known) {
            return known.describe() == config->describe();
        });
        if (!duplicate)
            databases.append(*config);
    }
    return databases;
}

std::optional<QStringList> parseCdnHosts(const QStringList &hosts, QString *error)
{
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    QStringList result;
    for (const QString &host : hosts) {
        if (!hostName.match(host.trimmed()).hasMatch()) {
            *error = u"--cdn-host \"%1\" is not a host name: give it without scheme or path, e.g. media.example.org"_s.arg(host);
            return std::nullopt;
        }
        result.append(host.trimmed().toLower());
    }
    return result;
}

std::optional<QList<ReferenceSpec>> parseReferences(const QStringList &specs, QString *error)
{
    QList<ReferenceSpec> references;
    for (const QString &spec : specs) {
        const auto parsed = ReferenceSpec::parse(spec, error);
        if (!parsed)
            return std::nullopt;
        if (!references.contains(*parsed))
            references.append(*parsed);
    }
    return references;
}

std::optional<IgnoreRules> loadIgnoreRules(const QStringList &patterns, const QString &file, QString *error)
{
    auto rules = IgnoreRules::fromPatterns(patterns, error);
    if (rules && !file.isEmpty()) {
        const auto fromFile = IgnoreRules::fromFile(file, error);
        if (!fromFile)
            return std::nullopt;
        rules->add(*fromFile);
    }
    return rules;
}

ParseOutcome parseCommandLine(const QStringList &rawArguments)
{
    bool compact = false;
    const QStringList arguments = normalizeVerboseFlag(rawArguments, &compact);

    QCommandLineParser parser;
    parser.setApplicationDescription(Examples);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    const QCommandLineOption days(u"days"_s, u"Check files uploaded in the last N days (default 30)."_s, u"N"_s, u"30"_s);
    const QCommandLineOption all(u"all"_s, u"Check every file in the account (costs one API call per 500 files, and 1-3 more for a type of over 10,000 files, listed from both ends at once)."_s);
    const QCommandLineOption output(u"output"_s, u"Write the CSV report here (default reports/orphaned_files_<date>_<time>.csv)."_s, u"path"_s);
    const QCommandLineOption json(u"json"_s, u"Also write a machine-readable JSON summary here."_s, u"path"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"List every orphan and every page fetched. --verbose=False lists none."_s);
    const QCommandLineOption quiet({u"q"_s, u"quiet"_s}, u"Print nothing but errors; rely on the exit code and the report."_s);
    const QCommandLineOption types(u"resource-types"_s, u"Resource types to check (default image,video)."_s, u"list"_s, u"image,video"_s);
    const QCommandLineOption reference(u"reference"_s, u"A column that references files, TABLE.COLUMN[:KIND]: KIND image, video or raw for CloudinaryField values, text for text, HTML, Markdown or JSON with delivery URLs in it. Repeatable; default prompts_prompt.featured_image:image and prompts_prompt.featured_video:video."_s, u"spec"_s);
    const QCommandLineOption referenceAllText(u"reference-all-text"_s, u"Also search every text-like column of every database for delivery URLs, for this scan (slower; the safe choice before deleting)."_s);
    const QCommandLineOption discover(u"discover"_s, u"Read every text-like column once and report which hold CloudinaryField values and which embed delivery URLs, with the --reference options to use; then exit. Makes no API call."_s);
    const QCommandLineOption cdnHost(u"cdn-host"_s, u"A custom delivery host (CNAME) whose URLs in text columns count, like res.cloudinary.com's. Repeatable; CLOUDINARY_URL's secure_distribution and cname count too."_s, u"host"_s);
    const QCommandLineOption delay(u"delay"_s, u"Pause between API calls in seconds (default 0.1; 0 allowed)."_s, u"seconds"_s, u"0.1"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Give up on an API call that has not answered in this many seconds (default 30)."_s, u"seconds"_s, u"30"_s);
    const QCommandLineOption warnAt(u"rate-limit-warn"_s, u"Warn when this share of the hourly API limit is used (default 0.80)."_s, u"fraction"_s, u"0.80"_s);
    const QCommandLineOption stopAt(u"rate-limit-stop"_s, u"Stop, with a partial result, at this share of the hourly API limit (default 0.95)."_s, u"fraction"_s, u"0.95"_s);
    const QCommandLineOption failOnOrphans(u"fail-on-orphans"_s, u"Exit with code 4 when orphans are found."_s);
    const QCommandLineOption parallel(u"parallel"_s, u"List each resource type in N slices of upload time at once, through the Search API (default 1). Costs at most N extra API calls per type, plus one per type with --all."_s, u"N"_s, u"1"_s);
    const QCommandLineOption incremental(u"incremental"_s, u"Keep a local inventory of the account and list only the files uploaded since the last scan; orphan candidates from the inventory are looked up again (100 per API call) before they are reported."_s);
    const QCommandLineOption full(u"full"_s, u"List everything and rebuild the local inventory that --incremental uses."_s);
    const QCommandLineOption inventory(u"inventory"_s, u"Keep the inventory in this SQLite file (default ~/.local/share/orphanscope/inventory/CLOUD_NAME.sqlite3)."_s, u"path"_s);
    const QCommandLineOption ignore(u"ignore"_s, u"Never report files whose public id or folder matches this glob (samples/*, site-assets/**). Repeatable."_s, u"glob"_s);
    const QCommandLineOption ignoreFile(u"ignore-file"_s, u"Read ignore globs from this file, one a line (# starts a comment)."_s, u"path"_s);
    const QCommandLineOption minAgeDetect(u"min-age-detect"_s, u"Report unreferenced files younger than this many hours as recent, not as orphans: their row may not be committed yet (default 1)."_s, u"hours"_s, u"1"_s);
    const QCommandLineOption brokenOutput(u"broken-output"_s, u"With --all: write the database values that point to files Cloudinary does not have here (default reports/broken_references_<date>_<time>.csv, when there are any)."_s, u"path"_s);
    const QCommandLineOption history(u"history"_s, u"Keep the scan history in this SQLite file (default ~/.local/share/orphanscope/history.sqlite3)."_s, u"path"_s);
    const QCommandLineOption decisions(u"decisions"_s, u"The admins' decisions are in this SQLite file (default ~/.local/share/orphanscope/decisions.sqlite3): files decided to keep are counted as kept, not reported."_s, u"path"_s);
    const QCommandLineOption noDecisions(u"no-decisions"_s, u"Report every orphan, kept ones too: do not consult the decisions."_s);
    const QCommandLineOption noHistory(u"no-history"_s, u"Do not record this scan in the history (and so raise no spike alert)."_s);
    const QCommandLineOption spikeFactor(u"spike-factor"_s, u"Alert when orphans exceed F times the median of the last 5 scans of the same account and range (default 2)."_s, u"F"_s, u"2"_s);
    const QCommandLineOption spikeMin(u"spike-min"_s, u"…and exceed that median by at least N files (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption webhook(u"webhook"_s, u"Also post the summary to this Slack- or Discord-compatible webhook (default $ORPHANSCOPE_WEBHOOK_URL)."_s, u"url"_s);
    const QCommandLineOption noEmail(u"no-email"_s, u"Do not email the summary to ADMINS, even when orphans are found."_s);
    const QCommandLineOption appName(u"app-name"_s, u"Name in the email subject (default $ORPHANSCOPE_APP_NAME or Orphanscope)."_s, u"name"_s);
    const QCommandLineOption cloudinaryUrl(u"cloudinary-url"_s, u"Use this instead of $CLOUDINARY_URL (visible to other users in ps; prefer the variable)."_s, u"url"_s);
    const QCommandLineOption databaseUrl(u"database-url"_s, u"Use this instead of $DATABASE_URL and $DATABASE_URLS. Repeatable: the references of every database given count (production and staging sharing one account)."_s, u"url"_s);
    parser.addOptions({help, version, days, all, output, json, verbose, quiet, types, reference, referenceAllText, discover, cdnHost, delay, timeout, warnAt,
                       stopAt, failOnOrphans, parallel, incremental, full, inventory, ignore, ignoreFile, minAgeDetect, brokenOutput, decisions, noDecisions, history, noHistory, spikeFactor, spikeMin, webhook, noEmail, appName, cloudinaryUrl,
                       databaseUrl});
    const BudgetOptions budget;
    parser.addOptions(budget.all());

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return {std::nullopt, 0, parser.helpText()};
    if (parser.isSet(version))
        return {std::nullopt, 0, u"orphanscope-cli "_s + QStringLiteral(ORPHANSCOPE_VERSION)};
    if (!parser.positionalArguments().isEmpty())
        return usage(u"Unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    CliOptions options;
    ScanSettings &settings = options.settings;
    bool ok = false;
    if (parser.isSet(all) && parser.isSet(days))
        return usage(u"--all and --days exclude each other"_s);
    if (parser.isSet(all)) {
        settings.days.reset();
    } else {
        const int value = parser.value(days).toInt(&ok);
        if (!ok || value < 1)
            return usage(u"--days needs a whole number of days, 1 or more (got \"%1\")"_s.arg(parser.value(days)));
        settings.days = value;
    }
    const double pause = parser.value(delay).toDouble(&ok);
    if (!ok || pause < 0 || pause > 60)
        return usage(u"--delay needs seconds between 0 and 60 (got \"%1\")"_s.arg(parser.value(delay)));
    settings.pauseMs = qRound(pause * 1000);
    const double timeoutSeconds = parser.value(timeout).toDouble(&ok);
    if (!ok || timeoutSeconds <= 0)
        return usage(u"--timeout needs a positive number of seconds"_s);
    settings.transferTimeoutMs = qMax(1, qRound(timeoutSeconds * 1000));
    settings.rateLimitWarnAt = parser.value(warnAt).toDouble(&ok);
    if (!ok || settings.rateLimitWarnAt <= 0 || settings.rateLimitWarnAt > 1)
        return usage(u"--rate-limit-warn needs a fraction between 0 and 1, e.g. 0.8"_s);
    settings.rateLimitStopAt = parser.value(stopAt).toDouble(&ok);
    if (!ok || settings.rateLimitStopAt <= 0 || settings.rateLimitStopAt > 1)
        return usage(u"--rate-limit-stop needs a fraction between 0 and 1, e.g. 0.95"_s);

    settings.parallelListing = parser.value(parallel).toInt(&ok);
    if (!ok || settings.parallelListing < 1 || settings.parallelListing > 16)
        return usage(u"--parallel needs a whole number from 1 to 16"_s);
    if (parser.isSet(incremental) && parser.isSet(full))
        return usage(u"--incremental and --full exclude each other: --full rebuilds the inventory that --incremental uses"_s);
    if (parser.isSet(full))
        settings.inventoryMode = InventoryMode::Rebuild;
    else if (parser.isSet(incremental) || parser.isSet(inventory))
        settings.inventoryMode = InventoryMode::Incremental;
    settings.inventoryPath = parser.value(inventory);
    if (const auto budgetError = budget.apply(parser, &settings, &options.estimateOnly, &options.noEstimate))
        return usage(*budgetError);
    const double minAgeHours = parser.value(minAgeDetect).toDouble(&ok);
    if (!ok || minAgeHours < 0)
        return usage(u"--min-age-detect needs a number of hours, 0 or more (got \"%1\")"_s.arg(parser.value(minAgeDetect)));
    settings.minAgeDetectMSecs = qint64(minAgeHours * 3600 * 1000);
    QString ignoreError;
    const auto rules = loadIgnoreRules(parser.values(ignore), parser.value(ignoreFile), &ignoreError);
    if (!rules)
        return usage(ignoreError);
    settings.ignore = *rules;

    QString error;
    const auto typeList = parseResourceTypeList(parser.value(types), &error);
    if (!typeList)
        return usage(error);
    settings.resourceTypes = *typeList;
    if (parser.isSet(reference)) {
        const auto specs = parseReferences(parser.values(reference), &error);
        if (!specs)
            return usage(error);
        settings.references = *specs;
    }
    settings.referenceAllText = parser.isSet(referenceAllText);
    options.discover = parser.isSet(discover);

    const QString cloudinary = parser.isSet(cloudinaryUrl) ? parser.value(cloudinaryUrl) : qEnvironmentVariable("CLOUDINARY_URL");
    const auto cloudinaryConfig = CloudinaryConfig::fromUrl(cloudinary, &error);
    if (!cloudinaryConfig)
        return configError(error);
    settings.cloudinary = *cloudinaryConfig;
    const auto cdnHosts = parseCdnHosts(parser.values(cdnHost), &error);
    if (!cdnHosts)
        return usage(error);
    for (const QString &host : *cdnHosts) {
        if (!settings.cloudinary.deliveryHosts.contains(host, Qt::CaseInsensitive))
            settings.cloudinary.deliveryHosts.append(host);
    }
    const auto databases = siteDatabases(parser.values(databaseUrl), &error);
    if (!databases)
        return configError(error);
    settings.database = databases->first();
    settings.otherDatabases = databases->mid(1);

    options.outputPath = parser.value(output);
    options.jsonPath = parser.value(json);
    options.brokenReferencesPath = parser.value(brokenOutput);
    if (parser.isSet(decisions) && parser.isSet(noDecisions))
        return usage(u"--decisions and --no-decisions exclude each other"_s);
    if (!parser.isSet(noDecisions))
        settings.decisionsPath = parser.isSet(decisions) ? parser.value(decisions) : DecisionStore::defaultPath();
    if (!parser.isSet(noHistory))
        options.historyPath = parser.isSet(history) ? parser.value(history) : ScanHistory::defaultPath();
    options.spikeRule.factor = parser.value(spikeFactor).toDouble(&ok);
    if (!ok || options.spikeRule.factor < 1)
        return usage(u"--spike-factor needs a number, 1 or more (e.g. 2 for twice the usual)"_s);
    options.spikeRule.minimumRise = parser.value(spikeMin).toLongLong(&ok);
    if (!ok || options.spikeRule.minimumRise < 0)
        return usage(u"--spike-min needs a whole number of files"_s);
    const QString webhookText = parser.isSet(webhook) ? parser.value(webhook) : qEnvironmentVariable("ORPHANSCOPE_WEBHOOK_URL");
    if (!webhookText.isEmpty()) {
        options.webhookUrl = QUrl(webhookText, QUrl::StrictMode);
        QString webhookError;
        if (!WebhookSender::validate(options.webhookUrl, &webhookError))
            return configError(webhookError);
    }
    options.failOnOrphans = parser.isSet(failOnOrphans);
    options.noEmail = parser.isSet(noEmail);
    if (parser.isSet(appName))
        options.appName = parser.value(appName);
    else if (!qEnvironmentVariableIsEmpty("ORPHANSCOPE_APP_NAME"))
        options.appName = qEnvironmentVariable("ORPHANSCOPE_APP_NAME");
    if (parser.isSet(quiet))
        options.verbosity = Verbosity::Quiet;
    else if (compact)
        options.verbosity = Verbosity::Compact;
    else if (parser.isSet(verbose))
        options.verbosity = Verbosity::Verbose;
    return {options, 0, {}};
}

} // namespace Orphanscope::Cli
