#pragma once

#include "databaseconnection.h"
#include "notify/mailconfig.h"
#include "scan/scantypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Orphanscope::Gui {

// What the settings panel edits, one named set per environment (production, staging…).
// The secrets travel with it in memory but are stored in the keyring, never in QSettings.
struct ConnectionProfile
{
    QString name = QStringLiteral("Default");

    QString cloudName;
    QString apiKey;
    QString apiSecret; // secret
    QString apiHost = QStringLiteral("https://api.cloudinary.com");

    // The site's databases (production and staging, Django's several DATABASES): the references
    // are the union of all of them. Never empty; the first is the main one.
    QList<DatabaseConnection> databases{DatabaseConnection{}};

    QStringList references{QStringLiteral("prompts_prompt.featured_image:image"), QStringLiteral("prompts_prompt.featured_video:video")};
    bool referenceAllText = false; // also search every text-like column for delivery URLs
    QStringList cdnHosts;          // custom delivery hosts whose URLs in text count
    int days = 30; // 0: the whole account
    QStringList resourceTypes{QStringLiteral("image"), QStringLiteral("video")};
    double pauseSeconds = 0.1;
    int parallelListing = 1; // slices per type through the Search API
    int inventoryMode = 0;   // InventoryMode: 0 off, 1 incremental, 2 rebuild
    bool waitForReset = false; // wait for the next rate-limit window instead of stopping
    QString dashboardUrlTemplate = defaultDashboardUrlTemplate();
    QStringList ignorePatterns;      // globs: samples/*, site-assets/**
    double minAgeDetectHours = 1;    // younger unreferenced files are "recent", not orphans
    double deleteMinAgeHours = 24;   // never delete a younger file

    QString mailHost;
    int mailPort = 587;
    int mailSecurity = 1; // MailConfig::Security
    QString mailUser;
    QString mailPassword; // secret
    QString mailFrom = QStringLiteral("orphanscope@localhost");
    QString admins;       // "Ann <ann@x.org>, bob@x.org"
    QString appName = QStringLiteral("Orphanscope");
    QString webhookUrl; // secret: the URL carries a token

    static QString defaultDashboardUrlTemplate();
    QStringList databaseTitles() const; // "fields.sqlite3", "staging @ db.example.org", …

    // The scan this profile describes, or nullopt with a message naming what is wrong.
    std::optional<ScanSettings> toScanSettings(QString *error) const;
    std::optional<CloudinaryConfig> cloudinaryConfig(QString *error) const;
    std::optional<QList<DatabaseConfig>> databaseConfigs(QString *error) const;
    std::optional<QList<ReferenceSpec>> referenceSpecs(QString *error) const;

    // Fills the Cloudinary or database fields from a pasted URL.
    bool applyCloudinaryUrl(const QString &url, QString *error);
    bool applyDatabaseUrl(const QString &url, QString *error); // the main database
    bool addDatabaseUrl(const QString &url, QString *error);   // one more database
    bool applyEmailUrl(const QString &url, QString *error);

    // SMTP settings and recipients for the summary email, or nullopt with what is missing.
    std::optional<MailConfig> mailConfig(QString *error) const;
    std::optional<QList<EmailAddress>> recipients(QString *error) const;

    // The dashboard page of one file: the template with {cloud}, {type}, {public_id}, {asset_id}.
    QString dashboardUrl(const CloudinaryResource &resource) const;
};

} // namespace Orphanscope::Gui
