#include "mainwindow.h"

#include "brokenreferencesview.h"
#include "chartsview.h"
#include "deletedialog.h"
#include "emaildialog.h"
#include "helpdialog.h"
#include "historyview.h"
#include "labels.h"
#include "logpanel.h"
#include "profilestore.h"
#include "report/reportwriter.h"
#include "resultsview.h"
#include "scancontroller.h"
#include "scanfollowup.h"
#include "scanprogresswidget.h"
#include "settingspanel.h"
#include "summarycards.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

MainWindow::MainWindow(QSettings *settings, SecretStore::Backend secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(std::make_unique<ProfileStore>(settings))
    , m_secrets(new SecretStore(secrets, this))
    , m_controller(new ScanController(this))
    , m_settingsPanel(new SettingsPanel(this))
    , m_summary(new SummaryCards(this))
    , m_results(new ResultsView(this))
    , m_charts(new ChartsView(m_results->model(), m_results->proxy(), this))
    , m_history(new HistoryView(this))
    , m_broken(new BrokenReferencesView(this))
    , m_followUp(new ScanFollowUp(ScanHistory::defaultPath(), this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_log(new LogPanel(this))
    , m_progress(new ScanProgressWidget(this))
    , m_profileBox(new QComboBox(this))
{
    setWindowTitle(tr("Orphanscope"));
    setObjectName(u"mainWindow"_s);

    auto *resultsPage = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_results, 1);
    m_tabs->addTab(resultsPage, tr("&Results"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(m_history, tr("H&istory"));
    m_tabs->addTab(m_broken, tr("&Broken references"));
    m_splitter->addWidget(m_settingsPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(u"mainSplitter"_s);
    setCentralWidget(m_splitter);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    statusBar()->addPermanentWidget(m_progress); // never hidden by the short "Copied…" messages

    createActions();
    createToolBar();
    createMenus();

    connect(m_controller, &ScanController::progress, m_progress, &ScanProgressWidget::update);
    connect(m_controller, &ScanController::warning, m_log, &LogPanel::addWarning);
    connect(m_controller, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_controller, &ScanController::failed, this, &MainWindow::onScanFailed);
    connect(m_followUp, &ScanFollowUp::notice, m_log, &LogPanel::addNotice);
    connect(m_followUp, &ScanFollowUp::warning, m_log, &LogPanel::addWarning);
    connect(m_results, &ResultsView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_results, &ResultsView::activated, this, [this] { openSelection(false); });
    connect(m_results, &ResultsView::contextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions({m_copyIds, m_copyUrls});
        menu.addSeparator();
        menu.addActions({m_openFile, m_openDashboard});
        menu.addSeparator();
        menu.addAction(m_deleteFiles);
        menu.exec(at);
    });
    connect(m_secrets, &SecretStore::unavailable, this, [this](const QString &message) {
        m_log->addWarning(message);
        statusBar()->showMessage(message, 10'000);
    });
    connect(m_secrets, &SecretStore::secretRead, this, [this](const QString &key, const QString &value) {
        ConnectionProfile profile = m_settingsPanel->profile();
        if (value.isEmpty())
            return;
        if (key == secretKey(profile.name, "cloudinary"))
            profile.apiSecret = value;
        else if (key == secretKey(profile.name, "database"))
            profile.dbPassword = value;
        else if (key == secretKey(profile.name, "mail"))
            profile.mailPassword = value;
        else if (key == secretKey(profile.name, "webhook"))
            profile.webhookUrl = value;
        else
            return;
        m_settingsPanel->setProfile(profile);
    });
    if (m_secrets->backend() == SecretStore::Backend::SessionOnly)
        m_log->addWarning(tr("No keyring is available: the API secret and the database and SMTP passwords are kept for this session only."));

    refreshProfileList();
    loadProfile(m_profiles->currentName());
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow() = default;

QString MainWindow::secretKey(const QString &profile, const char *which)
{
    return profile + u'/' + QLatin1StringView(which);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_scan = make(tr("&Scan"), u"system-search"_s, QKeySequence(u"Ctrl+R"_s), &MainWindow::startScan);
    m_scan->setToolTip(tr("Scan the account for orphaned files (Ctrl+R)"));
    m_cancel = make(tr("&Cancel"), u"process-stop"_s, QKeySequence(Qt::Key_Escape), &MainWindow::cancelScan);
    m_cancel->setToolTip(tr("Stop the scan and keep what was found (Esc)"));
    m_export = make(tr("&Export CSV…"), u"document-save-as"_s, QKeySequence(u"Ctrl+E"_s), &MainWindow::exportWithDialog);
    m_copyIds = make(tr("&Copy public IDs"), u"edit-copy"_s, QKeySequence::Copy, [this] { copySelection(false); });
    m_copyIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_results->table()->addAction(m_copyIds);
    m_copyUrls = make(tr("Copy &URLs"), u"edit-copy"_s, QKeySequence(u"Ctrl+Shift+C"_s), [this] { copySelection(true); });
    m_openFile = make(tr("&Open file"), u"document-open"_s, QKeySequence(u"Ctrl+O"_s), [this] { openSelection(false); });
    m_openDashboard = make(tr("Open in &dashboard"), u"internet-web-browser"_s, QKeySequence(u"Ctrl+D"_s), [this] { openSelection(true); });
    m_find = make(tr("&Filter"), u"edit-find"_s, QKeySequence::Find, [this] {
        m_tabs->setCurrentIndex(0);
        m_results->focusFilter();
    });
    m_sendEmail = make(tr("Send &email…"), u"mail-send"_s, QKeySequence(u"Ctrl+M"_s), [this] { openEmailDialog(); });
    m_sendEmail->setToolTip(tr("Email the summary of the last scan to the admins (Ctrl+M)"));
    m_deleteFiles = make(tr("De&lete selected…"), u"edit-delete"_s, QKeySequence(u"Shift+Del"_s), [this] { openDeleteDialog(); });
    m_deleteFiles->setToolTip(tr("Delete the selected orphans from Cloudinary, each checked again first (Shift+Del)"));
    m_testConnections = make(tr("&Test connections"), u"network-wired"_s, QKeySequence(u"Ctrl+T"_s), [this] { m_settingsPanel->testConnections(); });
    m_saveProfile = make(tr("Save &profile"), u"document-save"_s, QKeySequence::Save, &MainWindow::saveProfile);
    m_newProfile = make(tr("&New profile…"), u"list-add"_s, QKeySequence(), &MainWindow::newProfile);
    m_deleteProfile = make(tr("&Delete profile"), u"list-remove"_s, QKeySequence(), &MainWindow::deleteProfile);
    for (QAction *action : {m_scan, m_cancel, m_export, m_copyUrls, m_openFile, m_openDashboard, m_find, m_testConnections,
                            m_saveProfile, m_sendEmail, m_deleteFiles})
        addAction(action); // shortcuts work whatever has focus
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr(" Profile: "), bar));
    m_profileBox->setMinimumContentsLength(12);
    m_profileBox->setToolTip(tr("Switch between saved settings (production, staging…)"));
    bar->addWidget(m_profileBox);
    connect(m_profileBox, &QComboBox::activated, this, [this](int index) {
        saveProfile();
        loadProfile(m_profileBox->itemText(index));
    });
    bar->addSeparator();
    bar->addActions({m_scan, m_cancel});
    bar->addSeparator();
    bar->addActions({m_export, m_copyIds, m_openDashboard, m_sendEmail});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newProfile, m_saveProfile, m_deleteProfile});
    file->addSeparator();
    file->addAction(m_export);
    file->addAction(m_sendEmail);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *scan = menuBar()->addMenu(tr("&Scan"));
    scan->addActions({m_scan, m_cancel, m_testConnections});
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_find, m_copyIds, m_copyUrls, m_openFile, m_openDashboard});
    edit->addSeparator();
    edit->addAction(m_deleteFiles);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_log->toggleViewAction());
    createLanguageMenu(view->addMenu(tr("&Language")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("&Troubleshooting"), QKeySequence::HelpContents, this, [this] { openHelp(); });
    help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Orphanscope"), this, [this] {
        QMessageBox::about(this, tr("About Orphanscope"),
                           tr("<h3>Orphanscope %1</h3><p>Finds files in a Cloudinary account that no database row references.</p>"
                              "<p>Released under the MIT licence. Built with Qt %2.</p>"
                              "<p>The command-line scan for schedulers is <tt>orphanscope-cli</tt>; see <tt>orphanscope-cli --help</tt>.</p>")
                               .arg(QStringLiteral(ORPHANSCOPE_VERSION), QString::fromLatin1(qVersion()))
                               + tr("<p><a href=\"%1\">Website</a> · <a href=\"%2\">Licence</a> · <a href=\"%3\">Report a problem</a></p>")
                                     .arg(u"https://orphanscope.example.org"_s, u"https://opensource.org/license/mit"_s,
                                          u"https://orphanscope.example.org/issues"_s));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// The interface language: the system's, or one chosen here. It applies from the next start;
// "Restart now" starts the app again with the same arguments.
void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString current = Translations::setting(*m_settings);
    QList<Translations::Language> choices{{QString(), tr("System default")}};
    choices += Translations::available();
    for (const Translations::Language &language : std::as_const(choices)) {
        QAction *action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        action->setData(language.code);
        group->addAction(action);
        if (language.code.isEmpty())
            menu->addSeparator();
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == Translations::setting(*m_settings))
            return;
        Translations::setSetting(*m_settings, code);
        QMessageBox box(QMessageBox::Information, tr("Language"),
                        tr("Orphanscope will be shown in %1 from its next start.")
                            .arg(code.isEmpty() ? tr("the system's language") : Translations::nativeName(code)),
                        QMessageBox::NoButton, this);
        QPushButton *restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        restart->setEnabled(!m_controller->isRunning());
        if (m_controller->isRunning())
            restart->setToolTip(tr("Wait for the scan to finish, or cancel it"));
        box.exec();
        if (box.clickedButton() == restart && QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
            close();
    });
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool selection = !m_results->selectedResources().isEmpty();
    m_scan->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_lastResult.has_value());
    m_sendEmail->setEnabled(!running && m_lastResult.has_value());
    for (QAction *action : {m_copyIds, m_copyUrls, m_openFile, m_openDashboard})
        action->setEnabled(selection);
    m_deleteFiles->setEnabled(selection && !running);
    m_profileBox->setEnabled(!running);
}

void MainWindow::refreshProfileList()
{
    QStringList names = m_profiles->names();
    if (!names.contains(m_profiles->currentName()))
        names.prepend(m_profiles->currentName());
    m_profileBox->clear();
    m_profileBox->addItems(names);
    m_profileBox->setCurrentText(m_profiles->currentName());
}

void MainWindow::loadProfile(const QString &name)
{
    m_profiles->setCurrentName(name);
    m_settingsPanel->setProfile(m_profiles->load(name));
    m_secrets->read(secretKey(name, "cloudinary"));
    m_secrets->read(secretKey(name, "database"));
    m_secrets->read(secretKey(name, "mail"));
    m_secrets->read(secretKey(name, "webhook"));
    m_profileBox->setCurrentText(name);
}

void MainWindow::useProfile(const ConnectionProfile &profile)
{
    m_settingsPanel->setProfile(profile);
    m_profiles->setCurrentName(profile.name);
    refreshProfileList();
}

void MainWindow::saveProfile()
{
    const ConnectionProfile profile = m_settingsPanel->profile();
    m_profiles->save(profile);
    m_secrets->write(secretKey(profile.name, "cloudinary"), profile.apiSecret);
    m_secrets->write(secretKey(profile.name, "database"), profile.dbPassword);
    m_secrets->write(secretKey(profile.name, "mail"), profile.mailPassword);
    m_secrets->write(secretKey(profile.name, "webhook"), profile.webhookUrl);
    statusBar()->showMessage(tr("Profile \"%1\" saved").arg(profile.name), 3000);
}

void MainWindow::newProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New profile"), tr("Name (e.g. production, staging):"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    saveProfile();
    ConnectionProfile profile = m_settingsPanel->profile(); // start from the current one
    profile.name = name;
    m_settingsPanel->setProfile(profile);
    m_profiles->setCurrentName(name);
    saveProfile();
    refreshProfileList();
}

void MainWindow::deleteProfile()
{
    const QString name = m_settingsPanel->profile().name;
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    m_profiles->remove(name);
    m_secrets->write(secretKey(name, "cloudinary"), {});
    m_secrets->write(secretKey(name, "database"), {});
    m_secrets->write(secretKey(name, "mail"), {});
    m_secrets->write(secretKey(name, "webhook"), {});
    const QStringList rest = m_profiles->names();
    loadProfile(rest.isEmpty() ? u"Default"_s : rest.constFirst());
    refreshProfileList();
}

void MainWindow::startScan()
{
    if (m_controller->isRunning())
        return;
    QString error;
    const auto settings = m_settingsPanel->profile().toScanSettings(&error);
    if (!settings) {
        m_summary->showFailure(error);
        m_log->addWarning(error);
        return;
    }
    saveProfile();
    m_lastResult.reset();
    m_results->setOrphans({});
    m_summary->showScanning();
    m_progress->start();
    m_log->addNotice(tr("Scanning %1 (%2)…").arg(settings->cloudinary.cloudName, settings->days ? tr("last %n day(s)", nullptr, *settings->days) : tr("all files")));
    m_runningSettings = settings;
    m_controller->start(*settings);
    updateActions();
}

void MainWindow::cancelScan()
{
    if (!m_controller->isRunning())
        return;
    m_log->addNotice(tr("Cancelling…"));
    m_controller->cancel();
}

void MainWindow::onScanFinished(const ScanResult &finished)
{
    ScanResult result = finished;
    if (m_runningSettings) {
        m_history->setEntries(m_followUp->record(result, *m_runningSettings), result.spikeAlert);
        if (!result.spikeAlert.isEmpty()) {
            m_log->addWarning(result.spikeAlert);
            m_tabs->setCurrentWidget(m_history);
        }
        const ConnectionProfile profile = m_settingsPanel->profile();
        m_followUp->postWebhook(QUrl(profile.webhookUrl), result, profile.appName);
    }
    m_broken->setResult(result);
    m_lastResult = result;
    m_summary->showResult(result);
    m_results->setOrphans(result.orphans);
    const QString text = result.isPartial() ? tr("Partial scan: %1").arg(Labels::stopReason(result.stopReason))
                                            : tr("Scan complete: %n orphan(s)", nullptr, int(result.totalOrphans()));
    m_progress->stop(text);
    if (const IncrementalSummary &incremental = result.incremental; incremental.used) {
        for (const QString &note : incremental.notes)
            m_log->addNotice(note);
        if (incremental.fromInventory > 0)
            m_log->addNotice(tr("Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again "
                                "(%n API call(s)), %L3 deleted since", nullptr, incremental.recheckCalls)
                                 .arg(incremental.fromInventory).arg(incremental.rechecked).arg(incremental.gone));
        m_log->addNotice(incremental.saved ? tr("Inventory updated: %1").arg(incremental.inventoryPath)
                                           : tr("Inventory left unchanged (the scan did not complete): %1").arg(incremental.inventoryPath));
    }
    m_log->addNotice(text);
    updateActions();
}

void MainWindow::onScanFailed(const QString &message)
{
    m_summary->showFailure(message);
    m_progress->stop(tr("Scan failed"));
    m_log->addWarning(message);
    updateActions();
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    if (!m_lastResult) {
        *error = tr("There is nothing to export yet: run a scan first");
        return false;
    }
    return ReportWriter::writeCsv(path, m_lastResult->orphans, error);
}

void MainWindow::exportWithDialog()
{
    if (!m_lastResult)
        return;
    const QString folder = m_settings->value(u"export/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = QFileInfo(ReportWriter::defaultCsvPath(QDateTime::currentDateTime(), m_lastResult->isPartial())).fileName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export orphans as CSV"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_settings->setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Exported"),
                                tr("%Ln orphan(s) written to %1", nullptr, int(m_lastResult->orphans.size())).arg(path), QMessageBox::Close, this);
    QPushButton *open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

EmailDialog *MainWindow::openEmailDialog()
{
    if (!m_lastResult)
        return nullptr;
    auto *dialog = new EmailDialog(m_settingsPanel->profile(), *m_lastResult, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmailDialog::sent, this, [this](bool ok) {
        m_log->addNotice(ok ? tr("Email summary sent") : tr("The email summary was not sent"));
    });
    dialog->open();
    return dialog;
}

HelpDialog *MainWindow::openHelp()
{
    auto *dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::copySelection(bool urls)
{
    QStringList lines;
    for (const CloudinaryResource &resource : m_results->selectedResources())
        lines.append(urls ? resource.secureUrl : resource.publicId);
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    statusBar()->showMessage(tr("Copied %n line(s)", nullptr, int(lines.size())), 3000);
}

void MainWindow::openSelection(bool dashboard)
{
    const ResourceList selected = m_results->selectedResources();
    constexpr qsizetype MaxTabs = 10; // more would flood the browser
    const ConnectionProfile profile = m_settingsPanel->profile();
    for (qsizetype i = 0; i < std::min(selected.size(), MaxTabs); ++i)
        QDesktopServices::openUrl(QUrl(dashboard ? profile.dashboardUrl(selected.at(i)) : selected.at(i).secureUrl));
    if (selected.size() > MaxTabs)
        statusBar()->showMessage(tr("Opened the first %1 of %2 selected files").arg(MaxTabs).arg(selected.size()), 5000);
}

DeleteDialog *MainWindow::openDeleteDialog()
{
    const ResourceList selected = m_results->selectedResources();
    if (selected.isEmpty() || m_controller->isRunning())
        return nullptr;
    const ConnectionProfile profile = m_settingsPanel->profile();
    QString error;
    const auto scan = profile.toScanSettings(&error);
    if (!scan) {
        QMessageBox::warning(this, tr("Cannot delete"), error);
        return nullptr;
    }
    DeletionSettings settings;
    settings.cloudinary = scan->cloudinary;
    settings.database = scan->database;
    settings.references = scan->references;
    settings.ignore = scan->ignore;
    settings.pauseMs = scan->pauseMs;
    settings.minAgeMSecs = qint64(profile.deleteMinAgeHours * 3600 * 1000);
    settings.auditPath = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope/deletion_audit.csv"_s;
    auto *dialog = new DeleteDialog(settings, selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteDialog::deleted, this, [this](const ResourceList &gone) {
        if (!m_lastResult || gone.isEmpty())
            return;
        QSet<QString> keys;
        for (const CloudinaryResource &file : gone)
            keys.insert(resourceTypeName(file.type) + u'/' + file.publicId);
        ResourceList remaining;
        for (const CloudinaryResource &file : std::as_const(m_lastResult->orphans)) {
            if (!keys.contains(resourceTypeName(file.type) + u'/' + file.publicId))
                remaining.append(file);
        }
        m_lastResult->orphans = remaining;
        m_results->setOrphans(remaining);
        m_log->addNotice(tr("%n file(s) deleted from Cloudinary or already gone; removed from the table", nullptr, int(gone.size())));
    });
    dialog->show();
    return dialog;
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray()))
        resize(1360, 860);
    if (!restoreState(m_settings->value(u"window/state"_s).toByteArray()))
        resizeDocks({m_log}, {120}, Qt::Vertical);
    if (!m_splitter->restoreState(m_settings->value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({430, 930});
    m_results->splitter()->restoreState(m_settings->value(u"window/resultsSplitter"_s).toByteArray());
    m_results->table()->horizontalHeader()->restoreState(m_settings->value(u"window/tableHeader"_s).toByteArray());
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/splitter"_s, m_splitter->saveState());
    m_settings->setValue(u"window/resultsSplitter"_s, m_results->splitter()->saveState());
    m_settings->setValue(u"window/tableHeader"_s, m_results->table()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->cancel();
    saveProfile();
    saveWindowState();
    m_settings->sync();
    event->accept();
}

} // namespace Orphanscope::Gui
