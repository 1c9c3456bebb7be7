#include "cliprocess.h"

#include <QElapsedTimer>
#include <QProcess>

CliRun runCli(const QStringList &arguments, const QString &cloudinaryUrl, const QString &databaseUrl,
              const QString &workingDirectory, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CLOUDINARY_URL"));
    environment.remove(QStringLiteral("DATABASE_URL"));
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
