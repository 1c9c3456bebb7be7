#pragma once

#include "cloudinary/cloudinaryresource.h"
#include "cloudinary/resourcelister.h"

#include <QObject>

namespace Orphanscope {

class CloudinaryClient;
class StringPool;

// Asks Cloudinary again about orphan candidates that came from the local inventory, 100 public
// ids a call (GET /resources/{type}/upload?public_ids[]=…), a few calls at a time, with the
// lister's polite pause. Files Cloudinary no longer has are reported as gone; the others come
// back with their current details. stop() from the receiver of batchChecked ends it there.
class CandidateChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateChecker)

public:
    static constexpr int BatchSize = 100; // the Admin API's limit for public_ids
    static constexpr int MaxInFlight = 4;

    CandidateChecker(CloudinaryClient *client, StringPool *pool, ResourceList candidates, int pauseMs,
                     QObject *parent = nullptr);

    void start();
    void stop();
    // Holds further calls back (answers in flight still arrive) / sends them again. After a
    // RateLimited failure the checker is paused and the refused batch waits to be sent again.
    void pause();
    void resume();

    bool hasMoreBatches() const { return m_next < m_candidates.size() || !m_retry.isEmpty(); } // calls still to send
    // Candidates without an answer yet (all of them after stop() before the first answer).
    ResourceList unchecked() const;

Q_SIGNALS:
    void batchChecked(const Orphanscope::ResourceList &present, const Orphanscope::ResourceList &gone);
    void finished();
    void failed(Orphanscope::ListingFailure failure, const QString &message);

private:
    void requestBatches();
    void send(qsizetype first, qsizetype end);
    void handleReply(qsizetype first, qsizetype end, const struct ApiReply &reply);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    ResourceList m_candidates; // grouped by type, so each batch holds one type
    int m_pauseMs;
    qsizetype m_next = 0;                        // first candidate not yet sent
    QList<std::pair<qsizetype, qsizetype>> m_inFlight; // [first, end) of the batches sent
    QList<std::pair<qsizetype, qsizetype>> m_retry;    // batches refused for the rate limit
    bool m_stopped = false;
    bool m_paused = false;
};

} // namespace Orphanscope
