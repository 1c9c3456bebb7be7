// A listed file's delivery URL is not stored when the file's other fields give it
// (DeliveryUrlShape): every URL must still come back exactly as the listing gave it, through
// ListedFiles, a copy into another list, and the checkpoint's encoding.
#include "cloudinary/listedfiles.h"
#include "util/stringpool.h"

#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::string_view Prefix = "https://res.cloudinary.com/demo/";

struct File
{
    std::string publicId;
    std::string url;
    QString format;
    ResourceType type = ResourceType::Image;
    qint64 version = 1719305903;
};

ListedFiles listOf(const std::vector<File> &files, StringPool &pool)
{
    ListedFiles list;
    for (const File &file : files) {
        ListedFiles::Fields fields;
        fields.publicId = file.publicId;
        fields.secureUrl = file.url;
        fields.format = pool.intern(file.format);
        fields.type = file.type;
        fields.version = file.version;
        fields.createdAtMSecs = file.version * 1000;
        list.append(fields);
    }
    return list;
}

void compareUrls(const ListedFiles &list, const std::vector<File> &files)
{
    QCOMPARE(list.size(), qsizetype(files.size()));
    std::string scratch;
    for (size_t i = 0; i < files.size(); ++i) {
        QCOMPARE(list.secureUrl(qsizetype(i), scratch), std::string_view(files[i].url));
        QCOMPARE(list.resource(qsizetype(i)).secureUrl, QString::fromStdString(files[i].url));
        QCOMPARE(list.publicId(qsizetype(i)), std::string_view(files[i].publicId));
    }
}

std::string usualUrl(std::string_view prefix, std::string_view type, qint64 version, std::string_view id, std::string_view format)
{
    std::string url = std::string(prefix).append(type).append("/upload/v").append(std::to_string(version)).append("/").append(id);
    return format.empty() ? url : url.append(".").append(format);
}

// Files of the usual shape and every way a URL can miss it by a little.
std::vector<File> mixedFiles()
{
    std::vector<File> files{
        {"cat", usualUrl(Prefix, "image", 1719305903, "cat", "jpg"), u"jpg"_s},
        {"folder/café_1", usualUrl(Prefix, "image", 1719305903, "folder/café_1", "png"), u"png"_s},
        {"clip", usualUrl(Prefix, "video", 1719305903, "clip", "mp4"), u"mp4"_s, ResourceType::Video},
        {"notes.txt", usualUrl(Prefix, "raw", 1719305903, "notes.txt", ""), QString(), ResourceType::Raw},
        // another host, a leading zero, another version, another id, another format, no extension,
        // an extension for a file without a format, the wrong type, a private file, no URL at all
        {"a", usualUrl("https://cdn.example.com/demo/", "image", 1719305903, "a", "jpg"), u"jpg"_s},
        {"b", usualUrl(Prefix, "image", 1719305903, "b", "jpg").replace(46, 0, "0"), u"jpg"_s},
        {"c", usualUrl(Prefix, "image", 1719305904, "c", "jpg"), u"jpg"_s},
        {"d", usualUrl(Prefix, "image", 1719305903, "dd", "jpg"), u"jpg"_s},
        {"e", usualUrl(Prefix, "image", 1719305903, "e", "jpeg"), u"jpg"_s},
        {"f", usualUrl(Prefix, "image", 1719305903, "f", ""), u"jpg"_s},
        {"g", usualUrl(Prefix, "raw", 1719305903, "g", "bin"), QString(), ResourceType::Raw},
        {"h", usualUrl(Prefix, "video", 1719305903, "h", "jpg"), u"jpg"_s},
        {"i", std::string(Prefix) + "image/private/s--x--/v1719305903/i.jpg", u"jpg"_s},
        {"j", std::string(), u"jpg"_s},
        {"k", usualUrl(Prefix, "image", 1719305903, "k", "jpg") + "?x=1", u"jpg"_s},
    };
    return files;
}

} // namespace

class TestListedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usualUrlsAreNotStored()
    {
        StringPool pool;
        const std::vector<File> files{{"cat", usualUrl(Prefix, "image", 7, "cat", "jpg"), u"jpg"_s, ResourceType::Image, 7},
                                      {"dog/puppy", usualUrl(Prefix, "image", 1719305903, "dog/puppy", "gif"), u"gif"_s}};
        const ListedFiles list = listOf(files, pool);
        QCOMPARE(list.textSize(), qsizetype(std::string_view("catdog/puppy").size())); // the ids alone
        compareUrls(list, files);
    }

    void otherUrlsComeBackAsTheyWere()
    {
        StringPool pool;
        const std::vector<File> files = mixedFiles();
        compareUrls(listOf(files, pool), files);
    }

    void aFirstUrlOfAnotherShapeSetsNoPrefix()
    {
        StringPool pool;
        std::vector<File> files{{"x", "https://example.com/elsewhere/x.jpg", u"jpg"_s}};
        const std::vector<File> usual = mixedFiles();
        files.insert(files.end(), usual.begin(), usual.end());
        compareUrls(listOf(files, pool), files);
    }

    void copiesBetweenListsOfDifferentPrefixes()
    {
        StringPool pool;
        const std::vector<File> first = mixedFiles();
        const std::vector<File> second{{"z", usualUrl("http://127.0.0.1:8080/sandbox/", "image", 7, "z", "png"), u"png"_s}};
        const ListedFiles a = listOf(first, pool);
        const ListedFiles b = listOf(second, pool);
        ListedFiles joined;
        std::vector<File> expected;
        for (qsizetype i = 0; i < b.size(); ++i) {
            joined.append(b, i);
            expected.push_back(second[size_t(i)]);
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            joined.append(a, i);
            expected.push_back(first[size_t(i)]);
        }
        compareUrls(joined, expected);
        ListedFiles same; // the same prefix: URLs stay derived
        for (qsizetype i = 0; i < a.size(); ++i)
            same.append(a, i);
        compareUrls(same, first);
        QCOMPARE(same.textSize(), a.textSize());
    }

    void checkpointEncodingKeepsEveryUrl()
    {
        StringPool pool;
        const std::vector<File> files = mixedFiles();
        const ListedFiles list = listOf(files, pool);
        const auto decoded = ListedFiles::decode(list.encode(), pool);
        QVERIFY(decoded);
        compareUrls(*decoded, files);
        QCOMPARE(decoded->textSize(), list.textSize());
        QCOMPARE(decoded->encode(), list.encode());
    }

    // The parser hands formats and folders over as the response's bytes: each file gets the
    // string the pool would have given, in a page of a few, of many (past the list's small set),
    // and for bytes that are not valid UTF-8.
    void formatsAndFoldersFromBytesAreThePoolsStrings()
    {
        std::vector<std::pair<std::string, std::string>> kinds = {
            {"jpg", "shop"}, {"png", "shop"}, {"jpg", "blog/2024"}, {"", ""}, {"webp", "caf\xc3\xa9"}, {"jpg", "bad\xff\xfe"}, {"jpg", "bad\xff\xfe"}};
        for (int i = 0; i < 40; ++i)
            kinds.emplace_back(i % 2 ? "png" : "gif", "folder-" + std::to_string(i % 25));
        kinds.emplace_back("jpg", "shop");
        kinds.emplace_back("png", "bad\xff\xfe");
        StringPool bytePool;
        StringPool stringPool;
        ListedFiles fromBytes;
        ListedFiles fromStrings;
        std::vector<std::string> ids;
        ids.reserve(kinds.size());
        for (size_t i = 0; i < kinds.size(); ++i) {
            ids.push_back("file-" + std::to_string(i));
            ListedFiles::Fields fields;
            fields.publicId = ids.back();
            fields.version = 1;
            fromBytes.append(fields, kinds[i].first, kinds[i].second, bytePool);
            fields.format = stringPool.intern(std::string_view(kinds[i].first));
            fields.folder = stringPool.intern(std::string_view(kinds[i].second));
            fromStrings.append(fields);
        }
        QCOMPARE(fromBytes.size(), qsizetype(kinds.size()));
        for (qsizetype i = 0; i < fromBytes.size(); ++i) {
            const CloudinaryResource byBytes = fromBytes.resource(i);
            const CloudinaryResource byStrings = fromStrings.resource(i);
            QCOMPARE(byBytes.format, QString::fromUtf8(kinds[size_t(i)].first));
            QCOMPARE(byBytes.folder, QString::fromUtf8(kinds[size_t(i)].second));
            QCOMPARE(byBytes.format, byStrings.format);
            QCOMPARE(byBytes.folder, byStrings.folder);
        }
        QCOMPARE(fromBytes.encode(), fromStrings.encode());
        QCOMPARE(bytePool.size(), stringPool.size());
    }

    void shapeMatchesOnlyItsOwnSpelling()
    {
        const DeliveryUrlShape shape(Prefix);
        std::string url;
        shape.write(url, ResourceType::Video, 42, "a/b", "webm");
        QCOMPARE(url, std::string(Prefix) + "video/upload/v42/a/b.webm");
        QVERIFY(shape.matches(url, ResourceType::Video, 42, "a/b", "webm"));
        QVERIFY(!shape.matches(url, ResourceType::Image, 42, "a/b", "webm"));
        QVERIFY(!shape.matches(url, ResourceType::Video, 4, "a/b", "webm"));
        QVERIFY(!shape.matches(url, ResourceType::Video, 42, "a", "b.webm")); // ids may hold dots: the split is the fields'
        QVERIFY(!shape.matches(url, ResourceType::Video, 42, "a/b", ""));
        QVERIFY(!shape.matches(std::string(Prefix) + "video/upload/v9999999999999999999/a/b.webm", ResourceType::Video, 42, "a/b", "webm"));
        QVERIFY(!DeliveryUrlShape().matches(url, ResourceType::Video, 42, "a/b", "webm"));
        QCOMPARE(DeliveryUrlShape::prefixOf(url, ResourceType::Video), std::optional<std::string_view>(Prefix));
        QCOMPARE(DeliveryUrlShape::prefixOf(url, ResourceType::Image), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestListedFiles)
#include "tst_listedfiles.moc"
