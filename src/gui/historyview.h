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

    // In any order: the chart and the table sort them by the time each scan started.
    void setEntries(QList<HistoryEntry> entries, const QString &alert);
    QChartView *chartView() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    int pointCount() const { return m_points; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();

    QLabel *m_alert;
    QLabel *m_empty;
    QChartView *m_chart;
    QTableWidget *m_table;
    QList<HistoryEntry> m_entries;
    int m_points = 0;
};

} // namespace Orphanscope::Gui
