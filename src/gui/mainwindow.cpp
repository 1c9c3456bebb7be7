#include "mainwindow.h"

#include "brokenreferencesview.h"
#include "chartsview.h"
#include "helpdialog.h"
#include "historyview.h"
#include "labels.h"
#include "logpanel.h"
#include "mainactions.h"
#include "orphantablemodel.h"
#include "profilesecrets.h"
#include "profilestore.h"
#include "resultscontroller.h"
#include "reviewcontroller.h"
#include "resultsview.h"
#include "scancontroller.h"
#include "scanfollowup.h"
#include "scanprogresswidget.h"
#include "settingspanel.h"
#include "summarycards.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
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
    , m_resultsController(new ResultsController(this, settings, {m_results, m_summary, m_broken, m_log},
                                                [this] { return m_settingsPanel->profile(); }))
    , m_actions(new MainActions(this, settings))
{
    setWindowTitle(tr("Orphanscope"));
    setObjectName(u"mainWindow"_s);
    m_profileBox->setObjectName(u"profileBox"_s);

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

    m_actions->buildMenusAndToolBar(m_profileBox, m_log, [this] { return m_controller->isRunning(); });
    connectActions();

    connect(m_controller, &ScanController::progress, m_progress, &ScanProgressWidget::update);
    connect(m_controller, &ScanController::warning, m_log, &LogPanel::addWarning);
    connect(m_controller, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_controller, &ScanController::failed, this, &MainWindow::onScanFailed);
    connect(m_followUp, &ScanFollowUp::notice, m_log, &LogPanel::addNotice);
    connect(m_followUp, &ScanFollowUp::warning, m_log, &LogPanel::addWarning);
    connect(m_results, &ResultsView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_results, &ResultsView::activated, m_resultsController, [this] { m_resultsController->openSelection(false); });
    connect(m_results, &ResultsView::contextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions(m_results->triageActions());
        menu.addSeparator();
        m_actions->fillSelectionMenu(&menu);
        menu.exec(at);
    });
    connect(m_resultsController, &ResultsController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_secrets, &SecretStore::unavailable, this, [this](const QString &message) {
        m_log->addWarning(message);
        statusBar()->showMessage(message, 10'000);
    });
    connect(m_secrets, &SecretStore::secretRead, this, [this](const QString &key, const QString &value) {
        ConnectionProfile profile = m_settingsPanel->profile();
        if (value.isEmpty() || !ProfileSecrets::assign(profile, key, value))
            return;
        m_settingsPanel->setProfile(profile);
    });
    refreshProfileList();
    loadProfile(m_profiles->currentName());
    restoreWindowState();
    connect(m_log, &LogPanel::warned, this, &MainWindow::revealLog);
    if (m_secrets->backend() == SecretStore::Backend::SessionOnly)
        m_log->addWarning(tr("No keyring is available: the API secret and the database and SMTP passwords are kept for this session only."));
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    ResultsController *results = m_resultsController;
    connect(m_actions->scan, &QAction::triggered, this, &MainWindow::startScan);
    connect(m_actions->resume, &QAction::triggered, this, &MainWindow::resumeScan);
    connect(m_actions->cancel, &QAction::triggered, this, &MainWindow::cancelScan);
    connect(m_actions->exportCsv, &QAction::triggered, results, &ResultsController::exportWithDialog);
    connect(m_actions->copyIds, &QAction::triggered, results, [results] { results->copySelection(false); });
    m_results->table()->addAction(m_actions->copyIds);
    connect(m_actions->copyUrls, &QAction::triggered, results, [results] { results->copySelection(true); });
    connect(m_actions->openFile, &QAction::triggered, results, [results] { results->openSelection(false); });
    connect(m_actions->openDashboard, &QAction::triggered, results, [results] { results->openSelection(true); });
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_results->focusFilter();
    });
    connect(m_actions->sendEmail, &QAction::triggered, this, [this] { openEmailDialog(); });
    connect(m_actions->deleteFiles, &QAction::triggered, this, [this] { openDeleteDialog(); });
    connect(m_actions->deleteMarked, &QAction::triggered, results, &ResultsController::openDeleteMarkedDialog);
    connect(m_actions->restoreFiles, &QAction::triggered, results, &ResultsController::openRestoreDialog);
    connect(m_actions->exportDecisions, &QAction::triggered, results, [results] { results->review()->exportWithDialog(); });
    connect(m_actions->importDecisions, &QAction::triggered, results, [results] { results->review()->importWithDialog(); });
    connect(m_actions->testConnections, &QAction::triggered, m_settingsPanel, &SettingsPanel::testConnections);
    connect(m_actions->saveProfile, &QAction::triggered, this, &MainWindow::saveProfile);
    connect(m_actions->newProfile, &QAction::triggered, this, &MainWindow::newProfile);
    connect(m_actions->deleteProfile, &QAction::triggered, this, &MainWindow::deleteProfile);
    connect(m_actions->troubleshooting, &QAction::triggered, this, [this] { openHelp(); });
    connect(m_actions->scanOptions, &QAction::toggled, m_settingsPanel, &QWidget::setVisible);
    connect(m_profileBox, &QComboBox::activated, this, [this](int index) {
        saveProfile();
        loadProfile(m_profileBox->itemText(index));
    });
}

QAction *MainWindow::scanAction() const { return m_actions->scan; }
QAction *MainWindow::cancelAction() const { return m_actions->cancel; }
QAction *MainWindow::copyIdsAction() const { return m_actions->copyIds; }
QAction *MainWindow::sendEmailAction() const { return m_actions->sendEmail; }
QAction *MainWindow::deleteAction() const { return m_actions->deleteFiles; }
std::optional<ScanResult> MainWindow::lastResult() const { return m_resultsController->lastResult(); }

void MainWindow::updateActions()
{
    m_actions->setState(m_controller->isRunning(), m_resultsController->lastResult().has_value(),
                        !m_results->selectedResources().isEmpty());
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
    for (const QString &key : ProfileSecrets::keys(m_settingsPanel->profile()))
        m_secrets->read(key);
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
    // The passwords of databases removed since the last save go too.
    const QStringList before = ProfileSecrets::keys(m_profiles->load(profile.name));
    const QStringList now = ProfileSecrets::keys(profile);
    for (const QString &key : before) {
        if (!now.contains(key))
            m_secrets->write(key, {});
    }
    m_profiles->save(profile);
    for (const QString &key : now)
        m_secrets->write(key, ProfileSecrets::value(profile, key));
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
    for (const QString &key : ProfileSecrets::keys(m_profiles->load(name)))
        m_secrets->write(key, {});
    m_profiles->remove(name);
    const QStringList rest = m_profiles->names();
    loadProfile(rest.isEmpty() ? u"Default"_s : rest.constFirst());
    refreshProfileList();
}

void MainWindow::startScan()
{
    beginScan(false);
}

void MainWindow::resumeScan()
{
    beginScan(true);
}

void MainWindow::beginScan(bool resume)
{
    if (m_controller->isRunning())
        return;
    QString error;
    auto settings = m_settingsPanel->profile().toScanSettings(&error);
    if (!settings) {
        m_summary->showFailure(error);
        m_log->addWarning(error);
        return;
    }
    saveProfile();
    m_resultsController->clear();
    m_progress->start();
    settings->resume = resume;
    m_log->addNotice(tr("Scanning %1 (%2)…").arg(settings->cloudinary.cloudName, settings->days ? tr("last %n day(s)", nullptr, *settings->days) : tr("all files")));
    if (!settings->days)
        m_followUp->estimate(*settings);
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
    m_resultsController->show(result);
    const QString text = result.isPartial() ? tr("Partial scan: %1").arg(Labels::stopReason(result.stopReason))
                                            : tr("Scan complete: %n orphan(s)", nullptr, int(result.totalOrphans()));
    m_progress->stop(text);
    m_followUp->describeReferences(result.references);
    m_followUp->describeInventory(result);
    m_followUp->describeCheckpoint(result);
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
    return m_resultsController->exportCsv(path, error);
}

EmailDialog *MainWindow::openEmailDialog()
{
    return m_resultsController->openEmailDialog();
}

DeleteDialog *MainWindow::openDeleteDialog()
{
    return m_controller->isRunning() ? nullptr : m_resultsController->openDeleteDialog();
}

HelpDialog *MainWindow::openHelp()
{
    auto *dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray())) {
        // The first start: as large as is useful, never larger than the screen (a 1366×768 laptop).
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1360, 860);
        resize(std::min(1360, available.width() * 95 / 100), std::min(860, available.height() * 90 / 100));
    }
    if (!restoreState(m_settings->value(u"window/state"_s).toByteArray()))
        resizeDocks({m_log}, {m_log->minimumSizeHint().height()}, Qt::Vertical); // a line: the results get the height
    if (!m_splitter->restoreState(m_settings->value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({430, 930});
    m_results->splitter()->restoreState(m_settings->value(u"window/resultsSplitter"_s).toByteArray());
    // A header saved with other columns (an earlier version) would put widths and hidden flags on
    // the wrong columns: it is not restored.
    if (m_settings->value(u"window/tableColumns"_s).toInt() == OrphanTableModel::ColumnCount)
        m_results->table()->horizontalHeader()->restoreState(m_settings->value(u"window/tableHeader"_s).toByteArray());
    m_actions->scanOptions->setChecked(m_settings->value(u"view/scanOptions"_s, true).toBool());
}

void MainWindow::revealLog()
{
    m_log->show();
    const int open = m_log->fontMetrics().lineSpacing() * 6;
    if (!isVisible() || m_log->widget()->height() < open) // before the first show, sizes mean nothing yet
        resizeDocks({m_log}, {open + m_log->minimumSizeHint().height()}, Qt::Vertical);
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/splitter"_s, m_splitter->saveState());
    m_settings->setValue(u"window/resultsSplitter"_s, m_results->splitter()->saveState());
    m_settings->setValue(u"window/tableHeader"_s, m_results->table()->horizontalHeader()->saveState());
    m_settings->setValue(u"window/tableColumns"_s, int(OrphanTableModel::ColumnCount));
    m_settings->setValue(u"view/scanOptions"_s, m_actions->scanOptions->isChecked());
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
