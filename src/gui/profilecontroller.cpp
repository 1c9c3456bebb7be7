#include "profilecontroller.h"

#include "profilesecrets.h"
#include "profilestore.h"
#include "scanoptionspanel.h"

#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ProfileController::ProfileController(QSettings *settings, SecretStore::Backend secrets, ScanOptionsPanel *options, QComboBox *chooser,
                                     QWidget *window)
    : QObject(window)
    , m_store(std::make_unique<ProfileStore>(settings))
    , m_secrets(new SecretStore(secrets, this))
    , m_options(options)
    , m_chooser(chooser)
    , m_window(window)
{
    connect(m_secrets, &SecretStore::secretRead, this, [this](const QString &key, const QString &value) {
        if (!value.isEmpty())
            ProfileSecrets::assign(m_profile, key, value);
    });
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        save();
        load(m_chooser->itemText(index));
    });
    refreshChooser();
    load(m_store->currentName());
}

ProfileController::~ProfileController() = default;

ConnectionProfile ProfileController::current() const
{
    ConnectionProfile profile = m_profile;
    m_options->store(profile);
    return profile;
}

void ProfileController::setCurrent(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_options->load(profile);
}

void ProfileController::use(const ConnectionProfile &profile)
{
    setCurrent(profile);
    m_store->setCurrentName(profile.name);
    refreshChooser();
}

void ProfileController::load(const QString &name)
{
    m_store->setCurrentName(name);
    setCurrent(m_store->load(name));
    for (const QString &key : ProfileSecrets::keys(m_profile))
        m_secrets->read(key);
    m_chooser->setCurrentText(name);
}

bool ProfileController::needsSetup() const
{
    return m_store->names().isEmpty();
}

void ProfileController::refreshChooser()
{
    QStringList names = m_store->names();
    if (!names.contains(m_store->currentName()))
        names.prepend(m_store->currentName());
    m_chooser->clear();
    m_chooser->addItems(names);
    m_chooser->setCurrentText(m_store->currentName());
}

void ProfileController::save()
{
    const ConnectionProfile profile = current();
    // The passwords of databases removed since the last save go too.
    const QStringList before = ProfileSecrets::keys(m_store->load(profile.name));
    const QStringList now = ProfileSecrets::keys(profile);
    for (const QString &key : before) {
        if (!now.contains(key))
            m_secrets->write(key, {});
    }
    m_store->save(profile);
    for (const QString &key : now)
        m_secrets->write(key, ProfileSecrets::value(profile, key));
    Q_EMIT statusMessage(tr("Profile \"%1\" saved").arg(profile.name), 3000);
}

void ProfileController::createNew()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("New profile"), tr("Name (e.g. production, staging):"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    save();
    ConnectionProfile profile = current(); // start from the current one
    profile.name = name;
    setCurrent(profile);
    m_store->setCurrentName(name);
    save();
    refreshChooser();
}

void ProfileController::removeCurrent()
{
    const QString name = m_profile.name;
    if (QMessageBox::question(m_window, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    for (const QString &key : ProfileSecrets::keys(m_store->load(name)))
        m_secrets->write(key, {});
    m_store->remove(name);
    const QStringList rest = m_store->names();
    load(rest.isEmpty() ? u"Default"_s : rest.constFirst());
    refreshChooser();
}

} // namespace Orphanscope::Gui
