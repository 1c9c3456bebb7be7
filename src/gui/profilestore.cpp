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
    p.sqlite = m_settings->value(u"database/sqlite"_s, p.sqlite).toBool();
    p.mysql = m_settings->value(u"database/mysql"_s, p.mysql).toBool();
    p.dbHost = m_settings->value(u"database/host"_s, p.dbHost).toString();
    p.dbPort = m_settings->value(u"database/port"_s, p.dbPort).toInt();
    p.dbName = m_settings->value(u"database/name"_s, p.dbName).toString();
    p.dbUser = m_settings->value(u"database/user"_s, p.dbUser).toString();
    p.sslMode = m_settings->value(u"database/sslMode"_s, p.sslMode).toString();
    p.sqlitePath = m_settings->value(u"database/sqlitePath"_s, p.sqlitePath).toString();
    p.references = m_settings->value(u"scan/references"_s, p.references).toStringList();
    p.referenceAllText = m_settings->value(u"scan/referenceAllText"_s, p.referenceAllText).toBool();
    p.cdnHosts = m_settings->value(u"scan/cdnHosts"_s, p.cdnHosts).toStringList();
    p.days = m_settings->value(u"scan/days"_s, p.days).toInt();
    p.resourceTypes = m_settings->value(u"scan/resourceTypes"_s, p.resourceTypes).toStringList();
    p.pauseSeconds = m_settings->value(u"scan/pauseSeconds"_s, p.pauseSeconds).toDouble();
    p.parallelListing = m_settings->value(u"scan/parallelListing"_s, p.parallelListing).toInt();
    p.inventoryMode = m_settings->value(u"scan/inventoryMode"_s, p.inventoryMode).toInt();
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
    m_settings->setValue(u"database/sqlite"_s, p.sqlite);
    m_settings->setValue(u"database/mysql"_s, p.mysql);
    m_settings->setValue(u"database/host"_s, p.dbHost);
    m_settings->setValue(u"database/port"_s, p.dbPort);
    m_settings->setValue(u"database/name"_s, p.dbName);
    m_settings->setValue(u"database/user"_s, p.dbUser);
    m_settings->setValue(u"database/sslMode"_s, p.sslMode);
    m_settings->setValue(u"database/sqlitePath"_s, p.sqlitePath);
    m_settings->setValue(u"scan/references"_s, p.references);
    m_settings->setValue(u"scan/referenceAllText"_s, p.referenceAllText);
    m_settings->setValue(u"scan/cdnHosts"_s, p.cdnHosts);
    m_settings->setValue(u"scan/days"_s, p.days);
    m_settings->setValue(u"scan/resourceTypes"_s, p.resourceTypes);
    m_settings->setValue(u"scan/pauseSeconds"_s, p.pauseSeconds);
    m_settings->setValue(u"scan/parallelListing"_s, p.parallelListing);
    m_settings->setValue(u"scan/inventoryMode"_s, p.inventoryMode);
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
    // apiSecret, dbPassword and mailPassword are deliberately absent: they belong in the keyring.
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
