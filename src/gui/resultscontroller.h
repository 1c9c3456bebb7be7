#pragma once

#include "connectionprofile.h"
#include "scan/scantypes.h"

#include <QObject>

#include <functional>
#include <optional>

class QSettings;
class QWidget;

namespace Orphanscope::Gui {

class BrokenReferencesView;
class DeleteDialog;
class EmailDialog;
class RestoreDialog;
class ReviewController;
class LogPanel;
class ResultsView;
class SummaryCards;

// The results side of the window: the last scan's result, shown in the summary cards, the
// orphan table (with the kept files, for the decision filter) and the Broken references tab, and
// what the admin does with it — decide, copy, open, export, email, delete, restore.
// Dialogs open over the window it was given.
class ResultsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsController)

public:
    struct Views
    {
        ResultsView *results;
        SummaryCards *summary;
        BrokenReferencesView *broken;
        LogPanel *log;
    };

    ResultsController(QWidget *window, QSettings *settings, Views views, std::function<ConnectionProfile()> profile);

    void clear(); // a scan is starting
    void show(const ScanResult &result);
    const std::optional<ScanResult> &lastResult() const { return m_lastResult; }
    // The history's verdict, known after the result is shown: the summary email tells it too.
    void setSpikeAlert(const QString &alert)
    {
        if (m_lastResult)
            m_lastResult->spikeAlert = alert;
    }

    bool exportCsv(const QString &path, QString *error) const;
    void exportWithDialog();
    EmailDialog *openEmailDialog();   // non-modal; nullptr before a scan
    DeleteDialog *openDeleteDialog(); // for the selected orphans; nullptr without a selection
    DeleteDialog *openDeleteMarkedDialog(); // for the files marked for deletion; nullptr without any
    RestoreDialog *openRestoreDialog();
    ReviewController *review() const { return m_review; }
    void copySelection(bool urls);
    void openSelection(bool dashboard);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void forgetDeleted(const ResourceList &gone);
    DeleteDialog *openDeleteDialogFor(const ResourceList &files);
    void showDecisionCounts();
    static QString auditPath();

    QWidget *m_window;
    QSettings *m_settings;
    Views m_views;
    std::function<ConnectionProfile()> m_profile;
    std::optional<ScanResult> m_lastResult;
    ReviewController *m_review;
};

} // namespace Orphanscope::Gui
