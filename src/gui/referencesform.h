#pragma once

#include "connectionprofile.h"
#include "database/referencedetector.h"
#include "database/referencediscovery.h"

#include <QFutureWatcher>
#include <QGroupBox>

#include <atomic>
#include <functional>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Orphanscope::Gui {

class StatusLabel;

// The columns that reference files (TABLE.COLUMN:TYPE, editable in place), whether every text
// column is searched for URLs too, and the custom CDN hosts; with Detect (a sample of the text
// columns) and Discover (every text column read once), both off the GUI thread. They read the
// database on show in the profile the source gives.
class ReferencesForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferencesForm)

public:
    explicit ReferencesForm(QWidget *parent = nullptr);
    ~ReferencesForm() override;

    // The database Detect and Discover read, and the cloud whose URLs count.
    struct Source
    {
        std::function<ConnectionProfile()> profile;
        std::function<DatabaseConnection()> database;
    };
    void setSource(Source source) { m_source = std::move(source); }

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;

    // Adds the references not in the list yet; returns how many were new.
    int addReferences(const QStringList &references);
    int count() const;

    void detect();
    void discover();

Q_SIGNALS:
    void detectionFinished();
    void discoveryFinished();

private:
    void showDetected();
    void showDiscovered();
    bool busy() const { return m_detection.isRunning() || m_discovery.isRunning(); }
    std::optional<DatabaseConfig> shownDatabase(QString *title) const;

    Source m_source;
    QListWidget *m_references;
    QPushButton *m_detect;
    QPushButton *m_discover;
    QCheckBox *m_allText;
    QLineEdit *m_cdnHosts;
    StatusLabel *m_status;
    QFutureWatcher<std::pair<QList<DetectedReference>, QString>> m_detection;
    QFutureWatcher<std::pair<QList<DiscoveredColumn>, QString>> m_discovery;
    std::atomic_bool m_stopDiscovery{false};
};

} // namespace Orphanscope::Gui
