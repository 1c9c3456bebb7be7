// The first run as an admin meets it: a window with no profile opens the wizard, which is walked
// through with the keyboard and the mouse against the sandbox and an SQLite database — a wrong
// URL and a missing database file first, each answered in words, then the right ones, the
// account and databases tested, the reference columns detected — to a saved profile and a
// finished scan that finds exactly the generated orphans. The pages are photographed for the README.
#include "cloudinaryform.h"
#include "connectiontestbox.h"
#include "csvtable.h"
#include "databaseform.h"
#include "groundtruth.h"
#include "mainwindow.h"
#include "orphantablemodel.h"
#include "profilestore.h"
#include "referencesform.h"
#include "report/reportwriter.h"
#include "resultsview.h"
#include "scancontroller.h"
#include "sandboxprocess.h"
#include "setupwizard.h"
#include "translations.h"
#include "ui_setupcloudinarypage.h"
#include "ui_setupdatabasepage.h"
#include "ui_setupfinishpage.h"
#include "ui_setupreferencespage.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;

    QString databasePath() const { return m_dir.filePath(u"site.sqlite3"_s); }

    static QString shownText(const QWidget *page)
    {
        QStringList texts;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible())
                texts.append(label->text());
        }
        return texts.join(u'\n');
    }

    // Pastes a URL into a form's "Paste URL" field and presses Enter, as an admin would.
    static void paste(QWidget *form, const QString &url)
    {
        auto *field = form->findChild<QLineEdit *>(u"pasteUrl"_s);
        QVERIFY(field);
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier); // over what a failed paste left
        QTest::keyClicks(field, url);
        QTest::keyClick(field, Qt::Key_Return);
    }

    static void runTest(ConnectionTestBox *tester, bool expected)
    {
        QSignalSpy finished(tester, &ConnectionTestBox::finished);
        QTest::mouseClick(tester->button(), Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toBool(), expected);
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QTest::qWait(100); // the page's layout settles first: text set a moment ago gets its lines
        QVERIFY(widget->grab().save(QDir(QStringLiteral(ORPHANSCOPE_DOCS_DIR)).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(u"en"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"2000"_s, u"--seed"_s, u"9"_s, u"--orphan-rate"_s, u"0.1"_s, u"--write-database"_s,
                                  u"sqlite:///"_s + databasePath(), u"--ground-truth"_s, m_dir.filePath(u"truth.csv"_s)}),
                 qPrintable(m_sandbox.error()));
    }

    void firstRunToAFinishedScan()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.needsSetup()); // no profile yet: main() opens the wizard
        SetupWizard *wizard = window.openSetupWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(SetupWizard::CloudinaryPage));

        // 1. The account: a URL without its secret is refused in words; the right one fills the fields.
        CloudinaryForm *cloudinary = wizard->cloudinaryPage().cloudinary;
        paste(cloudinary, u"cloudinary://demo-key@demo"_s);
        QVERIFY2(shownText(wizard->currentPage()).contains(u"secret"_s), qPrintable(shownText(wizard->currentPage())));
        QVERIFY(wizard->profile().cloudName.isEmpty());
        paste(cloudinary, m_sandbox.cloudinaryUrl());
        QCOMPARE(wizard->profile().cloudName, u"demo"_s);
        runTest(wizard->cloudinaryPage().tester, true);
        QVERIFY2(shownText(wizard->currentPage()).contains(u"Cloudinary: Connected to demo"_s), qPrintable(shownText(wizard->currentPage())));
        saveScreenshot(wizard, u"screenshot-wizard-1.png"_s);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DatabasePage));

        // 2. The database: a file that is not there says so; the site's file opens.
        DatabaseForm *database = wizard->databasePage().database;
        paste(database, u"sqlite:///"_s + m_dir.filePath(u"missing.sqlite3"_s));
        runTest(wizard->databasePage().tester, false);
        QVERIFY2(shownText(wizard->currentPage()).contains(u"missing.sqlite3"_s), qPrintable(shownText(wizard->currentPage())));
        paste(database, u"sqlite:///"_s + databasePath());
        runTest(wizard->databasePage().tester, true);
        QVERIFY2(shownText(wizard->currentPage()).contains(u"Database: Connected to"_s), qPrintable(shownText(wizard->currentPage())));
        saveScreenshot(wizard, u"screenshot-wizard-2.png"_s);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ReferencesPage));

        // 3. The reference columns: Detect adds the raw attachments beside the two defaults.
        ReferencesForm *references = wizard->referencesPage().references;
        QSignalSpy detected(references, &ReferencesForm::detectionFinished);
        QTest::mouseClick(references->findChild<QAbstractButton *>(u"detectButton"_s), Qt::LeftButton);
        QVERIFY(detected.wait(20'000));
        QVERIFY2(wizard->profile().references.contains(u"prompts_attachment.file:raw"_s), qPrintable(wizard->profile().references.join(u", "_s)));
        runTest(wizard->referencesPage().tester, true);
        QVERIFY2(shownText(wizard->currentPage()).contains(u"every reference column exists"_s), qPrintable(shownText(wizard->currentPage())));
        saveScreenshot(wizard, u"screenshot-wizard-3.png"_s);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPage));

        // 4. Named and saved; Finish scans.
        QLineEdit *name = wizard->finishPage().profileName;
        QCOMPARE(name->text(), u"demo"_s); // the cloud's name unless the admin gives another
        name->selectAll();
        QTest::keyClicks(name, u"production"_s);
        QVERIFY(wizard->finishPage().scanNow->isEnabled());
        QVERIFY(wizard->finishPage().scanNow->isChecked());
        QVERIFY2(!shownText(wizard->currentPage()).contains(u"Not ready"_s), qPrintable(shownText(wizard->currentPage())));
        saveScreenshot(wizard, u"screenshot-wizard-4.png"_s);
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QVERIFY(!window.needsSetup());
        QCOMPARE(ProfileStore(&settings).names(), QStringList{u"production"_s});
        QCOMPARE(window.currentProfile().name, u"production"_s);
        const ScanResult result = *window.lastResult();
        QVERIFY(!result.isPartial());
        const QStringList expected = expectedOrphans(m_dir.filePath(u"truth.csv"_s), {u"image"_s, u"video"_s}, since);
        QVERIFY(expected.size() > 10);
        QCOMPARE(CsvTable::parse(ReportWriter::csv(window.results()->model()->orphans())).sortedLines(), expected);

        // The secret went to the keyring, not to the settings file.
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("demo-secret"));
    }

    // Someone who knows better: Cancel leaves the window as it was, with no profile saved, and
    // every step can be passed over without testing.
    void everyStepCanBeSkipped()
    {
        QSettings settings(m_dir.filePath(u"skip.ini"_s), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.show();
        SetupWizard *wizard = window.openSetupWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        for (int page = SetupWizard::CloudinaryPage; page < SetupWizard::FinishPage; ++page) {
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        }
        QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPage));
        // Nothing entered: it says what is missing and will not scan.
        QVERIFY2(shownText(wizard->currentPage()).contains(u"Not ready to scan yet: Cloudinary needs a cloud name"_s),
                 qPrintable(shownText(wizard->currentPage())));
        QVERIFY(!wizard->finishPage().scanNow->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(window.needsSetup());
        QVERIFY(!window.controller()->isRunning());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
