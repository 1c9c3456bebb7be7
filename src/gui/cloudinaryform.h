#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace Orphanscope::Gui {

struct ConnectionProfile;

// The Cloudinary account: cloud name, API key, secret (masked) and API host, or a pasted
// CLOUDINARY_URL that fills them in; and the dashboard page "Open in dashboard" opens.
class CloudinaryForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudinaryForm)

public:
    explicit CloudinaryForm(QWidget *parent = nullptr);

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;
    void setDashboardShown(bool shown); // a first run does without it

private:
    void applyPastedUrl(const QString &url);

    class PasteUrlRow *m_pasted;
    QLineEdit *m_cloudName;
    QLineEdit *m_apiKey;
    QLineEdit *m_apiSecret;
    QComboBox *m_apiHost;
    QLineEdit *m_dashboard;
    class StatusLabel *m_message;
};

} // namespace Orphanscope::Gui
