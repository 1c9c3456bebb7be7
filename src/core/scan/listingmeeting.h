#pragma once

#include "cloudinary/listedfiles.h"

#include <QStringList>

#include <string_view>

namespace Orphanscope {

// Where one end of a type listed from both ends stands: the upload time of the last file it
// kept, and which files it kept at exactly that time (upload times are whole seconds, so many
// files can share one). Held as the kept page and the start of its tail at that time, so that a
// page costs no copies; turned into public ids only for the checkpoint.
class ListingFrontier
{
public:
    bool isSet() const { return m_set; }
    qint64 atMSecs() const { return m_atMSecs; }
    // Whether this end kept the file `publicId`, uploaded at atMSecs().
    bool contains(std::string_view publicId) const;
    // After this end kept `kept` (in its listing order): the frontier moves to its last file.
    void advance(const ListedFiles &kept);
    // The files kept at atMSecs(), for the checkpoint, and a frontier made from them again.
    QStringList publicIds() const;
    static ListingFrontier restored(qint64 atMSecs, const QStringList &publicIds);
    // The same frontier holding its files' ids instead of the page (to hand to another thread).
    ListingFrontier detached() const { return m_set ? restored(m_atMSecs, ids()) : ListingFrontier(); }

private:
    static ListingFrontier restored(qint64 atMSecs, QList<QByteArray> ids);
    QList<QByteArray> ids() const; // UTF-8
    bool m_set = false;
    qint64 m_atMSecs = 0;
    ListedFiles m_page;         // the last page with a kept file
    qsizetype m_tailStart = 0;  // m_page's files from here on were uploaded at m_atMSecs
    QList<QByteArray> m_before; // files kept at m_atMSecs on earlier pages (or restored)
};

// One resource type listed from both ends at once: newest first (the API's default order) and
// oldest first (direction=asc), each page trimmed to the files the other end has not listed
// yet. An end that reaches a file older (newer) than the other end's frontier has met it:
// every file from there on was listed by the other end, and the type is complete. Files at the
// frontier's own second are told apart by public id, whatever order the API gives them in.
class ListingMeeting
{
public:
    struct Trimmed
    {
        ListedFiles files; // what this end lists that the other has not
        bool met = false;  // this end reached the other: the type is complete
        // An oldest-first page whose files are not in that order (an API that ignored
        // direction=asc): nothing of it was taken, and this end cannot be trusted to meet the other.
        bool outOfOrder = false;
    };

    // A page of the end listing `oldestFirst` (or newest first), in the order it came.
    Trimmed take(bool oldestFirst, const ListedFiles &page);
    const ListingFrontier &frontier(bool oldestFirst) const { return oldestFirst ? m_oldest : m_newest; }
    void restore(bool oldestFirst, ListingFrontier frontier) { (oldestFirst ? m_oldest : m_newest) = std::move(frontier); }

private:
    ListingFrontier m_newest; // of the newest-first end: it listed everything uploaded after this
    ListingFrontier m_oldest; // of the oldest-first end: it listed everything uploaded before this
};

} // namespace Orphanscope
