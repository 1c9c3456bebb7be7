#include "database/cloudinaryfield.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestCloudinaryField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<ResourceType>("columnType");
        QTest::addColumn<ResourceType>("type");
        QTest::addColumn<QString>("delivery");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("publicId");
        QTest::addColumn<QString>("format");
        const auto I = ResourceType::Image;
        const auto V = ResourceType::Video;
        const auto R = ResourceType::Raw;
        QTest::newRow("full") << u"image/upload/v1719305903/prompts/cat.jpg"_s << I << I << u"upload"_s << u"1719305903"_s << u"prompts/cat"_s << u"jpg"_s;
        QTest::newRow("video full") << u"video/upload/v1/clips/a.mp4"_s << V << V << u"upload"_s << u"1"_s << u"clips/a"_s << u"mp4"_s;
        QTest::newRow("prefix overrides column") << u"video/upload/v1/a.mp4"_s << I << V << u"upload"_s << u"1"_s << u"a"_s << u"mp4"_s;
        QTest::newRow("private") << u"image/private/v2/a.png"_s << I << I << u"private"_s << u"2"_s << u"a"_s << u"png"_s;
        QTest::newRow("authenticated") << u"image/authenticated/a.png"_s << I << I << u"authenticated"_s << QString() << u"a"_s << u"png"_s;
        QTest::newRow("no version") << u"image/upload/folder/a.png"_s << I << I << u"upload"_s << QString() << u"folder/a"_s << u"png"_s;
        QTest::newRow("version only") << u"v123/folder/a.png"_s << V << V << u"upload"_s << u"123"_s << u"folder/a"_s << u"png"_s;
        QTest::newRow("bare id") << u"folder/a"_s << I << I << u"upload"_s << QString() << u"folder/a"_s << QString();
        QTest::newRow("bare with format") << u"a.webp"_s << I << I << u"upload"_s << QString() << u"a"_s << u"webp"_s;
        QTest::newRow("dots in id") << u"image/upload/v1/a.b.c.jpg"_s << I << I << u"upload"_s << u"1"_s << u"a.b.c"_s << u"jpg"_s;
        QTest::newRow("dot in folder, bare") << u"my.folder/a"_s << I << I << u"upload"_s << QString() << u"my"_s << u"folder/a"_s;
        QTest::newRow("trailing dot") << u"a."_s << I << I << u"upload"_s << QString() << u"a."_s << QString();
        QTest::newRow("unicode") << u"image/upload/v9/ünïcode/café_1.png"_s << I << I << u"upload"_s << u"9"_s << u"ünïcode/café_1"_s << u"png"_s;
        QTest::newRow("raw keeps extension as format") << u"raw/upload/v5/docs/report.pdf"_s << I << R << u"upload"_s << u"5"_s << u"docs/report"_s << u"pdf"_s;
        QTest::newRow("raw column bare") << u"docs/report.pdf"_s << R << R << u"upload"_s << QString() << u"docs/report"_s << u"pdf"_s;
        QTest::newRow("v without digits is id") << u"vx/a.jpg"_s << I << I << u"upload"_s << QString() << u"vx/a"_s << u"jpg"_s;
        QTest::newRow("unknown type is id") << u"audio/upload/a.mp3"_s << I << I << u"upload"_s << QString() << u"audio/upload/a"_s << u"mp3"_s;
        QTest::newRow("fetch type is id") << u"image/fetch/a.jpg"_s << I << I << u"upload"_s << QString() << u"image/fetch/a"_s << u"jpg"_s;
    }
    void parses()
    {
        QFETCH(QString, value);
        QFETCH(ResourceType, columnType);
        const auto parsed = parseCloudinaryField(value, columnType);
        QVERIFY(parsed);
        QTEST(parsed->resourceType, "type");
        QTEST(parsed->deliveryType, "delivery");
        QTEST(parsed->version, "version");
        QTEST(parsed->publicId, "publicId");
        QTEST(parsed->format, "format");
    }

    void noPublicId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix only") << u"image/upload/"_s;
        QTest::newRow("prefix and version") << u"image/upload/v1700000000/"_s;
        QTest::newRow("format only") << u".jpg"_s;
        QTest::newRow("newline") << u"a\nb.jpg"_s;
    }
    void noPublicId()
    {
        QFETCH(QString, value);
        QVERIFY(!parseCloudinaryField(value, ResourceType::Image));
    }

    // The hand-written parser must agree with pycloudinary's regular expression on any input.
    void agreesWithPycloudinaryRegex()
    {
        const QRegularExpression pattern(
            u"^(?:(?<resource_type>image|raw|video)/(?<type>upload|private|authenticated)/)?(?:v(?<version>\\d+)/)?(?<public_id>.*?)(\\.(?<format>[^.]+))?$"_s);
        const QStringList pieces{u"image/"_s, u"video/"_s, u"raw/"_s, u"upload/"_s, u"private/"_s, u"v12/"_s, u"v/"_s, u"a"_s,
                                 u"b.c"_s, u"."_s, u"/"_s, u"x"_s, u"é"_s, u"jpg"_s, u"9"_s, u"authenticated/"_s};
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            QString value;
            const int count = random.bounded(7);
            for (int j = 0; j < count; ++j)
                value += pieces.at(random.bounded(pieces.size()));
            const auto match = pattern.match(value);
            QVERIFY(match.hasMatch());
            const auto parsed = parseCloudinaryField(value, ResourceType::Image);
            const QString expectedId = match.captured(u"public_id"_s);
            if (expectedId.isEmpty()) {
                QVERIFY2(!parsed, qPrintable(value));
                continue;
            }
            QVERIFY2(parsed, qPrintable(value));
            QCOMPARE(parsed->publicId, expectedId);
            QCOMPARE(parsed->format, match.captured(u"format"_s));
            QCOMPARE(parsed->version, match.captured(u"version"_s));
            const QString type = match.captured(u"resource_type"_s);
            QCOMPARE(resourceTypeName(parsed->resourceType), type.isEmpty() ? u"image"_s : type);
        }
    }

    // The reader's UTF-8 parser gives the same parts as the QString one, on the same inputs
    // plus every documented case.
    void utf8ParserAgrees()
    {
        const QStringList pieces{u"image/"_s, u"video/"_s, u"raw/"_s, u"upload/"_s, u"private/"_s, u"v12/"_s, u"v/"_s, u"a"_s, u"b.c"_s,
                                 u"."_s, u"/"_s, u"x"_s, u"é"_s, u"jpg"_s, u"9"_s, u"authenticated/"_s, u"\n"_s, u"v"_s, u"٣"_s};
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            QString value;
            const int count = random.bounded(8);
            for (int j = 0; j < count; ++j)
                value += pieces.at(random.bounded(pieces.size()));
            for (ResourceType column : {ResourceType::Image, ResourceType::Raw}) {
                const auto expected = parseCloudinaryField(value, column);
                const QByteArray utf8 = value.toUtf8();
                const auto parsed = parseCloudinaryFieldUtf8({utf8.constData(), size_t(utf8.size())}, column);
                QCOMPARE(parsed.has_value(), expected.has_value());
                if (!parsed)
                    continue;
                QCOMPARE(parsed->resourceType, expected->resourceType);
                QCOMPARE(QString::fromUtf8(parsed->publicId.data(), qsizetype(parsed->publicId.size())), expected->publicId);
                QCOMPARE(QString::fromUtf8(parsed->format.data(), qsizetype(parsed->format.size())), expected->format);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCloudinaryField)
#include "tst_cloudinaryfield.moc"
