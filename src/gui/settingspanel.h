#pragma once

#include "connectionprofile.h"
#include "database/referencedetector.h"
#include "database/referencediscovery.h"
#include "notify/smtpsender.h"

#include <QFutureWatcher>
#include <QScrollArea>

class QPushButton;

namespace Orphanscope {
class ConnectionTester;
}

namespace Orphanscope::Gui {

class CloudinaryForm;
class DatabaseForm;
class MailForm;
class ScanOptionsForm;

// The scan settings: Cloudinary, database, what to scan; with "Test connections" and "Detect",
// both of which run off the GUI thread and answer in words.
class SettingsPanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPanel)

public:
    explicit SettingsPanel(QWidget *parent = nullptr);
    ~SettingsPanel() override;

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const; // keeps the name of the profile last set

    void testConnections();
    void detectReferences();
    void discoverReferences();
    void sendTestEmail();

Q_SIGNALS:
    void connectionTestFinished();
    void detectionFinished();
    void discoveryFinished();
    void testEmailFinished(bool ok);

private:
    void showDetected();
    void showDiscovered();

    ConnectionProfile m_profile;
    CloudinaryForm *m_cloudinary;
    DatabaseForm *m_database;
    ScanOptionsForm *m_options;
    MailForm *m_mail;
    QPushButton *m_test;
    class StatusLabel *m_cloudinaryStatus;
    class StatusLabel *m_databaseStatus;
    class StatusLabel *m_detectStatus;
    ConnectionTester *m_tester;
    QFutureWatcher<std::pair<QList<DetectedReference>, QString>> m_detection;
    QFutureWatcher<std::pair<QList<DiscoveredColumn>, QString>> m_discovery;
    std::atomic_bool m_stopDiscovery{false};
    QFutureWatcher<SmtpSender::Result> m_testEmail;
};

} // namespace Orphanscope::Gui
