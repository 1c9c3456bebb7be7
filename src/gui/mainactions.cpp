#include "mainactions.h"

#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

MainActions::MainActions(QMainWindow *window, QSettings *settings)
    : QObject(window)
    , scan(make(tr("&Scan"), u"system-search"_s, QKeySequence(u"Ctrl+R"_s), tr("Scan the account for orphaned files (Ctrl+R)")))
    , resume(make(tr("&Resume scan"), u"media-playback-start"_s, QKeySequence(u"Ctrl+Shift+R"_s),
                  tr("Continue the last scan of this account where it stopped (API budget, cancel, crash) (Ctrl+Shift+R)")))
    , cancel(make(tr("&Cancel"), u"process-stop"_s, QKeySequence(Qt::Key_Escape), tr("Stop the scan and keep what was found (Esc)")))
    , exportCsv(make(tr("&Export CSV…"), u"document-save-as"_s, QKeySequence(u"Ctrl+E"_s)))
    , copyIds(make(tr("&Copy public IDs"), u"edit-copy"_s, QKeySequence::Copy))
    , copyUrls(make(tr("Copy &URLs"), u"edit-copy"_s, QKeySequence(u"Ctrl+Shift+C"_s)))
    , openFile(make(tr("&Open file"), u"document-open"_s, QKeySequence(u"Ctrl+O"_s)))
    , openDashboard(make(tr("Open in &dashboard"), u"internet-web-browser"_s, QKeySequence(u"Ctrl+D"_s)))
    , find(make(tr("&Filter"), u"edit-find"_s, QKeySequence::Find))
    , sendEmail(make(tr("Send &email…"), u"mail-send"_s, QKeySequence(u"Ctrl+M"_s),
                     tr("Email the summary of the last scan to the admins (Ctrl+M)")))
    , deleteFiles(make(tr("De&lete selected…"), u"edit-delete"_s, QKeySequence(u"Shift+Del"_s),
                       tr("Delete the selected orphans from Cloudinary, each checked again first (Shift+Del)")))
    , deleteMarked(make(tr("Delete &marked…"), u"edit-delete"_s, QKeySequence(u"Ctrl+Shift+Del"_s),
                        tr("Delete the files marked for deletion (D on the table), each backed up and checked again first")))
    , exportDecisions(make(tr("Export &decisions…"), u"document-export"_s, QKeySequence(),
                           tr("Write the orphans with their decisions and notes to a CSV for the team to fill in")))
    , importDecisions(make(tr("&Import decisions…"), u"document-import"_s, QKeySequence(),
                           tr("Read decisions and notes back from a CSV; a bad file is refused as a whole")))
    , restoreFiles(make(tr("&Restore deleted files…"), u"edit-undo"_s, QKeySequence(),
                        tr("Upload deleted files again from their backups")))
    , testConnections(make(tr("&Test connections"), u"network-wired"_s, QKeySequence(u"Ctrl+T"_s),
                           tr("Check the Cloudinary account, the databases and the reference columns (Ctrl+T)")))
    , connections(make(tr("&Connections…"), u"preferences-system-network"_s, QKeySequence(u"Ctrl+,"_s),
                       tr("The Cloudinary account, databases, reference columns, mail server and webhook of this profile (Ctrl+,)")))
    , setupWizard(make(tr("&Set up a profile step by step…"), u"tools-wizard"_s, QKeySequence(),
                       tr("The first-run assistant: account, databases, reference columns, then a first scan")))
    , saveProfile(make(tr("Save &profile"), u"document-save"_s, QKeySequence::Save))
    , newProfile(make(tr("&New profile…"), u"list-add"_s, QKeySequence()))
    , deleteProfile(make(tr("&Delete profile"), u"list-remove"_s, QKeySequence()))
    , troubleshooting(make(tr("&Troubleshooting"), u"help-contents"_s, QKeySequence::HelpContents))
    , scanOptions(make(tr("Scan &options"), QString(), QKeySequence(Qt::Key_F9),
                       tr("Show or hide the scan options beside the results (F9)")))
    , m_window(window)
    , m_settings(settings)
{
    scanOptions->setCheckable(true);
    scanOptions->setChecked(true);
    // Copy belongs to the table (the window's Ctrl+C would steal it from text fields).
    copyIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {scan, resume, cancel, exportCsv, copyUrls, openFile, openDashboard, find, testConnections, saveProfile,
                            sendEmail, deleteFiles, deleteMarked, scanOptions, connections})
        window->addAction(action); // shortcuts work whatever has focus
}

QAction *MainActions::make(const QString &text, const QString &icon, const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    return action;
}

void MainActions::buildMenusAndToolBar(QComboBox *profileBox, QDockWidget *log, std::function<bool()> busy)
{
    m_profileBox = profileBox;
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr(" Profile: "), bar));
    profileBox->setMinimumContentsLength(12);
    profileBox->setToolTip(tr("Switch between saved settings (production, staging…)"));
    bar->addWidget(profileBox);
    bar->addSeparator();
    bar->addActions({scan, cancel});
    bar->addSeparator();
    bar->addAction(connections);
    bar->addSeparator();
    bar->addActions({exportCsv, copyIds, openDashboard, sendEmail});

    QMenuBar *menus = m_window->menuBar();
    QMenu *file = menus->addMenu(tr("&File"));
    file->addActions({newProfile, saveProfile, deleteProfile});
    file->addSeparator();
    file->addAction(exportCsv);
    file->addActions({exportDecisions, importDecisions});
    file->addAction(restoreFiles);
    file->addAction(sendEmail);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);
    QMenu *scanMenu = menus->addMenu(tr("&Scan"));
    scanMenu->addActions({scan, resume, cancel, testConnections});
    QMenu *edit = menus->addMenu(tr("&Edit"));
    edit->addActions({find, copyIds, copyUrls, openFile, openDashboard});
    edit->addSeparator();
    edit->addActions({deleteFiles, deleteMarked});
    QMenu *settingsMenu = menus->addMenu(tr("Se&ttings"));
    settingsMenu->addActions({connections, testConnections, setupWizard});
    QMenu *view = menus->addMenu(tr("&View"));
    view->addAction(scanOptions);
    view->addAction(log->toggleViewAction());
    buildLanguageMenu(view->addMenu(tr("&Language")), std::move(busy));
    QMenu *help = menus->addMenu(tr("&Help"));
    help->addAction(troubleshooting);
    help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Orphanscope"), this, [this] {
        QMessageBox::about(m_window, tr("About Orphanscope"),
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
void MainActions::buildLanguageMenu(QMenu *menu, std::function<bool()> busy)
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
    connect(group, &QActionGroup::triggered, this, [this, busy = std::move(busy)](QAction *action) {
        const QString code = action->data().toString();
        if (code == Translations::setting(*m_settings))
            return;
        Translations::setSetting(*m_settings, code);
        QMessageBox box(QMessageBox::Information, tr("Language"),
                        tr("Orphanscope will be shown in %1 from its next start.")
                            .arg(code.isEmpty() ? tr("the system's language") : Translations::nativeName(code)),
                        QMessageBox::NoButton, m_window);
        QPushButton *restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        const bool scanning = busy();
        restart->setEnabled(!scanning);
        if (scanning)
            restart->setToolTip(tr("Wait for the scan to finish, or cancel it"));
        box.exec();
        if (box.clickedButton() == restart && QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
            m_window->close();
    });
}

void MainActions::setState(bool running, bool haveResult, bool haveSelection)
{
    scan->setEnabled(!running);
    resume->setEnabled(!running);
    cancel->setEnabled(running);
    setupWizard->setEnabled(!running);
    exportCsv->setEnabled(!running && haveResult);
    sendEmail->setEnabled(!running && haveResult);
    for (QAction *action : {copyIds, copyUrls, openFile, openDashboard})
        action->setEnabled(haveSelection);
    deleteFiles->setEnabled(haveSelection && !running);
    deleteMarked->setEnabled(haveResult && !running);
    exportDecisions->setEnabled(haveResult && !running);
    importDecisions->setEnabled(haveResult && !running);
    if (m_profileBox)
        m_profileBox->setEnabled(!running);
}

void MainActions::fillSelectionMenu(QMenu *menu) const
{
    menu->addActions({copyIds, copyUrls});
    menu->addSeparator();
    menu->addActions({openFile, openDashboard});
    menu->addSeparator();
    menu->addAction(deleteFiles);
}

} // namespace Orphanscope::Gui
