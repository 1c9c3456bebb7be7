#pragma once

#include "connectionprofile.h"

#include <QSettings>
#include <QUrl>
#include <QStringList>

namespace Orphanscope::Gui {

// Profiles in QSettings, without their secrets (SecretStore keeps those).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QStringList names() const;
    ConnectionProfile load(const QString &name) const; // defaults when unknown
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString currentName() const;
    void setCurrentName(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace Orphanscope::Gui
