#include "historyview.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_alert(new QLabel(this))
    , m_empty(new QLabel(tr("No earlier scans of this account and range yet: each complete scan adds a point here."), this))
    , m_chart(new QChartView(this))
    , m_table(new QTableWidget(0, 6, this))
{
    setObjectName(u"historyView"_s);
    m_alert->setObjectName(u"spikeAlert"_s);
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(u"QLabel { background: #b3261e; color: white; padding: 8px; border-radius: 4px; }"_s);
    m_alert->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_table->setHorizontalHeaderLabels({tr("Scanned"), tr("Files"), tr("Orphans"), tr("Orphan size"), tr("Broken references"), tr("API calls")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_alert);
    layout->addWidget(m_empty);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    setEntries({}, {});
}

void HistoryView::setEntries(QList<HistoryEntry> entries, const QString &alert)
{
    // A line series is drawn in the order of its points: out of time order, it runs backwards.
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.startedAt < b.startedAt; });
    m_entries = entries;
    m_alert->setText(alert);
    m_alert->setVisible(!alert.isEmpty());
    m_empty->setVisible(entries.isEmpty());
    m_chart->setVisible(!entries.isEmpty());
    const QLocale locale;
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const HistoryEntry &entry = entries.at(entries.size() - 1 - row); // newest first
        const QStringList cells{locale.toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat), locale.toString(entry.files),
                                locale.toString(entry.orphans), locale.formattedDataSize(entry.orphanBytes),
                                entry.broken < 0 ? tr("not checked") : locale.toString(entry.broken), locale.toString(entry.apiCalls)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(entry.settings);
            m_table->setItem(row, column, item);
        }
    }
    invalidateChart();
}

void HistoryView::invalidateChart()
{
    m_chartStale = true;
    if (isVisible())
        rebuildChart();
}

QChartView *HistoryView::chartView() const
{
    if (m_chartStale)
        rebuildChart();
    return m_chart;
}

void HistoryView::showEvent(QShowEvent *event)
{
    if (m_chartStale)
        rebuildChart();
    QWidget::showEvent(event);
}

void HistoryView::rebuildChart() const
{
    m_chartStale = false;
    auto *chart = new QChart;
    chart->setTitle(tr("Orphans over time"));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    auto *count = new QLineSeries(chart);
    count->setName(tr("Orphans"));
    auto *size = new QLineSeries(chart);
    size->setName(tr("Orphan size (MB)"));
    auto *points = new QScatterSeries(chart);
    points->setMarkerSize(8);
    qint64 maxCount = 1;
    double maxMb = 1;
    for (const HistoryEntry &entry : std::as_const(m_entries)) {
        const qreal x = qreal(entry.startedAt.toMSecsSinceEpoch());
        const double mb = double(entry.orphanBytes) / (1024.0 * 1024.0);
        count->append(x, qreal(entry.orphans));
        points->append(x, qreal(entry.orphans));
        size->append(x, mb);
        maxCount = std::max(maxCount, entry.orphans);
        maxMb = std::max(maxMb, mb);
    }
    chart->addSeries(size);
    chart->addSeries(count);
    chart->addSeries(points);
    // Both lines often rise and fall together: the size is drawn dashed so the count stays visible.
    QPen countPen = count->pen();
    countPen.setWidth(3);
    count->setPen(countPen);
    QPen sizePen = size->pen();
    sizePen.setStyle(Qt::DashLine);
    sizePen.setWidth(2);
    size->setPen(sizePen);
    chart->legend()->markers(points).constFirst()->setVisible(false);
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(u"dd MMM HH:mm"_s);
    time->setTickCount(std::clamp(int(count->count()), 2, 6));
    if (count->count() == 1) {
        const QDateTime at = m_entries.constFirst().startedAt;
        time->setRange(at.addSecs(-3600), at.addSecs(3600));
    }
    auto *countAxis = new QValueAxis(chart);
    countAxis->setRange(0, double(maxCount) * 1.15);
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTitleText(tr("Orphans"));
    auto *sizeAxis = new QValueAxis(chart);
    sizeAxis->setRange(0, maxMb * 1.15);
    sizeAxis->setLabelFormat(u"%.0f"_s);
    sizeAxis->setTitleText(tr("MB"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(sizeAxis, Qt::AlignRight);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(count), static_cast<QAbstractSeries *>(points)}) {
        series->attachAxis(time);
        series->attachAxis(countAxis);
    }
    size->attachAxis(time);
    size->attachAxis(sizeAxis);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        invalidateChart();
}

} // namespace Orphanscope::Gui
