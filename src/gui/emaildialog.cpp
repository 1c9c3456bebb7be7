#include "emaildialog.h"

#include "notify/summaryemail.h"
#include "report/reportwriter.h"
#include "statuslabel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

EmailDialog::EmailDialog(const ConnectionProfile &profile, const ScanResult &result, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_result(result)
    , m_reportName(QFileInfo(ReportWriter::defaultCsvPath(QDateTime::currentDateTime(), result.isPartial())).fileName())
    , m_recipients(new QLineEdit(this))
    , m_subject(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_busy(new QProgressBar(this))
    , m_status(new StatusLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Email the summary"));
    resize(720, 640);
    m_recipients->setText(profile.admins.isEmpty() ? qEnvironmentVariable("ADMINS") : profile.admins);
    m_recipients->setPlaceholderText(u"Ann <ann@example.org>, bob@example.org"_s);
    m_subject->setText(SummaryEmail::subject(result, profile.appName));
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setReadOnly(true);
    m_preview->setPlainText(SummaryEmail::body(result, profile.appName, m_reportName));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont fixed(u"monospace"_s);
    fixed.setStyleHint(QFont::TypeWriter);
    m_preview->setFont(fixed);
    auto *attachment = new QLabel(tr("%1 (%Ln orphan(s))", nullptr, int(result.orphans.size())).arg(m_reportName), this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_send = m_buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &EmailDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_recipients);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Attachment:"), attachment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(&m_sending, &QFutureWatcher<SmtpSender::Result>::finished, this, [this] {
        const SmtpSender::Result result = m_sending.result();
        m_busy->setVisible(false);
        m_send->setEnabled(true);
        m_status->showOutcome(result.ok, result.ok ? tr("Sent to %1").arg(m_recipients->text()) : result.error);
        Q_EMIT sent(result.ok);
    });
}

EmailDialog::~EmailDialog()
{
    m_sending.waitForFinished();
}

QString EmailDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString EmailDialog::statusText() const
{
    return m_status->text();
}

void EmailDialog::setRecipients(const QString &recipients)
{
    m_recipients->setText(recipients);
}

void EmailDialog::send()
{
    if (m_sending.isRunning())
        return;
    QString error;
    ConnectionProfile profile = m_profile;
    profile.admins = m_recipients->text();
    const auto recipients = profile.recipients(&error);
    if (!recipients) {
        m_status->showOutcome(false, error);
        return;
    }
    const auto mail = profile.mailConfig(&error);
    if (!mail) {
        m_status->showOutcome(false, error);
        return;
    }
    const QByteArray message = MimeMessage::summary(m_result, profile.appName, m_reportName, ReportWriter::csv(m_result.orphans),
                                                    mail->from, *recipients).toBytes();
    m_send->setEnabled(false);
    m_busy->setVisible(true);
    m_status->showProgress(tr("Sending…"));
    m_sending.setFuture(QtConcurrent::run([config = *mail, to = *recipients, message] { return SmtpSender::send(config, to, message); }));
}

} // namespace Orphanscope::Gui
