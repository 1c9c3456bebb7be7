#include "cloudinary/cloudinaryconfig.h"
#include "cloudinary/uploadsignature.h"

#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestCloudinaryConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("base");
        QTest::newRow("plain") << u"cloudinary://123456:abcDEF@my-cloud"_s << u"my-cloud"_s << u"123456"_s << u"abcDEF"_s << u"https://api.cloudinary.com"_s;
        QTest::newRow("whitespace") << u"  cloudinary://1:s@c \n"_s << u"c"_s << u"1"_s << u"s"_s << u"https://api.cloudinary.com"_s;
        QTest::newRow("percent-encoded secret") << u"cloudinary://1:a%2Fb%40c%3Ad@c"_s << u"c"_s << u"1"_s << u"a/b@c:d"_s << u"https://api.cloudinary.com"_s;
        QTest::newRow("raw @ in secret") << u"cloudinary://1:p@ss@c"_s << u"c"_s << u"1"_s << u"p@ss"_s << u"https://api.cloudinary.com"_s;
        QTest::newRow("eu prefix") << u"cloudinary://1:s@c?upload_prefix=https://api-eu.cloudinary.com"_s << u"c"_s << u"1"_s << u"s"_s << u"https://api-eu.cloudinary.com"_s;
        QTest::newRow("encoded prefix with port") << u"cloudinary://1:s@c?upload_prefix=http%3A%2F%2F127.0.0.1%3A8765%2F"_s << u"c"_s << u"1"_s << u"s"_s << u"http://127.0.0.1:8765"_s;
        QTest::newRow("trailing slash") << u"cloudinary://1:s@c/"_s << u"c"_s << u"1"_s << u"s"_s << u"https://api.cloudinary.com"_s;
        QTest::newRow("other params ignored") << u"cloudinary://1:s@c?secure_distribution=x.example&cname=y"_s << u"c"_s << u"1"_s << u"s"_s << u"https://api.cloudinary.com"_s;
    }
    void parsesValidUrls()
    {
        QFETCH(QString, url);
        QString error;
        const auto config = CloudinaryConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        QTEST(config->cloudName, "cloud");
        QTEST(config->apiKey, "key");
        QTEST(config->apiSecret, "secret");
        QTEST(config->apiBase.toString(), "base");
    }

    void rejectsInvalidUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"CLOUDINARY_URL is not set"_s;
        QTest::newRow("wrong scheme") << u"https://1:s@c"_s << u"must start with cloudinary://"_s;
        QTest::newRow("no cloud") << u"cloudinary://1:s@"_s << u"missing the cloud name"_s;
        QTest::newRow("only cloud") << u"cloudinary://mycloud"_s << u"missing the API key"_s;
        QTest::newRow("no secret") << u"cloudinary://1:@c"_s << u"missing the API secret"_s;
        QTest::newRow("no key") << u"cloudinary://:s@c"_s << u"missing the API key"_s;
        QTest::newRow("bad cloud chars") << u"cloudinary://1:s@my cloud"_s << u"invalid cloud name"_s;
        QTest::newRow("path in cloud") << u"cloudinary://1:s@c/x"_s << u"invalid cloud name"_s;
        QTest::newRow("bad prefix") << u"cloudinary://1:s@c?upload_prefix=not-a-url"_s << u"invalid upload_prefix"_s;
        QTest::newRow("ftp prefix") << u"cloudinary://1:s@c?upload_prefix=ftp://x.org"_s << u"must start with https://"_s;
    }
    void rejectsInvalidUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CloudinaryConfig::fromUrl(url, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void secretNeverInErrorsOrRedactedUrl()
    {
        QString error;
        QVERIFY(!CloudinaryConfig::fromUrl(u"cloudinary://1:TOPSECRET@bad cloud"_s, &error));
        QVERIFY(!error.contains(u"TOPSECRET"_s));
        const auto config = CloudinaryConfig::fromUrl(u"cloudinary://1:TOPSECRET@c?upload_prefix=http://h:1"_s, &error);
        QVERIFY(config);
        QVERIFY(!config->redactedUrl().contains(u"TOPSECRET"_s));
        QCOMPARE(config->redactedUrl(), u"cloudinary://1:***@c?upload_prefix=http://h:1"_s);
    }

    void buildsApiUrls()
    {
        QString error;
        const auto config = CloudinaryConfig::fromUrl(u"cloudinary://1:s@demo?upload_prefix=http://127.0.0.1:9/base"_s, &error);
        QVERIFY(config);
        QCOMPARE(config->resourcesUrl(ResourceType::Video).toString(), u"http://127.0.0.1:9/base/v1_1/demo/resources/video/upload"_s);
        QCOMPARE(config->usageUrl().toString(), u"http://127.0.0.1:9/base/v1_1/demo/usage"_s);
        QCOMPARE(config->searchUrl().toString(), u"http://127.0.0.1:9/base/v1_1/demo/resources/search"_s);
    }

    // The worked example of Cloudinary's "Generating authentication signatures" page.
    void uploadSignatureMatchesCloudinarysExample()
    {
        const QMap<QString, QString> parameters{{u"eager"_s, u"w_400,h_300,c_pad|w_260,h_200,c_crop"_s},
                                                {u"public_id"_s, u"sample_image"_s},
                                                {u"timestamp"_s, u"1315060510"_s},
                                                {u"api_key"_s, u"1234"_s},      // never signed
                                                {u"file"_s, u"@sample.jpg"_s},  // never signed
                                                {u"resource_type"_s, u"image"_s}}; // never signed
        QCOMPARE(UploadSignature::stringToSign(parameters), u"eager=w_400,h_300,c_pad|w_260,h_200,c_crop&public_id=sample_image&timestamp=1315060510"_s);
        QCOMPARE(UploadSignature::sign(parameters, u"abcd"_s), QByteArray("bfd09f95f331f558cbd1320e67aa8d488770583e"));
        QString error;
        const auto config = CloudinaryConfig::fromUrl(u"cloudinary://k:s@cloud?upload_prefix=https://api-eu.cloudinary.com"_s, &error);
        QVERIFY(config);
        QCOMPARE(config->uploadUrl(ResourceType::Raw).toString(), u"https://api-eu.cloudinary.com/v1_1/cloud/raw/upload"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudinaryConfig)
#include "tst_cloudinaryconfig.moc"
