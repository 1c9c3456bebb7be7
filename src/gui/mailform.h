#pragma once

#include "notify/smtpsender.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Orphanscope::Gui {

struct ConnectionProfile;

// Where the summary email goes and through which SMTP server: host, port, security, login,
// sender, recipients and the app name for the subject, or a pasted EMAIL_URL; with a test email
// sent off the GUI thread; and the webhook that gets the same summary.
class MailForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailForm)

public:
    explicit MailForm(QWidget *parent = nullptr);
    ~MailForm() override;

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;
    void showStatus(bool ok, const QString &text);
    void sendTestEmail();

Q_SIGNALS:
    void testEmailFinished(bool ok);

private:
    void applyPastedUrl(const QString &url);

    class PasteUrlRow *m_pasted;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_admins;
    QLineEdit *m_appName;
    QLineEdit *m_webhook;
    QPushButton *m_test;
    class StatusLabel *m_status;
    QFutureWatcher<SmtpSender::Result> m_testEmail;
};

} // namespace Orphanscope::Gui
