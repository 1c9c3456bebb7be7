#pragma once

#include "connectionprofile.h"
#include "scan/scantypes.h"
#include "secretstore.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;

namespace Orphanscope::Gui {

class BrokenReferencesView;
class ChartsView;
class HistoryView;
class ScanFollowUp;
class LogPanel;
class ProfileStore;
class ResultsView;
class ScanController;
class ScanProgressWidget;
class SettingsPanel;
class SummaryCards;

// The review loop: settings on the left; results (cards, table, preview) and charts on the
// right; the log below. The scan runs in ScanController's worker thread.
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
    void cancelScan();
    class EmailDialog *openEmailDialog(); // non-modal; nullptr before a scan
    class HelpDialog *openHelp();

    SettingsPanel *settingsPanel() const { return m_settingsPanel; }
    ResultsView *results() const { return m_results; }
    ChartsView *charts() const { return m_charts; }
    HistoryView *history() const { return m_history; }
    BrokenReferencesView *brokenReferences() const { return m_broken; }
    QAction *deleteAction() const { return m_deleteFiles; }
    class DeleteDialog *openDeleteDialog(); // for the selected orphans; nullptr without a selection
    SummaryCards *summary() const { return m_summary; }
    LogPanel *log() const { return m_log; }
    ScanController *controller() const { return m_controller; }
    QTabWidget *tabs() const { return m_tabs; }
    std::optional<ScanResult> lastResult() const { return m_lastResult; }
    QAction *scanAction() const { return m_scan; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *copyIdsAction() const { return m_copyIds; }
    QAction *sendEmailAction() const { return m_sendEmail; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void updateActions();
    void loadProfile(const QString &name);
    void saveProfile();
    void newProfile();
    void deleteProfile();
    void refreshProfileList();
    void exportWithDialog();
    void copySelection(bool urls);
    void openSelection(bool dashboard);
    void deleteSelection();
    void onScanFinished(const ScanResult &result);
    void onScanFailed(const QString &message);
    void restoreWindowState();
    void saveWindowState();
    static QString secretKey(const QString &profile, const char *which);

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
    std::optional<ScanResult> m_lastResult;

    QAction *m_scan = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copyIds = nullptr;
    QAction *m_copyUrls = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_openDashboard = nullptr;
    QAction *m_find = nullptr;
    QAction *m_sendEmail = nullptr;
    QAction *m_deleteFiles = nullptr;
    QAction *m_testConnections = nullptr;
    QAction *m_saveProfile = nullptr;
    QAction *m_newProfile = nullptr;
    QAction *m_deleteProfile = nullptr;
};

} // namespace Orphanscope::Gui
