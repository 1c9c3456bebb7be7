// A type listed from both ends: every file exactly once, whatever the order of ties, the pages'
// sizes, which end answers when, and where the listing is stopped and resumed.
#include "scan/listingmeeting.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

struct File
{
    std::string publicId;
    qint64 createdAtMSecs = 0;
};

ListedFiles pageOf(const std::vector<File> &files, size_t first, size_t count)
{
    ListedFiles page;
    for (size_t i = first; i < first + count; ++i) {
        const std::string url = "https://res.cloudinary.com/demo/image/upload/v1/" + files[i].publicId + ".jpg";
        ListedFiles::Fields fields;
        fields.publicId = files[i].publicId;
        fields.secureUrl = url;
        fields.createdAtMSecs = files[i].createdAtMSecs;
        page.append(fields);
    }
    return page;
}

// One end of the listing: the account in its order, handed out a page at a time.
struct End
{
    std::vector<File> order;
    size_t next = 0;
    bool done = false;
};

} // namespace

class TestListingMeeting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileOnceWhateverTheSchedule_data()
    {
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("seconds"); // distinct upload times: fewer means more ties
        QTest::addColumn<int>("maxPage");
        QTest::addColumn<bool>("resumes"); // the meeting is rebuilt from the frontiers' ids now and then
        QTest::newRow("no ties") << 300 << 100000 << 7 << false;
        QTest::newRow("ties") << 300 << 40 << 7 << false;
        QTest::newRow("one second") << 120 << 1 << 9 << false;
        QTest::newRow("ties across pages") << 400 << 5 << 3 << false;
        QTest::newRow("ties, resumed") << 300 << 40 << 7 << true;
        QTest::newRow("one second, resumed") << 120 << 1 << 9 << true;
        QTest::newRow("one file") << 1 << 1 << 5 << false;
    }
    void everyFileOnceWhateverTheSchedule()
    {
        QFETCH(int, files);
        QFETCH(int, seconds);
        QFETCH(int, maxPage);
        QFETCH(bool, resumes);
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random(seed);
            std::vector<File> account;
            for (int i = 0; i < files; ++i)
                account.push_back({"file_" + std::to_string(i), 1'700'000'000'000 + qint64(random.bounded(seconds)) * 1000});
            // Newest first, ties by id; oldest first with the ties shuffled: the API promises no order among them.
            End newest{account}, oldest{account};
            std::sort(newest.order.begin(), newest.order.end(), [](const File &a, const File &b) {
                return a.createdAtMSecs != b.createdAtMSecs ? a.createdAtMSecs > b.createdAtMSecs : a.publicId < b.publicId;
            });
            std::shuffle(oldest.order.begin(), oldest.order.end(), std::mt19937(seed));
            std::stable_sort(oldest.order.begin(), oldest.order.end(),
                             [](const File &a, const File &b) { return a.createdAtMSecs < b.createdAtMSecs; });

            ListingMeeting meeting;
            QMultiHash<QString, bool> listed; // public id -> listed by the oldest-first end
            bool met = false;
            while (!met && !(newest.done && oldest.done)) {
                const bool fromOldest = newest.done || (!oldest.done && random.bounded(2) == 1);
                End &end = fromOldest ? oldest : newest;
                const size_t count = std::min(end.order.size() - end.next, size_t(random.bounded(1, maxPage + 1)));
                const ListingMeeting::Trimmed trimmed = meeting.take(fromOldest, pageOf(end.order, end.next, count));
                end.next += count;
                end.done = end.next == end.order.size();
                for (qsizetype i = 0; i < trimmed.files.size(); ++i)
                    listed.insert(QString::fromStdString(std::string(trimmed.files.publicId(i))), fromOldest);
                met = trimmed.met;
                if (end.done && !met)
                    break; // an end that took its last page listed everything the other had not
                if (resumes && random.bounded(4) == 0) {
                    ListingMeeting resumed;
                    for (bool side : {false, true}) {
                        const ListingFrontier &frontier = meeting.frontier(side);
                        if (frontier.isSet())
                            resumed.restore(side, ListingFrontier::restored(frontier.atMSecs(), frontier.publicIds()));
                    }
                    meeting = resumed;
                }
            }
            QCOMPARE(listed.size(), files);
            for (const File &file : account)
                QVERIFY2(listed.count(QString::fromStdString(file.publicId)) == 1, file.publicId.c_str());
        }
    }

    void anEndAloneKeepsEverything()
    {
        std::vector<File> files{{"b", 3000}, {"a", 3000}, {"c", 2000}};
        ListingMeeting meeting;
        const ListingMeeting::Trimmed trimmed = meeting.take(false, pageOf(files, 0, 3));
        QCOMPARE(trimmed.files.size(), 3);
        QVERIFY(!trimmed.met);
        QCOMPARE(meeting.frontier(false).atMSecs(), 2000);
        QCOMPARE(meeting.frontier(false).publicIds(), QStringList{u"c"_s});
        QVERIFY(!meeting.frontier(true).isSet());
    }

    void theOtherEndsFilesAtItsSecondAreLeftOut()
    {
        // The oldest-first end listed "x" and "y" at 5 s; the newest-first end comes down to 5 s.
        ListingMeeting meeting;
        QCOMPARE(meeting.take(true, pageOf({{"w", 4000}, {"x", 5000}, {"y", 5000}}, 0, 3)).files.size(), 3);
        const ListingMeeting::Trimmed trimmed = meeting.take(false, pageOf({{"v", 6000}, {"y", 5000}, {"z", 5000}, {"x", 5000}, {"w", 4000}}, 0, 5));
        QVERIFY(trimmed.met); // at "w": older than 5 s, listed by the other end
        QCOMPARE(trimmed.files.size(), 2);
        QCOMPARE(trimmed.files.publicId(0), "v");
        QCOMPARE(trimmed.files.publicId(1), "z");
        // The frontier of 5 s holds every file this end kept at that second, across pages too.
        QCOMPARE(meeting.frontier(false).atMSecs(), 5000);
        QCOMPARE(meeting.frontier(false).publicIds(), QStringList{u"z"_s});
    }

    void anOldestFirstPageOutOfOrderIsRefused()
    {
        ListingMeeting meeting;
        meeting.take(false, pageOf({{"a", 9000}, {"b", 7000}}, 0, 2));
        const ListingMeeting::Trimmed refused = meeting.take(true, pageOf({{"a", 9000}, {"b", 7000}, {"c", 5000}}, 0, 3));
        QVERIFY(refused.outOfOrder);
        QVERIFY(!refused.met);
        QCOMPARE(refused.files.size(), 0);
        QVERIFY(!meeting.frontier(true).isSet());
        // Ties in either order are in order; the newest-first end is not checked.
        QVERIFY(!meeting.take(true, pageOf({{"c", 5000}, {"d", 5000}, {"e", 6000}}, 0, 3)).outOfOrder);
        QVERIFY(!meeting.take(false, pageOf({{"f", 7000}, {"g", 8000}}, 0, 2)).outOfOrder);
    }

    void aSecondAcrossPagesKeepsItsEarlierFiles()
    {
        ListingMeeting meeting;
        meeting.take(false, pageOf({{"a", 9000}, {"b", 7000}}, 0, 2));
        meeting.take(false, pageOf({{"c", 7000}, {"d", 7000}}, 0, 2));
        QCOMPARE(meeting.frontier(false).publicIds(), (QStringList{u"b"_s, u"c"_s, u"d"_s}));
        QVERIFY(meeting.frontier(false).contains("b"));
        QVERIFY(!meeting.frontier(false).contains("a"));
        meeting.take(false, pageOf({{"e", 6000}}, 0, 1));
        QCOMPARE(meeting.frontier(false).publicIds(), QStringList{u"e"_s});
    }
};

QTEST_GUILESS_MAIN(TestListingMeeting)
#include "tst_listingmeeting.moc"
