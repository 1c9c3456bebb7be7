#pragma once

#include "connectionprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionsDialog;
}

namespace Orphanscope::Gui {

class CloudinaryForm;
class ConnectionTestBox;
class DatabaseForm;
class MailForm;
class ReferencesForm;

// Settings → Connections… (Ctrl+,): where a profile's account, databases, reference columns,
// mail server and webhook are set, one page per kind, with "Test connections". Saved with the
// profile on Save; set once and rarely touched again, so they stay out of the main window.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    enum class Page { Cloudinary, Databases, References, Mail };

    explicit ConnectionsDialog(QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const; // the profile set, its connections as edited
    void showPage(Page page);

    CloudinaryForm *cloudinary() const;
    DatabaseForm *database() const;
    ReferencesForm *references() const;
    MailForm *mail() const;
    ConnectionTestBox *tester() const;

private:
    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    ConnectionProfile m_profile;
};

// The connection fields of a profile from forms, its scan options untouched.
void storeConnections(ConnectionProfile &profile, const CloudinaryForm *cloudinary, const DatabaseForm *database,
                      const ReferencesForm *references, const MailForm *mail);

} // namespace Orphanscope::Gui
