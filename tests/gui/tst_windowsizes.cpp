// Every window and dialog on a laptop: CTest runs this four times, on a 1366×768 and a 1024×640
// screen at scale factors 1 and 2 (the offscreen platform's screens in tests/gui/screens/), and
// each run goes through English, German (the longest labels) and French. A window whose least
// size does not fit the screen, a label cut off or given fewer lines than its text needs, a
// button or tab narrower than its text, or a status bar out of sight fails.
#include "connectionsdialog.h"
#include "connectiontestbox.h"
#include "deletedialog.h"
#include "emaildialog.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "orphantablemodel.h"
#include "restoredialog.h"
#include "scanoptionspanel.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "setupwizard.h"
#include "translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestWindowSizes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_screenName;
    QString m_language;
    static constexpr int TitleBar = 32; // the decoration a window manager adds above a window

    ConnectionProfile sandboxProfile() const
    {
        ConnectionProfile profile;
        profile.name = u"Sandbox"_s;
        QString error;
        if (!profile.applyCloudinaryUrl(m_sandbox.cloudinaryUrl(), &error)
            || !profile.applyDatabaseUrl(u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), &error))
            qFatal("%s", qPrintable(error));
        profile.days = 0;
        profile.pauseSeconds = 0;
        profile.resourceTypes = {u"image"_s, u"video"_s, u"raw"_s};
        profile.references.append(u"prompts_attachment.file:raw"_s);
        return profile;
    }

    // The pictures of the README: English, on the 1366×768 laptop at scale 1.
    bool picturesWanted() const
    {
        return m_screenName == u"laptop"_s && m_language == u"en"_s;
    }

    void saveScreenshot(QWidget *window, const QString &name) const
    {
        if (!picturesWanted())
            return;
        QVERIFY(window->grab().save(QDir(QStringLiteral(ORPHANSCOPE_DOCS_DIR)).filePath(name)));
    }

    static QString describe(const QWidget *widget)
    {
        QString text = widget->property("text").toString();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        return u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60), widget->objectName());
    }

    // What is wrong with one shown window, in words; empty when it fits.
    static QStringList misfits(QWidget *window)
    {
        QStringList wrong;
        const QSize screen = window->screen()->availableGeometry().size();
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (least.width() > screen.width() || least.height() + TitleBar > screen.height()) {
            // Name the widest parts, so that the message says where the room went.
            QStringList widest;
            for (QWidget *widget : window->findChildren<QWidget *>()) {
                const QSize hint = widget->minimumSizeHint();
                if (widget->isVisibleTo(window) && (hint.width() > screen.width() / 3 || hint.height() > screen.height() / 4))
                    widest.append(u"%1 %2×%3"_s.arg(describe(widget)).arg(hint.width()).arg(hint.height()));
            }
            wrong.append(u"needs at least %1×%2 on a %3×%4 screen (%5)"_s.arg(least.width()).arg(least.height()).arg(screen.width()).arg(screen.height()).arg(widest.join(u", "_s)));
        }
        if (window->width() > screen.width() || window->height() + TitleBar > screen.height())
            wrong.append(u"opens at %1×%2 on a %3×%4 screen"_s.arg(window->width()).arg(window->height()).arg(screen.width()).arg(screen.height()));
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(window) || widget->window() != window)
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
                if (label->wordWrap() && label->height() < label->heightForWidth(label->width()))
                    wrong.append(u"%1 has %2 px of the %3 its lines need"_s.arg(describe(label)).arg(label->height()).arg(label->heightForWidth(label->width())));
                else if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
                    wrong.append(u"%1 is cut off: %2 of %3 px"_s.arg(describe(label)).arg(label->width()).arg(label->minimumSizeHint().width()));
            } else if ((qobject_cast<QAbstractButton *>(widget) && !widget->property("text").toString().isEmpty())
                       || qobject_cast<QComboBox *>(widget)) { // not the icons of line edits and docks
                if (widget->width() < widget->minimumSizeHint().width())
                    wrong.append(u"%1 is cut off: %2 of %3 px"_s.arg(describe(widget)).arg(widget->width()).arg(widget->minimumSizeHint().width()));
            } else if (auto *header = qobject_cast<QHeaderView *>(widget);
                       header && header->orientation() == Qt::Horizontal && header->parentWidget()->objectName() == u"orphanTable"_s) {
                for (int section = 0; section < header->count(); ++section) { // the orphan table's headings, as they open
                    if (!header->isSectionHidden(section) && header->sectionSize(section) < header->sectionSizeHint(section)
                        && section != header->count() - 1 - header->hiddenSectionCount())
                        wrong.append(u"heading \"%1\" is cut off: %2 of %3 px"_s.arg(header->model()->headerData(section, Qt::Horizontal).toString())
                                         .arg(header->sectionSize(section)).arg(header->sectionSizeHint(section)));
                }
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(u'&'));
                    if (tabs->tabRect(i).width() < needed)
                        wrong.append(u"tab \"%1\" is elided: %2 of %3 px"_s.arg(tabs->tabText(i)).arg(tabs->tabRect(i).width()).arg(needed));
                }
            }
        }
        return wrong;
    }

    // Shown at the size it opens with (at least its preferred size, as the window system would),
    // or as much of it as the screen has room for.
    static void showFitted(QWidget *window)
    {
        const QSize screen = window->screen()->availableGeometry().size() - QSize(0, TitleBar);
        window->resize(window->size().expandedTo(window->sizeHint()).boundedTo(screen));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::processEvents();
    }

#define QVERIFY_FITS(window, what)                                                                                                    \
    do {                                                                                                                              \
        QTest::qWait(100); /* the layouts settle: each level's request is an event of its own */                                      \
        const QStringList wrong = misfits(window);                                                                                    \
        QVERIFY2(wrong.isEmpty(), qPrintable(u"%1 on %2 in %3: "_s.arg(what, m_screenName, m_language) + wrong.join(u"; "_s))); \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        // The screen this run was given, as the user sees it (logical pixels).
        m_screenName = qEnvironmentVariable("ORPHANSCOPE_TEST_SCREEN");
        const QSize expected = QSize(qEnvironmentVariableIntValue("ORPHANSCOPE_TEST_WIDTH"), qEnvironmentVariableIntValue("ORPHANSCOPE_TEST_HEIGHT"));
        QVERIFY2(!m_screenName.isEmpty() && expected.isValid(), "run through CTest: it sets the screen");
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), expected);
        QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s).toDouble());
        const QString database = u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"1500"_s, u"--seed"_s, u"5"_s, u"--orphan-rate"_s, u"0.12"_s, u"--write-database"_s, database}),
                 qPrintable(m_sandbox.error()));
    }

    void cleanup()
    {
        Translations::install(u"en"_s);
    }

    void everyWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    // The main window on the first start (no scan yet), after a scan, and with the scan options
    // hidden; the table shows its default columns whole at 1366 pixels.
    void everyWindow()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        m_language = language;
        QSettings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(language)), QSettings::IniFormat);
        MainWindow window(&settings, SecretStore::Backend::SessionOnly);
        window.useProfile(sandboxProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY_FITS(&window, u"the main window before a scan"_s);
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.statusBar()->geometry().bottom() < window.height());

        window.startScan();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value(), 60'000);
        QVERIFY(window.lastResult()->totalOrphans() > 0);
        // Every tab shown once, as a user looks around: a page laid out for the first time may
        // ask for more room than it did unseen.
        for (int tab = window.tabs()->count() - 1; tab >= 0; --tab) {
            window.tabs()->setCurrentIndex(tab);
            QTest::qWait(20);
        }
        (void)window.grab();
        QVERIFY_FITS(&window, u"the main window after a scan"_s);
        saveScreenshot(&window, u"screenshot-laptop-main.png"_s);

        // The table's default columns (public id, decision, type, size, format, uploaded and
        // folder) are in view on the laptop beside the scan options and the preview; the last one,
        // which stretches, keeps at least 100 pixels.
        QTableView *table = window.results()->table();
        if (window.width() >= 1300) {
            int fixed = 0;
            int last = -1;
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                if (table->isColumnHidden(column))
                    continue;
                if (last >= 0)
                    fixed += table->columnWidth(last);
                last = column;
            }
            QCOMPARE(last, int(OrphanTableModel::FolderColumn));
            QVERIFY2(fixed + 100 <= table->viewport()->width(),
                     qPrintable(u"%1 px of columns before the folder in a %2 px table"_s.arg(fixed).arg(table->viewport()->width())));
        }
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(!window.scanOptions()->isVisible());
        QVERIFY_FITS(&window, u"the main window without scan options"_s);
        QTest::keyClick(&window, Qt::Key_F9);

        ConnectionsDialog *connections = window.openConnections();
        for (auto page : {ConnectionsDialog::Page::Cloudinary, ConnectionsDialog::Page::Databases, ConnectionsDialog::Page::References,
                          ConnectionsDialog::Page::Mail}) {
            connections->showPage(page);
            showFitted(connections);
            QVERIFY_FITS(connections, u"the Connections dialog, page %1"_s.arg(int(page) + 1));
            if (page == ConnectionsDialog::Page::Cloudinary && picturesWanted()) { // with the test's answers
                QSignalSpy tested(connections->tester(), &ConnectionTestBox::finished);
                connections->tester()->test();
                QVERIFY(tested.wait(20'000));
                QVERIFY_FITS(connections, u"the Connections dialog after a test"_s);
                saveScreenshot(connections, u"screenshot-laptop-connections.png"_s);
            }
        }
        connections->reject();

        EmailDialog *email = window.openEmailDialog();
        QVERIFY(email);
        showFitted(email);
        QVERIFY_FITS(email, u"the email dialog"_s);
        email->close();

        table->selectRow(0);
        DeleteDialog *deletion = window.openDeleteDialog();
        QVERIFY(deletion);
        showFitted(deletion);
        QVERIFY_FITS(deletion, u"the delete dialog"_s);
        deletion->close();

        window.results()->showLargePreview(); // Space on the table
        QDialog *preview = window.results()->findChild<QDialog *>();
        QVERIFY(preview);
        showFitted(preview);
        QVERIFY_FITS(preview, u"the large preview"_s);
        preview->close();

        RestoreDialog restore(RestoreSettings{}, &window);
        showFitted(&restore);
        QVERIFY_FITS(&restore, u"the restore dialog"_s);

        HelpDialog *help = window.openHelp();
        showFitted(help);
        QVERIFY_FITS(help, u"the help"_s);
        help->close();
    }

    void firstRunWizard_data()
    {
        everyWindow_data();
    }

    void firstRunWizard()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        m_language = language;
        SetupWizard wizard(ConnectionProfile{});
        showFitted(&wizard);
        for (int page = 1; page <= 4; ++page) {
            QCoreApplication::processEvents();
            QVERIFY_FITS(&wizard, u"the first-run wizard, page %1"_s.arg(page));
            wizard.next();
        }
    }
};

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
