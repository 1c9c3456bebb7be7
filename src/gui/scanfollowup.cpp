#include "scanfollowup.h"

#include "notify/webhooksender.h"
#include "scan/scanestimate.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ScanFollowUp::ScanFollowUp(QString historyPath, QObject *parent)
    : QObject(parent)
    , m_historyPath(std::move(historyPath))
{
}

QList<HistoryEntry> ScanFollowUp::record(ScanResult &result, const ScanSettings &settings)
{
    return finishRecording(startRecording(result, settings), result);
}

QFuture<ScanFollowUp::Recorded> ScanFollowUp::startRecording(const ScanResult &result, const ScanSettings &settings) const
{
    // The result's lists are shared, not copied; the database connection lives and dies on the
    // pool thread.
    return QtConcurrent::run([path = m_historyPath, rule = m_rule, finished = result, settings] {
        Recorded recorded;
        ScanResult result = finished;
        ScanHistory history(path);
        if (!history.open(&recorded.error))
            return recorded;
        const HistoryEntry entry = history.consult(result, settings, rule, &recorded.error);
        recorded.spikeAlert = result.spikeAlert;
        recorded.entries = history.entries(entry.account, entry.scope, 200);
        return recorded;
    });
}

QList<HistoryEntry> ScanFollowUp::finishRecording(QFuture<Recorded> recording, ScanResult &result)
{
    Recorded recorded = recording.takeResult();
    if (!recorded.error.isEmpty())
        Q_EMIT warning(recorded.error);
    if (!recorded.spikeAlert.isEmpty())
        result.spikeAlert = recorded.spikeAlert;
    return recorded.entries;
}

void ScanFollowUp::postWebhook(const QUrl &url, const ScanResult &result, const QString &appName)
{
    if (url.isEmpty() || !WebhookSender::worthTelling(result))
        return;
    const QByteArray payload = WebhookSender::payload(result, appName, {});
    QPointer<ScanFollowUp> self(this);
    // The reply is reported back on this object's thread; a window closed meanwhile drops it.
    (void)QtConcurrent::run([self, url, payload] {
        QString error;
        const bool sent = WebhookSender::post(url, payload, 15'000, &error);
        QMetaObject::invokeMethod(qApp, [self, sent, error, host = url.host()] {
            if (!self)
                return;
            if (sent)
                Q_EMIT self->notice(tr("Summary posted to the webhook at %1").arg(host));
            else
                Q_EMIT self->warning(error);
        }, Qt::QueuedConnection);
    });
}

void ScanFollowUp::describeReferences(const ReferenceSummary &references)
{
    if (references.columns.isEmpty())
        return;
    constexpr qsizetype Shown = 8;
    QString columns = references.columns.mid(0, Shown).join(u", "_s);
    if (references.columns.size() > Shown)
        columns += tr(" and %n more", nullptr, int(references.columns.size() - Shown));
    Q_EMIT notice(tr("References read: %1").arg(columns));
}

void ScanFollowUp::estimate(const ScanSettings &settings)
{
    auto *estimator = new ScanEstimator(settings, this);
    const bool waits = settings.waitForReset;
    connect(estimator, &ScanEstimator::estimated, this, [this, estimator, waits](const ScanEstimate &estimate) {
        estimator->deleteLater();
        if (estimate.fitsThisWindow() || waits)
            Q_EMIT notice(tr("Estimate for the whole account: %1").arg(estimate.text()));
        else
            Q_EMIT warning(tr("This scan needs about %n hour(s) of API budget and will stop when this hour's runs out: tick "
                              "\"Wait for the API budget\" to let it run, or continue it later with Scan → Resume scan. (%1)",
                              nullptr, estimate.windows).arg(estimate.text()));
    });
    connect(estimator, &ScanEstimator::failed, this, [this, estimator](const QString &message) {
        estimator->deleteLater();
        Q_EMIT warning(message);
    });
    estimator->start();
}

void ScanFollowUp::describeCheckpoint(const ScanResult &result)
{
    const CheckpointSummary &checkpoint = result.checkpoint;
    if (checkpoint.resumed)
        Q_EMIT notice(tr("Resumed: %L1 files came from %n earlier run(s); %L2 of their orphan candidates looked up again, %L3 deleted since",
                         nullptr, checkpoint.runs - 1)
                          .arg(checkpoint.filesFromEarlierRuns).arg(result.recheck.rechecked).arg(result.recheck.gone));
    if (checkpoint.waits > 0)
        Q_EMIT notice(tr("Waited for the API budget %n time(s)", nullptr, checkpoint.waits));
    if (checkpoint.kept)
        Q_EMIT notice(tr("The scan's progress is saved: Scan → Resume scan (Ctrl+Shift+R) continues where it stopped"));
}

void ScanFollowUp::describeInventory(const ScanResult &result)
{
    const IncrementalSummary &incremental = result.incremental;
    if (!incremental.used)
        return;
    for (const QString &note : incremental.notes)
        Q_EMIT notice(note);
    if (incremental.fromInventory > 0)
        Q_EMIT notice(tr("Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again "
                         "(%n API call(s)), %L3 deleted since", nullptr, result.recheck.calls)
                          .arg(incremental.fromInventory).arg(result.recheck.rechecked).arg(result.recheck.gone));
    Q_EMIT notice(incremental.saved ? tr("Inventory updated: %1").arg(incremental.inventoryPath)
                                    : tr("Inventory left unchanged (the scan did not complete): %1").arg(incremental.inventoryPath));
}

} // namespace Orphanscope::Gui
