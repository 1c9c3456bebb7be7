#include "profilesecrets.h"

#include "connectionprofile.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui::ProfileSecrets {

static QString databaseKey(const QString &profile, qsizetype index)
{
    return index == 0 ? profile + u"/database"_s : u"%1/database-%2"_s.arg(profile).arg(index + 1);
}

QStringList keys(const ConnectionProfile &profile)
{
    QStringList keys{profile.name + u"/cloudinary"_s};
    for (qsizetype i = 0; i < profile.databases.size(); ++i)
        keys.append(databaseKey(profile.name, i));
    keys.append(profile.name + u"/mail"_s);
    keys.append(profile.name + u"/webhook"_s);
    return keys;
}

// The field a key names, or nullptr; const or not as the profile is.
template<typename Profile>
static auto *field(Profile &profile, const QString &key)
{
    using Field = decltype(&profile.apiSecret);
    if (key == profile.name + u"/cloudinary"_s)
        return &profile.apiSecret;
    if (key == profile.name + u"/mail"_s)
        return &profile.mailPassword;
    if (key == profile.name + u"/webhook"_s)
        return &profile.webhookUrl;
    for (qsizetype i = 0; i < profile.databases.size(); ++i) {
        if (key == databaseKey(profile.name, i))
            return Field(&profile.databases[i].password);
    }
    return Field(nullptr);
}

QString value(const ConnectionProfile &profile, const QString &key)
{
    const QString *found = field(profile, key);
    return found ? *found : QString();
}

bool assign(ConnectionProfile &profile, const QString &key, const QString &value)
{
    QString *found = field(profile, key);
    if (!found)
        return false;
    *found = value;
    return true;
}

} // namespace Orphanscope::Gui::ProfileSecrets
