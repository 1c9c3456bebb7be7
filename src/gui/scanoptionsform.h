#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Orphanscope::Gui {

struct ConnectionProfile;

// What to scan: the reference columns (editable, with Detect), the range, the resource types,
// the pause between API calls and the dashboard URL template.
class ScanOptionsForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanOptionsForm)

public:
    explicit ScanOptionsForm(QWidget *parent = nullptr);

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;

    // Adds the references not in the list yet; returns how many were new.
    int addReferences(const QStringList &references);

Q_SIGNALS:
    void detectRequested();
    void discoverRequested();

private:
    QListWidget *m_references;
    QPushButton *m_detect;
    QPushButton *m_discover;
    QCheckBox *m_allText;
    QLineEdit *m_cdnHosts;
    QRadioButton *m_lastDays;
    QSpinBox *m_days;
    QRadioButton *m_all;
    QCheckBox *m_images;
    QCheckBox *m_videos;
    QCheckBox *m_raw;
    QDoubleSpinBox *m_pause;
    QSpinBox *m_parallel;
    QCheckBox *m_waitForReset;
    QComboBox *m_listing;
    QLineEdit *m_ignore;
    QDoubleSpinBox *m_minAge;
    QLineEdit *m_dashboard;
};

} // namespace Orphanscope::Gui
