#pragma once

#include "notify/scanhistory.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace Orphanscope::Gui {

// The History tab: orphans and their size over the account's earlier scans of one range, as a
// trend chart and a table, with the spike alert of the last scan above them.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);

    // In any order: the chart and the table sort them by the time each scan started. The chart
    // is drawn when the view is shown or asked for: it is the dearest part, and a scan that ends
    // behind another tab stalls the window less without it.
    void setEntries(QList<HistoryEntry> entries, const QString &alert);
    QChartView *chartView() const;
    QTableWidget *table() const { return m_table; }
    int pointCount() const { return int(m_entries.size()); }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void invalidateChart(); // redrawn now when shown, else when shown or asked for
    void rebuildChart() const; // replaces the chart view's chart: m_chart is not this widget's own state

    QLabel *m_alert;
    QLabel *m_empty;
    QChartView *m_chart;
    QTableWidget *m_table;
    QList<HistoryEntry> m_entries;
    mutable bool m_chartStale = true;
};

} // namespace Orphanscope::Gui
