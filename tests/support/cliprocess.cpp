#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QProcess>

CliRun runCli(const QStringList &arguments, const QString &cloudinaryUrl, const QString &databaseUrl,
              const QString &workingDirectory, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CLOUDINARY_URL"));
    environment.remove(QStringLiteral("DATABASE_URL"));
    environment.remove(QStringLiteral("ORPHANSCOPE_WEBHOOK_URL"));
    // The history and the inventory live in the data dir: one per working folder, never the
    // machine's own, so tests cannot see each other's scans.
    const QString folder = workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/.local/share"));
    if (!cloudinaryUrl.isEmpty())
        environment.insert(QStringLiteral("CLOUDINARY_URL"), cloudinaryUrl);
    if (!databaseUrl.isEmpty())
        environment.insert(QStringLiteral("DATABASE_URL"), databaseUrl);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ORPHANSCOPE_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.elapsedMs = timer.elapsed();
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ScanRun runScan(const QStringList &arguments, const QString &cloudinaryUrl, const QString &databaseUrl, const QString &folder,
                const QString &name)
{
    const QString csv = folder + u'/' + name + QStringLiteral(".csv");
    const QString json = folder + u'/' + name + QStringLiteral(".json");
    ScanRun result;
    result.run = runCli(arguments + QStringList{QStringLiteral("--output"), csv, QStringLiteral("--json"), json}, cloudinaryUrl, databaseUrl, folder);
    QFile file(json);
    if (file.open(QIODevice::ReadOnly))
        result.summary = QJsonDocument::fromJson(file.readAll()).object();
    result.report = CsvTable::load(result.summary.value(QStringLiteral("report")).toString(csv));
    return result;
}
