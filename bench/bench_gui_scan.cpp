// Measures how long the GUI thread stalls while the window scans a large sandbox account:
// a 5 ms timer on the main thread records the longest gap between its ticks; and how the
// window's wall time compares with orphanscope-cli's on the same account and database.
// Usage: bench_gui_scan [FILES]   (default 100000); prints medians of 3 runs.
#include "cliprocess.h"
#include "mainwindow.h"
#include "orphanfiltermodel.h"
#include "resultsview.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString files = argc > 1 ? QString::fromLatin1(argv[1]) : u"100000"_s;
    QTemporaryDir dir;
    const QString database = u"sqlite:///"_s + dir.filePath(u"db.sqlite3"_s);
    SandboxProcess sandbox;
    if (!sandbox.start({u"--generate"_s, files, u"--write-database"_s, database, u"--rate-limit"_s, u"100000"_s})) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.error()));
        return 1;
    }
    // One scan first that is not counted: the sandbox renders each page the first time it is
    // asked for, and keeps it. Without it the window's first run paid for that and the CLI's did not.
    const QStringList cliArguments{u"--all"_s, u"--delay"_s, u"0"_s, u"--quiet"_s, u"--no-email"_s, u"--no-history"_s};
    if (const CliRun warmUp = runCli(cliArguments, sandbox.cloudinaryUrl(), database, dir.path(), 300'000); warmUp.exitCode != 0) {
        std::fprintf(stderr, "orphanscope-cli failed: %s\n", qPrintable(warmUp.err));
        return 1;
    }
    QList<qint64> stalls;
    QList<qint64> walls;
    qint64 orphans = 0;
    for (int run = 0; run < 3; ++run) {
        QSettings settings(dir.filePath(u"settings%1.ini"_s.arg(run)), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.resize(1400, 900);
        window.show();
        ConnectionProfile profile;
        QString error;
        profile.applyCloudinaryUrl(sandbox.cloudinaryUrl(), &error);
        profile.applyDatabaseUrl(database, &error);
        profile.days = 0;
        profile.pauseSeconds = 0;
        window.useProfile(profile);
        QElapsedTimer sinceTick;
        QElapsedTimer wallClock;
        qint64 longest = 0;
        qint64 longestAt = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 gap = sinceTick.restart();
            if (gap > longest) {
                longest = gap;
                longestAt = wallClock.elapsed();
            }
        });
        QElapsedTimer wall;
        wall.start();
        wallClock = wall;
        sinceTick.start();
        ticker.start();
        window.startScan();
        // An event loop that sleeps until something happens, as the app's own does. (The
        // processEvents(flags, maxTime) loop this had returned at once when nothing was pending:
        // it kept a core busy polling, beside the scan's threads on a two-core machine.)
        QEventLoop untilFinished;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (window.lastResult() || wall.elapsed() >= 300'000)
                untilFinished.quit();
        });
        poll.start();
        untilFinished.exec();
        poll.stop();
        QApplication::processEvents(); // let the table and charts settle
        ticker.stop();
        stalls.append(longest);
        std::fprintf(stderr, "run %d: longest stall %lld ms, %lld ms into a %lld ms scan\n", run, static_cast<long long>(longest),
                     static_cast<long long>(longestAt), static_cast<long long>(wall.elapsed()));
        walls.append(wall.elapsed());
        orphans = window.results()->proxy()->rowCount();
    }
    QList<qint64> cliWalls;
    for (int run = 0; run < 3; ++run) {
        const CliRun cli = runCli(cliArguments, sandbox.cloudinaryUrl(), database, dir.path(), 300'000);
        if (cli.exitCode != 0) {
            std::fprintf(stderr, "orphanscope-cli failed: %s\n", qPrintable(cli.err));
            return 1;
        }
        cliWalls.append(cli.elapsedMs);
    }
    std::sort(stalls.begin(), stalls.end());
    std::sort(walls.begin(), walls.end());
    std::sort(cliWalls.begin(), cliWalls.end());
    std::printf("files %s, orphans %lld: median wall %lld ms (orphanscope-cli %lld ms: %.2fx), median longest GUI stall %lld ms "
                "(runs: %lld/%lld/%lld ms)\n",
                qPrintable(files), static_cast<long long>(orphans), static_cast<long long>(walls[1]), static_cast<long long>(cliWalls[1]),
                double(walls[1]) / double(cliWalls[1]), static_cast<long long>(stalls[1]), static_cast<long long>(stalls[0]),
                static_cast<long long>(stalls[1]), static_cast<long long>(stalls[2]));
    return 0;
}
