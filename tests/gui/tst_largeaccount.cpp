// An account too big for one window's API budget, in the app: a scan stopped by the guard is
// continued with Scan → Resume scan until it is whole, and a scan with "Wait for the API budget"
// ticked shows its countdown and runs to the end by itself; both give the sandbox's ground truth.
#include "csvtable.h"
#include "groundtruth.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "orphantablemodel.h"
#include "report/reportwriter.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "scanprogresswidget.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestLargeAccount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox; // four calls per two-second window
    QStringList m_truth;

    ConnectionProfile profile(bool waitForReset) const
    {
        ConnectionProfile profile;
        profile.name = u"Big"_s;
        QString error;
        if (!profile.applyCloudinaryUrl(m_sandbox.cloudinaryUrl(), &error)
            || !profile.applyDatabaseUrl(u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), &error))
            qFatal("%s", qPrintable(error));
        profile.days = 0;
        profile.pauseSeconds = 0;
        profile.minAgeDetectHours = 0;
        profile.waitForReset = waitForReset;
        return profile;
    }

    static QAction *action(const MainWindow &window, const QString &text)
    {
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    static quint64 lastJob(const MainWindow &window) { return window.lastResult() ? window.lastResult()->jobId : 0; }

    static QStringList tableLines(const MainWindow &window)
    {
        return CsvTable::parse(ReportWriter::csv(window.results()->model()->orphans())).sortedLines();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8()); // the checkpoint under this run's own data dir
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(u"en"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"5000"_s, u"--seed"_s, u"21"_s, u"--rate-limit"_s, u"4"_s, u"--rate-limit-window"_s,
                                  u"2"_s, u"--write-database"_s, u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), u"--ground-truth"_s,
                                  m_dir.filePath(u"truth.csv"_s)}),
                 qPrintable(m_sandbox.error()));
        m_truth = expectedOrphans(m_dir.filePath(u"truth.csv"_s), {u"image"_s, u"video"_s});
        QVERIFY(m_truth.size() > 300);
    }

    void resumeContinuesTheStoppedScan()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.resize(1200, 800);
        window.show();
        window.useProfile(profile(false));
        QAction *resume = action(window, u"&Resume scan"_s);
        QVERIFY(resume);
        window.scanAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QVERIFY(window.lastResult()->isPartial());
        auto *log = window.findChild<LogPanel *>();
        QVERIFY(log);
        QTRY_VERIFY_WITH_TIMEOUT(log->text().contains(u"will stop when this hour's runs out"_s), 10'000); // the estimate said so
        QVERIFY2(log->text().contains(u"Scan → Resume scan (Ctrl+Shift+R) continues"_s), qPrintable(log->text()));

        int runs = 1;
        while (window.lastResult()->isPartial() && runs < 40) {
            QTest::qWait(SandboxProcess::msUntilAFreshWindow(2)); // the next window, from its start
            const quint64 before = lastJob(window);
            QVERIFY(resume->isEnabled());
            resume->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value() && lastJob(window) != before, 60'000); // none while it runs
            ++runs;
        }
        QVERIFY2(runs >= 3, "the account should take several windows");
        const ScanResult result = *window.lastResult(); // lastResult() is a copy
        QVERIFY(!result.isPartial());
        QVERIFY(result.checkpoint.resumed);
        QCOMPARE(result.checkpoint.runs, runs);
        QCOMPARE(tableLines(window), m_truth);
        QVERIFY2(log->text().contains(u"Resumed: "_s), qPrintable(log->text()));
    }

    void waitingShowsACountdownAndFinishes()
    {
        QTest::qWait(SandboxProcess::msUntilAFreshWindow(2));
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.resize(1200, 800);
        window.show();
        window.useProfile(profile(true));
        auto *wait = window.findChild<QCheckBox *>(u"waitForReset"_s);
        QVERIFY(wait && wait->isChecked());
        window.scanAction()->trigger();
        auto *progress = window.findChild<ScanProgressWidget *>();
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->phaseText().startsWith(u"Waiting for the API budget: resumes at"_s), 30'000);
        QVERIFY(!window.lastResult().has_value());
        const QString docs = QStringLiteral(ORPHANSCOPE_DOCS_DIR);
        QVERIFY(window.grab().save(QDir(docs).filePath(u"screenshot-waiting.png"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 120'000);
        const ScanResult result = *window.lastResult(); // lastResult() is a copy
        QVERIFY(!result.isPartial());
        QVERIFY(result.checkpoint.waits >= 2);
        QCOMPARE(tableLines(window), m_truth);
    }
};

QTEST_MAIN(TestLargeAccount)
#include "tst_largeaccount.moc"
