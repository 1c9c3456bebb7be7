#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

struct EmailAddress
{
    QString name;    // may be empty
    QString address; // user@host

    QString toHeader() const; // "Name <user@host>", the name RFC 2047-encoded when it needs to be
    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;
};

// "Ann <ann@x.org>, bob@x.org" (Django's ADMINS as one string); an invalid entry is named.
std::optional<QList<EmailAddress>> parseAddressList(const QString &text, QString *error);
std::optional<EmailAddress> parseAddress(const QString &text, QString *error);

// How to reach the SMTP server, as dj-email-url's EMAIL_URL says:
//   smtp://user:pass@host:25 (plain), smtp+tls://…:587 (STARTTLS required), smtps://…:465 (TLS)
struct MailConfig
{
    enum class Security { None, StartTls, Tls };

    Security security = Security::None;
    QString host;
    int port = 25;
    QString user;
    QString password;
    EmailAddress from{QString(), QStringLiteral("orphanscope@localhost")};
    int connectTimeoutSeconds = 10;
    int totalTimeoutSeconds = 60;

    static std::optional<MailConfig> fromUrl(const QString &url, QString *error);
    QString curlUrl() const; // smtp://host:port or smtps://host:port
    QString describe() const; // without the password
};

} // namespace Orphanscope
