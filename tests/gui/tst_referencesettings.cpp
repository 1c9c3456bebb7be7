// The app's side of text references: Discover (off the GUI thread) adds exactly the columns that
// reference files, clicked like an admin would; "search every text column" and the CDN hosts
// are kept in the profile and reach the scan.
#include "connectionprofile.h"
#include "deletedialog.h"
#include "profilestore.h"
#include "scanfollowup.h"
#include "connectionsdialog.h"
#include "referencesform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestReferenceSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess writer;
        writer.start(QStringLiteral(ORPHANSCOPE_SANDBOX_PATH), {u"--generate"_s, u"1500"_s, u"--seed"_s, u"3"_s, u"--text-references"_s, u"0.3"_s,
                                                              u"--write-database"_s, u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), u"--no-serve"_s});
        QVERIFY(writer.waitForFinished(30'000));
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    }

    void discoverAddsTheReferenceColumns()
    {
        ConnectionsDialog panel;
        ConnectionProfile profile;
        QString error;
        QVERIFY(profile.applyCloudinaryUrl(u"cloudinary://key:secret@demo"_s, &error));
        QVERIFY(profile.applyDatabaseUrl(u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), &error));
        profile.references = {u"prompts_prompt.featured_image:image"_s};
        profile.cdnHosts = {u"media.example.org"_s};
        panel.setProfile(profile);
        panel.showPage(ConnectionsDialog::Page::References);
        panel.show();

        QSignalSpy discovered(panel.references(), &ReferencesForm::discoveryFinished);
        auto *button = panel.findChild<QPushButton *>(u"discoverButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(discovered.wait(20'000));
        QStringList references = panel.profile().references;
        references.sort();
        QCOMPARE(references, (QStringList{u"blog_post.blocks:text"_s, u"blog_post.body:text"_s, u"prompts_attachment.file:raw"_s,
                                          u"prompts_prompt.featured_image:image"_s, u"prompts_prompt.featured_video:video"_s}));
    }

    void textSettingsReachTheScanAndSurviveARestart()
    {
        const QString path = m_dir.filePath(u"settings.ini"_s);
        {
            ConnectionsDialog panel;
            ConnectionProfile profile;
            QString error;
            QVERIFY(profile.applyCloudinaryUrl(u"cloudinary://key:secret@demo?cname=img.example.com"_s, &error));
            QVERIFY(profile.applyDatabaseUrl(u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), &error));
            panel.setProfile(profile);
            panel.findChild<QCheckBox *>(u"referenceAllText"_s)->setChecked(true);
            QLineEdit *hosts = panel.findChild<QLineEdit *>(u"cdnHosts"_s);
            QCOMPARE(hosts->text(), u"img.example.com"_s); // from CLOUDINARY_URL's cname
            hosts->end(false);
            QTest::keyClicks(hosts, u" media.example.org cdn.example.net"_s);
            const ConnectionProfile edited = panel.profile();
            const auto settings = edited.toScanSettings(&error);
            QVERIFY2(settings, qPrintable(error));
            QVERIFY(settings->referenceAllText);
            QCOMPARE(settings->cloudinary.deliveryHosts, (QStringList{u"img.example.com"_s, u"media.example.org"_s, u"cdn.example.net"_s}));
            QSettings stored(path, QSettings::IniFormat);
            ProfileStore(&stored).save(edited);
        }
        QSettings stored(path, QSettings::IniFormat);
        const ConnectionProfile loaded = ProfileStore(&stored).load(u"Default"_s);
        QVERIFY(loaded.referenceAllText);
        QCOMPARE(loaded.cdnHosts, (QStringList{u"img.example.com"_s, u"media.example.org"_s, u"cdn.example.net"_s}));
    }

    // MySQL and MariaDB in the app: a pasted mysql:// URL picks the kind, and it comes back.
    void mysqlProfileRoundTrip()
    {
        ConnectionsDialog panel;
        ConnectionProfile profile;
        QString error;
        QVERIFY(profile.applyDatabaseUrl(u"mysql://site:pw%40rd@db.example.org:3307/shop"_s, &error));
        QCOMPARE(profile.databases.first().kind, DatabaseConfig::Kind::Mysql);
        panel.setProfile(profile);
        QCOMPARE(panel.findChild<QComboBox *>(u"databaseKind"_s)->currentIndex(), 2);
        const auto configs = panel.profile().databaseConfigs(&error);
        QVERIFY2(configs, qPrintable(error));
        QCOMPARE(configs->size(), 1);
        const auto config = configs->constBegin();
        QCOMPARE(config->kind, DatabaseConfig::Kind::Mysql);
        QCOMPARE(config->port, 3307);
        QCOMPARE(config->password, u"pw@rd"_s);
        QVERIFY(config->sslMode.isEmpty());
    }

    // The log says which columns a scan read, so a verdict can be judged by what it rests on.
    void theLogNamesTheColumnsRead()
    {
        ScanFollowUp followUp(m_dir.filePath(u"history.sqlite3"_s));
        QSignalSpy notices(&followUp, &ScanFollowUp::notice);
        ReferenceSummary references;
        for (int i = 0; i < 10; ++i)
            references.columns.append(u"t.c%1:text"_s.arg(i));
        followUp.describeReferences(references);
        QCOMPARE(notices.size(), 1);
        const QString text = notices.first().first().toString();
        QVERIFY2(text.startsWith(u"References read: t.c0:text, t.c1:text"_s) && text.endsWith(u" and 2 more"_s), qPrintable(text));
    }

    // Before the typed confirmation, the delete dialog says when its check leaves text columns unread.
    void deleteDialogWarnsAboutUnreadTextColumns()
    {
        DeletionSettings settings;
        settings.auditPath = m_dir.filePath(u"audit.csv"_s);
        CloudinaryResource file;
        file.publicId = u"blog/cat"_s;
        {
            DeleteDialog dialog(settings, {file});
            QVERIFY(dialog.findChild<QLabel *>(u"textCoverageWarning"_s));
        }
        settings.referenceAllText = true;
        DeleteDialog dialog(settings, {file});
        QVERIFY(!dialog.findChild<QLabel *>(u"textCoverageWarning"_s));
    }
};

QTEST_MAIN(TestReferenceSettings)
#include "tst_referencesettings.moc"
