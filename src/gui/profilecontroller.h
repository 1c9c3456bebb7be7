#pragma once

#include "connectionprofile.h"
#include "secretstore.h"

#include <QObject>

#include <memory>

class QComboBox;
class QSettings;
class QWidget;

namespace Orphanscope::Gui {

class ProfileStore;
class ScanOptionsPanel;

// The profiles (production, staging…): the current one — its connections held here, its scan
// options in the panel beside the results — loaded, switched from the tool bar's chooser,
// created, deleted and saved, the secrets of each to the keyring and back.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    ProfileController(QSettings *settings, SecretStore::Backend secrets, ScanOptionsPanel *options, QComboBox *chooser,
                      QWidget *window);
    ~ProfileController() override;

    ConnectionProfile current() const; // as edited: the connections and the scan options
    void setCurrent(const ConnectionProfile &profile);
    void use(const ConnectionProfile &profile); // replaces the current profile under its own name
    void load(const QString &name);
    void save();
    void createNew();     // asks for a name; starts from the current profile
    void removeCurrent(); // asks first
    bool needsSetup() const; // no profile saved yet
    SecretStore *secrets() const { return m_secrets; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void refreshChooser();

    std::unique_ptr<ProfileStore> m_store;
    SecretStore *m_secrets;
    ScanOptionsPanel *m_options;
    QComboBox *m_chooser;
    QWidget *m_window;
    ConnectionProfile m_profile; // the connections; the scan options live in the panel
};

} // namespace Orphanscope::Gui
