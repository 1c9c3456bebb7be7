#include "cloudinary/listpagefields.h"
#include "cloudinary/listpageparser.h"
#include "cloudinary/trailingcursor.h"
#include "listpagefixtures.h"
#include "util/stringpool.h"

#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestListPageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDocumentedFields()
    {
        const QByteArray body = DocumentedPage;
        StringPool pool;
        QString error;
        const auto page = parseListPage(body, ResourceType::Image, pool, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->resources().size(), 1);
        const CloudinaryResource &r = page->resources().constFirst();
        QCOMPARE(r.publicId, u"folder/cat"_s);
        QCOMPARE(r.format, u"jpg"_s);
        QCOMPARE(r.folder, u"folder"_s);
        QCOMPARE(r.bytes, 120253);
        QCOMPARE(r.version, 1719305903);
        QCOMPARE(r.width, 864);
        QCOMPARE(r.type, ResourceType::Image);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.createdAtMSecs, Qt::UTC).toString(Qt::ISODate), u"2024-06-25T08:58:23Z"_s);
        QCOMPARE(r.secureUrl, u"https://res.cloudinary.com/demo/image/upload/v1719305903/folder/cat.jpg"_s);
        QCOMPARE(page->nextCursor, u"8edbc61040178db60b0973ca9494bf3a"_s);
        QVERIFY(page->warnings.isEmpty());
    }

    void toleratesMissingAndNullFields()
    {
        const QByteArray body = NullFieldsPage;
        StringPool pool;
        QString error;
        const auto page = parseListPage(body, ResourceType::Raw, pool, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->resources().size(), 2);
        QCOMPARE(page->resources().at(0).format, QString());
        QCOMPARE(page->resources().at(0).folder, u"docs"_s);
        QCOMPARE(page->resources().at(0).type, ResourceType::Raw);
        QCOMPARE(page->resources().at(1).bytes, 0);
        QCOMPARE(page->resources().at(1).createdAtMSecs, 0);
        QVERIFY(page->nextCursor.isEmpty());
        QCOMPARE(page->warnings.size(), 1);
        QVERIFY(page->warnings.constFirst().contains(u"2 listed raw files without a public_id"_s));
    }

    // Keys are named from the body's bytes without unescaping them: a known name spelt with an
    // escape is still that field, a longer or shorter key is another one, and numbers the API does
    // not send (negative, fractional, with an exponent) read as they did through simdjson.
    void namesKeysAsWrittenOrEscaped()
    {
        const QByteArray body = "{\"resources\":["
                                "{\"public\\u005fid\":\"a\",\"by\\u0074es\":-5,\"width\":12.9,\"height\":3e2,"
                                "\"\\u0066ormat\":\"png\",\"url\":\"u\\/1\"},"
                                "{\"public_id\":\"b\",\"public_idx\":\"x\",\"forma\":\"no\",\"format \":\"no\",\"bytes\":18446744073709551615,"
                                "\"version\" : 7 ,\"p\":1,\"folder\":\"f\\u00fc\"}],\"next_cursor\":null}";
        StringPool pool;
        QString error;
        const auto page = parseListPage(body, ResourceType::Image, pool, &error);
        QVERIFY2(page, qPrintable(error));
        const ResourceList resources = page->resources();
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(0).publicId, u"a"_s);
        QCOMPARE(resources.at(0).bytes, -5);
        QCOMPARE(resources.at(0).width, 12);
        QCOMPARE(resources.at(0).height, 300);
        QCOMPARE(resources.at(0).format, u"png"_s);
        QCOMPARE(resources.at(0).secureUrl, u"u/1"_s);
        QCOMPARE(resources.at(1).publicId, u"b"_s);
        QCOMPARE(resources.at(1).format, QString());
        QCOMPARE(resources.at(1).bytes, 0); // out of range
        QCOMPARE(resources.at(1).version, 7);
        QCOMPARE(resources.at(1).folder, u"f\u00fc"_s);
    }

    // The upload time's own reader agrees with QDateTime on every day of eight centuries (leap
    // days and centuries among them) and refuses what is no time of day or no date.
    void readsUploadTimesAsQtDoes()
    {
        for (QDate date(1600, 1, 1); date.year() < 2400; date = date.addDays(1)) {
            const QDateTime time(date, QTime(date.day() % 24, date.month() * 4, date.dayOfYear() % 60), Qt::UTC);
            const QByteArray text = time.toString(Qt::ISODate).toLatin1();
            QCOMPARE(ListPageFields::parseCreatedAt({text.constData(), size_t(text.size())}), time.toMSecsSinceEpoch());
        }
        for (const char *text : {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z",
                                 "2024-00-10T00:00:00Z", "2024-06-00T00:00:00Z", "2024-06-25T25:00:00Z", "2024-06-25T08:60:00Z",
                                 "2024-06-25T08:58:6xZ"})
            QCOMPARE(ListPageFields::parseCreatedAt(text), 0);
        QCOMPARE(ListPageFields::parseCreatedAt("2000-02-29T23:59:59Z"), 951868799000);
        QCOMPARE(ListPageFields::parseCreatedAt("2024-06-25T24:00:00Z"), 1719360000000); // ISO 8601's end of day, as Qt reads it
    }

    void sharesFolderAndFormatStrings()
    {
        const QByteArray body = SharedStringsPage;
        StringPool pool;
        QString error;
        const auto page = parseListPage(body, ResourceType::Image, pool, &error);
        QVERIFY(page);
        QVERIFY(page->resources().at(0).folder.constData() == page->resources().at(1).folder.constData());
        QVERIFY(page->resources().at(0).format.constData() == page->resources().at(1).format.constData());
        QCOMPARE(pool.size(), 2);
    }

    // A parse after a peek reads the peek's index of the body: the same page as a parse alone,
    // for bodies read in place (room to spare) or copied, and never another body's index.
    void parseAfterPeekReadsTheSamePage()
    {
        const auto describe = [](const QByteArray &body) {
            StringPool pool;
            QString error;
            const auto page = parseListPage(body, ResourceType::Image, pool, &error);
            QStringList lines{error, page ? page->nextCursor : u"no page"_s};
            if (page) {
                for (const CloudinaryResource &r : page->resources())
                    lines.append(u"%1|%2|%3|%4|%5|%6"_s.arg(r.publicId, r.secureUrl, r.format, r.folder).arg(r.bytes).arg(r.createdAtMSecs));
                lines += page->warnings;
            }
            return lines;
        };
        QByteArray roomy = DocumentedPage;
        roomy.reserve(roomy.size() + 4096); // read in place
        const QList<QByteArray> bodies{DocumentedPage, NullFieldsPage, SharedStringsPage, roomy};
        QList<QStringList> alone;
        for (const QByteArray &body : bodies)
            alone.append(describe(body));
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QVERIFY(peekNextCursor(bodies.at(i)));
            QCOMPARE(describe(bodies.at(i)), alone.at(i)); // the peeked index, rewound
            QCOMPARE(describe(bodies.at(i)), alone.at(i)); // once only: then a fresh one
            for (qsizetype j = 0; j < bodies.size(); ++j) {
                QVERIFY(peekNextCursor(bodies.at(i)));
                QCOMPARE(describe(bodies.at(j)), alone.at(j)); // another body after the peek
            }
            QVERIFY(peekNextCursor(bodies.at(i)));
            QVERIFY(!peekNextCursor("<html>")); // a failed peek keeps no index
            QCOMPARE(describe(bodies.at(i)), alone.at(i));
            QByteArray copy(bodies.at(i).constData(), bodies.at(i).size()); // the same bytes elsewhere
            QVERIFY(peekNextCursor(copy));
            QCOMPARE(describe(bodies.at(i)), alone.at(i));
        }
    }

    // The cursor read from the end of a body: the Admin API's shape is read there, anything else
    // is left to the parse from the start, and what is read is what that parse reads.
    void readsTheCursorFromTheEnd_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("cursor"); // "-": not read from the end
        QTest::newRow("api shape") << QByteArray(R"({"resources":[{"public_id":"a"}],"next_cursor":"8edbc610"})") << u"8edbc610"_s;
        QTest::newRow("spaces") << QByteArray("{\"resources\": [] ,\n \"next_cursor\" :\t\"c1\" }\r\n") << u"c1"_s;
        QTest::newRow("empty cursor") << QByteArray(R"({"resources":[],"next_cursor":""})") << QString();
        QTest::newRow("utf-8") << QByteArray("{\"resources\":[],\"next_cursor\":\"\xc3\xa9t\xc3\xa9\"}") << u"\u00e9t\u00e9"_s;
        QTest::newRow("inside a resource only") << QByteArray(R"({"resources":[{"public_id":"a","next_cursor":"in"}]})") << u"-"_s;
        QTest::newRow("another field last") << QByteArray(R"({"resources":[],"next_cursor":"x","rate_limit_allowed":500})") << u"-"_s;
        QTest::newRow("null") << QByteArray(R"({"resources":[],"next_cursor":null})") << u"-"_s;
        QTest::newRow("escape in cursor") << QByteArray("{\"resources\":[],\"next_cursor\":\"a\\u0041\"}") << u"-"_s;
        QTest::newRow("escaped quote in cursor") << QByteArray("{\"resources\":[],\"next_cursor\":\"a\\\"b\"}") << u"-"_s;
        QTest::newRow("escape in key") << QByteArray("{\"resources\":[],\"next\\u005fcursor\":\"x\"}") << u"-"_s;
        QTest::newRow("key ends a longer string") << QByteArray("{\"resources\":[],\"not\\\"next_cursor\":\"x\"}") << u"-"_s;
        QTest::newRow("alone") << QByteArray(R"({"next_cursor":"x"})") << u"-"_s;
        QTest::newRow("cut short") << QByteArray(R"("next_cursor":"x"})") << u"-"_s;
        QTest::newRow("nested object last") << QByteArray(R"({"resources":[],"meta":{"a":1,"next_cursor":"x"}})") << u"-"_s;
        QTest::newRow("empty") << QByteArray() << u"-"_s;
    }
    void readsTheCursorFromTheEnd()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, cursor);
        const auto read = trailingNextCursor({body.constData(), size_t(body.size())});
        QCOMPARE(read.has_value(), cursor != u"-"_s);
        if (!read)
            return;
        QCOMPARE(QString::fromUtf8(read->data(), qsizetype(read->size())), cursor);
        StringPool pool;
        QString error;
        const auto page = parseListPage(body, ResourceType::Image, pool, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->nextCursor, cursor);
        QCOMPARE(peekNextCursor(body), std::optional<QString>(cursor));
    }

    void refusesWhatIsNotAListPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>") << u"not JSON (\"<!DOCTYPE html>"_s;
        QTest::newRow("truncated") << QByteArray("{\"resources\":[{\"public_id\":\"a\",\"for") << u"not JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not JSON (an empty body)"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not JSON"_s;
        QTest::newRow("no resources") << QByteArray(NoResourcesBody) << u"no \"resources\" list"_s;
        QTest::newRow("resources not a list") << QByteArray(ResourcesNotAListBody) << u"no \"resources\" list"_s;
    }
    void refusesWhatIsNotAListPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        StringPool pool;
        QString error;
        QVERIFY(!parseListPage(body, ResourceType::Image, pool, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        if (message.startsWith(u"not JSON"_s))
            QVERIFY2(error.contains(u"check the credentials"_s), qPrintable(error));
    }

    void readsApiErrorMessages()
    {
        QCOMPARE(parseApiErrorMessage(ApiErrorBody), u"Invalid api_key 1"_s);
        QCOMPARE(parseApiErrorMessage("<html>"), QString());
    }
};

QTEST_GUILESS_MAIN(TestListPageParser)
#include "tst_listpageparser.moc"
