#include "reviewcontroller.h"

#include "cloudinary/cloudinaryconfig.h"
#include "logpanel.h"
#include "orphanfiltermodel.h"
#include "orphantablemodel.h"
#include "resultsview.h"
#include "review/decisionsheet.h"
#include "review/decisionstore.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ReviewController::ReviewController(QWidget *window, ResultsView *results, LogPanel *log)
    : QObject(window)
    , m_window(window)
    , m_results(results)
    , m_log(log)
{
    connect(results, &ResultsView::decisionRequested, this, &ReviewController::decideSelected);
    connect(results, &ResultsView::noteRequested, this, &ReviewController::editNoteOfCurrent);
}

ReviewController::~ReviewController() = default;

void ReviewController::setAccount(const CloudinaryConfig &cloud)
{
    const QString account = cloud.accountName();
    QString error;
    if (!m_store || m_store->account() != account) {
        auto store = std::make_unique<DecisionStore>(DecisionStore::defaultPath(), account);
        if (!store->open(&error)) {
            m_log->addWarning(tr("Decisions cannot be kept: %1").arg(error));
            m_store.reset();
            return;
        }
        m_store = std::move(store);
    }
    const auto decisions = m_store->load(&error);
    if (!decisions) {
        m_log->addWarning(tr("Decisions cannot be read: %1").arg(error));
        return;
    }
    m_results->model()->setDecisions(*decisions);
    m_results->proxy()->refilter();
    Q_EMIT decisionsChanged();
}

bool ReviewController::save(const QList<FileDecision> &changed)
{
    if (changed.isEmpty())
        return true;
    QString error;
    if (!m_store) {
        m_log->addWarning(tr("The decision is shown but not kept: there is no decision store for this account (run a scan first)"));
        return false;
    }
    if (!m_store->save(changed, &error)) {
        m_log->addWarning(tr("The decision is shown but not kept: %1").arg(error));
        return false;
    }
    return true;
}

void ReviewController::decideSelected(Decision decision)
{
    const QList<int> rows = m_results->selectedSourceRows();
    if (rows.isEmpty())
        return;
    save(m_results->model()->decide(rows, decision));
    m_results->refilterKeepingPlace();
    Q_EMIT decisionsChanged();
}

void ReviewController::editNoteOfCurrent()
{
    const QList<int> rows = m_results->selectedSourceRows();
    if (rows.isEmpty())
        return;
    OrphanTableModel *model = m_results->model();
    const FileDecision current = model->decisionAt(rows.constFirst());
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_window, tr("Note"),
                                                        rows.size() == 1 ? tr("Note on %1:").arg(current.publicId)
                                                                         : tr("Note on %Ln file(s):", nullptr, int(rows.size())),
                                                        current.note, &ok);
    if (!ok)
        return;
    QList<FileDecision> changed;
    for (int row : rows)
        changed.append(model->setNote(row, note.trimmed()));
    save(changed);
    Q_EMIT decisionsChanged();
}

ResourceList ReviewController::markedForDeletion() const
{
    const OrphanTableModel *model = m_results->model();
    ResourceList marked;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->decisionAt(row).decision == Decision::Delete)
            marked.append(model->resourceAt(row));
    }
    return marked;
}

bool ReviewController::exportDecisions(const QString &path, QString *error) const
{
    return DecisionSheet::writeFile(path, m_results->model()->orphans(), m_results->model()->decisions(), error);
}

bool ReviewController::importDecisions(const QString &path, QString *error)
{
    if (!m_store) {
        *error = tr("Run a scan first: decisions are kept per account");
        return false;
    }
    const auto rows = DecisionSheet::readFile(path, error);
    if (!rows)
        return false;
    const QList<FileDecision> changed = changedDecisions(*rows, m_results->model()->decisions(), QDateTime::currentDateTimeUtc());
    if (!m_store->save(changed, error))
        return false;
    const auto decisions = m_store->load(error);
    if (!decisions)
        return false;
    m_results->model()->setDecisions(*decisions);
    m_results->proxy()->refilter();
    m_log->addNotice(tr("Imported %1: %Ln decision(s) changed", nullptr, int(changed.size())).arg(path));
    Q_EMIT decisionsChanged();
    return true;
}

void ReviewController::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export decisions"), folder + u"/orphan-review.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDecisions(path, &error))
        QMessageBox::warning(m_window, tr("Export failed"), error);
    else
        m_log->addNotice(tr("Decisions exported to %1: fill in the decision and note columns, then File → Import decisions").arg(path));
}

void ReviewController::importWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import decisions"), folder, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importDecisions(path, &error))
        QMessageBox::warning(m_window, tr("Import failed"), error);
}

} // namespace Orphanscope::Gui
