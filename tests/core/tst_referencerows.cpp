// The reference reader's row sources below the Qt drivers: COPY's text format as PostgreSQL
// writes it (escapes, NULL, the field count), the reference set's arena and copies, and
// peekNextCursor beside the full page parser.
#include "cloudinary/listpageparser.h"
#include "database/prefetchingadder.h"
#include "database/publicidtable.h"
#include "database/referencerows.h"
#include "database/referenceset.h"
#include "scan/orphandetector.h"
#include "util/hugepageallocator.h"
#include "util/stringpool.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestReferenceRows : public QObject
{
    Q_OBJECT

    static QString field(const CopyTextRow &row, int column)
    {
        const std::string_view text = row.text(column);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

private Q_SLOTS:
    void copyTextFormat()
    {
        CopyTextRow row;
        QVERIFY(row.parse("image/upload/v1/a.jpg\t\\N\t42\n", 3));
        QCOMPARE(field(row, 0), u"image/upload/v1/a.jpg"_s);
        QVERIFY(row.isNull(1));
        QVERIFY(!row.isNull(2));
        QCOMPARE(field(row, 2), u"42"_s);

        // Every escape COPY writes, and octal and hex forms it may.
        QVERIFY(row.parse("a\\tb\\nc\\\\d\\re\\bf\\fg\\vh\t\\101\\x42\\x4a\\7\t\\\\N\tcaf\xc3\xa9", 4));
        QCOMPARE(field(row, 0), u"a\tb\nc\\d\re\bf\fg\vh"_s);
        QCOMPARE(field(row, 1), u"ABJ\a"_s);
        QVERIFY(!row.isNull(2)); // an escaped backslash and N: the text \N, not NULL
        QCOMPARE(field(row, 2), u"\\N"_s);
        QCOMPARE(field(row, 3), u"café"_s);

        // The same row object, a row with fewer escapes: nothing of the last row remains.
        QVERIFY(row.parse("x\t\t\\N\ty", 4));
        QCOMPARE(field(row, 0), u"x"_s);
        QCOMPARE(field(row, 1), QString());
        QVERIFY(!row.isNull(1));
        QVERIFY(row.isNull(2));

        QVERIFY(!row.parse("only\ttwo", 3));
        QVERIFY(!row.parse("one\ttwo\tthree\tfour", 3));
    }

    void referenceSetKeepsBytesAndSharesCopies()
    {
        ReferenceSet set;
        QVERIFY(set.add(ResourceType::Image, std::string_view("a/cat")));
        QVERIFY(!set.add(ResourceType::Image, u"a/cat"_s)); // the same id from a QString
        QVERIFY(set.addCandidate(ResourceType::Image, std::string_view("b/dog")));
        const std::string longId(400'000, 'x'); // larger than an arena block's quarter
        QVERIFY(set.add(ResourceType::Video, std::string_view(longId)));
        QVERIFY(set.contains(ResourceType::Video, std::string_view(longId)));
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.fieldCount(), 2);

        const ReferenceSet copy = set; // shares until one side changes
        QVERIFY(set.match(ResourceType::Image, u"a/cat"_s));
        QCOMPARE(set.unmatched({ResourceType::Image, ResourceType::Video}).size(), 1);
        QCOMPARE(copy.unmatched({ResourceType::Image, ResourceType::Video}).size(), 2); // the copy saw no match
        QVERIFY(!set.add(ResourceType::Image, std::string_view("a/cat"))); // a duplicate takes no arena space
        QVERIFY(set.contains(ResourceType::Image, u"b/dog"_s));
        QVERIFY(!set.contains(ResourceType::Raw, u"a/cat"_s));
    }

    // Ids kept inline in the table's slot (up to 22 bytes) and in the arena (longer) behave alike,
    // at the edge between the two too, NUL bytes and all; a copy keeps them apart.
    void shortAndLongIdsAlike()
    {
        ReferenceSet set;
        std::vector<std::string> ids;
        for (size_t length = 1; length <= 40; ++length) {
            std::string id(length, 'a');
            id[length / 2] = char('0' + length % 10);
            if (length == 22 || length == 23)
                id[0] = '\0';
            ids.push_back(id);
            QVERIFY(set.add(ResourceType::Image, std::string_view(id)));
        }
        for (const std::string &id : ids) {
            QVERIFY(!set.add(ResourceType::Image, std::string_view(id))); // a duplicate, short or long
            QVERIFY(set.contains(ResourceType::Image, std::string_view(id)));
            QVERIFY(!set.contains(ResourceType::Video, std::string_view(id)));
            QVERIFY(!set.contains(ResourceType::Image, std::string_view(id).substr(1)));
        }
        QCOMPARE(set.size(), 40);
        const ReferenceSet copy = set;
        for (size_t i = 0; i < ids.size(); i += 2)
            QVERIFY(set.match(ResourceType::Image, std::string_view(ids[i])));
        QCOMPARE(set.unmatched({ResourceType::Image}).size(), 20);
        QCOMPARE(copy.unmatched({ResourceType::Image}).size(), 40);
        QList<QByteArray> back = set.unmatched({ResourceType::Image}).ids(ResourceType::Image);
        std::sort(back.begin(), back.end());
        QList<QByteArray> expected;
        for (size_t i = 1; i < ids.size(); i += 2)
            expected.append(QByteArray(ids[i].data(), qsizetype(ids[i].size())));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(back, expected);
    }

    // A table big enough for huge pages (past 2 MiB) grows, copies and matches like a small one.
    void bigTablesAlike()
    {
        HugePageAllocator<quint64> allocator;
        const size_t count = (size_t(5) << 20) / sizeof(quint64);
        quint64 *big = allocator.allocate(count);
        QCOMPARE(reinterpret_cast<quintptr>(big) % HugePageAllocator<quint64>::HugePage, quintptr(0));
        QVERIFY(HugePageAllocator<quint64>::isZeroed(count));
        QVERIFY(std::all_of(big, big + count, [](quint64 word) { return word == 0; })); // a table starts empty without clearing
        std::fill(big, big + count, quint64(7));
        QCOMPARE(big[count - 1], quint64(7));
        allocator.deallocate(big, count);
        quint64 *small = allocator.allocate(16);
        small[15] = 1;
        allocator.deallocate(small, 16);

        ReferenceSet set; // grows from nothing through several huge-page tables
        const int ids = 300000;
        for (int i = 0; i < ids; ++i)
            QVERIFY(set.add(ResourceType::Image, std::string_view(std::to_string(i) + (i % 7 ? "" : "/a-long-folder-name/x"))));
        const ReferenceSet copy = set;
        for (int i = 0; i < ids; i += 2)
            QVERIFY(set.match(ResourceType::Image, std::string_view(std::to_string(i) + (i % 7 ? "" : "/a-long-folder-name/x"))));
        QVERIFY(!set.contains(ResourceType::Image, std::string_view(std::to_string(ids))));
        QCOMPARE(set.size(), ids);
        QCOMPARE(set.unmatched({ResourceType::Image}).size(), ids / 2);
        QCOMPARE(copy.unmatched({ResourceType::Image}).size(), ids);
    }

    // Ids taken from one table in its slot order and put into a second one that grows on the
    // way: with one hash for both they would pile up in runs thousands of slots long (a quadratic
    // fill), each table's own seed keeps the runs as short as in the first.
    void tablesFilledFromAnotherStayShort()
    {
        IdArena arena;
        PublicIdTable first;
        for (int i = 0; i < 200000; ++i)
            QVERIFY(first.insert(std::string_view("prompts/" + std::to_string(i)), 0, arena).second);
        PublicIdTable second;
        size_t runWhileGrowing = 0;
        first.forEach([&](const IdSlot &slot) {
            QVERIFY(second.insert(slot.view(), slot.flags(), arena).second);
            if (second.size() == 90000) // second is smaller than first here, and nearly full
                runWhileGrowing = second.longestRun();
        });
        QCOMPARE(second.size(), first.size());
        QVERIFY2(first.longestRun() < 200, QByteArray::number(qulonglong(first.longestRun())));
        QVERIFY2(runWhileGrowing < 200, QByteArray::number(qulonglong(runWhileGrowing)));
        QVERIFY(second.find(std::string_view("prompts/199999")));
        QVERIFY(!second.find(std::string_view("prompts/200000")));
    }

    // References added a few behind count as new exactly as add() in order would, duplicates
    // closer together than the look-ahead and farther apart alike.
    void prefetchingAdderCountsLikeAdd()
    {
        std::vector<std::pair<ResourceType, std::string>> values;
        for (int i = 0; i < 1000; ++i) {
            values.emplace_back(i % 3 ? ResourceType::Image : ResourceType::Video, "a/" + std::to_string(i % 97));
            values.emplace_back(ResourceType::Image, "b/" + std::to_string(i % 5)); // repeats within the look-ahead
        }
        ReferenceSet inOrder;
        qsizetype expected = 0;
        for (const auto &[type, id] : values)
            expected += inOrder.add(type, std::string_view(id)) ? 1 : 0;
        ReferenceSet behind;
        PrefetchingAdder adder(behind);
        for (const auto &[type, id] : values)
            adder.add(type, id);
        QCOMPARE(adder.flush(), expected);
        QCOMPARE(behind.size(), inOrder.size());
        QCOMPARE(behind.fieldCount(), inOrder.fieldCount());
        for (const auto &[type, id] : values)
            QVERIFY(behind.contains(type, std::string_view(id)));
        QCOMPARE(adder.flush(), 0); // nothing held, nothing new
    }

    // The union of the sites' databases: into an empty set the other is taken whole (moved or
    // shared), otherwise entries merge with what each side knew (matched, from a field).
    void unionKeepsWhatEachSideKnew()
    {
        ReferenceSet first;
        first.add(ResourceType::Image, std::string_view("a/cat"));
        first.addCandidate(ResourceType::Image, std::string_view("from/text"));
        QVERIFY(first.match(ResourceType::Image, std::string_view("a/cat")));

        ReferenceSet moved;
        ReferenceSet source = first;
        moved.unite(std::move(source));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.fieldCount(), 1);
        QCOMPARE(moved.unmatched({ResourceType::Image}).size(), 0); // the match came along

        ReferenceSet shared;
        shared.unite(first);
        QVERIFY(shared.add(ResourceType::Video, std::string_view("v/1"))); // changes the union only
        QCOMPARE(first.size(), 2);
        QCOMPARE(shared.size(), 3);

        ReferenceSet second;
        second.add(ResourceType::Image, std::string_view("from/text")); // a field value elsewhere
        second.add(ResourceType::Raw, std::string_view("doc.pdf"));
        second.unite(first);
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.fieldCount(), 3); // from/text is a field value in one of them
        QCOMPARE(second.unmatched({ResourceType::Image, ResourceType::Raw}).size(), 2); // a/cat was matched
        QVERIFY(second.contains(ResourceType::Raw, u"doc.pdf"_s));
    }

    // A listed page matched with each id's slot and long bytes loaded ahead: every reference is
    // found, short and long ids alike, also when the first match copies a set shared with another
    // (the copy hashes with a seed of its own, the lookups made ahead were for the shared one).
    void pageMatchedAheadFindsEveryReference()
    {
        ReferenceSet references;
        std::vector<std::string> ids;
        for (int i = 0; i < 3000; ++i) {
            ids.push_back(i % 2 ? "s" + std::to_string(i) : "a/folder/long/enough/to/be/kept/apart/" + std::to_string(i));
            if (i % 3)
                references.add(i % 5 ? ResourceType::Image : ResourceType::Video, std::string_view(ids.back()));
        }
        const ReferenceSet shared = references;
        ListedFiles page;
        for (int i = 0; i < 3000; ++i) {
            ListedFiles::Fields fields;
            fields.publicId = ids[size_t(i)];
            fields.type = i % 5 ? ResourceType::Image : ResourceType::Video;
            page.append(fields);
        }
        ListedFiles wrongType; // the same ids as the other type: no match
        ListedFiles::Fields video;
        video.publicId = ids[1];
        video.type = ResourceType::Video;
        wrongType.append(video);
        OrphanDetector detector(references);
        detector.classify(page);
        detector.classify(wrongType);
        QCOMPARE(detector.summaries()[0].valid + detector.summaries()[1].valid, 2000);
        const ResourceList orphans = detector.takeOrphans();
        QCOMPARE(orphans.size(), 1001);
        for (const CloudinaryResource &orphan : orphans)
            QVERIFY(!shared.contains(orphan.type, orphan.publicId));
        QCOMPARE(references.unmatched({ResourceType::Image, ResourceType::Video}).size(), 0);
        QCOMPARE(shared.unmatched({ResourceType::Image, ResourceType::Video}).size(), 2000); // the copy kept its own marks
    }

    void peekedCursorEqualsTheParsedOne_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cursor after") << QByteArray(R"({"resources":[{"public_id":"a","next_cursor":"inside"}],"next_cursor":"abc"})");
        QTest::newRow("cursor first") << QByteArray(R"({"next_cursor":"x\u0041","resources":[]})");
        QTest::newRow("last page") << QByteArray(R"({"resources":[{"public_id":"a"}]})");
        QTest::newRow("null cursor") << QByteArray(R"({"resources":[],"next_cursor":null})");
        // Found by fuzz_list_page: a repeated key, the last one not a string. Both read no cursor
        // (the peek had kept the first, and the lister would have called the answer malformed).
        QTest::newRow("repeated, then a number") << QByteArray(R"({"other":[],"next_cursor":"f42a23","resources":[],"next_cursor":4})");
        QTest::newRow("repeated strings") << QByteArray(R"({"next_cursor":"one","resources":[],"next_cursor":"two"})");
    }
    void peekedCursorEqualsTheParsedOne()
    {
        QFETCH(QByteArray, body);
        StringPool pool;
        QString error;
        const auto page = parseListPage(body, ResourceType::Image, pool, &error);
        QVERIFY2(page, qPrintable(error));
        const auto peeked = peekNextCursor(body);
        QVERIFY(peeked);
        QCOMPARE(*peeked, page->nextCursor);
    }

    void peekRefusesWhatIsNotAListPage()
    {
        QVERIFY(!peekNextCursor("<html>"));
        QVERIFY(!peekNextCursor(R"({"next_cursor":"a"})"));
        QVERIFY(!peekNextCursor(""));
    }
};

QTEST_GUILESS_MAIN(TestReferenceRows)
#include "tst_referencerows.moc"
