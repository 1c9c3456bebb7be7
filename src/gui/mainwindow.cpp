#include "mainwindow.h"

#include "brokenreferencesview.h"
#include "chartsview.h"
#include "connectionsdialog.h"
#include "connectiontestbox.h"
#include "helpdialog.h"
#include "historyview.h"
#include "labels.h"
#include "logpanel.h"
#include "mainactions.h"
#include "orphantablemodel.h"
#include "profilecontroller.h"
#include "resultscontroller.h"
#include "reviewcontroller.h"
#include "resultsview.h"
#include "scancontroller.h"
#include "scanfollowup.h"
#include "scanprogresswidget.h"
#include "scanoptionspanel.h"
#include "scanstateview.h"
#include "setupwizard.h"
#include "summarycards.h"
#include "ui_mainwindow.h"
#include "viewstates.h"
#include "windowsize.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

// The form first: the widgets it makes are handed to the controllers below.
static Ui::MainWindow *setUpForm(QMainWindow *window)
{
    auto *ui = new Ui::MainWindow;
    ui->setupUi(window);
    return ui;
}

MainWindow::MainWindow(QSettings *settings, SecretStore::Backend secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_ui(setUpForm(this))
    , m_controller(new ScanController(this))
    , m_charts(new ChartsView(m_ui->results->model(), m_ui->results->proxy(), this))
    , m_followUp(new ScanFollowUp(ScanHistory::defaultPath(), this))
    , m_log(new LogPanel(this))
    , m_progress(new ScanProgressWidget(this))
    , m_profileBox(new QComboBox(this))
    , m_profiles(new ProfileController(settings, secrets, m_ui->scanOptions, m_profileBox, this))
    , m_resultsController(new ResultsController(this, settings, {m_ui->results, m_ui->summary, m_ui->brokenReferencesView, m_log},
                                                [this] { return currentProfile(); }))
    , m_actions(new MainActions(this, settings))
    , m_states(new ViewStates({m_ui->resultsStack, m_ui->resultsState, m_ui->chartsStack, m_ui->chartsState, m_ui->summary},
                              {m_actions->scan, m_actions->cancel, m_actions->connections}, this))
{
    setObjectName(u"mainWindow"_s);
    m_profileBox->setObjectName(u"profileBox"_s);
    m_ui->chartsStack->addWidget(m_charts);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->scanOptionsScroll->setMinimumWidth(m_ui->scanOptions->minimumSizeHint().width()
                                             + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    statusBar()->addPermanentWidget(m_progress); // never hidden by the short "Copied…" messages

    m_actions->buildMenusAndToolBar(m_profileBox, m_log, [this] { return m_controller->isRunning(); });
    connectActions();

    ResultsView *results = m_ui->results;
    connect(m_controller, &ScanController::progress, m_progress, &ScanProgressWidget::update);
    connect(m_controller, &ScanController::warning, m_log, &LogPanel::addWarning);
    connect(m_controller, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_controller, &ScanController::failed, this, &MainWindow::onScanFailed);
    connect(m_followUp, &ScanFollowUp::notice, m_log, &LogPanel::addNotice);
    connect(m_followUp, &ScanFollowUp::warning, m_log, &LogPanel::addWarning);
    connect(results, &ResultsView::selectionChanged, this, &MainWindow::updateActions);
    connect(results, &ResultsView::activated, m_resultsController, [this] { m_resultsController->openSelection(false); });
    connect(results, &ResultsView::contextMenuRequested, this, [this, results](const QPoint &at) {
        QMenu menu(this);
        menu.addActions(results->triageActions());
        menu.addSeparator();
        m_actions->fillSelectionMenu(&menu);
        menu.exec(at);
    });
    connect(m_ui->scanOptions, &ScanOptionsPanel::connectionsRequested, this, &MainWindow::openConnections);
    connect(m_resultsController, &ResultsController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_profiles->secrets(), &SecretStore::unavailable, this, [this](const QString &message) {
        m_log->addWarning(message);
        statusBar()->showMessage(message, 10'000);
    });
    connect(m_profiles, &ProfileController::statusMessage, statusBar(), &QStatusBar::showMessage);
    restoreWindowState();
    m_states->showNoScan();
    connect(m_log, &LogPanel::warned, this, &MainWindow::revealLog);
    if (m_profiles->secrets()->backend() == SecretStore::Backend::SessionOnly)
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
    m_ui->results->table()->addAction(m_actions->copyIds);
    connect(m_actions->copyUrls, &QAction::triggered, results, [results] { results->copySelection(true); });
    connect(m_actions->openFile, &QAction::triggered, results, [results] { results->openSelection(false); });
    connect(m_actions->openDashboard, &QAction::triggered, results, [results] { results->openSelection(true); });
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentIndex(0);
        m_ui->results->focusFilter();
    });
    connect(m_actions->sendEmail, &QAction::triggered, this, [this] { openEmailDialog(); });
    connect(m_actions->deleteFiles, &QAction::triggered, this, [this] { openDeleteDialog(); });
    connect(m_actions->deleteMarked, &QAction::triggered, results, &ResultsController::openDeleteMarkedDialog);
    connect(m_actions->restoreFiles, &QAction::triggered, results, &ResultsController::openRestoreDialog);
    connect(m_actions->exportDecisions, &QAction::triggered, results, [results] { results->review()->exportWithDialog(); });
    connect(m_actions->importDecisions, &QAction::triggered, results, [results] { results->review()->importWithDialog(); });
    connect(m_actions->connections, &QAction::triggered, this, &MainWindow::openConnections);
    connect(m_actions->setupWizard, &QAction::triggered, this, &MainWindow::openSetupWizard);
    connect(m_actions->testConnections, &QAction::triggered, this, [this] {
        ConnectionsDialog *dialog = openConnections();
        dialog->tester()->test();
    });
    connect(m_actions->saveProfile, &QAction::triggered, m_profiles, &ProfileController::save);
    connect(m_actions->newProfile, &QAction::triggered, m_profiles, &ProfileController::createNew);
    connect(m_actions->deleteProfile, &QAction::triggered, m_profiles, &ProfileController::removeCurrent);
    connect(m_actions->troubleshooting, &QAction::triggered, this, [this] { openHelp(); });
    connect(m_actions->scanOptions, &QAction::toggled, m_ui->scanOptionsScroll, &QWidget::setVisible);
}

QAction *MainWindow::scanAction() const { return m_actions->scan; }
QAction *MainWindow::cancelAction() const { return m_actions->cancel; }
QAction *MainWindow::copyIdsAction() const { return m_actions->copyIds; }
QAction *MainWindow::sendEmailAction() const { return m_actions->sendEmail; }
QAction *MainWindow::deleteAction() const { return m_actions->deleteFiles; }
std::optional<ScanResult> MainWindow::lastResult() const { return m_resultsController->lastResult(); }
ScanOptionsPanel *MainWindow::scanOptions() const { return m_ui->scanOptions; }
ResultsView *MainWindow::results() const { return m_ui->results; }
HistoryView *MainWindow::history() const { return m_ui->historyView; }
BrokenReferencesView *MainWindow::brokenReferences() const { return m_ui->brokenReferencesView; }
ScanStateView *MainWindow::resultsState() const { return m_ui->resultsState; }
SummaryCards *MainWindow::summary() const { return m_ui->summary; }
QTabWidget *MainWindow::tabs() const { return m_ui->tabs; }

void MainWindow::updateActions()
{
    m_actions->setState(m_controller->isRunning(), m_resultsController->lastResult().has_value(),
                        !m_ui->results->selectedResources().isEmpty());
}

ConnectionProfile MainWindow::currentProfile() const
{
    return m_profiles->current();
}

void MainWindow::useProfile(const ConnectionProfile &profile)
{
    m_profiles->use(profile);
}

bool MainWindow::needsSetup() const
{
    return m_profiles->needsSetup();
}

ConnectionsDialog *MainWindow::openConnections()
{
    auto *dialog = new ConnectionsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(currentProfile());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_profiles->setCurrent(dialog->profile());
        m_profiles->save();
    });
    dialog->open();
    return dialog;
}

SetupWizard *MainWindow::openSetupWizard()
{
    auto *wizard = new SetupWizard(currentProfile(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::profileReady, this, [this](const ConnectionProfile &profile, bool scanNow) {
        m_profiles->use(profile);
        m_profiles->save();
        if (scanNow)
            startScan();
    });
    wizard->open();
    return wizard;
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
    auto settings = currentProfile().toScanSettings(&error);
    if (!settings) {
        m_states->showFailed(error);
        m_log->addWarning(error);
        return;
    }
    m_profiles->save();
    m_resultsController->clear();
    m_states->showScanning(settings->cloudinary.cloudName);
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
    // The history is written on a pool thread while the table takes the orphans: the two were
    // most of the window's stall at the end of a big scan.
    std::optional<QFuture<ScanFollowUp::Recorded>> recording;
    if (m_runningSettings)
        recording = m_followUp->startRecording(result, *m_runningSettings);
    m_resultsController->show(result);
    if (recording) {
        m_ui->historyView->setEntries(m_followUp->finishRecording(*recording, result), result.spikeAlert);
        if (!result.spikeAlert.isEmpty()) {
            m_resultsController->setSpikeAlert(result.spikeAlert);
            m_log->addWarning(result.spikeAlert);
            m_ui->tabs->setCurrentWidget(m_ui->historyView);
        }
        const ConnectionProfile profile = currentProfile();
        m_followUp->postWebhook(QUrl(profile.webhookUrl), result, profile.appName);
    }
    m_states->showResult(result);
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
    m_states->showFailed(message);
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
        resizeWithinScreen(this, {1360, 860}, 95, 90); // the first start: as large as is useful
    }
    if (!restoreState(m_settings->value(u"window/state"_s).toByteArray()))
        resizeDocks({m_log}, {m_log->minimumSizeHint().height()}, Qt::Vertical); // a line: the results get the height
    QSplitter *splitter = m_ui->mainSplitter;
    if (!splitter->restoreState(m_settings->value(u"window/splitter"_s).toByteArray()))
        splitter->setSizes({m_ui->scanOptionsScroll->minimumWidth(), width()});
    ResultsView *results = m_ui->results;
    results->splitter()->restoreState(m_settings->value(u"window/resultsSplitter"_s).toByteArray());
    // A header saved with other columns (an earlier version) would put widths and hidden flags on
    // the wrong columns: it is not restored.
    if (m_settings->value(u"window/tableColumns"_s).toInt() == OrphanTableModel::ColumnCount)
        results->table()->horizontalHeader()->restoreState(m_settings->value(u"window/tableHeader"_s).toByteArray());
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
    m_settings->setValue(u"window/splitter"_s, m_ui->mainSplitter->saveState());
    m_settings->setValue(u"window/resultsSplitter"_s, m_ui->results->splitter()->saveState());
    m_settings->setValue(u"window/tableHeader"_s, m_ui->results->table()->horizontalHeader()->saveState());
    m_settings->setValue(u"window/tableColumns"_s, int(OrphanTableModel::ColumnCount));
    m_settings->setValue(u"view/scanOptions"_s, m_actions->scanOptions->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->cancel();
    m_profiles->save();
    saveWindowState();
    m_settings->sync();
    event->accept();
}

} // namespace Orphanscope::Gui
