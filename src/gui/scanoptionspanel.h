#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ScanOptionsPanel;
}

namespace Orphanscope::Gui {

struct ConnectionProfile;

// The options an admin changes between scans, beside the results and hidden with F9: range,
// types, listing mode and speed, ignore rules, minimum age. Above them, which account and
// databases the profile scans, with the way to its Connections dialog.
class ScanOptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanOptionsPanel)

public:
    explicit ScanOptionsPanel(QWidget *parent = nullptr);
    ~ScanOptionsPanel() override;

    void load(const ConnectionProfile &profile); // the options, and the connections summed up
    void store(ConnectionProfile &profile) const; // the options alone
    QString connectionSummary() const;

Q_SIGNALS:
    void connectionsRequested();

private:
    std::unique_ptr<Ui::ScanOptionsPanel> m_ui;
};

} // namespace Orphanscope::Gui
