// What the app does after a scan, as the CLI does: a complete scan goes into the history, a
// jump in orphans raises the spike alert, a partial one is not recorded, and the summary reaches
// the profile's webhook (a local HTTP listener) from a worker thread.
#include "scanfollowup.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

namespace {

ScanResult resultWith(qint64 orphans, const QDateTime &when)
{
    ScanResult result;
    result.startedAt = when;
    result.resourceTypes = {ResourceType::Image};
    result.perType[0].scanned = result.perType[0].complete = true;
    result.perType[0].listed = 1000;
    result.perType[0].orphans = orphans;
    result.perType[0].orphanBytes = orphans * 1000;
    return result;
}

ScanSettings settings()
{
    ScanSettings settings;
    settings.cloudinary.cloudName = u"shop"_s;
    settings.days.reset();
    settings.resourceTypes = {ResourceType::Image};
    return settings;
}

} // namespace

class TestScanFollowUp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void historyAndSpike()
    {
        ScanFollowUp followUp(m_dir.filePath(u"history.sqlite3"_s));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int day = 0; day < 4; ++day) {
            ScanResult usual = resultWith(40 + day, start.addDays(day));
            QCOMPARE(followUp.record(usual, settings()).size(), day + 1);
            QVERIFY(usual.spikeAlert.isEmpty());
        }
        ScanResult partial = resultWith(500, start.addDays(5));
        partial.stopReason = StopReason::Cancelled;
        QCOMPARE(followUp.record(partial, settings()).size(), 4); // shown, not recorded
        QVERIFY(partial.spikeAlert.isEmpty());

        ScanResult jump = resultWith(130, start.addDays(6));
        const QList<HistoryEntry> entries = followUp.record(jump, settings());
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.constLast().orphans, 130);
        QCOMPARE(entries.constLast().account, u"shop@api.cloudinary.com"_s);
        QVERIFY2(jump.spikeAlert.startsWith(u"Orphans spiked: 130 now, against a median of 41.5 over the last 4 scans"_s),
                 qPrintable(jump.spikeAlert));

        // A smaller rise than the minimum (20 files) is no spike, even if it doubles a tiny count.
        ScanFollowUp other(m_dir.filePath(u"small.sqlite3"_s));
        ScanResult few = resultWith(3, start);
        other.record(few, settings());
        ScanResult doubled = resultWith(9, start.addDays(1));
        other.record(doubled, settings());
        QVERIFY(doubled.spikeAlert.isEmpty());
    }

    // The window writes the history on a pool thread while it fills its table: the two halves
    // give what record gives, set the alert on the caller's result only when finished, and report
    // a history that cannot be opened as a warning.
    void recordsInTwoHalves()
    {
        QTemporaryDir dir;
        ScanFollowUp followUp(dir.filePath(u"history.sqlite3"_s));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int day = 0; day < 3; ++day) {
            ScanResult usual = resultWith(40, start.addDays(day));
            followUp.record(usual, settings());
        }
        ScanResult jump = resultWith(200, start.addDays(4));
        QFuture<ScanFollowUp::Recorded> recording = followUp.startRecording(jump, settings());
        QVERIFY(jump.spikeAlert.isEmpty()); // the pool thread works on a copy
        const QList<HistoryEntry> entries = followUp.finishRecording(recording, jump);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.constLast().orphans, 200);
        QVERIFY2(jump.spikeAlert.startsWith(u"Orphans spiked: 200 now"_s), qPrintable(jump.spikeAlert));

        QFile blocker(dir.filePath(u"blocker"_s)); // a file where the history's folder would be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ScanFollowUp unwritable(dir.filePath(u"blocker/history.sqlite3"_s));
        QSignalSpy warnings(&unwritable, &ScanFollowUp::warning);
        ScanResult any = resultWith(1, start);
        QVERIFY(unwritable.finishRecording(unwritable.startRecording(any, settings()), any).isEmpty());
        QCOMPARE(warnings.count(), 1);
        QVERIFY2(warnings.constFirst().constFirst().toString().contains(u"scan history"_s), qPrintable(warnings.constFirst().constFirst().toString()));
    }

    void webhookFromTheApp()
    {
        QProcess listener;
        const QString received = m_dir.filePath(u"posts.jsonl"_s);
        listener.start(u"/usr/bin/python3"_s, {QStringLiteral(ORPHANSCOPE_WEBHOOK_LISTENER), received});
        QVERIFY(listener.waitForReadyRead(10'000));
        const quint16 port = listener.readLine().trimmed().toUShort();
        ScanFollowUp followUp(m_dir.filePath(u"history2.sqlite3"_s));
        QSignalSpy notices(&followUp, &ScanFollowUp::notice);
        QSignalSpy warnings(&followUp, &ScanFollowUp::warning);

        followUp.postWebhook(QUrl(u"http://127.0.0.1:%1/hook/TOKEN"_s.arg(port)), resultWith(0, QDateTime::currentDateTimeUtc()), u"Shop"_s);
        followUp.postWebhook(QUrl(u"http://127.0.0.1:%1/hook/TOKEN"_s.arg(port)), resultWith(12, QDateTime::currentDateTimeUtc()), u"Shop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, 10'000);
        QCOMPARE(notices.constFirst().constFirst().toString(), u"Summary posted to the webhook at 127.0.0.1"_s);
        QFile file(received);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // nothing worth telling about a scan without orphans
        const QJsonObject post = QJsonDocument::fromJson(lines.constFirst()).object();
        const QJsonObject body = QJsonDocument::fromJson(post.value(u"body"_s).toString().toUtf8()).object();
        QVERIFY(body.value(u"text"_s).toString().startsWith(u"*Shop: Orphaned Files Detection Report*"_s));

        followUp.postWebhook(QUrl(u"http://127.0.0.1:1/hook/TOKEN"_s), resultWith(12, QDateTime::currentDateTimeUtc()), u"Shop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(warnings.count(), 1, 20'000);
        QVERIFY(!warnings.constFirst().constFirst().toString().contains(u"TOKEN"_s));
        listener.kill();
        listener.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestScanFollowUp)
#include "tst_scanfollowup.moc"
