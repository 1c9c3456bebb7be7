#pragma once

#include "connectionprofile.h"
#include "scan/scantypes.h"
#include "secretstore.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QSettings;
class QSplitter;
class QTabWidget;

namespace Orphanscope::Gui {

class BrokenReferencesView;
class ChartsView;
class HistoryView;
class LogPanel;
class MainActions;
class ProfileStore;
class ResultsController;
class ResultsView;
class ScanFollowUp;
class ScanController;
class ScanProgressWidget;
class SettingsPanel;
class SummaryCards;

// The review loop: settings on the left; results (cards, table, preview) and charts on the
// right; the log below. The scan runs in ScanController's worker thread. The actions and menus
// are MainActions', what is done with a result ResultsController's, what follows a scan
// (history, webhook) ScanFollowUp's; the window owns the profiles and the layout.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QSettings *settings, SecretStore::Backend secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the current profile's fields, e.g. from CLOUDINARY_URL and DATABASE_URL.
    void useProfile(const ConnectionProfile &profile);

    bool exportCsv(const QString &path, QString *error);
    void startScan();
    void resumeScan(); // continues the account's stopped scan from its checkpoint
    void cancelScan();
    class EmailDialog *openEmailDialog(); // non-modal; nullptr before a scan
    class HelpDialog *openHelp();

    SettingsPanel *settingsPanel() const { return m_settingsPanel; }
    ResultsView *results() const { return m_results; }
    ChartsView *charts() const { return m_charts; }
    HistoryView *history() const { return m_history; }
    BrokenReferencesView *brokenReferences() const { return m_broken; }
    QAction *deleteAction() const;
    class DeleteDialog *openDeleteDialog(); // for the selected orphans; nullptr without a selection
    SummaryCards *summary() const { return m_summary; }
    LogPanel *log() const { return m_log; }
    ScanController *controller() const { return m_controller; }
    QTabWidget *tabs() const { return m_tabs; }
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
    void loadProfile(const QString &name);
    void saveProfile();
    void newProfile();
    void deleteProfile();
    void refreshProfileList();
    void onScanFinished(const ScanResult &result);
    void onScanFailed(const QString &message);
    void restoreWindowState();
    void revealLog(); // a warning: the log opens, at least a few lines high
    void saveWindowState();

    QSettings *m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets;
    ScanController *m_controller;
    SettingsPanel *m_settingsPanel;
    SummaryCards *m_summary;
    ResultsView *m_results;
    ChartsView *m_charts;
    HistoryView *m_history;
    BrokenReferencesView *m_broken;
    ScanFollowUp *m_followUp;
    std::optional<ScanSettings> m_runningSettings;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    LogPanel *m_log;
    ScanProgressWidget *m_progress;
    QComboBox *m_profileBox;
    ResultsController *m_resultsController; // after the views it is given
    MainActions *m_actions;
};

} // namespace Orphanscope::Gui
