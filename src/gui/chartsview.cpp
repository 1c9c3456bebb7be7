#include "chartsview.h"

#include "orphanfiltermodel.h"
#include "orphantablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QTimer>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

namespace {

constexpr double MiB = 1024.0 * 1024.0;

QChart *barChart(const QString &title, const QList<OrphanStatistics::Group> &groups, bool bytes, bool horizontal, int labelAngle = 0)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *set = new QBarSet(bytes ? QObject::tr("MB") : QObject::tr("Orphans"));
    QStringList categories;
    double maximum = 0;
    for (const auto &group : groups) {
        const double value = bytes ? double(group.bytes) / MiB : double(group.count);
        *set << value;
        maximum = std::max(maximum, value);
        categories << group.label;
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(groups.size() <= 12);
    series->setLabelsPrecision(bytes ? 4 : 9);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsAngle(labelAngle);
    categoryAxis->setTruncateLabels(false);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(small);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum > 0 ? maximum * 1.15 : 1);
    valueAxis->setLabelFormat(bytes ? u"%.0f MB"_s : u"%d"_s);
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    return chart;
}

QChart *typeChart(const QList<OrphanStatistics::Group> &byType)
{
    auto *chart = new QChart;
    chart->setTitle(QObject::tr("Orphans by type (share of bytes)"));
    auto *series = new QPieSeries;
    for (const auto &group : byType) {
        if (group.count == 0)
            continue;
        series->append(QObject::tr("%1: %L2 files, %3").arg(group.label).arg(group.count)
                           .arg(QLocale().formattedDataSize(group.bytes, 1, QLocale::DataSizeTraditionalFormat)),
                       double(std::max<qint64>(group.bytes, 1)));
    }
    series->setPieSize(0.75);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignBottom); // labels around a pie get clipped; a legend does not
    return chart;
}

} // namespace

ChartsView::ChartsView(OrphanTableModel *model, OrphanFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_refresh(new QTimer(this))
{
    auto *grid = new QGridLayout(this);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(280, 170); // two rows of them fit a 1024×640 screen beside an open log
        grid->addWidget(view, i / 2, i % 2);
        m_views.append(view);
    }
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, &ChartsView::rebuild);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChartsView::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChartsView::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChartsView::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChartsView::scheduleRefresh);
    rebuild();
}

void ChartsView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refresh->start();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ChartsView::refreshNow()
{
    rebuild();
}

void ChartsView::rebuild()
{
    m_dirty = false;
    OrphanStatisticsBuilder builder;
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row)
        builder.add(m_model->resourceAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    m_statistics = builder.build(10);

    QList<OrphanStatistics::Group> folders = m_statistics.topFolders;
    std::reverse(folders.begin(), folders.end()); // largest at the top of a horizontal chart
    const QList<QChart *> charts{
        barChart(tr("Orphans by size"), m_statistics.sizeBuckets, false, false, -30),
        typeChart(m_statistics.byType),
        barChart(tr("Top folders by orphan size"), folders, true, true),
        barChart(tr("Orphans by upload month"), m_statistics.byMonth, false, false, -60),
    };
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QChart *old = m_views[i]->chart();
        charts[i]->setAnimationOptions(QChart::NoAnimation);
        m_views[i]->setChart(charts[i]);
        delete old;
    }
    applyTheme();
}

void ChartsView::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_dark = dark;
    for (QChartView *view : std::as_const(m_views)) {
        if (!view->chart())
            continue;
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundBrush(palette().brush(QPalette::Base));
        view->chart()->setTitleBrush(palette().brush(QPalette::Text));
    }
}

} // namespace Orphanscope::Gui
