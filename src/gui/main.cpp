// orphanscope: the desktop app.
#include "connectionprofile.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Orphanscope::Gui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Orphanscope"_s);
    QApplication::setOrganizationDomain(u"orphanscope.org"_s);
    QApplication::setApplicationName(u"Orphanscope"_s);
    QApplication::setApplicationVersion(QStringLiteral(ORPHANSCOPE_VERSION));
    QApplication::setDesktopFileName(u"org.orphanscope.Orphanscope"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.orphanscope.Orphanscope"_s, QIcon(u":/icons/org.orphanscope.Orphanscope.png"_s)));

    QSettings settings;
    Translations::install(Translations::setting(settings));

    QCommandLineParser parser;
    parser.setApplicationDescription(Translations::tr("Find and review orphaned files in a Cloudinary account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption fromEnvironment(u"from-environment"_s,
                                             Translations::tr("Fill the settings from CLOUDINARY_URL, DATABASE_URL and DATABASE_URLS (profile \"Environment\"); no first-run wizard."));
    const QCommandLineOption scanNow(u"scan"_s, Translations::tr("Start a scan as soon as the window opens."));
    const QCommandLineOption all(u"all"_s, Translations::tr("With --from-environment: scan the whole account."));
    const QCommandLineOption types(u"resource-types"_s, Translations::tr("With --from-environment: the types to scan (default image,video)."),
                                   u"list"_s);
    const QCommandLineOption reference(u"reference"_s,
                                       Translations::tr("With --from-environment: a reference column TABLE.COLUMN[:TYPE]; repeatable."), u"spec"_s);
    const QCommandLineOption language(u"language"_s, Translations::tr("Show the interface in this language (en, de, fr) this time."), u"code"_s);
    parser.addOptions({fromEnvironment, scanNow, all, types, reference, language});
    parser.process(app);
    if (parser.isSet(language))
        Translations::install(parser.value(language));
    MainWindow window(&settings, SecretStore::detectBackend());
    if (parser.isSet(fromEnvironment)) {
        ConnectionProfile profile;
        profile.name = u"Environment"_s;
        QString error;
        bool ok = profile.applyCloudinaryUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error)
                  && profile.applyDatabaseUrl(qEnvironmentVariable("DATABASE_URL"), &error);
        // DATABASE_URLS: the site's further databases, whitespace separated, as the CLI reads them.
        for (const QString &url : qEnvironmentVariable("DATABASE_URLS").split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
            ok = ok && profile.addDatabaseUrl(url, &error);
        if (!ok) {
            std::fprintf(stderr, "orphanscope: %s\n", qPrintable(error));
            return 2;
        }
        if (parser.isSet(all))
            profile.days = 0;
        if (parser.isSet(types))
            profile.resourceTypes = parser.value(types).split(u',', Qt::SkipEmptyParts);
        if (parser.isSet(reference))
            profile.references = parser.values(reference);
        window.useProfile(profile);
    }
    window.show();
    if (!parser.isSet(fromEnvironment) && window.needsSetup())
        window.openSetupWizard(); // the first start: no profile yet
    if (parser.isSet(scanNow))
        QTimer::singleShot(0, &window, &MainWindow::startScan);
    return QApplication::exec();
}
