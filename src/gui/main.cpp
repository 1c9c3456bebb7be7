// orphanscope: the desktop app.
#include "connectionprofile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
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
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.orphanscope.Orphanscope"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Find and review orphaned files in a Cloudinary account."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption fromEnvironment(u"from-environment"_s,
                                             u"Fill the settings from CLOUDINARY_URL and DATABASE_URL (profile \"Environment\")."_s);
    const QCommandLineOption scanNow(u"scan"_s, u"Start a scan as soon as the window opens."_s);
    const QCommandLineOption all(u"all"_s, u"With --from-environment: scan the whole account."_s);
    const QCommandLineOption types(u"resource-types"_s, u"With --from-environment: the types to scan (default image,video)."_s, u"list"_s);
    const QCommandLineOption reference(u"reference"_s, u"With --from-environment: a reference column TABLE.COLUMN[:TYPE]; repeatable."_s, u"spec"_s);
    parser.addOptions({fromEnvironment, scanNow, all, types, reference});
    parser.process(app);

    QSettings settings;
    MainWindow window(&settings, SecretStore::detectBackend());
    if (parser.isSet(fromEnvironment)) {
        ConnectionProfile profile;
        profile.name = u"Environment"_s;
        QString error;
        if (!profile.applyCloudinaryUrl(qEnvironmentVariable("CLOUDINARY_URL"), &error)
            || !profile.applyDatabaseUrl(qEnvironmentVariable("DATABASE_URL"), &error)) {
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
    if (parser.isSet(scanNow))
        QTimer::singleShot(0, &window, &MainWindow::startScan);
    return QApplication::exec();
}
