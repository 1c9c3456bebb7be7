// Scan history, the spike alert and the webhook, end to end: history rows for complete scans,
// an alert in the output, the email and the webhook when orphans jump, and a webhook POST
// received by a local HTTP listener (that never sees the token in a message).
#include "cliprocess.h"
#include "notify/scanhistory.h"
#include "sandboxprocess.h"
#include "smtpserverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Qt::Literals::StringLiterals;

class TestCliNotify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_databaseUrl;
    QProcess m_listener;
    quint16 m_listenerPort = 0;

    QString historyPath() const { return m_dir.filePath(u"history.sqlite3"_s); }
    QString receivedPath() const { return m_dir.filePath(u"webhook.jsonl"_s); }

    CliRun scan(const QStringList &arguments)
    {
        return runCli(QStringList{u"--all"_s, u"--delay"_s, u"0"_s, u"--min-age-detect"_s, u"0"_s, u"--no-email"_s, u"--history"_s,
                                  historyPath(), u"--output"_s, m_dir.filePath(u"report.csv"_s)} + arguments,
                      m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path());
    }

    QList<QJsonObject> received() const
    {
        QList<QJsonObject> posts;
        QFile file(receivedPath());
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd())
                posts.append(QJsonDocument::fromJson(file.readLine()).object());
        }
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databaseUrl = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"1500"_s, u"--orphan-rate"_s, u"0.05"_s, u"--seed"_s, u"4"_s, u"--write-database"_s, m_databaseUrl}),
                 qPrintable(m_sandbox.error()));
        m_listener.start(u"/usr/bin/python3"_s, {QStringLiteral(ORPHANSCOPE_WEBHOOK_LISTENER), receivedPath()});
        QVERIFY(m_listener.waitForReadyRead(10'000));
        m_listenerPort = m_listener.readLine().trimmed().toUShort();
        QVERIFY(m_listenerPort > 0);
    }

    void cleanupTestCase()
    {
        m_listener.kill();
        m_listener.waitForFinished();
    }

    void completeScansAreRecorded()
    {
        for (int i = 0; i < 3; ++i) {
            const CliRun run = scan({});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(!run.out.contains(u"ALERT"_s));
        }
        const CliRun partial = scan({u"--rate-limit-stop"_s, u"0.001"_s});
        QCOMPARE(partial.exitCode, 3);
        const CliRun unrecorded = scan({u"--no-history"_s});
        QCOMPARE(unrecorded.exitCode, 0);

        ScanHistory history(historyPath());
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        const QList<HistoryEntry> entries = history.entries();
        QCOMPARE(entries.size(), 3); // the partial scan and the --no-history one are not recorded
        for (const HistoryEntry &entry : entries) {
            QCOMPARE(entry.account, u"demo@127.0.0.1"_s);
            QCOMPARE(entry.scope, u"all image,video"_s);
            QVERIFY(entry.orphans > 20);
            QCOMPARE(entry.orphans, entries.constFirst().orphans);
            QVERIFY(entry.files > 1000);
            QVERIFY(entry.apiCalls >= 4);
            QVERIFY(entry.settings.contains(u"prompts_prompt.featured_image:image"_s));
        }
        QVERIFY(entries.at(0).startedAt <= entries.at(2).startedAt);
    }

    void orphanSpikeRaisesAnAlertEverywhere()
    {
        const qint64 usual = [this] {
            ScanHistory history(historyPath());
            QString error;
            history.open(&error);
            return history.entries().constLast().orphans;
        }();
        QCOMPARE(m_sandbox.upload(u"image"_s, int(usual * 2), u"failed-saves"_s).size(), int(usual * 2));

        SmtpServerProcess smtp;
        QVERIFY2(smtp.start(), qPrintable(smtp.error()));
        const QString webhook = u"http://127.0.0.1:%1/services/T000/B000/SECRET-TOKEN-123"_s.arg(m_listenerPort);
        qputenv("ADMINS", "ann@example.org");
        qputenv("EMAIL_URL", u"smtp://127.0.0.1:%1"_s.arg(smtp.port()).toUtf8());
        qputenv("DEFAULT_FROM_EMAIL", "scans@example.org");
        const CliRun run = runCli({u"--all"_s, u"--delay"_s, u"0"_s, u"--min-age-detect"_s, u"0"_s, u"--history"_s, historyPath(),
                                   u"--output"_s, m_dir.filePath(u"spike.csv"_s), u"--webhook"_s, webhook},
                                  m_sandbox.cloudinaryUrl(), m_databaseUrl, m_dir.path());
        qunsetenv("ADMINS");
        qunsetenv("EMAIL_URL");
        qunsetenv("DEFAULT_FROM_EMAIL");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"ALERT: Orphans spiked: %1 now, against a median of %2 over the last 3 scans"_s.arg(usual * 3).arg(usual)),
                 qPrintable(run.out));

        const QList<QJsonObject> messages = smtp.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.constFirst().value(u"subject"_s).toString().startsWith(u"[SPIKE] "_s));
        QVERIFY(messages.constFirst().value(u"body"_s).toString().contains(u"ALERT: Orphans spiked"_s));

        const QList<QJsonObject> posts = received();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.constFirst().value(u"path"_s).toString(), u"/services/T000/B000/SECRET-TOKEN-123"_s);
        QCOMPARE(posts.constFirst().value(u"content_type"_s).toString(), u"application/json"_s);
        const QJsonObject body = QJsonDocument::fromJson(posts.constFirst().value(u"body"_s).toString().toUtf8()).object();
        QVERIFY(body.value(u"text"_s).toString().contains(u"%1 orphaned files"_s.arg(QLocale(QLocale::English).toString(usual * 3))));
        QCOMPARE(body.value(u"content"_s).toString(), body.value(u"text"_s).toString());
        QCOMPARE(body.value(u"orphanscope"_s).toObject().value(u"orphans"_s).toInteger(), usual * 3);
        QVERIFY(body.value(u"orphanscope"_s).toObject().value(u"spike_alert"_s).toString().startsWith(u"Orphans spiked"_s));
        QVERIFY(run.out.contains(u"Summary posted to the webhook at 127.0.0.1"_s));
        QVERIFY(!run.out.contains(u"SECRET-TOKEN-123"_s) && !run.err.contains(u"SECRET-TOKEN-123"_s));
    }

    void webhookProblemsAreWarningsWithoutTheToken()
    {
        const CliRun refused = scan({u"--webhook"_s, u"http://127.0.0.1:1/hooks/SECRET-TOKEN-456"_s});
        QCOMPARE(refused.exitCode, 0); // the scan and its report stand
        QVERIFY2(refused.err.contains(u"The webhook at 127.0.0.1 could not be reached"_s), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(u"SECRET-TOKEN-456"_s) && !refused.out.contains(u"SECRET-TOKEN-456"_s));
        QCOMPARE(scan({u"--webhook"_s, u"ftp://example.org/hook"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliNotify)
#include "tst_cli_notify.moc"
