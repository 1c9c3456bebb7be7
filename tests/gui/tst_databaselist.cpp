// A profile with several databases (a site whose text lives in a second database): added and
// removed in the form by clicking, tested together, scanned to exactly the sandbox's ground
// truth, and kept across a restart with every password out of the settings file.
#include "csvtable.h"
#include "databaseform.h"
#include "groundtruth.h"
#include "mainwindow.h"
#include "orphantablemodel.h"
#include "profilesecrets.h"
#include "profilestore.h"
#include "report/reportwriter.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "connectionsdialog.h"
#include "connectiontestbox.h"
#include "statuslabel.h"
#include "translations.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestDatabaseList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    const QStringList m_types{u"image"_s, u"video"_s, u"raw"_s};

    QString sqliteUrl(const QString &name) const { return u"sqlite:///"_s + m_dir.filePath(name); }
    QString truthPath() const { return m_dir.filePath(u"truth.csv"_s); }

    // The sandbox account with its field tables in fields.sqlite3 and its blog posts in text.sqlite3.
    ConnectionProfile twoDatabaseProfile() const
    {
        ConnectionProfile profile;
        profile.name = u"Site"_s;
        QString error;
        if (!profile.applyCloudinaryUrl(m_sandbox.cloudinaryUrl(), &error) || !profile.applyDatabaseUrl(sqliteUrl(u"fields.sqlite3"_s), &error)
            || !profile.addDatabaseUrl(sqliteUrl(u"text.sqlite3"_s), &error))
            qFatal("%s", qPrintable(error));
        profile.references = {u"prompts_prompt.featured_image:image"_s, u"prompts_prompt.featured_video:video"_s,
                              u"prompts_attachment.file:raw"_s, u"blog_post.body:text"_s, u"blog_post.blocks:text"_s};
        profile.cdnHosts = {u"media.example.org"_s};
        profile.resourceTypes = m_types;
        profile.days = 0;
        profile.pauseSeconds = 0;
        return profile;
    }

    static void save(MainWindow &window)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"Save &profile"_s)
                return action->trigger();
        }
        QFAIL("no Save profile action");
    }

    static QStringList scanInWindow(MainWindow &window, const ConnectionProfile &profile)
    {
        window.useProfile(profile);
        window.scanAction()->trigger();
        if (!QTest::qWaitFor([&window] { return window.lastResult().has_value(); }, 60'000))
            return {u"the scan did not finish"_s};
        return CsvTable::parse(ReportWriter::csv(window.results()->model()->orphans())).sortedLines();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // History, audit log and inventory under a home of this run's own: test mode alone puts them
        // in ~/.qttest, shared by every run on the machine (the history view shows the last 200 scans).
        qputenv("HOME", m_dir.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(u"en"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"2000"_s, u"--orphan-rate"_s, u"0.15"_s, u"--seed"_s, u"17"_s, u"--text-references"_s,
                                  u"0.3"_s, u"--write-database"_s, sqliteUrl(u"fields.sqlite3"_s), u"--text-database"_s,
                                  sqliteUrl(u"text.sqlite3"_s), u"--ground-truth"_s, truthPath()}),
                 qPrintable(m_sandbox.error()));
    }

    void addAndRemoveByClicking()
    {
        ConnectionsDialog panel;
        ConnectionProfile profile;
        QString error;
        QVERIFY(profile.applyDatabaseUrl(u"postgres://site:first-secret@db.example.org:5433/production"_s, &error));
        panel.setProfile(profile);
        panel.showPage(ConnectionsDialog::Page::Databases);
        panel.show();
        auto *chooser = panel.findChild<QComboBox *>(u"databaseChooser"_s);
        auto *add = panel.findChild<QAbstractButton *>(u"addDatabase"_s);
        auto *remove = panel.findChild<QAbstractButton *>(u"removeDatabase"_s);
        QVERIFY(chooser && add && remove);
        QCOMPARE(chooser->count(), 1);
        QVERIFY(!remove->isEnabled()); // the last database cannot go

        // Add a second one and fill it from a pasted URL, as an admin would.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(chooser->count(), 2);
        QCOMPARE(chooser->currentIndex(), 1);
        auto *form = panel.findChild<DatabaseForm *>();
        QLineEdit *pasted = nullptr;
        for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
            if (edit->placeholderText().startsWith(u"postgres://"_s))
                pasted = edit;
        }
        QVERIFY(pasted);
        QTest::keyClicks(pasted, u"mysql://stage:second-secret@staging.example.org:3306/staging"_s);
        QTest::keyClick(pasted, Qt::Key_Return);
        QCOMPARE(chooser->itemText(1), u"2. staging @ staging.example.org"_s);
        QCOMPARE(form->title(), u"Databases (2)"_s);
        QVERIFY(remove->isEnabled());

        ConnectionProfile edited = panel.profile();
        QCOMPARE(edited.databases.size(), 2);
        QCOMPARE(edited.databases.at(0).name, u"production"_s);
        QCOMPARE(edited.databases.at(0).password, u"first-secret"_s);
        QCOMPARE(edited.databases.at(1).kind, DatabaseConfig::Kind::Mysql);
        QCOMPARE(edited.databases.at(1).password, u"second-secret"_s);
        const auto settings = edited.toScanSettings(&error);
        QVERIFY(!settings); // no Cloudinary account yet: says so instead of scanning
        QVERIFY(error.contains(u"Cloudinary"_s));

        // Back to the first: its fields are as they were; an empty new database names itself.
        chooser->activated(0);
        QCOMPARE(form->current().name, u"production"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        edited = panel.profile();
        QCOMPARE(edited.databases.size(), 3);
        QVERIFY(!edited.databaseConfigs(&error));
        QCOMPARE(error, u"Database 3 ((new database)): PostgreSQL needs a database name"_s);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(panel.profile().databases, profile.databases + QList{edited.databases.at(1)});

        // Each database's password has a keyring key of its own.
        QCOMPARE(ProfileSecrets::keys(panel.profile()),
                 (QStringList{u"Default/cloudinary"_s, u"Default/database"_s, u"Default/database-2"_s, u"Default/mail"_s, u"Default/webhook"_s}));
        QCOMPARE(ProfileSecrets::value(panel.profile(), u"Default/database-2"_s), u"second-secret"_s);
    }

    // "Test connections" opens both; a reference table neither has is named.
    void testConnectionsChecksEveryDatabase()
    {
        ConnectionsDialog panel;
        ConnectionProfile profile = twoDatabaseProfile();
        panel.setProfile(profile);
        QSignalSpy tested(panel.tester(), &ConnectionTestBox::finished);
        panel.tester()->test();
        QVERIFY(tested.wait(20'000));
        QString shown;
        for (StatusLabel *label : panel.findChildren<StatusLabel *>()) {
            if (label->text().contains(u"Database:"_s))
                shown = label->text();
        }
        QVERIFY2(shown.contains(u"Connected to 2 databases (fields.sqlite3, text.sqlite3); every reference column exists"_s), qPrintable(shown));

        profile.references.append(u"news_item.body:text"_s);
        panel.setProfile(profile);
        panel.tester()->test();
        QVERIFY(tested.wait(20'000));
        for (StatusLabel *label : panel.findChildren<StatusLabel *>()) {
            if (label->text().contains(u"Database:"_s))
                shown = label->text();
        }
        QVERIFY2(shown.contains(u"\"news_item\" does not exist in any of the databases (fields.sqlite3, text.sqlite3)"_s), qPrintable(shown));
    }

    // The app scans both: exactly the generated orphans. With the text database removed, every
    // file only a blog post references would be reported, so the second database is what keeps them.
    void scanOfBothDatabasesEqualsTheGroundTruth()
    {
        QSettings settings(m_dir.filePath(u"scan.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.resize(1400, 900);
        window.show();
        const QStringList expected = expectedOrphans(truthPath(), m_types);
        QVERIFY(expected.size() > 100);
        QCOMPARE(scanInWindow(window, twoDatabaseProfile()), expected);

        ConnectionProfile fieldsOnly = twoDatabaseProfile();
        fieldsOnly.databases.removeLast();
        fieldsOnly.references = fieldsOnly.references.mid(0, 3);
        const QStringList reported = scanInWindow(window, fieldsOnly);
        QVERIFY2(reported.size() > expected.size() + 100, qPrintable(u"%1 vs %2"_s.arg(reported.size()).arg(expected.size())));
    }

    // Saved and loaded again: both databases, no password in the file; the session's keyring
    // stand-in hands each database its own password when the profile is chosen again.
    void everyDatabaseSurvivesARestartWithoutItsPassword()
    {
        const QString path = m_dir.filePath(u"settings.ini"_s);
        QSettings settings(path, QSettings::IniFormat);
        ConnectionProfile profile = twoDatabaseProfile();
        QString error;
        QVERIFY(profile.addDatabaseUrl(u"postgres://stage:staging-password-never-stored@staging.example.org/staging"_s, &error));
        profile.databases[0].password = u"main-password-never-stored"_s;
        {
            MainWindow window(&settings, SecretStore::Backend::SessionOnly);
            window.useProfile(profile);
            window.close();
        }
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("staging.example.org"));
        QVERIFY(stored.contains("text.sqlite3"));
        QVERIFY(!stored.contains("password-never-stored"));

        const ConnectionProfile loaded = ProfileStore(&settings).load(u"Site"_s);
        QCOMPARE(loaded.databases.size(), 3);
        for (qsizetype i = 0; i < loaded.databases.size(); ++i) {
            DatabaseConnection expected = profile.databases.at(i);
            expected.password.clear();
            QCOMPARE(loaded.databases.at(i), expected);
        }

        // One window: save, switch profile, come back; the passwords return from the secret store.
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.useProfile(profile);
        save(window);
        auto *profiles = window.findChild<QComboBox *>(u"profileBox"_s);
        QVERIFY(profiles);
        ConnectionProfile other;
        other.name = u"Other"_s;
        window.useProfile(other);
        QCOMPARE(window.currentProfile().databases.size(), 1);
        profiles->activated(profiles->findText(u"Site"_s));
        const ConnectionProfile back = window.currentProfile();
        QCOMPARE(back.databases.size(), 3);
        QCOMPARE(back.databases.at(0).password, u"main-password-never-stored"_s);
        QCOMPARE(back.databases.at(2).password, u"staging-password-never-stored"_s);

        // A database removed and saved takes its password out of the store too.
        ConnectionProfile fewer = back;
        fewer.databases.removeLast();
        window.useProfile(fewer);
        save(window);
        window.useProfile(other);
        profiles->activated(profiles->findText(u"Site"_s));
        QCOMPARE(window.currentProfile().databases.size(), 2);
    }
};

QTEST_MAIN(TestDatabaseList)
#include "tst_databaselist.moc"
