#include "notify/mailconfig.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
bool isValidAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$"_s);
    return pattern.match(address).hasMatch() || address.endsWith(u"@localhost"_s);
}

QString encodeWord(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 126)
            return u"=?UTF-8?B?"_s + QString::fromLatin1(text.toUtf8().toBase64()) + u"?="_s;
    }
    return text;
}
} // namespace

QString EmailAddress::toHeader() const
{
    if (name.isEmpty())
        return address;
    QString display = encodeWord(name);
    if (display == name && name.contains(QRegularExpression(u"[(),.:;<>@\\[\\]\"]"_s)))
        display = u'"' + QString(name).replace(u'"', u"\\\""_s) + u'"';
    return u"%1 <%2>"_s.arg(display, address);
}

std::optional<EmailAddress> parseAddress(const QString &text, QString *error)
{
    const QString entry = text.trimmed();
    EmailAddress result;
    static const QRegularExpression named(u"^(.*?)\\s*<([^<>]*)>$"_s);
    if (const auto match = named.match(entry); match.hasMatch()) {
        result.name = match.captured(1).trimmed();
        if (result.name.size() >= 2 && result.name.startsWith(u'"') && result.name.endsWith(u'"'))
            result.name = result.name.mid(1, result.name.size() - 2);
        result.address = match.captured(2).trimmed();
    } else {
        result.address = entry;
    }
    if (!isValidAddress(result.address)) {
        *error = u"\"%1\" is not a valid email address"_s.arg(entry);
        return std::nullopt;
    }
    return result;
}

std::optional<QList<EmailAddress>> parseAddressList(const QString &text, QString *error)
{
    QList<EmailAddress> addresses;
    // Commas inside a quoted name ("Doe, Jane" <j@x.org>) do not split.
    QStringList entries;
    QString current;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if ((c == u',' || c == u';') && !quoted) {
            entries.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    entries.append(current);
    for (const QString &entry : std::as_const(entries)) {
        if (entry.trimmed().isEmpty())
            continue;
        const auto address = parseAddress(entry, error);
        if (!address)
            return std::nullopt;
        addresses.append(*address);
    }
    return addresses;
}

std::optional<MailConfig> MailConfig::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = u"EMAIL_URL is not set: give smtp://user:pass@host:25, smtp+tls://…:587 or smtps://…:465"_s;
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    MailConfig config;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"smtp"_s) {
        config.security = Security::None;
        config.port = 25;
    } else if (scheme == u"smtp+tls"_s || scheme == u"submission"_s) {
        config.security = Security::StartTls;
        config.port = 587;
    } else if (scheme == u"smtps"_s || scheme == u"smtp+ssl"_s) {
        config.security = Security::Tls;
        config.port = 465;
    } else {
        *error = u"EMAIL_URL must start with smtp://, smtp+tls:// or smtps:// (got \"%1\")"_s.arg(scheme.isEmpty() ? trimmed.left(12) : scheme);
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = u"EMAIL_URL has no valid host: percent-encode special characters in the password"_s;
        return std::nullopt;
    }
    config.host = url.host();
    config.port = url.port(config.port);
    config.user = url.userName(QUrl::FullyDecoded);
    config.password = url.password(QUrl::FullyDecoded);
    return config;
}

QString MailConfig::curlUrl() const
{
    return u"%1://%2:%3"_s.arg(security == Security::Tls ? u"smtps"_s : u"smtp"_s, host).arg(port);
}

QString MailConfig::describe() const
{
    const QString security_ = security == Security::Tls ? u"TLS"_s : security == Security::StartTls ? u"STARTTLS"_s : u"no encryption"_s;
    return u"%1:%2 (%3%4)"_s.arg(host).arg(port).arg(security_, user.isEmpty() ? QString() : u", user "_s + user);
}

} // namespace Orphanscope
