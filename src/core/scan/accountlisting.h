#pragma once

#include "cloudinary/resourcelister.h"
#include "scan/listingmeeting.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>
#include <functional>
#include <optional>

namespace Orphanscope {

class CloudinaryClient;
class StringPool;

// Where one lister of a listing stands: what a checkpoint keeps to continue it later.
struct ListerState
{
    int id = 0; // unique within one listing, kept across its resumptions
    ResourceType type = ResourceType::Image;
    ListingWindow window;
    QString cursor; // the next page's; empty: from the first page, or none left when done
    bool done = false;
    ListingFrontier frontier = {}; // of a type listed from both ends (ListingMeeting): where this end stands
};

// Lists the account's resource types side by side: one lister per type, or, for parallel
// listing, several per type over equal slices of upload time (bounded by the oldest file, found
// with one extra call, when the scan covers the whole account). Every type is listed at once:
// the same API calls as one after the other, but Cloudinary's latency and the parsing of one
// type's pages overlap with the other's. A type with one lister that goes on for many pages
// gets a second one listing it from its oldest file: the two meet in the middle
// (ListingMeeting). Lives in the scan's worker thread.
class AccountListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListing)

public:
    struct Plan
    {
        QList<ResourceType> types;
        std::function<std::optional<QDateTime>(ResourceType)> startAt; // nullopt: the whole type
        int slicesPerType = 1;
        int bothEndsAfterPages = 0; // ScanSettings::bothEndsAfterPages; 0: one end only
        QDateTime startedAt; // the scan's start; the last slice ends a minute after it
        int pauseMs = 0;
        std::function<bool()> mayRequestAhead; // ResourceLister::setMayRequestAhead
        // A checkpoint's listers: a type that has some is continued from them, not planned anew.
        QList<ListerState> resumeFrom;
    };

    AccountListing(CloudinaryClient *client, StringPool *pool, QObject *parent = nullptr);

    // Emits finished() at once when there is nothing to list.
    void start(const Plan &plan);
    // Ends every listing where it is; no signal follows. The caller aborts the client's calls.
    void stop();
    // Every lister holds its next request back / goes on (ResourceLister::pause).
    void pause();
    void resume();

Q_SIGNALS:
    // moreToCome: the lister that sent this page has a further call to make.
    // `after`: where the lister that sent this page stands now.
    void pageReceived(Orphanscope::ResourceType type, const Orphanscope::ListedFiles &files, bool moreToCome,
                      const Orphanscope::ListerState &after);
    void listerStarted(const Orphanscope::ListerState &state); // a new lister, before its first page
    void typeComplete(Orphanscope::ResourceType type); // every file of that type was listed
    void finished();                                   // every type is complete
    void failed(Orphanscope::ResourceType type, Orphanscope::ListingFailure failure, const QString &message);
    void warning(const QString &message);

private:
    bool resume(ResourceType type, const QList<ListerState> &stored);
    void addLister(ResourceType type, const ListingWindow &window);
    void continueLister(const ListerState &state);
    ResourceLister *createLister(int id, ResourceType type, const ListingWindow &window);
    void listInSlices(ResourceType type, const QDateTime &from);
    void findOldestThenList(ResourceType type);
    void onPage(ResourceType type, const ListedFiles &files);
    bool shouldListFromOldest(const ResourceLister *lister) const;
    void onListerFinished();
    void endLister(ResourceLister *lister);
    void endType(ResourceType type);
    void settle(ResourceType type);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    Plan m_plan;
    QList<QPointer<ResourceLister>> m_listers; // children
    QHash<const ResourceLister *, int> m_ids;
    QSet<const ResourceLister *> m_running;
    // Per type listed by one newest-first lister (the list endpoint's), and then from both ends.
    std::array<std::optional<ListingMeeting>, 3> m_meetings;
    // An oldest-first end was started for the type (it may have met, or been refused since): never another.
    std::array<bool, 3> m_oldestFirstAsked{};
    int m_nextId = 0;
    std::array<int, 3> m_unfinishedByType{};   // listers and probes still running, per type
    int m_active = 0;
    bool m_done = false;
    bool m_paused = false;
};

} // namespace Orphanscope
