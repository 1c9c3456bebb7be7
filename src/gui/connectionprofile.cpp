#include "connectionprofile.h"

#include "review/decisionstore.h"

#include <QObject>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

QStringList ConnectionProfile::databaseTitles() const
{
    QStringList titles;
    for (const DatabaseConnection &database : databases)
        titles.append(database.title());
    return titles;
}

QString ConnectionProfile::defaultDashboardUrlTemplate()
{
    return u"https://console.cloudinary.com/console/{cloud}/media_library/search?q={public_id}"_s;
}

std::optional<CloudinaryConfig> ConnectionProfile::cloudinaryConfig(QString *error) const
{
    if (cloudName.trimmed().isEmpty() || apiKey.trimmed().isEmpty() || apiSecret.isEmpty()) {
        *error = QObject::tr("Cloudinary needs a cloud name, an API key and an API secret (or paste a CLOUDINARY_URL)");
        return std::nullopt;
    }
    const QString url = u"cloudinary://%1:%2@%3?upload_prefix=%4"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(apiKey.trimmed())), QString::fromLatin1(QUrl::toPercentEncoding(apiSecret)),
        cloudName.trimmed(), QString::fromLatin1(QUrl::toPercentEncoding(apiHost.trimmed())));
    return CloudinaryConfig::fromUrl(url, error);
}

std::optional<QList<DatabaseConfig>> ConnectionProfile::databaseConfigs(QString *error) const
{
    QList<DatabaseConfig> configs;
    for (qsizetype i = 0; i < databases.size(); ++i) {
        const auto config = databases.at(i).config(error);
        if (!config) {
            if (databases.size() > 1)
                *error = QObject::tr("Database %1 (%2): %3").arg(i + 1).arg(databases.at(i).title(), *error);
            return std::nullopt;
        }
        configs.append(*config);
    }
    if (configs.isEmpty()) {
        *error = QObject::tr("Add the Django database");
        return std::nullopt;
    }
    return configs;
}

std::optional<QList<ReferenceSpec>> ConnectionProfile::referenceSpecs(QString *error) const
{
    QList<ReferenceSpec> specs;
    for (const QString &text : references) {
        if (text.trimmed().isEmpty())
            continue;
        const auto spec = ReferenceSpec::parse(text, error);
        if (!spec)
            return std::nullopt;
        specs.append(*spec);
    }
    if (specs.isEmpty()) {
        *error = QObject::tr("Add at least one reference column (TABLE.COLUMN:TYPE)");
        return std::nullopt;
    }
    return specs;
}

std::optional<ScanSettings> ConnectionProfile::toScanSettings(QString *error) const
{
    ScanSettings settings;
    const auto cloudinary = cloudinaryConfig(error);
    if (!cloudinary)
        return std::nullopt;
    const auto configs = databaseConfigs(error);
    if (!configs)
        return std::nullopt;
    const auto specs = referenceSpecs(error);
    if (!specs)
        return std::nullopt;
    const auto types = parseResourceTypeList(resourceTypes.join(u','), error);
    if (!types || types->isEmpty()) {
        if (types)
            *error = QObject::tr("Choose at least one resource type to scan");
        return std::nullopt;
    }
    settings.cloudinary = *cloudinary;
    settings.database = configs->first();
    settings.otherDatabases = configs->mid(1);
    settings.references = *specs;
    settings.referenceAllText = referenceAllText;
    for (const QString &host : cdnHosts) {
        if (!settings.cloudinary.deliveryHosts.contains(host, Qt::CaseInsensitive))
            settings.cloudinary.deliveryHosts.append(host);
    }
    settings.resourceTypes = *types;
    settings.days = days > 0 ? std::optional(days) : std::nullopt;
    settings.pauseMs = qRound(pauseSeconds * 1000);
    settings.parallelListing = std::clamp(parallelListing, 1, 16);
    settings.inventoryMode = static_cast<InventoryMode>(std::clamp(inventoryMode, 0, 2));
    settings.waitForReset = waitForReset;
    const auto rules = IgnoreRules::fromPatterns(ignorePatterns, error);
    if (!rules)
        return std::nullopt;
    settings.ignore = *rules;
    settings.minAgeDetectMSecs = qint64(std::max(0.0, minAgeDetectHours) * 3600 * 1000);
    settings.decisionsPath = DecisionStore::defaultPath();
    return settings;
}

bool ConnectionProfile::applyCloudinaryUrl(const QString &url, QString *error)
{
    const auto config = CloudinaryConfig::fromUrl(url, error);
    if (!config)
        return false;
    cloudName = config->cloudName;
    apiKey = config->apiKey;
    for (const QString &host : config->deliveryHosts) {
        if (!cdnHosts.contains(host, Qt::CaseInsensitive))
            cdnHosts.append(host);
    }
    apiSecret = config->apiSecret;
    apiHost = config->apiBase.toString();
    return true;
}

bool ConnectionProfile::applyDatabaseUrl(const QString &url, QString *error)
{
    if (databases.isEmpty())
        databases.append(DatabaseConnection());
    return databases.first().applyUrl(url, error);
}

bool ConnectionProfile::addDatabaseUrl(const QString &url, QString *error)
{
    DatabaseConnection database;
    if (!database.applyUrl(url, error))
        return false;
    databases.append(database);
    return true;
}

bool ConnectionProfile::applyEmailUrl(const QString &url, QString *error)
{
    const auto config = MailConfig::fromUrl(url, error);
    if (!config)
        return false;
    mailHost = config->host;
    mailPort = config->port;
    mailSecurity = int(config->security);
    mailUser = config->user;
    mailPassword = config->password;
    return true;
}

std::optional<MailConfig> ConnectionProfile::mailConfig(QString *error) const
{
    if (mailHost.trimmed().isEmpty()) {
        *error = QObject::tr("Set the SMTP server in the Email settings (or paste an EMAIL_URL)");
        return std::nullopt;
    }
    MailConfig config;
    config.host = mailHost.trimmed();
    config.port = mailPort;
    config.security = MailConfig::Security(mailSecurity);
    config.user = mailUser.trimmed();
    config.password = mailPassword;
    const auto from = parseAddress(mailFrom, error);
    if (!from) {
        *error = QObject::tr("From: %1").arg(*error);
        return std::nullopt;
    }
    config.from = *from;
    return config;
}

std::optional<QList<EmailAddress>> ConnectionProfile::recipients(QString *error) const
{
    auto list = parseAddressList(admins, error);
    if (list && list->isEmpty()) {
        *error = QObject::tr("Add at least one recipient");
        return std::nullopt;
    }
    return list;
}

QString ConnectionProfile::dashboardUrl(const CloudinaryResource &resource) const
{
    QString url = dashboardUrlTemplate;
    url.replace(u"{cloud}"_s, QString::fromLatin1(QUrl::toPercentEncoding(cloudName)));
    url.replace(u"{type}"_s, resourceTypeName(resource.type));
    url.replace(u"{public_id}"_s, QString::fromLatin1(QUrl::toPercentEncoding(resource.publicId)));
    return url;
}

} // namespace Orphanscope::Gui
