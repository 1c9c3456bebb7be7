// The desktop app offscreen: a whole review loop against the sandbox and SQLite.
#include "brokenreferencesview.h"
#include "chartsview.h"
#include "csvtable.h"
#include "deletedialog.h"
#include "emaildialog.h"
#include "groundtruth.h"
#include "helpdialog.h"
#include "historyview.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "orphanfiltermodel.h"
#include "orphantablemodel.h"
#include "report/reportwriter.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "scancontroller.h"
#include "connectionsdialog.h"
#include "connectiontestbox.h"
#include "mailform.h"
#include "referencesform.h"
#include "scanoptionspanel.h"
#include "scanstateview.h"
#include "smtpserverprocess.h"
#include "summarycards.h"
#include "translations.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTableWidget>
#include <QPushButton>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>
#include <QScreen>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxProcess m_slowSandbox;
    std::unique_ptr<QSettings> m_settings;

    QString truthPath() const { return m_dir.filePath(u"truth.csv"_s); }
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }

    ConnectionProfile sandboxProfile(const SandboxProcess &sandbox) const
    {
        ConnectionProfile profile;
        profile.name = u"Sandbox"_s;
        QString error;
        if (!profile.applyCloudinaryUrl(sandbox.cloudinaryUrl(), &error) || !profile.applyDatabaseUrl(u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), &error))
            qFatal("%s", qPrintable(error));
        profile.days = 0;
        profile.pauseSeconds = 0;
        return profile;
    }

    static QStringList tableLines(const MainWindow &window)
    {
        return CsvTable::parse(ReportWriter::csv(window.results()->model()->orphans())).sortedLines();
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = QStringLiteral(ORPHANSCOPE_DOCS_DIR);
        QDir().mkpath(folder);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // History, audit log and inventory under a home of this run's own: test mode alone puts them
        // in ~/.qttest, shared by every run on the machine (the history view shows the last 200 scans).
        qputenv("HOME", m_dir.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(u"en"_s); // as main() does: English plural forms
        const QString database = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"3000"_s, u"--seed"_s, u"21"_s, u"--orphan-rate"_s, u"0.12"_s,
                                  u"--write-database"_s, database, u"--ground-truth"_s, truthPath()}),
                 qPrintable(m_sandbox.error()));
        QVERIFY2(m_slowSandbox.start({u"--generate"_s, u"3000"_s, u"--seed"_s, u"21"_s, u"--latency-ms"_s, u"250"_s}),
                 qPrintable(m_slowSandbox.error()));
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

    void scanFillsTheTableWithExactlyTheGeneratedOrphans()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.useProfile(sandboxProfile(m_sandbox));
        QVERIFY(window.scanAction()->isEnabled());
        window.scanAction()->trigger();
        QVERIFY(window.controller()->isRunning());
        QVERIFY(window.cancelAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QVERIFY(!window.lastResult()->isPartial());
        QCOMPARE(tableLines(window), expectedOrphans(truthPath(), {u"image"_s, u"video"_s}));
        QCOMPARE(window.results()->proxy()->rowCount(), window.lastResult()->totalOrphans());
        QVERIFY(!window.controller()->isRunning());
        QVERIFY(window.log()->text().contains(u"Scan complete"_s));

        // The review loop: select the largest orphan, see its preview, copy its id.
        QTableView *table = window.results()->table();
        table->setFocus();
        table->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<ResultsView *>()->findChildren<QLabel *>().isEmpty(), 1000);
        const QString firstId = table->model()->index(0, OrphanTableModel::PublicIdColumn).data().toString();
        QVERIFY(window.copyIdsAction()->isEnabled());
        window.copyIdsAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), firstId);
        QTest::qWait(500); // the preview arrives from the sandbox
        saveScreenshot(&window, u"screenshot-main.png"_s);

        window.tabs()->setCurrentIndex(1);
        window.charts()->refreshNow();
        QCOMPARE(window.charts()->statistics().count, window.lastResult()->totalOrphans());
        QTest::qWait(100);
        saveScreenshot(&window, u"screenshot-charts.png"_s);

        // A dark palette turns the charts dark too.
        QVERIFY(!window.charts()->usesDarkTheme());
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
        QApplication::setPalette(dark);
        QTRY_VERIFY(window.charts()->usesDarkTheme());
        saveScreenshot(&window, u"screenshot-charts-dark.png"_s);
        QApplication::setPalette(light);
        QTRY_VERIFY(!window.charts()->usesDarkTheme());

        // Charts follow the table's filter.
        window.results()->setFilterText(u"café"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.results()->proxy()->rowCount() < window.results()->model()->rowCount(), 2000);
        window.charts()->refreshNow();
        QCOMPARE(window.charts()->statistics().count, qint64(window.results()->proxy()->rowCount()));
        window.close();
    }

    void keyboardScanAndFilter()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        window.useProfile(sandboxProfile(m_sandbox));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(u"Ctrl+R"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        OrphanFilterModel *proxy = window.results()->proxy();
        const int all = proxy->rowCount();
        QTest::keySequence(&window, QKeySequence::Find);
        QWidget *filter = window.findChild<QWidget *>(u"orphanFilter"_s);
        QTRY_COMPARE(QApplication::focusWidget(), filter);
        QTest::keyClicks(filter, u"USERS/AVATARS"_s);
        QCOMPARE(proxy->rowCount(), all); // debounced: not yet
        QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() < all, 2000);
        QVERIFY(proxy->rowCount() > 0);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, OrphanTableModel::PublicIdColumn).data().toString().startsWith(u"users/avatars/"_s));
    }

    void cancelKeepsWhatWasFound()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        window.useProfile(sandboxProfile(m_slowSandbox));
        window.startScan();
        QTest::qWait(800);
        QVERIFY(window.controller()->isRunning());
        window.cancelAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 1000);
        QCOMPARE(window.lastResult()->stopReason, StopReason::Cancelled);
        QVERIFY(window.summary()->bannerText().contains(u"PARTIAL"_s));
        QVERIFY(window.scanAction()->isEnabled());
        QVERIFY(!window.cancelAction()->isEnabled());
    }

    void exportWritesTheReport()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        QString error;
        QVERIFY(!window.exportCsv(m_dir.filePath(u"early.csv"_s), &error));
        QVERIFY(error.contains(u"run a scan first"_s));
        window.useProfile(sandboxProfile(m_sandbox));
        window.startScan();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        const QString path = m_dir.filePath(u"exported/orphans.csv"_s);
        QVERIFY2(window.exportCsv(path, &error), qPrintable(error));
        QCOMPARE(CsvTable::load(path).sortedLines(), expectedOrphans(truthPath(), {u"image"_s, u"video"_s}));
    }

    // Before a scan, while it runs, after it with orphans and with none, the results and charts
    // say where things stand and offer the next step instead of an empty table.
    void viewsSayWhatToDoNext()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        window.useProfile(sandboxProfile(m_slowSandbox));
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(u"resultsStack"_s);
        auto *charts = window.findChild<QStackedWidget *>(u"chartsStack"_s);
        QVERIFY(stack && charts);
        QCOMPARE(stack->currentWidget(), window.resultsState());
        QCOMPARE(window.resultsState()->title(), u"No scan yet"_s);
        QVERIFY(!window.summary()->isVisible());
        QList<QString> offered;
        for (const QToolButton *button : window.resultsState()->findChildren<QToolButton *>())
            offered.append(button->defaultAction()->text());
        QCOMPARE(offered, (QList<QString>{u"&Scan"_s, u"&Connections…"_s}));

        window.startScan(); // 250 ms a call: long enough to see it running
        QCOMPARE(window.resultsState()->title(), u"Scanning demo…"_s);
        QCOMPARE(charts->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QCOMPARE(stack->currentWidget(), window.results());
        QCOMPARE(charts->currentWidget(), window.charts());

        // Every unreferenced file ignored: a scan with no orphans says so, positively.
        ConnectionProfile clean = sandboxProfile(m_sandbox);
        clean.ignorePatterns = {u"**"_s};
        window.useProfile(clean);
        window.startScan();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QCOMPARE(window.lastResult()->totalOrphans(), 0);
        QCOMPARE(stack->currentWidget(), window.resultsState());
        QCOMPARE(window.resultsState()->title(), u"No orphans"_s);
        const QString said = window.resultsState()->text();
        QVERIFY2(said.startsWith(u"None of the 2,854 files listed is an orphan."_s), qPrintable(said));
        QVERIFY2(said.contains(u"%1 unreferenced files match an ignore rule"_s.arg(window.lastResult()->totalIgnored())), qPrintable(said));
        QCOMPARE(charts->currentIndex(), 0);
    }

    void failureIsShownInWords()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        ConnectionProfile profile = sandboxProfile(m_sandbox);
        profile.references = {u"prompts_prompt.cover:image"_s};
        window.useProfile(profile);
        window.startScan();
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 20'000);
        QVERIFY(!window.lastResult());
        QCOMPARE(window.resultsState()->title(), u"The scan failed"_s);
        QVERIFY2(window.resultsState()->text().contains(u"column \"cover\" does not exist"_s), qPrintable(window.resultsState()->text()));
    }

    void testConnectionsAndDetectSayWhatTheyFound()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        ConnectionProfile profile = sandboxProfile(m_sandbox);
        profile.references = {u"prompts_prompt.featured_image:image"_s};
        window.useProfile(profile);
        ConnectionsDialog *panel = window.openConnections();
        QSignalSpy tested(panel->tester(), &ConnectionTestBox::finished);
        panel->tester()->test();
        QVERIFY(tested.wait(10'000));
        QCOMPARE(tested.at(0).at(0).toBool(), true);
        auto labelText = [&panel] {
            QStringList texts;
            for (const QLabel *label : panel->findChildren<QLabel *>())
                texts.append(label->text());
            return texts.join(u'\n');
        };
        QVERIFY2(labelText().contains(u"Cloudinary: Connected to demo: plan Sandbox, 3,000 files"_s), qPrintable(labelText()));
        QVERIFY2(labelText().contains(u"every reference column exists"_s), qPrintable(labelText()));

        QSignalSpy detected(panel->references(), &ReferencesForm::detectionFinished);
        panel->references()->detect();
        QVERIFY(detected.wait(10'000));
        const QStringList references = panel->profile().references;
        QVERIFY2(references.contains(u"prompts_prompt.featured_video:video"_s), qPrintable(references.join(u", "_s)));
        QVERIFY2(references.contains(u"prompts_attachment.file:raw"_s), qPrintable(references.join(u", "_s)));
        QVERIFY(!references.contains(u"prompts_prompt.title:image"_s));

        // Save keeps what Detect added in the profile.
        panel->accept();
        QVERIFY(window.currentProfile().references.contains(u"prompts_attachment.file:raw"_s));

        ConnectionProfile wrong = sandboxProfile(m_sandbox);
        wrong.apiSecret = u"wrong"_s;
        window.useProfile(wrong);
        panel = window.openConnections();
        QSignalSpy testedAgain(panel->tester(), &ConnectionTestBox::finished);
        panel->tester()->test();
        QVERIFY(testedAgain.wait(10'000));
        QCOMPARE(testedAgain.at(0).at(0).toBool(), false);
        QVERIFY2(labelText().contains(u"refused the credentials (HTTP 401: api_secret mismatch)"_s), qPrintable(labelText()));
    }

    void emailFromTheApp()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(u"mailer"_s, u"smtp-password"_s), qPrintable(smtp.error()));
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        ConnectionProfile profile = sandboxProfile(m_sandbox);
        profile.mailHost = u"127.0.0.1"_s;
        profile.mailPort = smtp.port();
        profile.mailSecurity = int(MailConfig::Security::None);
        profile.mailUser = u"mailer"_s;
        profile.mailPassword = u"smtp-password"_s;
        profile.mailFrom = u"Orphanscope <scans@example.org>"_s;
        profile.admins = u"Ann <ann@example.org>"_s;
        profile.appName = u"Prompts"_s;
        window.useProfile(profile);
        QVERIFY(!window.sendEmailAction()->isEnabled()); // nothing to send before a scan

        // The test email from the settings.
        ConnectionsDialog *connections = window.openConnections();
        QSignalSpy tested(connections->mail(), &MailForm::testEmailFinished);
        connections->showPage(ConnectionsDialog::Page::Mail);
        QTest::mouseClick(connections->mail()->findChild<QPushButton *>(u"sendTestEmail"_s), Qt::LeftButton);
        QVERIFY(tested.wait(10'000));
        connections->reject();
        QCOMPARE(tested.at(0).at(0).toBool(), true);
        QTRY_COMPARE(smtp.messages().size(), 1);
        QCOMPARE(smtp.messages().at(0).value(u"subject"_s).toString(), u"Prompts: test email"_s);

        window.startScan();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QVERIFY(window.sendEmailAction()->isEnabled());
        EmailDialog *dialog = window.openEmailDialog();
        QVERIFY(dialog);
        const QString preview = dialog->previewText();
        QVERIFY(preview.contains(u"Action Required"_s));
        QSignalSpy sent(dialog, &EmailDialog::sent);
        dialog->send();
        QVERIFY(sent.wait(10'000));
        QCOMPARE(sent.at(0).at(0).toBool(), true);
        QVERIFY2(dialog->statusText().contains(u"Sent to Ann <ann@example.org>"_s), qPrintable(dialog->statusText()));
        QTRY_COMPARE(smtp.messages().size(), 2);
        const QJsonObject message = smtp.messages().at(1);
        QCOMPARE(message.value(u"subject"_s).toString(), u"Prompts: Orphaned Files Detection Report"_s);
        QCOMPARE(message.value(u"body"_s).toString().replace(u"\r\n"_s, u"\n"_s), preview); // exactly what was previewed
        QCOMPARE(message.value(u"attachments"_s).toArray().size(), 1);
        QVERIFY(!smtp.rawMessages().contains("smtp-password"));
        QVERIFY(!smtp.rawMessages().contains("demo-secret"));
        saveScreenshot(dialog, u"screenshot-email.png"_s);

        // A failure is said in words, in the dialog.
        dialog->setRecipients(u"ann@example.org, bob@"_s);
        dialog->send();
        QVERIFY2(dialog->statusText().contains(u"\"bob@\" is not a valid email address"_s), qPrintable(dialog->statusText()));
        dialog->close();
    }

    void helpShowsTheTroubleshootingTable()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        HelpDialog *help = window.openHelp();
        QVERIFY(help);
        QVERIFY2(help->text().contains(u"CLOUDINARY_URL is not set"_s), qPrintable(help->text().left(300)));
        QVERIFY(help->text().contains(u"does not offer STARTTLS"_s));
        QVERIFY(!help->text().contains(u"A scan is one"_s)); // only the troubleshooting section
        help->show();
        QVERIFY(help->grab().save(QDir::temp().filePath(u"orphanscope-help.png"_s)));
        help->close();
    }

    void settingsRoundTripWithoutTheSecret()
    {
        {
            MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
            ConnectionProfile profile = sandboxProfile(m_sandbox);
            profile.name = u"Staging"_s;
            profile.databases.first().password = u"db-password-never-stored"_s;
            profile.mailPassword = u"smtp-password-never-stored"_s;
            profile.mailHost = u"smtp.example.org"_s;
            profile.days = 7;
            profile.parallelListing = 4;
            profile.references.append(u"prompts_attachment.file:raw"_s);
            window.useProfile(profile);
            window.close(); // saves the profile and the window state
        }
        m_settings->sync();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("Staging"));
        QVERIFY(stored.contains("demo-key"));
        QVERIFY(!stored.contains("demo-secret"));
        QVERIFY(!stored.contains("db-password-never-stored"));
        QVERIFY(!stored.contains("smtp-password-never-stored"));
        QVERIFY(stored.contains("smtp.example.org"));

        MainWindow reopened(m_settings.get(), SecretStore::Backend::SessionOnly);
        const ConnectionProfile loaded = reopened.currentProfile();
        QCOMPARE(loaded.name, u"Staging"_s);
        QCOMPARE(loaded.cloudName, u"demo"_s);
        QCOMPARE(loaded.apiKey, u"demo-key"_s);
        QCOMPARE(loaded.days, 7);
        QCOMPARE(loaded.parallelListing, 4);
        QCOMPARE(loaded.references.last(), u"prompts_attachment.file:raw"_s);
        QCOMPARE(loaded.apiSecret, QString()); // a new session without a keyring: asked again
        QVERIFY(reopened.log()->text().contains(u"No keyring is available"_s));
    }

    // View → Scan options (F9) lets the results have the width; the header's menu shows and hides
    // columns; both are remembered.
    void scanOptionsAndColumnsAreRemembered()
    {
        {
            // The first start: never larger than the screen.
            QSettings fresh(m_dir.filePath(u"fresh.ini"_s), QSettings::IniFormat);
            MainWindow first(&fresh, SecretStore::Backend::SessionOnly);
            const QSize available = first.screen()->availableGeometry().size();
            QVERIFY2(first.width() <= available.width() && first.height() <= available.height(),
                     qPrintable(u"%1×%2 on %3×%4"_s.arg(first.width()).arg(first.height()).arg(available.width()).arg(available.height())));
        }
        {
            MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header = window.results()->table()->horizontalHeader();
            QVERIFY(header->isSectionHidden(OrphanTableModel::UrlColumn)); // the preview shows it
            QVERIFY(!header->isSectionHidden(OrphanTableModel::DecisionColumn));
            QVERIFY(window.scanOptions()->isVisible());
            QTest::keyClick(&window, Qt::Key_F9);
            QVERIFY(!window.scanOptions()->isVisible());

            // Folder off and URL on through the header's context menu.
            for (const QString &title : {u"Folder"_s, u"URL"_s}) {
                QTimer::singleShot(100, [title] {
                    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                    QVERIFY(menu && menu->objectName() == u"columnMenu"_s);
                    for (QAction *action : menu->actions()) {
                        if (action->text() == u"Public ID"_s)
                            QVERIFY(!action->isEnabled()); // never hidden
                        if (action->text() == title)
                            action->trigger();
                    }
                    menu->close();
                });
                Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
            }
            QVERIFY(header->isSectionHidden(OrphanTableModel::FolderColumn));
            QVERIFY(!header->isSectionHidden(OrphanTableModel::UrlColumn));
            window.close();
        }
        MainWindow reopened(m_settings.get(), SecretStore::Backend::SessionOnly);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(!reopened.scanOptions()->isVisible());

        // The log: the keyring warning opened it; collapsed to a line, a notice leaves it so and a
        // warning opens it again, even when it was closed.
        LogPanel *log = reopened.log();
        const int line = log->fontMetrics().lineSpacing();
        QTRY_VERIFY(log->isVisible() && log->widget()->height() >= 5 * line);
        reopened.resizeDocks({log}, {log->minimumSizeHint().height()}, Qt::Vertical);
        QTRY_VERIFY(log->widget()->height() < 3 * line);
        log->addNotice(u"a notice"_s);
        QTest::qWait(50);
        QVERIFY(log->widget()->height() < 3 * line);
        log->addWarning(u"a warning"_s);
        QTRY_VERIFY(log->widget()->height() >= 5 * line);
        log->hide();
        log->addWarning(u"another warning"_s);
        QVERIFY(log->isVisible());
        QHeaderView *header = reopened.results()->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(OrphanTableModel::FolderColumn));
        QVERIFY(!header->isSectionHidden(OrphanTableModel::UrlColumn));
        QTest::keyClick(&reopened, Qt::Key_F9);
        QVERIFY(reopened.scanOptions()->isVisible());
        reopened.results()->setColumnShown(OrphanTableModel::FolderColumn, true);
        reopened.results()->setColumnShown(OrphanTableModel::UrlColumn, false);
        reopened.close(); // the later tests see the usual layout
    }

    // Last, since it deletes files: the History and Broken references tabs after a whole-account
    // scan, then "Delete selected…" with its typed confirmation, against the sandbox.
    void historyBrokenReferencesAndDeletion()
    {
        MainWindow window(m_settings.get(), SecretStore::Backend::SessionOnly);
        window.resize(1400, 900);
        ConnectionProfile profile = sandboxProfile(m_sandbox);
        profile.deleteMinAgeHours = 0;
        window.useProfile(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.scanAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        const qint64 before = window.lastResult()->totalOrphans();
        const int points = window.history()->pointCount();
        QVERIFY(points >= 1);
        QCOMPARE(window.history()->table()->rowCount(), points);
        QVERIFY(window.lastResult()->brokenChecked);
        QCOMPARE(window.brokenReferences()->table()->rowCount(), 2); // the sandbox's two dangling rows
        window.tabs()->setCurrentWidget(window.history());
        QTest::qWait(100);
        saveScreenshot(&window, u"screenshot-history.png"_s);
        window.tabs()->setCurrentWidget(window.brokenReferences());
        saveScreenshot(&window, u"screenshot-broken.png"_s);
        window.tabs()->setCurrentIndex(0);

        QTableView *table = window.results()->table();
        table->setFocus();
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(window.deleteAction()->isEnabled());
        DeleteDialog *dialog = window.openDeleteDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->deleteButton()->isEnabled());
        dialog->confirmationEdit()->setText(u"delete 2 files"_s);
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QCOMPARE(dialog->confirmationPhrase(), u"delete 3 files"_s);
        dialog->confirmationEdit()->setText(dialog->confirmationPhrase());
        QVERIFY(dialog->deleteButton()->isEnabled());
        saveScreenshot(dialog, u"screenshot-delete.png"_s);
        QSignalSpy done(dialog, &DeleteDialog::done);
        dialog->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
        const auto summary = done.constFirst().constFirst().value<DeletionSummary>();
        QCOMPARE(summary.count(DeletionOutcome::Deleted), 3);
        QCOMPARE(window.results()->model()->rowCount(), int(before - 3));
        QVERIFY(QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope/deletion_audit.csv"_s));
        dialog->close();

        window.scanAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning() && window.lastResult().has_value(), 60'000);
        QCOMPARE(window.lastResult()->totalOrphans(), before - 3);
        QCOMPARE(window.history()->pointCount(), points + 1);
        window.close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
