// orphanscope-sandbox: a local stand-in for Cloudinary's Admin API, for the demo, the tests and
// the benchmarks. It never talks to Cloudinary.
#include "database/databaseconfig.h"
#include "faultplan.h"
#include "sandboxaccount.h"
#include "sandboxdatabase.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTcpServer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Orphanscope;
using namespace Orphanscope::Sandbox;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "orphanscope-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"orphanscope-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ORPHANSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local stand-in for Cloudinary's Admin API with a generated account.\n\n"
                                     "Example:\n"
                                     "  orphanscope-sandbox --generate 5000 --orphan-rate 0.1 --write-database sqlite:////tmp/demo.sqlite3 --port 8765\n"
                                     "  CLOUDINARY_URL='cloudinary://demo-key:demo-secret@demo?upload_prefix=http://127.0.0.1:8765'"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cloud(u"cloud"_s, u"Cloud name of the account (default demo)."_s, u"name"_s, u"demo"_s);
    const QCommandLineOption key(u"api-key"_s, u"API key the server accepts."_s, u"key"_s, u"demo-key"_s);
    const QCommandLineOption secret(u"api-secret"_s, u"API secret the server accepts."_s, u"secret"_s, u"demo-secret"_s);
    const QCommandLineOption generate(u"generate"_s, u"Generate an account of N files (default 2000)."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption orphanRate(u"orphan-rate"_s, u"Share of generated files no row references (default 0.1)."_s, u"R"_s, u"0.1"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for the generator (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption dataset(u"dataset"_s, u"Load the account from a JSON-lines file instead of generating one."_s, u"file"_s);
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 picks a free one (default 0)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every answer by this many milliseconds."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"API calls per rate-limit window; 420 once spent (default 2000)."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption rateLimitWindow(u"rate-limit-window"_s, u"Length of a rate-limit window in seconds (default 3600, as Cloudinary's hour)."_s, u"seconds"_s, u"3600"_s);
    const QCommandLineOption fault(u"fault"_s, u"Inject a fault: CALL:KIND with CALL N, N-M or N+ and KIND one of %1. Repeatable."_s.arg(FaultPlan::kindNames()), u"CALL:KIND"_s);
    const QCommandLineOption downloadFault(u"download-fault"_s, u"Inject a fault into the download of originals (backups): N:KIND as --fault, N counting downloads. Repeatable."_s, u"N:KIND"_s);
    const QCommandLineOption maxBytes(u"max-bytes"_s, u"Keep generated files at most this many bytes (their originals are served that long; default: realistic sizes up to 80 MB)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption writeDatabase(u"write-database"_s, u"Write the matching Django database (sqlite:////path or postgres://…). Repeatable."_s, u"url"_s);
    const QCommandLineOption textReferences(u"text-references"_s, u"Share of the referenced files that only a URL in a text body references (blog_post.body and .blocks; default 0)."_s, u"R"_s, u"0"_s);
    const QCommandLineOption textDatabase(u"text-database"_s, u"Write blog_post to this database instead of those of --write-database (a second database of the same site)."_s, u"url"_s);
    const QCommandLineOption groundTruth(u"ground-truth"_s, u"Write the orphans a correct scan finds, as the CSV report lists them."_s, u"path"_s);
    const QCommandLineOption noServe(u"no-serve"_s, u"Write the database and ground truth, then exit."_s);
    const QCommandLineOption log(u"log"_s, u"Print one line per request."_s);
    parser.addOptions({cloud, key, secret, generate, orphanRate, seed, dataset, host, port, latency, rateLimit, rateLimitWindow, fault, downloadFault, maxBytes,
                       writeDatabase, textReferences, textDatabase, groundTruth, noServe, log});
    parser.process(app);

    bool ok = true;
    GenerateOptions generation;
    generation.count = parser.value(generate).toLongLong(&ok);
    if (!ok || generation.count < 0)
        return usageError(u"--generate needs a whole number of files"_s);
    generation.orphanRate = parser.value(orphanRate).toDouble(&ok);
    if (!ok || generation.orphanRate < 0 || generation.orphanRate > 1)
        return usageError(u"--orphan-rate needs a number between 0 and 1"_s);
    generation.textShare = parser.value(textReferences).toDouble(&ok);
    if (!ok || generation.textShare < 0 || generation.textShare > 1)
        return usageError(u"--text-references needs a share between 0 and 1"_s);
    generation.maxBytes = parser.value(maxBytes).toLongLong(&ok);
    if (!ok || generation.maxBytes < 0)
        return usageError(u"--max-bytes needs a whole number of bytes (0: no cap)"_s);
    generation.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(u"--seed needs a whole number"_s);

    ServerOptions options;
    options.apiKey = parser.value(key);
    options.apiSecret = parser.value(secret);
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return usageError(u"--latency-ms needs a whole number of milliseconds"_s);
    options.hourlyRateLimit = parser.value(rateLimit).toInt(&ok);
    if (!ok || options.hourlyRateLimit < 1)
        return usageError(u"--rate-limit needs a positive whole number"_s);
    options.rateLimitWindowSeconds = parser.value(rateLimitWindow).toInt(&ok);
    if (!ok || options.rateLimitWindowSeconds < 1)
        return usageError(u"--rate-limit-window needs a positive whole number of seconds"_s);
    options.logRequests = parser.isSet(log);
    for (const QString &spec : parser.values(fault)) {
        QString error;
        if (!options.faults.add(spec, &error))
            return usageError(error);
    }
    for (const QString &spec : parser.values(downloadFault)) {
        QString error;
        if (!options.downloadFaults.add(spec, &error))
            return usageError(error);
    }

    const QString cloudName = parser.value(cloud);
    SandboxAccount account(cloudName);
    if (parser.isSet(dataset)) {
        QString error;
        auto loaded = SandboxAccount::loadJsonLines(cloudName, parser.value(dataset), &error);
        if (!loaded)
            return usageError(error);
        account = std::move(*loaded);
    } else {
        account = SandboxAccount::generate(cloudName, generation);
    }

    // Listen first: the delivery URLs in the listing, the database and the ground truth name the port.
    SandboxServer server(&account, cloudName, options);
    QTcpServer *tcp = nullptr;
    if (!parser.isSet(noServe)) {
        tcp = new QTcpServer(&server);
        const quint16 requestedPort = parser.value(port).toUShort(&ok);
        if (!ok || !tcp->listen(QHostAddress(parser.value(host)), requestedPort))
            return usageError(u"Cannot listen on %1:%2: %3"_s.arg(parser.value(host), parser.value(port), tcp->errorString()));
        server.bind(tcp);
        account.setDeliveryBase(u"http://%1:%2"_s.arg(parser.value(host)).arg(tcp->serverPort()));
    }

    QList<std::pair<QString, int>> databases;
    for (const QString &url : parser.values(writeDatabase))
        databases.append({url, parser.isSet(textDatabase) ? SandboxDatabaseWriter::FieldTables : SandboxDatabaseWriter::AllTables});
    if (parser.isSet(textDatabase))
        databases.append({parser.value(textDatabase), SandboxDatabaseWriter::TextTables});
    for (const auto &[url, tables] : databases) {
        QString error;
        const auto config = DatabaseConfig::fromUrl(url, &error);
        if (!config)
            return usageError(error);
        if (!SandboxDatabaseWriter::write(account, *config, generation.seed, tables, &error)) {
            std::fprintf(stderr, "orphanscope-sandbox: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (parser.isSet(groundTruth)) {
        QString error;
        if (!SandboxDatabaseWriter::writeGroundTruth(account, parser.value(groundTruth), &error)) {
            std::fprintf(stderr, "orphanscope-sandbox: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (parser.isSet(noServe))
        return 0;

    std::printf("orphanscope-sandbox: account \"%s\" with %lld files, listening on http://%s:%u\n", qPrintable(cloudName),
                static_cast<long long>(account.totalCount()), qPrintable(parser.value(host)), unsigned(tcp->serverPort()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
