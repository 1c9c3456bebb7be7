#include "translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

QTranslator *Translations::s_app = nullptr;
QTranslator *Translations::s_qt = nullptr;

namespace {
const auto SettingKey = u"ui/language"_s;
} // namespace

QList<Translations::Language> Translations::available()
{
    // Each in its own language, as language menus show them.
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"fr"_s, u"Français"_s}};
}

QString Translations::nativeName(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

QString Translations::setting(const QSettings &settings)
{
    return settings.value(SettingKey).toString();
}

void Translations::setSetting(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(SettingKey);
    else
        settings.setValue(SettingKey, code);
}

QString Translations::install(const QString &code)
{
    for (QTranslator **translator : {&s_app, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    // A language chosen in the settings also formats numbers and dates; otherwise the system's
    // locale does, whatever language the interface falls back to.
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    auto app = std::make_unique<QTranslator>();
    // Picks the first of the locale's UI languages that has a translation (de_AT → de); English
    // otherwise (its catalogue holds the plural forms: "1 file", "2 files").
    if (!app->load(locale, u"orphanscope"_s, u"_"_s, u":/i18n"_s) && !app->load(u":/i18n/orphanscope_en"_s))
        return u"en"_s;
    const QString language = app->language().section(u'_', 0, 0);
    s_app = app.release();
    QCoreApplication::installTranslator(s_app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt.release();
        QCoreApplication::installTranslator(s_qt);
    }
    return language;
}

} // namespace Orphanscope::Gui
