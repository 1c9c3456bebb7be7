#pragma once

#include "scanstateview.h"

#include <QObject>

class QAction;
class QStackedWidget;

namespace Orphanscope {
struct ScanResult;
}

namespace Orphanscope::Gui {

class SummaryCards;

// Where the results and charts stand between scans: no scan yet, a scan running, a scan failed
// (with the reason), no orphans (said plainly, not shown as an empty table), or the result.
// Each state says what to do next and offers it.
class ViewStates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewStates)

public:
    struct Views
    {
        QStackedWidget *results; // ScanStateView first, the table second
        ScanStateView *resultsState;
        QStackedWidget *charts; // ScanStateView first, the charts second
        ScanStateView *chartsState;
        SummaryCards *summary;
    };
    struct Actions
    {
        QAction *scan;
        QAction *cancel;
        QAction *connections;
    };
    ViewStates(Views views, Actions actions, QObject *parent = nullptr);

    void showNoScan();
    void showScanning(const QString &account);
    void showFailed(const QString &message);
    void showResult(const ScanResult &result);

private:
    void showOnBoth(ScanStateView::Tone tone, const QString &title, const QString &text, const QList<QAction *> &actions);

    Views m_views;
    Actions m_actions;
};

} // namespace Orphanscope::Gui
