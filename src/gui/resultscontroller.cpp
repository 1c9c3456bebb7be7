#include "resultscontroller.h"

#include "brokenreferencesview.h"
#include "deletedialog.h"
#include "deletion/backupmanifest.h"
#include "emaildialog.h"
#include "logpanel.h"
#include "orphantablemodel.h"
#include "report/reportwriter.h"
#include "restoredialog.h"
#include "resultsview.h"
#include "review/decisionstore.h"
#include "reviewcontroller.h"
#include "summarycards.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ResultsController::ResultsController(QWidget *window, QSettings *settings, Views views, std::function<ConnectionProfile()> profile)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_views(views)
    , m_profile(std::move(profile))
    , m_review(new ReviewController(window, views.results, views.log))
{
    connect(m_review, &ReviewController::decisionsChanged, this, &ResultsController::showDecisionCounts);
}

void ResultsController::clear()
{
    // The last result's rows (a million, after a big scan) are freed on a pool thread: freed
    // here, they would stall the window as the next scan starts.
    auto rows = std::make_shared<std::pair<ResourceList, std::optional<ScanResult>>>(m_views.results->model()->orphans(),
                                                                                     std::exchange(m_lastResult, std::nullopt));
    m_views.results->setOrphans({});
    QThreadPool::globalInstance()->start([rows = std::move(rows)]() mutable { rows.reset(); });
    m_views.summary->showScanning();
}

void ResultsController::show(const ScanResult &result)
{
    m_views.broken->setResult(result);
    m_lastResult = result;
    m_views.summary->showResult(result);
    // The decisions first, while the table is empty: the orphans are then sorted and filtered
    // once, not twice (at a million files each pass is a GUI-thread stall of its own).
    QString error;
    if (const auto cloud = m_profile().cloudinaryConfig(&error))
        m_review->setAccount(*cloud);
    // The rows the scan's thread made (ScanJob::setOrphanRowsWanted), shared, not copied, when
    // nothing is kept.
    const ResourceList orphans = result.orphans.toList();
    m_views.results->setOrphans(result.kept.isEmpty() ? orphans : orphans + result.kept);
    showDecisionCounts();
}

void ResultsController::showDecisionCounts()
{
    if (!m_lastResult)
        return;
    const OrphanTableModel *model = m_views.results->model();
    const qint64 kept = model->rowsDecided(Decision::Keep);
    m_views.summary->showDecisions(model->rowCount() - kept, model->rowsDecided(Decision::Delete), kept);
}

bool ResultsController::exportCsv(const QString &path, QString *error) const
{
    if (!m_lastResult) {
        *error = tr("There is nothing to export yet: run a scan first");
        return false;
    }
    return ReportWriter::writeCsv(path, m_lastResult->orphans, error);
}

void ResultsController::exportWithDialog()
{
    if (!m_lastResult)
        return;
    const QString folder = m_settings->value(u"export/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = QFileInfo(ReportWriter::defaultCsvPath(QDateTime::currentDateTime(), m_lastResult->isPartial())).fileName();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export orphans as CSV"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    m_settings->setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Exported"),
                                tr("%Ln orphan(s) written to %1", nullptr, int(m_lastResult->orphans.size())).arg(path), QMessageBox::Close,
                                m_window);
    QPushButton *open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

EmailDialog *ResultsController::openEmailDialog()
{
    if (!m_lastResult)
        return nullptr;
    auto *dialog = new EmailDialog(m_profile(), *m_lastResult, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmailDialog::sent, this, [this](bool ok) {
        m_views.log->addNotice(ok ? tr("Email summary sent") : tr("The email summary was not sent"));
    });
    dialog->open();
    return dialog;
}

void ResultsController::copySelection(bool urls)
{
    QStringList lines;
    for (const CloudinaryResource &resource : m_views.results->selectedResources())
        lines.append(urls ? resource.secureUrl : resource.publicId);
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    Q_EMIT statusMessage(tr("Copied %n line(s)", nullptr, int(lines.size())), 3000);
}

void ResultsController::openSelection(bool dashboard)
{
    const ResourceList selected = m_views.results->selectedResources();
    constexpr qsizetype MaxTabs = 10; // more would flood the browser
    const ConnectionProfile profile = m_profile();
    for (qsizetype i = 0; i < std::min(selected.size(), MaxTabs); ++i)
        QDesktopServices::openUrl(QUrl(dashboard ? profile.dashboardUrl(selected.at(i)) : selected.at(i).secureUrl));
    if (selected.size() > MaxTabs)
        Q_EMIT statusMessage(tr("Opened the first %1 of %2 selected files").arg(MaxTabs).arg(selected.size()), 5000);
}

// The app's deletions and restores share one audit log in the data dir.
QString ResultsController::auditPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope/deletion_audit.csv"_s;
}

DeleteDialog *ResultsController::openDeleteDialog()
{
    return openDeleteDialogFor(m_views.results->selectedResources());
}

DeleteDialog *ResultsController::openDeleteMarkedDialog()
{
    const ResourceList marked = m_review->markedForDeletion();
    if (marked.isEmpty()) {
        QMessageBox::information(m_window, tr("Delete marked"), tr("No file is marked for deletion. Select rows in the table and press D to mark them."));
        return nullptr;
    }
    return openDeleteDialogFor(marked);
}

RestoreDialog *ResultsController::openRestoreDialog()
{
    QString error;
    const auto cloud = m_profile().cloudinaryConfig(&error);
    if (!cloud) {
        QMessageBox::warning(m_window, tr("Cannot restore"), error);
        return nullptr;
    }
    RestoreSettings settings;
    settings.cloudinary = *cloud;
    settings.backupFolder = BackupManifest::defaultFolder();
    settings.auditPath = auditPath();
    auto *dialog = new RestoreDialog(settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

DeleteDialog *ResultsController::openDeleteDialogFor(const ResourceList &selected)
{
    if (selected.isEmpty())
        return nullptr;
    const ConnectionProfile profile = m_profile();
    QString error;
    const auto scan = profile.toScanSettings(&error);
    if (!scan) {
        QMessageBox::warning(m_window, tr("Cannot delete"), error);
        return nullptr;
    }
    DeletionSettings settings;
    settings.cloudinary = scan->cloudinary;
    settings.database = scan->database;
    settings.otherDatabases = scan->otherDatabases;
    settings.references = scan->references;
    settings.referenceAllText = scan->referenceAllText;
    settings.ignore = scan->ignore;
    settings.pauseMs = scan->pauseMs;
    settings.minAgeMSecs = qint64(profile.deleteMinAgeHours * 3600 * 1000);
    settings.auditPath = auditPath();
    settings.backupFolder = BackupManifest::defaultFolder();
    settings.decisionsPath = DecisionStore::defaultPath();
    auto *dialog = new DeleteDialog(settings, selected, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteDialog::deleted, this, &ResultsController::forgetDeleted);
    dialog->show();
    return dialog;
}

// Deleted files leave the table (and the result a later export or email is made of).
void ResultsController::forgetDeleted(const ResourceList &gone)
{
    if (!m_lastResult || gone.isEmpty())
        return;
    QSet<QString> keys;
    for (const CloudinaryResource &file : gone)
        keys.insert(resourceKey(file.type, file.publicId));
    ResourceList remaining;
    for (const CloudinaryResource &file : m_lastResult->orphans.toList()) {
        if (!keys.contains(resourceKey(file.type, file.publicId)))
            remaining.append(file);
    }
    m_lastResult->orphans = CompactResourceList(remaining);
    m_views.results->setOrphans(remaining + m_lastResult->kept);
    // Their decisions were forgotten by the deletion itself (DeletionSettings::decisionsPath).
    showDecisionCounts();
    m_views.log->addNotice(tr("%n file(s) deleted from Cloudinary or already gone; removed from the table", nullptr, int(gone.size())));
}

} // namespace Orphanscope::Gui
