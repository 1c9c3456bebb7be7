#pragma once

#include "scan/accountlisting.h"
#include "scan/scantypes.h"

#include <QObject>

namespace Orphanscope {

class ApiBudget;
class CheckpointSession;
class CloudinaryClient;
class StringPool;

// The listing half of a scan: lists the account (AccountListing) — from the checkpoint's
// listers when it resumes — saves every page in the checkpoint before handing it on, asks the
// API budget after every answer and pauses for the next window or stops, and can be held back
// while listed pages wait for the references. Ends with exactly one of finished(), stopped()
// or failed(), unless stop() ends it first. Lives in the scan's worker thread.
class ScanListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanListing)

public:
    // `checkpoint` may be null (progress not saved).
    ScanListing(CloudinaryClient *client, StringPool *pool, CheckpointSession *checkpoint, ApiBudget *budget, QObject *parent = nullptr);

    void start(AccountListing::Plan plan);
    // Ends the listing where it is and aborts the calls in flight; no signal follows.
    void stop();
    // Holds the next requests back while listed pages wait for the references / goes on.
    void hold();
    void release();
    bool isHeld() const { return m_held; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void page(Orphanscope::ResourceType type, const Orphanscope::ListedFiles &files);
    void typeComplete(Orphanscope::ResourceType type);
    void waiting(const QDateTime &resumesAt); // for the next rate-limit window
    void resumed();
    void finished(); // every type was listed
    void stopped(Orphanscope::StopReason reason, const QString &detail); // by the budget
    void warning(const QString &message);
    void failed(const QString &message);

private:
    void onPage(ResourceType type, const ListedFiles &files, bool moreToCome, const ListerState &after);
    void onFailed(ResourceType type, ListingFailure failure, const QString &message);
    bool waitForReset(const QString &reason);
    void onBudgetReset();
    void end(StopReason reason, const QString &detail);
    void fail(const QString &message);

    CloudinaryClient *m_client;
    CheckpointSession *m_checkpoint;
    ApiBudget *m_budget;
    AccountListing *m_listing; // child
    bool m_held = false;
    bool m_waiting = false;
    bool m_done = false;
};

} // namespace Orphanscope
