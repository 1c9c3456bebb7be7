// The email summary through the real CLI and a real SMTP server (aiosmtpd).
#include "cliprocess.h"
#include "csvtable.h"
#include "sandboxprocess.h"
#include "smtpserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
struct MailRun
{
    CliRun cli;
    QString folder;
};
} // namespace

class TestCliEmail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_database;
    int m_runs = 0;

    // Runs the CLI with the mail environment set (an empty value leaves a variable unset).
    MailRun run(const QStringList &arguments, const QString &emailUrl, const QString &admins = u"Ann Admin <ann@example.org>, bob@example.org"_s,
                const QString &cloudinaryUrl = {})
    {
        MailRun result;
        result.folder = m_dir.filePath(u"run%1"_s.arg(++m_runs));
        QDir().mkpath(result.folder);
        qputenv("ADMINS", admins.toUtf8());
        qputenv("EMAIL_URL", emailUrl.toUtf8());
        qputenv("DEFAULT_FROM_EMAIL", "Orphanscope <scans@example.org>");
        result.cli = runCli(QStringList{u"--all"_s, u"--delay"_s, u"0"_s} + arguments,
                            cloudinaryUrl.isEmpty() ? m_sandbox.cloudinaryUrl() : cloudinaryUrl, m_database, result.folder);
        qunsetenv("ADMINS");
        qunsetenv("EMAIL_URL");
        qunsetenv("DEFAULT_FROM_EMAIL");
        return result;
    }

    static QString reportIn(const QString &folder)
    {
        const QStringList reports = QDir(folder + u"/reports"_s).entryList({u"orphaned_files_*"_s}, QDir::Files);
        return reports.isEmpty() ? QString() : folder + u"/reports/"_s + reports.constFirst();
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed again when this returns
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"800"_s, u"--seed"_s, u"4"_s, u"--write-database"_s, m_database}), qPrintable(m_sandbox.error()));
    }

    void summaryArrivesWithHeadersBodyAndReport()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(u"mailer"_s, u"smtp-secret-password"_s), qPrintable(smtp.error()));
        const MailRun mail = run({u"--app-name"_s, u"Prompt Library"_s}, u"smtp://mailer:smtp-secret-password@127.0.0.1:%1"_s.arg(smtp.port()));
        QVERIFY2(mail.cli.exitCode == 0, qPrintable(mail.cli.err));
        QVERIFY2(mail.cli.out.contains(u"Email summary sent to 2 admin(s)"_s), qPrintable(mail.cli.out + mail.cli.err));
        const QList<QJsonObject> messages = smtp.messages();
        QCOMPARE(messages.size(), 1);
        const QJsonObject message = messages.constFirst();
        QCOMPARE(message.value(u"mail_from"_s).toString(), u"scans@example.org"_s);
        QCOMPARE(message.value(u"rcpt_tos"_s).toArray(), (QJsonArray{u"ann@example.org"_s, u"bob@example.org"_s}));
        const QJsonObject headers = message.value(u"headers"_s).toObject();
        for (const QString &header : {u"Date"_s, u"Message-ID"_s, u"From"_s, u"To"_s, u"Subject"_s})
            QVERIFY2(headers.contains(header), qPrintable(header));
        QCOMPARE(headers.value(u"From"_s).toString(), u"Orphanscope <scans@example.org>"_s);
        QCOMPARE(headers.value(u"To"_s).toString(), u"Ann Admin <ann@example.org>, bob@example.org"_s);
        QCOMPARE(message.value(u"subject"_s).toString(), u"Prompt Library: Orphaned Files Detection Report"_s);
        const QString body = message.value(u"body"_s).toString();
        QVERIFY2(body.contains(u"Orphaned Files Detection Report"_s) && body.contains(u"Action Required"_s), qPrintable(body));
        const QString report = reportIn(mail.folder);
        QVERIFY(body.contains(u"Report: "_s + QFileInfo(report).filePath().mid(mail.folder.size() + 1)));
        const QJsonArray attachments = message.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(attachments.at(0).toObject().value(u"filename"_s).toString(), QFileInfo(report).fileName());
        QCOMPARE(attachments.at(0).toObject().value(u"content"_s).toString().replace(u"\n"_s, u"\r\n"_s).replace(u"\r\r\n"_s, u"\r\n"_s),
                 QString::fromUtf8(csv.readAll()));
        // Neither the API secret nor the SMTP password is in what was sent or printed.
        const QByteArray raw = smtp.rawMessages();
        QVERIFY(!raw.contains("demo-secret"));
        QVERIFY(!raw.contains("smtp-secret-password"));
        QVERIFY(!mail.cli.out.contains(u"smtp-secret-password"_s) && !mail.cli.err.contains(u"smtp-secret-password"_s));
    }

    void nonAsciiSubjectIsEncoded()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        const MailRun mail = run({u"--app-name"_s, u"Prüfungsbibliothek"_s}, u"smtp://127.0.0.1:%1"_s.arg(smtp.port()));
        QCOMPARE(mail.cli.exitCode, 0);
        QCOMPARE(smtp.messages().size(), 1);
        QCOMPARE(smtp.messages().constFirst().value(u"subject"_s).toString(), u"Prüfungsbibliothek: Orphaned Files Detection Report"_s);
        QVERIFY(smtp.rawMessages().contains("Subject: =?UTF-8?B?"));
    }

    void noEmailWithoutOrphansAdminsOrConsent()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        const QString url = u"smtp://127.0.0.1:%1"_s.arg(smtp.port());
        MailRun mail = run({}, url, QString()); // no ADMINS
        QCOMPARE(mail.cli.exitCode, 0);
        mail = run({u"--no-email"_s}, url);
        QCOMPARE(mail.cli.exitCode, 0);
        SandboxProcess clean;
        const QString cleanDb = u"sqlite:///"_s + m_dir.filePath(u"clean.sqlite3"_s);
        QVERIFY(clean.start({u"--generate"_s, u"300"_s, u"--orphan-rate"_s, u"0"_s, u"--write-database"_s, cleanDb}));
        qputenv("ADMINS", "ann@example.org");
        qputenv("EMAIL_URL", url.toUtf8());
        const CliRun noOrphans = runCli({u"--all"_s, u"--delay"_s, u"0"_s}, clean.cloudinaryUrl(), cleanDb, m_dir.path());
        qunsetenv("ADMINS");
        qunsetenv("EMAIL_URL");
        QCOMPARE(noOrphans.exitCode, 0);
        QVERIFY(noOrphans.out.contains(u"No orphans found"_s));
        QTest::qWait(300);
        QCOMPARE(smtp.messages().size(), 0);
    }

    void partialScanSaysSo()
    {
        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        SandboxProcess limited;
        // Images only (3 pages), so that the guard stops after call 2 of 4 whatever the timing.
        QVERIFY(limited.start({u"--generate"_s, u"2000"_s, u"--seed"_s, u"4"_s, u"--rate-limit"_s, u"4"_s}));
        const MailRun mail = run({u"--rate-limit-stop"_s, u"0.5"_s, u"--resource-types"_s, u"image"_s}, u"smtp://127.0.0.1:%1"_s.arg(smtp.port()),
                                 u"ann@example.org"_s, limited.cloudinaryUrl());
        QCOMPARE(mail.cli.exitCode, 3);
        QTRY_COMPARE(smtp.messages().size(), 1);
        QVERIFY(smtp.messages().constFirst().value(u"subject"_s).toString().startsWith(u"[PARTIAL] "_s));
        QVERIFY(smtp.messages().constFirst().value(u"body"_s).toString().contains(u"PARTIAL SCAN: stopped by the rate-limit guard"_s));
    }

    void mailProblemsAreWarningsAndKeepTheExitCode_data()
    {
        QTest::addColumn<QString>("emailUrl");
        QTest::addColumn<bool>("authenticating");
        QTest::addColumn<QString>("admins");
        QTest::addColumn<QString>("warning");
        QTest::newRow("STARTTLS required, not offered") << u"smtp+tls://127.0.0.1:%1"_s << false << u"a@example.org"_s
                                                       << u"does not offer STARTTLS, which smtp+tls:// requires"_s;
        QTest::newRow("wrong password") << u"smtp://mailer:not-the-password@127.0.0.1:%1"_s << true << u"a@example.org"_s
                                        << u"refused the login for user \"mailer\""_s;
        QTest::newRow("server down") << u"smtp://127.0.0.1:CLOSED"_s << false << u"a@example.org"_s << u"Could not connect to the mail server 127.0.0.1:"_s;
        QTest::newRow("invalid admin") << u"smtp://127.0.0.1:%1"_s << false << u"Ann <ann@example.org>, bob@"_s << u"ADMINS: \"bob@\" is not a valid email address"_s;
        QTest::newRow("no EMAIL_URL") << QString() << false << u"a@example.org"_s << u"ADMINS is set but EMAIL_URL is not set"_s;
    }
    void mailProblemsAreWarningsAndKeepTheExitCode()
    {
        QFETCH(QString, emailUrl);
        QFETCH(bool, authenticating);
        QFETCH(QString, admins);
        QFETCH(QString, warning);
        SmtpServerProcess smtp;
        QVERIFY2(authenticating ? smtp.start(u"mailer"_s, u"right-password"_s) : smtp.start(), qPrintable(smtp.error()));
        const QString url = emailUrl.contains(u"CLOSED"_s) ? QString(emailUrl).replace(u"CLOSED"_s, QString::number(closedPort()))
                                                           : emailUrl.contains(u"%1"_s) ? emailUrl.arg(smtp.port()) : emailUrl;
        for (const QStringList &extra : {QStringList{}, QStringList{u"--fail-on-orphans"_s}}) {
            const MailRun mail = run(extra, url, admins);
            QVERIFY(!mail.cli.crashed);
            QCOMPARE(mail.cli.exitCode, extra.isEmpty() ? 0 : 4); // as without mail
            QVERIFY2(mail.cli.err.contains(warning), qPrintable(mail.cli.err));
            QVERIFY(!mail.cli.err.contains(u"not-the-password"_s));
            QVERIFY(!reportIn(mail.folder).isEmpty()); // the report is written all the same
            QVERIFY(CsvTable::load(reportIn(mail.folder)).error.isEmpty());
        }
        QCOMPARE(smtp.messages().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEmail)
#include "tst_cli_email.moc"
