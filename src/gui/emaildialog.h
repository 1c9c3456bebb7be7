#pragma once

#include "connectionprofile.h"
#include "notify/smtpsender.h"
#include "scan/scantypes.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace Orphanscope::Gui {

// "Send email": the summary of the last scan, previewed exactly as it will be sent, to the
// recipients from the settings (or ADMINS); sent on a worker thread with the CSV attached.
class EmailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailDialog)

public:
    EmailDialog(const ConnectionProfile &profile, const ScanResult &result, QWidget *parent = nullptr);
    ~EmailDialog() override;

    QString previewText() const;
    QString statusText() const;
    void setRecipients(const QString &recipients);
    void send();

Q_SIGNALS:
    void sent(bool ok);

private:
    ConnectionProfile m_profile;
    ScanResult m_result;
    QString m_reportName;
    QLineEdit *m_recipients;
    QLabel *m_subject;
    QPlainTextEdit *m_preview;
    QProgressBar *m_busy;
    class StatusLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
    QFutureWatcher<SmtpSender::Result> m_sending;
};

} // namespace Orphanscope::Gui
