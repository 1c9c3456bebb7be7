#include "scan/accountlisting.h"

#include "cloudinary/cloudinaryclient.h"
#include "cloudinary/listpageparser.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

AccountListing::AccountListing(CloudinaryClient *client, StringPool *pool, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pool(pool)
{
}

void AccountListing::start(const Plan &plan)
{
    m_plan = plan;
    for (const ListerState &state : std::as_const(m_plan.resumeFrom))
        m_nextId = std::max(m_nextId, state.id + 1);
    QList<ResourceType> completeTypes;
    for (ResourceType type : std::as_const(m_plan.types)) {
        QList<ListerState> stored;
        for (const ListerState &state : std::as_const(m_plan.resumeFrom)) {
            if (state.type == type)
                stored.append(state);
        }
        if (!stored.isEmpty()) {
            if (!resume(type, stored))
                completeTypes.append(type);
            continue;
        }
        const std::optional<QDateTime> startAt = m_plan.startAt(type);
        if (m_plan.slicesPerType <= 1) {
            m_meetings[indexOf(type)].emplace();
            addLister(type, {startAt, std::nullopt, false});
        } else if (startAt) {
            listInSlices(type, *startAt);
        } else {
            findOldestThenList(type);
        }
    }
    for (ResourceType type : std::as_const(completeTypes))
        Q_EMIT typeComplete(type);
    if (m_active == 0 && !m_done) {
        m_done = true;
        Q_EMIT finished();
    }
}

// Continues a type's stored listers; false when they had listed all of it. Listed from both
// ends, the type is complete once either end is done (it met the other or took the last page).
bool AccountListing::resume(ResourceType type, const QList<ListerState> &stored)
{
    const bool bothEnds = std::any_of(stored.cbegin(), stored.cend(), [](const ListerState &s) { return s.window.oldestFirst; });
    if (bothEnds && std::any_of(stored.cbegin(), stored.cend(), [](const ListerState &s) { return s.done; }))
        return false;
    if (bothEnds || (stored.size() == 1 && !stored.constFirst().window.viaSearch)) {
        std::optional<ListingMeeting> &meeting = m_meetings[indexOf(type)];
        meeting.emplace();
        for (const ListerState &state : stored) {
            if (state.frontier.isSet())
                meeting->restore(state.window.oldestFirst, state.frontier);
        }
        m_oldestFirstAsked[indexOf(type)] = bothEnds;
    }
    for (const ListerState &state : stored) {
        if (!state.done)
            continueLister(state);
    }
    return m_unfinishedByType[indexOf(type)] > 0;
}

void AccountListing::stop()
{
    m_done = true;
    for (ResourceLister *lister : std::as_const(m_listers)) {
        if (lister)
            lister->stop();
    }
}

void AccountListing::pause()
{
    m_paused = true;
    for (ResourceLister *lister : std::as_const(m_listers)) {
        if (lister)
            lister->pause();
    }
}

void AccountListing::resume()
{
    m_paused = false;
    for (ResourceLister *lister : std::as_const(m_listers)) {
        if (lister)
            lister->resume();
    }
}

void AccountListing::addLister(ResourceType type, const ListingWindow &window)
{
    if (window.oldestFirst)
        m_oldestFirstAsked[indexOf(type)] = true;
    const int id = m_nextId++;
    ResourceLister *lister = createLister(id, type, window);
    Q_EMIT listerStarted({id, type, window, {}, false});
    lister->start();
}

void AccountListing::continueLister(const ListerState &state)
{
    createLister(state.id, state.type, state.window)->start(state.cursor);
}

ResourceLister *AccountListing::createLister(int id, ResourceType type, const ListingWindow &window)
{
    auto *lister = new ResourceLister(m_client, m_pool, type, window, m_plan.pauseMs, this);
    m_ids.insert(lister, id);
    m_running.insert(lister);
    connect(lister, &ResourceLister::pageReceived, this, &AccountListing::onPage);
    connect(lister, &ResourceLister::warning, this, &AccountListing::warning);
    connect(lister, &ResourceLister::finished, this, &AccountListing::onListerFinished);
    connect(lister, &ResourceLister::failed, this, &AccountListing::failed);
    lister->setMayRequestAhead(m_plan.mayRequestAhead);
    m_listers.append(lister);
    if (m_paused)
        lister->pause();
    ++m_active;
    ++m_unfinishedByType[indexOf(type)];
    return lister;
}

void AccountListing::listInSlices(ResourceType type, const QDateTime &from)
{
    // Equal spans of upload time up to a minute past the start (clocks differ a little).
    const QDateTime until = m_plan.startedAt.addSecs(60);
    const qint64 span = std::max<qint64>(1, from.secsTo(until));
    const int slices = m_plan.slicesPerType;
    for (int i = 0; i < slices; ++i) {
        const QDateTime begin = from.addSecs(span * i / slices);
        const QDateTime end = i + 1 == slices ? until : from.addSecs(span * (i + 1) / slices);
        addLister(type, {begin, end, true});
    }
}

void AccountListing::findOldestThenList(ResourceType type)
{
    // The oldest file bounds the slices of a whole-account scan: one extra call for this type.
    ++m_active;
    ++m_unfinishedByType[indexOf(type)];
    QUrl url = m_client->config().resourcesUrl(type);
    url.setQuery(u"max_results=1&direction=asc"_s);
    m_client->get(url, [this, type](const ApiReply &reply) {
        if (m_done)
            return;
        QString error;
        const auto page = reply.outcome == ApiReply::Outcome::Ok ? parseListPage(reply.body, type, *m_pool, &error) : std::nullopt;
        if (!page) {
            Q_EMIT failed(type, reply.outcome == ApiReply::Outcome::RateLimited ? ListingFailure::RateLimited : ListingFailure::Error,
                          reply.outcome == ApiReply::Outcome::Ok ? error : reply.errorMessage);
            return;
        }
        if (!page->files.isEmpty())
            listInSlices(type, QDateTime::fromMSecsSinceEpoch(page->files.createdAtMSecs(0), Qt::UTC));
        settle(type); // the probe itself
    });
}

void AccountListing::onPage(ResourceType type, const ListedFiles &files)
{
    auto *lister = qobject_cast<ResourceLister *>(sender());
    Q_ASSERT(lister);
    ListerState after{m_ids.value(lister), type, lister->window(), lister->nextCursor(), !lister->hasMorePages(), {}};
    bool moreToCome = lister->hasMorePages();
    std::optional<ListingMeeting> &meeting = m_meetings[indexOf(type)];
    if (!meeting) {
        Q_EMIT pageReceived(type, files, moreToCome, after);
        return;
    }
    const bool oldestFirst = lister->window().oldestFirst;
    const ListingMeeting::Trimmed trimmed = meeting->take(oldestFirst, files);
    if (trimmed.outOfOrder) {
        // Its page is not passed on: the checkpoint keeps this end where it was, so a resumed
        // scan tries it again and drops it again, and the type is complete when the other is done.
        endLister(lister);
        Q_EMIT warning(u"Cloudinary did not list the %1 oldest first as asked (direction=asc): they are listed newest first only"_s
                           .arg(resourceTypePluralLabel(type)));
        return;
    }
    after.frontier = meeting->frontier(oldestFirst);
    if (trimmed.met) {
        moreToCome = false;
        after.cursor.clear();
        after.done = true;
    }
    Q_EMIT pageReceived(type, trimmed.files, moreToCome, after);
    if (trimmed.met)
        endType(type);
    else if (shouldListFromOldest(lister))
        addLister(type, {lister->window().from, std::nullopt, false, true});
}

bool AccountListing::shouldListFromOldest(const ResourceLister *lister) const
{
    const int type = indexOf(lister->type());
    return m_plan.bothEndsAfterPages > 0 && !m_oldestFirstAsked[type] && !m_done && m_running.contains(lister)
        && lister->hasMorePages() && lister->pages() >= m_plan.bothEndsAfterPages && (!m_plan.mayRequestAhead || m_plan.mayRequestAhead());
}

void AccountListing::onListerFinished()
{
    auto *lister = qobject_cast<ResourceLister *>(sender());
    Q_ASSERT(lister);
    endLister(lister);
    // A type with a meeting has one lister or two ends: the one that took the last page listed
    // everything the other had not. (Slices of --parallel each list their own part.)
    if (m_meetings[indexOf(lister->type())])
        endType(lister->type());
}

void AccountListing::endLister(ResourceLister *lister)
{
    if (!m_running.remove(lister))
        return;
    lister->stop();
    settle(lister->type());
}

void AccountListing::endType(ResourceType type)
{
    for (ResourceLister *lister : std::as_const(m_listers)) {
        if (lister && lister->type() == type)
            endLister(lister);
    }
}

void AccountListing::settle(ResourceType type)
{
    // A lister that ends after stop() still completes its type: it took its last page.
    if (m_active > 0) {
        --m_active;
        if (--m_unfinishedByType[indexOf(type)] == 0)
            Q_EMIT typeComplete(type);
    }
    if (m_active > 0 || m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

} // namespace Orphanscope
