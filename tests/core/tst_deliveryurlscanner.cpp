#include "database/deliveryurlscanner.h"

#include <QSet>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

// Text as sites store it, with URLs as the official SDKs render them (npm cloudinary 2.x:
// ?_a= on every URL, v1 when no version is known, spaces and non-ASCII percent-encoded,
// parentheses left alone, overlay texts double-encoded).
class TestDeliveryUrlScanner : public QObject
{
    Q_OBJECT

    static QSet<QString> candidates(const QString &text, int *found = nullptr)
    {
        const DeliveryUrlScanner scanner({u"demo"_s, {u"media.example.org"_s}});
        QSet<QString> result;
        const QByteArray utf8 = text.toUtf8();
        const int count = scanner.scan({utf8.constData(), size_t(utf8.size())}, [&result](ResourceType type, std::string_view id) {
            result.insert(resourceTypeName(type) + u'/' + QString::fromUtf8(id.data(), qsizetype(id.size())));
        });
        if (found)
            *found = count;
        return result;
    }

private Q_SLOTS:
    void findsWhatIsReferenced_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("referenced"); // TYPE/PUBLIC_ID, each must be a candidate
        QTest::addColumn<int>("references");         // URLs and CloudinaryField-style strings found

        QTest::newRow("CKEditor img with transformation")
            << u"<p>Our cat:</p><img src=\"https://res.cloudinary.com/demo/image/upload/c_fill,w_600/v1712/blog/cat.jpg\">"_s
            << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("SDK default: v1 and ?_a=")
            << u"<img src=\"https://res.cloudinary.com/demo/image/upload/v1/blog/cat.jpg?_a=BAMAROfk0\" alt=\"\">"_s
            << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("chained transformations")
            << u"https://res.cloudinary.com/demo/image/upload/c_crop,g_face/e_sepia/v1/blog/cat.png?_a=BAMAROfk0"_s
            << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("named transformation and signature")
            << u"https://res.cloudinary.com/demo/image/upload/s--YLg4kf2W--/t_thumbnail/v1/blog/cat.jpg"_s
            << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("overlay text, double-encoded")
            << u"https://res.cloudinary.com/demo/image/upload/l_text:Arial_40:Hi%252C%20there/v1/blog/cat.jpg?_a=BAMAROfk0"_s
            << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("percent-encoded unicode id")
            << u"https://res.cloudinary.com/demo/image/upload/v1/marketing/%C3%BCn%C3%AFcode/caf%C3%A9_12.jpg?_a=BAMAROfk0"_s
            << QStringList{u"image/marketing/ünïcode/café_12"_s} << 1;
        QTest::newRow("spaces, parentheses and commas in the id")
            << u"<img src=\"https://res.cloudinary.com/demo/image/upload/summer%20sale%20(v2)%2C%20final.jpg?_a=BAMAROfk0\">"_s
            << QStringList{u"image/summer sale (v2), final"_s} << 1;
        QTest::newRow("commas left unescaped")
            << u"https://res.cloudinary.com/demo/image/upload/v3/sale_(1),final.png"_s << QStringList{u"image/sale_(1),final"_s} << 1;
        QTest::newRow("http and protocol-relative")
            << u"<a href=\"http://res.cloudinary.com/demo/image/upload/a.jpg\">x</a><img src=\"//res.cloudinary.com/demo/video/upload/b.mp4\">"_s
            << QStringList{u"image/a"_s, u"video/b"_s} << 2;
        QTest::newRow("private CDN")
            << u"https://demo-res.cloudinary.com/image/upload/v1/blog/cat.jpg?_a=BAMAROfk0"_s << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("private CDN, SEO suffix")
            << u"https://demo-res.cloudinary.com/images/v17/blog/cat/a-nice-name.jpg?_a=BAMAROfk0"_s << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("private CDN, SEO raw")
            << u"https://demo-res.cloudinary.com/files/v1/docs/a.pdf/nice?_a=BAMAROfk0"_s << QStringList{u"raw/docs/a.pdf"_s} << 1;
        QTest::newRow("CNAME with cloud segment")
            << u"https://media.example.org/demo/image/upload/v1/blog/cat.jpg?_a=BAMAROfk0"_s << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("CNAME, SEO video")
            << u"https://media.example.org/videos/v1/clips/intro/our-intro.mp4"_s << QStringList{u"video/clips/intro"_s} << 1;
        QTest::newRow("video frame as image")
            << u"<img src=\"https://res.cloudinary.com/demo/video/upload/so_2/v1/clips/intro.jpg\">"_s << QStringList{u"video/clips/intro"_s} << 1;
        QTest::newRow("raw keeps extension")
            << u"<a href=\"https://res.cloudinary.com/demo/raw/upload/v1/docs/a.pdf\">PDF</a>"_s << QStringList{u"raw/docs/a.pdf"_s} << 1;
        QTest::newRow("srcset list")
            << u"<img srcset=\"https://res.cloudinary.com/demo/image/upload/w_480/v1/a.jpg 480w, https://res.cloudinary.com/demo/image/upload/w_800/v1/b.jpg 800w\">"_s
            << QStringList{u"image/a"_s, u"image/b"_s} << 2;
        QTest::newRow("HTML-escaped query")
            << u"<img src=\"https://res.cloudinary.com/demo/image/upload/v1/a.jpg?_a=BAM&amp;x=1\">"_s << QStringList{u"image/a"_s} << 1;
        QTest::newRow("Markdown image with title")
            << u"![A cat](https://res.cloudinary.com/demo/image/upload/v1/blog/cat_(1).jpg \"The cat\") and [file](https://res.cloudinary.com/demo/raw/upload/v1/d.txt)"_s
            << QStringList{u"image/blog/cat_(1)"_s, u"raw/d.txt"_s} << 2;
        QTest::newRow("Markdown link closes the URL")
            << u"See [it](https://res.cloudinary.com/demo/image/upload/v1/blog/dog.jpg)."_s << QStringList{u"image/blog/dog"_s} << 1;
        QTest::newRow("CSS url() quoted and bare")
            << u".hero{background:url('https://res.cloudinary.com/demo/image/upload/v1/hero.webp')} .b{background:url(https://res.cloudinary.com/demo/image/upload/v2/bg.png)}"_s
            << QStringList{u"image/hero"_s, u"image/bg"_s} << 2;
        QTest::newRow("JSON with escaped slashes")
            << u"[{\"type\":\"image\",\"value\":{\"url\":\"https:\\/\\/res.cloudinary.com\\/demo\\/image\\/upload\\/v1\\/blog\\/cat.jpg\"}}]"_s
            << QStringList{u"image/blog/cat"_s} << 1;
        QTest::newRow("JSON with \\u escapes")
            << u"{\"src\": \"https://res.cloudinary.com/demo/image/upload/v1/caf\\u00e9_1.png\"}"_s << QStringList{u"image/café_1"_s} << 1;
        QTest::newRow("CloudinaryField-style string in text")
            << u"cover: image/upload/v1719305903/prompts/cat.jpg; clip video/upload/v1/clips/a.mp4"_s
            << QStringList{u"image/prompts/cat"_s, u"video/clips/a"_s} << 2;
        QTest::newRow("a sentence ends the URL")
            << u"Download https://res.cloudinary.com/demo/raw/upload/v1/docs/b.zip."_s << QStringList{u"raw/docs/b.zip"_s} << 1;
        QTest::newRow("sharded host res-3")
            << u"https://res-3.cloudinary.com/demo/image/upload/a.jpg"_s << QStringList{u"image/a"_s} << 1;
    }

    void findsWhatIsReferenced()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, referenced);
        QFETCH(int, references);
        int found = 0;
        const QSet<QString> got = candidates(text, &found);
        for (const QString &expected : referenced)
            QVERIFY2(got.contains(expected), qPrintable(u"%1 missing from %2"_s.arg(expected, QStringList(got.cbegin(), got.cend()).join(u" | "_s))));
        QCOMPARE(found, references);
    }

    void ignoresWhatIsNotAReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("another cloud") << u"<img src=\"https://res.cloudinary.com/othercloud/image/upload/v1/blog/cat.jpg\">"_s;
        QTest::newRow("another cloud, prefix of ours") << u"https://res.cloudinary.com/demo2/image/upload/v1/blog/cat.jpg"_s;
        QTest::newRow("another cloud's private CDN") << u"https://othercloud-res.cloudinary.com/image/upload/v1/blog/cat.jpg"_s;
        QTest::newRow("another cloud's SEO form") << u"https://othercloud-res.cloudinary.com/images/v1/blog/cat/nice.jpg"_s;
        QTest::newRow("fetch") << u"https://res.cloudinary.com/demo/image/fetch/https://example.org/blog/cat.jpg"_s;
        QTest::newRow("youtube delivery type") << u"https://res.cloudinary.com/demo/image/youtube/blog/cat.jpg"_s;
        QTest::newRow("SEO path on an unrelated site") << u"https://example.org/images/blog/cat/nice.jpg"_s;
        QTest::newRow("a longer word before upload") << u"myimage/upload/blog/cat.jpg"_s;
        QTest::newRow("plain prose") << u"Uploads of images and videos happen in the upload form."_s;
        QTest::newRow("empty") << QString();
    }

    void ignoresWhatIsNotAReference()
    {
        QFETCH(QString, text);
        int found = -1;
        const QSet<QString> got = candidates(text, &found);
        QVERIFY2(got.isEmpty(), qPrintable(QStringList(got.cbegin(), got.cend()).join(u" | "_s)));
        QCOMPARE(found, 0);
    }

    // Candidates are suffixes of one URL's path: a file deeper in the same path or elsewhere in
    // the account that no URL names is not among them.
    void candidatesStayWithinTheUrl()
    {
        const QSet<QString> got = candidates(u"https://res.cloudinary.com/demo/image/upload/c_fill,w_600/v1712/blog/cat.jpg"_s);
        QVERIFY(got.contains(u"image/blog/cat"_s));
        QVERIFY(!got.contains(u"image/blog/dog"_s));
        QVERIFY(!got.contains(u"video/blog/cat"_s));
        QVERIFY(!got.contains(u"image/blog"_s));
    }

    // Cloud names of CLOUDINARY_URL's secure_distribution / cname count as custom hosts.
    void customHostsFromTheAccount()
    {
        QString error;
        const auto config = CloudinaryConfig::fromUrl(u"cloudinary://k:s@demo?secure_distribution=cdn.example.com&cname=img.example.com"_s, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->deliveryHosts, (QStringList{u"cdn.example.com"_s, u"img.example.com"_s}));
        const DeliveryUrlScanner scanner(DeliveryUrlScanner::optionsFor(*config));
        QStringList got;
        const std::string text = "https://img.example.com/images/v1/a/b/nice.jpg https://unknown.example.com/images/v1/c/d/nice.jpg";
        scanner.scan(text, [&got](ResourceType, std::string_view id) { got.append(QString::fromUtf8(id.data(), qsizetype(id.size()))); });
        QVERIFY(got.contains(u"a/b"_s));
        QVERIFY(!got.contains(u"c/d"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryUrlScanner)
#include "tst_deliveryurlscanner.moc"
