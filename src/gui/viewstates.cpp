#include "viewstates.h"

#include "scan/scantypes.h"
#include "summarycards.h"

#include <QStackedWidget>

namespace Orphanscope::Gui {

ViewStates::ViewStates(Views views, Actions actions, QObject *parent)
    : QObject(parent)
    , m_views(views)
    , m_actions(actions)
{
}

void ViewStates::showOnBoth(ScanStateView::Tone tone, const QString &title, const QString &text, const QList<QAction *> &actions)
{
    m_views.resultsState->setState(tone, title, text, actions);
    m_views.chartsState->setState(tone, title, text, actions);
    m_views.results->setCurrentIndex(0);
    m_views.charts->setCurrentIndex(0);
}

void ViewStates::showNoScan()
{
    m_views.summary->setVisible(false);
    showOnBoth(ScanStateView::Tone::Neutral, tr("No scan yet"),
               tr("A scan lists the account's files and looks each one up in the database; the files nothing references "
                  "are shown here, with charts of their sizes. Nothing is changed or deleted."),
               {m_actions.scan, m_actions.connections});
}

void ViewStates::showScanning(const QString &account)
{
    m_views.summary->setVisible(true);
    showOnBoth(ScanStateView::Tone::Busy, tr("Scanning %1…").arg(account),
               tr("The files nothing references appear here when the listing is done; the status bar shows how far it is. "
                  "Cancel keeps what was found so far."),
               {m_actions.cancel});
}

void ViewStates::showFailed(const QString &message)
{
    m_views.summary->setVisible(false);
    showOnBoth(ScanStateView::Tone::Bad, tr("The scan failed"),
               tr("%1\n\nCheck the connections (Test connections tells what is wrong), then scan again.").arg(message),
               {m_actions.connections, m_actions.scan});
}

void ViewStates::showResult(const ScanResult &result)
{
    m_views.summary->setVisible(true);
    const bool rows = result.totalOrphans() > 0 || result.totalKept() > 0;
    if (rows) {
        m_views.results->setCurrentIndex(1);
    } else {
        const bool setAside = !result.recent.isEmpty() || result.totalIgnored() > 0;
        QString text = result.isPartial()
                           ? tr("None of the %L1 files listed before the scan stopped is orphaned. Resume the scan to check the rest.")
                                 .arg(result.totalListed())
                       : setAside ? tr("None of the %L1 files listed is an orphan.").arg(result.totalListed())
                                  : tr("Every one of the %L1 files listed is referenced by the database: nothing to clean up.")
                                        .arg(result.totalListed());
        if (!result.recent.isEmpty())
            text += u' '
                    + tr("%n file(s) nothing references yet are younger than the minimum age and shown as recent, not as orphans.",
                         nullptr, int(result.recent.size()));
        if (result.totalIgnored() > 0)
            text += u' ' + tr("%n unreferenced file(s) match an ignore rule and are never reported.", nullptr, int(result.totalIgnored()));
        m_views.resultsState->setState(ScanStateView::Tone::Good, tr("No orphans"), text, {});
        m_views.results->setCurrentIndex(0);
    }
    if (result.totalOrphans() > 0) {
        m_views.charts->setCurrentIndex(1);
    } else {
        m_views.chartsState->setState(ScanStateView::Tone::Good, tr("No orphans to chart"),
                                      tr("The charts show the orphans' sizes by type and upload month; this scan found none."), {});
        m_views.charts->setCurrentIndex(0);
    }
}

} // namespace Orphanscope::Gui
