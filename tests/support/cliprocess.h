#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

// Runs orphanscope-cli to completion with CLOUDINARY_URL and DATABASE_URL set as given (empty:
// unset), in workingDirectory, whose .local/share is its data dir (history, inventory).
CliRun runCli(const QStringList &arguments, const QString &cloudinaryUrl, const QString &databaseUrl,
              const QString &workingDirectory, int timeoutMs = 120'000);
