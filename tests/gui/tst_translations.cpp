// The app in German, French and English offscreen: translators installed the way main() does,
// the language menu, Qt's own strings, and a tooltip on every settings field.
#include "mainwindow.h"
#include "connectionsdialog.h"
#include "scanoptionspanel.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup()
    {
        Translations::install(u"en"_s);
    }

    void windowSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("scanAction");
        QTest::addColumn<QString>("qtButton"); // Qt's own translation of "Cancel"
        QTest::newRow("German") << u"de"_s << QStringList{u"&Datei"_s, u"&Scannen"_s, u"&Bearbeiten"_s, u"&Einstellungen"_s, u"&Ansicht"_s, u"&Hilfe"_s}
                                << u"&Scannen"_s << u"Abbrechen"_s;
        QTest::newRow("French") << u"fr"_s << QStringList{u"&Fichier"_s, u"&Analyser"_s, u"É&dition"_s, u"&Paramètres"_s, u"Affic&hage"_s, u"Ai&de"_s}
                                << u"&Analyser"_s << u"Annuler"_s;
        QTest::newRow("English") << u"en"_s << QStringList{u"&File"_s, u"&Scan"_s, u"&Edit"_s, u"Se&ttings"_s, u"&View"_s, u"&Help"_s}
                                 << u"&Scan"_s << u"Cancel"_s;
    }
    void windowSpeaksTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, scanAction);
        QFETCH(QString, qtButton);
        QCOMPARE(Translations::install(language), language);
        auto store = settings();
        MainWindow window(store.get(), SecretStore::Backend::SessionOnly);
        QCOMPARE(menuTitles(window), menus);
        const auto actions = window.findChildren<QAction *>();
        QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [&](QAction *a) { return a->text() == scanAction; }));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), qtButton);
        QCOMPARE(QLocale().language(), QLocale(language).language()); // numbers and dates follow the choice

        // A picture per language, to see that the longer words fit (docs/screenshot-<language>.png).
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString folder = QStringLiteral(ORPHANSCOPE_DOCS_DIR);
        QVERIFY(window.grab().save(QDir(folder).filePath(u"screenshot-%1.png"_s.arg(language))));
    }

    void regionalVariantsAndMissingLanguages()
    {
        QCOMPARE(Translations::install(u"de_AT"_s), u"de"_s); // a regional variant finds its language
        QCOMPARE(Translations::install(u"fr_CA"_s), u"fr"_s);
        QCOMPARE(Translations::install(u"it"_s), u"en"_s);    // no translation: English
    }

    // The real program with no setting follows the system locale (its --help is translated too).
    void programFollowsTheSystemLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("description");
        QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"Verwaiste Dateien in einem Cloudinary-Konto finden und prüfen."_s;
        QTest::newRow("fr_FR") << u"fr_FR.UTF-8"_s << u"Trouver et examiner les fichiers orphelins d’un compte Cloudinary."_s;
        QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"Find and review orphaned files in a Cloudinary account."_s;
    }
    void programFollowsTheSystemLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, description);
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, locale);
        environment.insert(u"LANG"_s, locale);
        environment.remove(u"LANGUAGE"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // no stored language
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(ORPHANSCOPE_GUI_PATH), {u"--help"_s});
        QVERIFY(program.waitForFinished(20'000));
        const QString help = QString::fromUtf8(program.readAllStandardOutput());
        QVERIFY2(help.contains(description), qPrintable(help));
    }

    void languageMenuStoresTheChoice()
    {
        auto store = settings();
        Translations::setSetting(*store, QString());
        MainWindow window(store.get(), SecretStore::Backend::SessionOnly);
        auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(menu);
        QStringList entries;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                entries.append(action->text());
        }
        QCOMPARE(entries, (QStringList{u"System default"_s, u"English"_s, u"Deutsch"_s, u"Français"_s}));
        QVERIFY(menu->actions().constFirst()->isChecked());

        // The confirmation is a modal box: answer "Later" as soon as it shows.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(u"Deutsch"_s));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"Later"_s)
                    button->click();
            }
        });
        const auto actions = menu->actions();
        const auto german = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->data().toString() == u"de"_s; });
        QVERIFY(german != actions.cend());
        (*german)->trigger();
        QCOMPARE(Translations::setting(*store), u"de"_s);
        QCOMPARE(settings()->value(u"ui/language"_s).toString(), u"de"_s);
    }

    // Every field of the scan options and of the Connections dialog says what it is for when hovered.
    void everySettingsFieldHasATooltip()
    {
        auto store = settings();
        MainWindow window(store.get(), SecretStore::Backend::SessionOnly);
        QStringList bare;
        const auto widgets = window.scanOptions()->findChildren<QWidget *>() + window.openConnections()->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool field = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                            || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QListWidget *>(widget);
            if (!field || qobject_cast<QLineEdit *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // the line edit inside a combo or spin box, a line edit's own buttons
            if (widget->toolTip().isEmpty())
                bare.append(u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                               widget->property("text").toString().isEmpty() ? widget->objectName()
                                                                                             : widget->property("text").toString()));
        }
        QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u", "_s)));
        QVERIFY(widgets.size() > 30);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
