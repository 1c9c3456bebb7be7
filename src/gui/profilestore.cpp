#include "profilestore.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(u"profiles"_s);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (QString &name : names)
        name = QUrl::fromPercentEncoding(name.toLatin1());
    return names;
}

// One database's fields in the current group; the first database keeps the keys it always had.
static DatabaseConnection loadDatabase(const QSettings &settings)
{
    DatabaseConnection d;
    if (settings.value(u"sqlite"_s, false).toBool())
        d.kind = DatabaseConfig::Kind::Sqlite;
    else if (settings.value(u"mysql"_s, false).toBool())
        d.kind = DatabaseConfig::Kind::Mysql;
    d.host = settings.value(u"host"_s, d.host).toString();
    d.port = settings.value(u"port"_s, d.port).toInt();
    d.name = settings.value(u"name"_s, d.name).toString();
    d.user = settings.value(u"user"_s, d.user).toString();
    d.sslMode = settings.value(u"sslMode"_s, d.sslMode).toString();
    d.sqlitePath = settings.value(u"sqlitePath"_s, d.sqlitePath).toString();
    return d;
}

static void saveDatabase(QSettings &settings, const DatabaseConnection &d)
{
    settings.setValue(u"sqlite"_s, d.kind == DatabaseConfig::Kind::Sqlite);
    settings.setValue(u"mysql"_s, d.kind == DatabaseConfig::Kind::Mysql);
    settings.setValue(u"host"_s, d.host);
    settings.setValue(u"port"_s, d.port);
    settings.setValue(u"name"_s, d.name);
    settings.setValue(u"user"_s, d.user);
    settings.setValue(u"sslMode"_s, d.sslMode);
    settings.setValue(u"sqlitePath"_s, d.sqlitePath);
    // The password is deliberately absent: it belongs in the keyring.
}

static QString groupFor(const QString &name)
{
    return u"profiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ConnectionProfile ProfileStore::load(const QString &name) const
{
    ConnectionProfile p;
    p.name = name;
    m_settings->beginGroup(groupFor(name));
    p.cloudName = m_settings->value(u"cloudinary/cloudName"_s, p.cloudName).toString();
    p.apiKey = m_settings->value(u"cloudinary/apiKey"_s, p.apiKey).toString();
    p.apiHost = m_settings->value(u"cloudinary/apiHost"_s, p.apiHost).toString();
    m_settings->beginGroup(u"database"_s);
    p.databases = {loadDatabase(*m_settings)};
    m_settings->endGroup();
    const int others = m_settings->beginReadArray(u"otherDatabases"_s);
    for (int i = 0; i < others; ++i) {
        m_settings->setArrayIndex(i);
        p.databases.append(loadDatabase(*m_settings));
    }
    m_settings->endArray();
    p.references = m_settings->value(u"scan/references"_s, p.references).toStringList();
    p.referenceAllText = m_settings->value(u"scan/referenceAllText"_s, p.referenceAllText).toBool();
    p.cdnHosts = m_settings->value(u"scan/cdnHosts"_s, p.cdnHosts).toStringList();
    p.days = m_settings->value(u"scan/days"_s, p.days).toInt();
    p.resourceTypes = m_settings->value(u"scan/resourceTypes"_s, p.resourceTypes).toStringList();
    p.pauseSeconds = m_settings->value(u"scan/pauseSeconds"_s, p.pauseSeconds).toDouble();
    p.parallelListing = m_settings->value(u"scan/parallelListing"_s, p.parallelListing).toInt();
    p.inventoryMode = m_settings->value(u"scan/inventoryMode"_s, p.inventoryMode).toInt();
    p.waitForReset = m_settings->value(u"scan/waitForReset"_s, p.waitForReset).toBool();
    p.ignorePatterns = m_settings->value(u"scan/ignorePatterns"_s, p.ignorePatterns).toStringList();
    p.minAgeDetectHours = m_settings->value(u"scan/minAgeDetectHours"_s, p.minAgeDetectHours).toDouble();
    p.deleteMinAgeHours = m_settings->value(u"delete/minAgeHours"_s, p.deleteMinAgeHours).toDouble();
    p.dashboardUrlTemplate = m_settings->value(u"dashboardUrlTemplate"_s, p.dashboardUrlTemplate).toString();
    p.mailHost = m_settings->value(u"mail/host"_s, p.mailHost).toString();
    p.mailPort = m_settings->value(u"mail/port"_s, p.mailPort).toInt();
    p.mailSecurity = m_settings->value(u"mail/security"_s, p.mailSecurity).toInt();
    p.mailUser = m_settings->value(u"mail/user"_s, p.mailUser).toString();
    p.mailFrom = m_settings->value(u"mail/from"_s, p.mailFrom).toString();
    p.admins = m_settings->value(u"mail/admins"_s, p.admins).toString();
    p.appName = m_settings->value(u"mail/appName"_s, p.appName).toString();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(u"cloudinary/cloudName"_s, p.cloudName);
    m_settings->setValue(u"cloudinary/apiKey"_s, p.apiKey);
    m_settings->setValue(u"cloudinary/apiHost"_s, p.apiHost);
    m_settings->beginGroup(u"database"_s);
    saveDatabase(*m_settings, p.databases.value(0));
    m_settings->endGroup();
    m_settings->remove(u"otherDatabases"_s);
    m_settings->beginWriteArray(u"otherDatabases"_s, int(p.databases.size()) - 1);
    for (qsizetype i = 1; i < p.databases.size(); ++i) {
        m_settings->setArrayIndex(int(i) - 1);
        saveDatabase(*m_settings, p.databases.at(i));
    }
    m_settings->endArray();
    m_settings->setValue(u"scan/references"_s, p.references);
    m_settings->setValue(u"scan/referenceAllText"_s, p.referenceAllText);
    m_settings->setValue(u"scan/cdnHosts"_s, p.cdnHosts);
    m_settings->setValue(u"scan/days"_s, p.days);
    m_settings->setValue(u"scan/resourceTypes"_s, p.resourceTypes);
    m_settings->setValue(u"scan/pauseSeconds"_s, p.pauseSeconds);
    m_settings->setValue(u"scan/parallelListing"_s, p.parallelListing);
    m_settings->setValue(u"scan/inventoryMode"_s, p.inventoryMode);
    m_settings->setValue(u"scan/waitForReset"_s, p.waitForReset);
    m_settings->setValue(u"scan/ignorePatterns"_s, p.ignorePatterns);
    m_settings->setValue(u"scan/minAgeDetectHours"_s, p.minAgeDetectHours);
    m_settings->setValue(u"delete/minAgeHours"_s, p.deleteMinAgeHours);
    m_settings->setValue(u"dashboardUrlTemplate"_s, p.dashboardUrlTemplate);
    m_settings->setValue(u"mail/host"_s, p.mailHost);
    m_settings->setValue(u"mail/port"_s, p.mailPort);
    m_settings->setValue(u"mail/security"_s, p.mailSecurity);
    m_settings->setValue(u"mail/user"_s, p.mailUser);
    m_settings->setValue(u"mail/from"_s, p.mailFrom);
    m_settings->setValue(u"mail/admins"_s, p.admins);
    m_settings->setValue(u"mail/appName"_s, p.appName);
    m_settings->endGroup();
    // apiSecret, the database passwords and mailPassword are deliberately absent: they belong in the keyring.
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupFor(name));
}

QString ProfileStore::currentName() const
{
    return m_settings->value(u"currentProfile"_s, u"Default"_s).toString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    m_settings->setValue(u"currentProfile"_s, name);
}

} // namespace Orphanscope::Gui
