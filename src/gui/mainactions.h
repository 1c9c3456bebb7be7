#pragma once

#include <QObject>

#include <functional>

class QAction;
class QComboBox;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSettings;

namespace Orphanscope::Gui {

// The main window's actions, menus and tool bar: what each action is called, its icon, its
// shortcut and where it appears. The window connects the actions to what they do and says
// when they apply (setState).
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    MainActions(QMainWindow *window, QSettings *settings);

    // Menus and the tool bar, with the profile box in it; the log dock's toggle under View. busy
    // tells the language menu whether a restart would cut a scan short.
    void buildMenusAndToolBar(QComboBox *profileBox, QDockWidget *log, std::function<bool()> busy);
    void setState(bool running, bool haveResult, bool haveSelection);
    // The context menu of the orphan table.
    void fillSelectionMenu(QMenu *menu) const;

    QAction *const scan;
    QAction *const resume;
    QAction *const cancel;
    QAction *const exportCsv;
    QAction *const copyIds;
    QAction *const copyUrls;
    QAction *const openFile;
    QAction *const openDashboard;
    QAction *const find;
    QAction *const sendEmail;
    QAction *const deleteFiles;
    QAction *const deleteMarked;
    QAction *const exportDecisions;
    QAction *const importDecisions;
    QAction *const restoreFiles;
    QAction *const testConnections;
    QAction *const connections; // Settings → Connections… (Ctrl+,)
    QAction *const setupWizard;
    QAction *const saveProfile;
    QAction *const newProfile;
    QAction *const deleteProfile;
    QAction *const troubleshooting;
    QAction *const scanOptions; // checkable: the scan options beside the results

private:
    QAction *make(const QString &text, const QString &icon, const QKeySequence &shortcut, const QString &toolTip = {});
    void buildLanguageMenu(QMenu *menu, std::function<bool()> busy);

    QMainWindow *m_window;
    QSettings *m_settings;
    QComboBox *m_profileBox = nullptr;
};

} // namespace Orphanscope::Gui
