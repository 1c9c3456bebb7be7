#pragma once

#include <QString>
#include <QStringList>

namespace Orphanscope::Gui {

struct ConnectionProfile;

// Which of a profile's fields are secrets and the keyring key of each: "production/cloudinary",
// "production/database" (the main database), "production/database-2" (the next one)…,
// "production/mail", "production/webhook".
namespace ProfileSecrets {

QStringList keys(const ConnectionProfile &profile);
QString value(const ConnectionProfile &profile, const QString &key);
// Sets the field a key names; false when the key is not one of this profile's.
bool assign(ConnectionProfile &profile, const QString &key, const QString &value);

} // namespace ProfileSecrets

} // namespace Orphanscope::Gui
