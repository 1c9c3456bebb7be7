#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;
class QTranslator;

namespace Orphanscope::Gui {

// The languages the app is translated into and the translators of the running app: Orphanscope's
// own (compiled in from translations/*.ts) and Qt's (the system's qt6-translations-l10n), chosen
// by the setting "ui/language" or, when that is empty, by the system locale.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Orphanscope::Gui::Translations)

public:
    struct Language
    {
        QString code;       // "de"; empty: follow the system
        QString nativeName; // "Deutsch"
    };

    static QList<Language> available();

    static QString setting(const QSettings &settings);
    static void setSetting(QSettings &settings, const QString &code);

    // Installs the translators for `code` (empty: the system locale's language) into the
    // application, replacing earlier ones. Returns the language in use ("en" when untranslated).
    static QString install(const QString &code);

    static QString nativeName(const QString &code);

private:
    static QTranslator *s_app;
    static QTranslator *s_qt;
};

} // namespace Orphanscope::Gui
