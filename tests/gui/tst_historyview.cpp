// The History chart: both lines (orphans and their size) run forward in time, however the scans
// were recorded — a long scan recorded after a shorter one that started later, or entries handed
// over in any order.
#include "historyview.h"
#include "notify/scanhistory.h"

#include <QChartView>
#include <QLineSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

namespace {

HistoryEntry entryAt(const QDateTime &startedAt, qint64 orphans, qint64 bytes)
{
    HistoryEntry entry;
    entry.startedAt = startedAt;
    entry.account = u"demo@api.cloudinary.com"_s;
    entry.scope = u"all image,video"_s;
    entry.orphans = orphans;
    entry.orphanBytes = bytes;
    return entry;
}

// Each line series of the chart: its x values must never go back.
void verifySeriesRunForward(const HistoryView &view, int expectedPoints)
{
    int lines = 0;
    for (QAbstractSeries *series : view.chartView()->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || series->type() != QAbstractSeries::SeriesTypeLine)
            continue;
        ++lines;
        const QList<QPointF> points = line->points();
        QCOMPARE(points.size(), expectedPoints);
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY2(points.at(i).x() >= points.at(i - 1).x(), qPrintable(u"%1: point %2 is before point %3"_s.arg(line->name()).arg(i).arg(i - 1)));
    }
    QCOMPARE(lines, 2); // orphans and orphan size
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesRunForwardWhateverTheOrder()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
        QList<HistoryEntry> shuffled{entryAt(t0.addDays(2), 30, 3'000'000), entryAt(t0, 10, 9'000'000), entryAt(t0.addDays(3), 40, 1'000'000),
                                     entryAt(t0.addDays(1), 20, 5'000'000)};
        HistoryView view;
        view.setEntries(shuffled, {});
        verifySeriesRunForward(view, 4);
        // The size line belongs to the same scans in the same order as the count line.
        for (QAbstractSeries *series : view.chartView()->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (line && line->name() == u"Orphan size (MB)"_s)
                QCOMPARE(line->at(0).y(), 9'000'000 / (1024.0 * 1024.0)); // the oldest scan's
        }
        QCOMPARE(view.table()->item(0, 2)->text(), u"40"_s); // the table: newest first
    }

    void scansRecordedOutOfOrder()
    {
        QTemporaryDir dir;
        ScanHistory history(dir.filePath(u"history.sqlite3"_s));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
        // A weekly whole-account scan that started first and finished last is recorded last.
        for (const HistoryEntry &entry : {entryAt(t0.addSecs(600), 12, 2'000'000), entryAt(t0.addSecs(1200), 13, 2'500'000), entryAt(t0, 11, 1'000'000)})
            QVERIFY2(history.record(entry, &error), qPrintable(error));
        HistoryView view;
        view.setEntries(history.entries(u"demo@api.cloudinary.com"_s, u"all image,video"_s), {});
        verifySeriesRunForward(view, 3);
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
