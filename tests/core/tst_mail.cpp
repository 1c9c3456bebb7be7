#include "notify/mailconfig.h"
#include "notify/summaryemail.h"

#include <QRegularExpression>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAdmins_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("django style") << u"Ann <ann@x.org>, bob@x.org"_s << QStringList{u"Ann <ann@x.org>"_s, u"bob@x.org"_s};
        QTest::newRow("quoted comma") << u"\"Doe, Jane\" <jane@x.org>; ops@x.org"_s << QStringList{u"\"Doe, Jane\" <jane@x.org>"_s, u"ops@x.org"_s};
        QTest::newRow("unicode name") << u"Änne <anne@x.org>"_s << QStringList{u"=?UTF-8?B?w4RubmU=?= <anne@x.org>"_s};
        QTest::newRow("empty entries") << u" , a@b.co ,"_s << QStringList{u"a@b.co"_s};
    }
    void parsesAdmins()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, headers);
        QString error;
        const auto list = parseAddressList(text, &error);
        QVERIFY2(list, qPrintable(error));
        QStringList got;
        for (const EmailAddress &address : *list)
            got.append(address.toHeader());
        QCOMPARE(got, headers);
    }

    void namesTheInvalidAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bad");
        QTest::newRow("no domain") << u"Ann <ann@x.org>, bob@"_s << u"\"bob@\""_s;
        QTest::newRow("no at") << u"carol.example.org"_s << u"\"carol.example.org\""_s;
        QTest::newRow("spaces") << u"Dan <dan @x.org>"_s << u"\"Dan <dan @x.org>\""_s;
    }
    void namesTheInvalidAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, bad);
        QString error;
        QVERIFY(!parseAddressList(text, &error));
        QVERIFY2(error.contains(bad) && error.contains(u"not a valid email address"_s), qPrintable(error));
    }

    void parsesEmailUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        using S = MailConfig::Security;
        QTest::newRow("plain") << u"smtp://u:SECRET1@mail.x.org:2525"_s << int(S::None) << u"mail.x.org"_s << 2525 << u"u"_s << u"SECRET1"_s;
        QTest::newRow("plain default port") << u"smtp://mail.x.org"_s << int(S::None) << u"mail.x.org"_s << 25 << QString() << QString();
        QTest::newRow("starttls") << u"smtp+tls://u%40x.org:SEC%2FRET2@smtp.x.org"_s << int(S::StartTls) << u"smtp.x.org"_s << 587 << u"u@x.org"_s << u"SEC/RET2"_s;
        QTest::newRow("tls") << u"smtps://u:SECRET3@smtp.x.org"_s << int(S::Tls) << u"smtp.x.org"_s << 465 << u"u"_s << u"SECRET3"_s;
    }
    void parsesEmailUrl()
    {
        QFETCH(QString, url);
        QString error;
        const auto config = MailConfig::fromUrl(url, &error);
        QVERIFY2(config, qPrintable(error));
        QTEST(int(config->security), "security");
        QTEST(config->host, "host");
        QTEST(config->port, "port");
        QTEST(config->user, "user");
        QTEST(config->password, "password");
        QVERIFY(config->password.isEmpty() || !config->describe().contains(config->password));
    }

    void refusesBadEmailUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"EMAIL_URL is not set"_s;
        QTest::newRow("http") << u"http://x.org"_s << u"must start with smtp://"_s;
        QTest::newRow("no host") << u"smtp://"_s << u"no valid host"_s;
        QTest::newRow("console backend") << u"console://"_s << u"must start with smtp://"_s;
    }
    void refusesBadEmailUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MailConfig::fromUrl(url, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void encodesHeaders()
    {
        QCOMPARE(MimeMessage::encodeHeaderText(u"Plain subject"_s), QByteArray("Plain subject"));
        const QByteArray encoded = MimeMessage::encodeHeaderText(u"Prüfung: Orphaned Files Detection Report — ein sehr langer Betreff über Dateien"_s);
        for (const QByteArray &line : encoded.split('\n')) {
            QVERIFY(line.trimmed().startsWith("=?UTF-8?B?"));
            QVERIFY(line.trimmed().size() <= 76);
        }
        QVERIFY(encoded.contains("\r\n "));
    }

    void buildsAWellFormedMessage()
    {
        MimeMessage message;
        message.from = {u"Orphanscope"_s, u"scans@x.org"_s};
        message.to = {{u"Ann"_s, u"ann@x.org"_s}, {QString(), u"bob@x.org"_s}};
        message.subject = u"Report"_s;
        message.body = u"Line one\nLine two\n"_s;
        message.attachments.append({u"report.csv"_s, "text/csv", "a,b\r\n1,2\r\n"});
        const QByteArray bytes = message.toBytes();
        QVERIFY(QRegularExpression(u"^Date: \\w{3}, \\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000\\r$"_s,
                                   QRegularExpression::MultilineOption).match(QString::fromLatin1(bytes)).hasMatch());
        QVERIFY(QRegularExpression(u"^Message-ID: <[0-9a-f-]{36}@orphanscope.localhost>\\r$"_s, QRegularExpression::MultilineOption)
                    .match(QString::fromLatin1(bytes)).hasMatch());
        QVERIFY(bytes.contains("From: Orphanscope <scans@x.org>\r\n"));
        QVERIFY(bytes.contains("To: Ann <ann@x.org>,\r\n bob@x.org\r\n"));
        QVERIFY(bytes.contains("Content-Disposition: attachment; filename=\"report.csv\""));
        QVERIFY(!bytes.contains("\n\n")); // every line ends in CRLF
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY(line.size() <= 998);
    }

    void summaryFollowsTheOldLayout()
    {
        ScanResult result;
        result.startedAt = QDateTime(QDate(2026, 11, 26), QTime(7, 0), Qt::UTC);
        result.days = 30;
        result.resourceTypes = {ResourceType::Image};
        result.perType[0] = {true, true, 1, 100, 0, 75, 25, 25 * 1024 * 1024};
        for (int i = 0; i < 25; ++i) {
            CloudinaryResource r;
            r.publicId = u"f/%1"_s.arg(i);
            r.bytes = 1024 * 1024;
            result.orphans.append(r);
        }
        result.apiCalls = 1;
        result.rateLimit = RateLimitStatus::fromHeaders("500", "499", {});
        const QString body = SummaryEmail::body(result, u"Prompts"_s, u"reports/x.csv"_s);
        const QStringList order{u"Scan date: 2026-11-26 07:00 UTC"_s, u"Range: files uploaded in the last 30 days"_s,
                                u"Total files scanned: 100"_s, u"Valid files:         75 (75.0%)"_s, u"Orphaned files:      25 (25.0%)"_s,
                                u"Total orphan size:   25.00 MB"_s, u"1. f/0 (image, 1.00 MB)"_s, u"20. f/19"_s, u"…and 5 more"_s,
                                u"API calls: 1 used of 500 this hour"_s, u"Execution time:"_s, u"Action Required"_s,
                                u"Report: reports/x.csv"_s, u"Sent by Prompts with Orphanscope"_s};
        qsizetype at = 0;
        for (const QString &part : order) {
            const qsizetype found = body.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable(u"\"%1\" missing or out of order in:\n%2"_s.arg(part, body)));
            at = found;
        }
        QVERIFY(!body.contains(u"21. "_s));
        QVERIFY(!body.contains(u"PARTIAL"_s));
        QCOMPARE(SummaryEmail::subject(result, u"Prompts"_s), u"Prompts: Orphaned Files Detection Report"_s);
        result.stopReason = StopReason::RateLimitGuard;
        QVERIFY(SummaryEmail::subject(result, u"Prompts"_s).startsWith(u"[PARTIAL] "_s));
        QVERIFY(SummaryEmail::body(result, u"Prompts"_s, {}).contains(u"PARTIAL SCAN"_s));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
