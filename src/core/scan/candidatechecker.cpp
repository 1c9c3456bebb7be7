#include "scan/candidatechecker.h"

#include "cloudinary/cloudinaryclient.h"
#include "cloudinary/listpageparser.h"

#include <QHash>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

CandidateChecker::CandidateChecker(CloudinaryClient *client, StringPool *pool, ResourceList candidates, int pauseMs,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pool(pool)
    , m_candidates(std::move(candidates))
    , m_pauseMs(pauseMs)
{
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
                     [](const CloudinaryResource &a, const CloudinaryResource &b) { return indexOf(a.type) < indexOf(b.type); });
}

void CandidateChecker::start()
{
    requestBatches();
}

ResourceList CandidateChecker::unchecked() const
{
    ResourceList result;
    for (const auto &[first, end] : m_inFlight + m_retry)
        result += m_candidates.mid(first, end - first);
    result += m_candidates.mid(m_next);
    return result;
}

void CandidateChecker::stop()
{
    m_stopped = true;
}

void CandidateChecker::pause()
{
    m_paused = true;
}

void CandidateChecker::resume()
{
    m_paused = false;
    requestBatches();
}

void CandidateChecker::send(qsizetype first, qsizetype end)
{
    const ResourceType type = m_candidates.at(first).type;
    QUrlQuery query;
    for (qsizetype i = first; i < end; ++i)
        query.addQueryItem(u"public_ids[]"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_candidates.at(i).publicId)));
    query.addQueryItem(u"max_results"_s, QString::number(BatchSize));
    QUrl url = m_client->config().resourcesUrl(type);
    url.setQuery(query);
    m_inFlight.append({first, end});
    m_client->get(url, [this, first, end](const ApiReply &reply) { handleReply(first, end, reply); });
}

void CandidateChecker::requestBatches()
{
    if (m_stopped || m_paused)
        return;
    if (m_candidates.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    while (!m_retry.isEmpty() && m_inFlight.size() < MaxInFlight) {
        const auto [first, end] = m_retry.takeFirst();
        send(first, end);
    }
    while (m_next < m_candidates.size() && m_inFlight.size() < MaxInFlight) {
        const qsizetype first = m_next;
        const ResourceType type = m_candidates.at(first).type;
        qsizetype end = first;
        while (end < m_candidates.size() && end - first < BatchSize && m_candidates.at(end).type == type)
            ++end;
        m_next = end;
        send(first, end);
    }
}

void CandidateChecker::handleReply(qsizetype first, qsizetype end, const ApiReply &reply)
{
    if (m_stopped)
        return;
    if (reply.outcome == ApiReply::Outcome::RateLimited) {
        // Asked again after resume(), if the receiver waits for the budget rather than stopping.
        m_inFlight.removeOne(std::pair{first, end});
        m_retry.append({first, end});
        m_paused = true;
        Q_EMIT failed(ListingFailure::RateLimited, reply.errorMessage);
        return;
    }
    if (reply.outcome != ApiReply::Outcome::Ok) {
        Q_EMIT failed(ListingFailure::Error, reply.errorMessage);
        return;
    }
    const ResourceType type = m_candidates.at(first).type;
    QString error;
    const auto page = parseListPage(reply.body, type, *m_pool, &error);
    if (!page) {
        Q_EMIT failed(ListingFailure::Error, u"Re-checking %1 from the inventory: %2"_s.arg(resourceTypePluralLabel(type), error));
        return;
    }
    const ResourceList listed = page->resources();
    QHash<QString, qsizetype> found;
    for (qsizetype i = 0; i < listed.size(); ++i)
        found.insert(listed.at(i).publicId, i);
    ResourceList present, gone;
    for (qsizetype i = first; i < end; ++i) {
        const CloudinaryResource &candidate = m_candidates.at(i);
        const auto it = found.constFind(candidate.publicId);
        if (it == found.cend())
            gone.append(candidate);
        else
            present.append(listed.at(*it));
    }
    m_inFlight.removeOne(std::pair{first, end});
    Q_EMIT batchChecked(present, gone);
    if (m_stopped)
        return;
    if (hasMoreBatches())
        QTimer::singleShot(m_pauseMs, this, &CandidateChecker::requestBatches);
    else if (m_inFlight.isEmpty())
        Q_EMIT finished(); // the last answer
}

} // namespace Orphanscope
