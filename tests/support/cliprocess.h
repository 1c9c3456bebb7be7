#pragma once

#include "csvtable.h"

#include <QJsonObject>
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

struct ScanRun
{
    CliRun run;
    QJsonObject summary; // the --json summary
    CsvTable report;     // the CSV report (under its _PARTIAL name for a partial scan)
};

// Runs a scan in `folder` that writes <name>.csv and <name>.json there, and reads both back.
ScanRun runScan(const QStringList &arguments, const QString &cloudinaryUrl, const QString &databaseUrl, const QString &folder,
                const QString &name);
