#pragma once

#include "connectionprofile.h"
#include "scan/scantypes.h"
#include "secretstore.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QSettings;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace Orphanscope::Gui {

class BrokenReferencesView;
class ChartsView;
class ConnectionsDialog;
class HistoryView;
class LogPanel;
class MainActions;
class ProfileController;
class ResultsController;
class ResultsView;
class ScanFollowUp;
class ScanController;
class ScanOptionsPanel;
class ScanProgressWidget;
class ScanStateView;
class SetupWizard;
class SummaryCards;
class ViewStates;

// The review loop: results (cards, table, preview), charts, history and broken references take
// the window; the scan options sit beside them (F9 hides them); the connections of a profile
// are edited in ConnectionsDialog, a first profile in SetupWizard; the log below. The layout is
// ui/mainwindow.ui. The scan runs in ScanController's worker thread. The actions and menus are
// MainActions', what is done with a result ResultsController's, what follows a scan (history,
// webhook) ScanFollowUp's, what the views say between results ViewStates', the profiles
// ProfileController's; the window ties them together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QSettings *settings, SecretStore::Backend secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the current profile's fields, e.g. from CLOUDINARY_URL and DATABASE_URL.
    void useProfile(const ConnectionProfile &profile);
    ConnectionProfile currentProfile() const; // as edited: the connections and the scan options

    bool needsSetup() const; // no profile saved yet: the first start
    SetupWizard *openSetupWizard();       // non-modal; Finish saves the profile (and scans)
    ConnectionsDialog *openConnections(); // window-modal; Save applies and saves the profile

    bool exportCsv(const QString &path, QString *error);
    void startScan();
    void resumeScan(); // continues the account's stopped scan from its checkpoint
    void cancelScan();
    class EmailDialog *openEmailDialog(); // non-modal; nullptr before a scan
    class HelpDialog *openHelp();

    ScanOptionsPanel *scanOptions() const;
    ResultsView *results() const;
    ChartsView *charts() const { return m_charts; }
    HistoryView *history() const;
    BrokenReferencesView *brokenReferences() const;
    ScanStateView *resultsState() const;
    QAction *deleteAction() const;
    class DeleteDialog *openDeleteDialog(); // for the selected orphans; nullptr without a selection
    SummaryCards *summary() const;
    LogPanel *log() const { return m_log; }
    ScanController *controller() const { return m_controller; }
    QTabWidget *tabs() const;
    std::optional<ScanResult> lastResult() const;
    QAction *scanAction() const;
    QAction *cancelAction() const;
    QAction *copyIdsAction() const;
    QAction *sendEmailAction() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void beginScan(bool resume);
    void updateActions();
    void onScanFinished(const ScanResult &result);
    void onScanFailed(const QString &message);
    void restoreWindowState();
    void revealLog(); // a warning: the log opens, at least a few lines high
    void saveWindowState();

    QSettings *m_settings;
    std::unique_ptr<Ui::MainWindow> m_ui; // first: the members below use its widgets
    ScanController *m_controller;
    ChartsView *m_charts;
    ScanFollowUp *m_followUp;
    std::optional<ScanSettings> m_runningSettings;
    LogPanel *m_log;
    ScanProgressWidget *m_progress;
    QComboBox *m_profileBox;
    ProfileController *m_profiles; // after the panel and the chooser it fills
    ResultsController *m_resultsController; // after the views it is given
    MainActions *m_actions;
    ViewStates *m_states;
};

} // namespace Orphanscope::Gui
