#pragma once

#include "scan/orphanstatistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QTimer;

namespace Orphanscope::Gui {

class OrphanFilterModel;
class OrphanTableModel;

// Four charts over the orphans the table's filter shows: size distribution, count and bytes by
// type, top folders by bytes, orphans by upload month. Recomputed (debounced) when the filter or
// the results change, and only while the charts are on screen.
class ChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    explicit ChartsView(OrphanTableModel *model, OrphanFilterModel *proxy, QWidget *parent = nullptr);

    const OrphanStatistics &statistics() const { return m_statistics; }
    bool usesDarkTheme() const { return m_dark; }
    void refreshNow();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    void applyTheme();

    OrphanTableModel *m_model;
    OrphanFilterModel *m_proxy;
    QTimer *m_refresh;
    bool m_dirty = true;
    bool m_dark = false;
    OrphanStatistics m_statistics;
    QList<QChartView *> m_views;
};

} // namespace Orphanscope::Gui
