#include "settingspanel.h"

#include "cloudinaryform.h"
#include "databaseform.h"
#include "mailform.h"
#include "notify/summaryemail.h"
#include "scan/connectiontester.h"
#include "scanoptionsform.h"
#include "statuslabel.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

SettingsPanel::SettingsPanel(QWidget *parent)
    : QScrollArea(parent)
    , m_cloudinary(new CloudinaryForm)
    , m_database(new DatabaseForm)
    , m_options(new ScanOptionsForm)
    , m_mail(new MailForm)
    , m_test(new QPushButton(tr("Test connections")))
    , m_cloudinaryStatus(new StatusLabel)
    , m_databaseStatus(new StatusLabel)
    , m_detectStatus(new StatusLabel)
    , m_tester(new ConnectionTester(this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_cloudinary);
    layout->addWidget(m_database);
    layout->addWidget(m_options);
    layout->addWidget(m_detectStatus);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_cloudinaryStatus);
    layout->addWidget(m_databaseStatus);
    layout->addWidget(m_mail);
    layout->addStretch();
    m_test->setToolTip(tr("Check the Cloudinary credentials and the database with its reference columns"));
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(content->sizeHint().width() + 24);

    connect(m_test, &QPushButton::clicked, this, &SettingsPanel::testConnections);
    connect(m_options, &ScanOptionsForm::detectRequested, this, &SettingsPanel::detectReferences);
    connect(m_tester, &ConnectionTester::cloudinaryChecked, this, [this](const ConnectionCheck &check) {
        m_cloudinaryStatus->showOutcome(check.ok, tr("Cloudinary: %1").arg(check.message));
    });
    connect(m_tester, &ConnectionTester::databaseChecked, this, [this](const ConnectionCheck &check) {
        m_databaseStatus->showOutcome(check.ok, tr("Database: %1").arg(check.message));
    });
    connect(m_tester, &ConnectionTester::finished, this, [this] {
        m_test->setEnabled(true);
        Q_EMIT connectionTestFinished();
    });
    connect(m_mail, &MailForm::testEmailRequested, this, &SettingsPanel::sendTestEmail);
    connect(&m_testEmail, &QFutureWatcher<SmtpSender::Result>::finished, this, [this] {
        const SmtpSender::Result result = m_testEmail.result();
        m_mail->showStatus(result.ok, result.ok ? tr("Test email sent") : result.error);
        Q_EMIT testEmailFinished(result.ok);
    });
    connect(&m_detection, &QFutureWatcher<std::pair<QList<DetectedReference>, QString>>::finished, this, &SettingsPanel::showDetected);
    connect(m_options, &ScanOptionsForm::discoverRequested, this, &SettingsPanel::discoverReferences);
    connect(&m_discovery, &QFutureWatcher<std::pair<QList<DiscoveredColumn>, QString>>::finished, this, &SettingsPanel::showDiscovered);
}

SettingsPanel::~SettingsPanel()
{
    m_stopDiscovery = true;
    m_detection.waitForFinished();
    m_discovery.waitForFinished();
    m_testEmail.waitForFinished();
}

void SettingsPanel::sendTestEmail()
{
    if (m_testEmail.isRunning())
        return;
    const ConnectionProfile current = profile();
    QString error;
    const auto recipients = current.recipients(&error);
    const auto mail = recipients ? current.mailConfig(&error) : std::nullopt;
    if (!recipients || !mail) {
        m_mail->showStatus(false, error);
        Q_EMIT testEmailFinished(false);
        return;
    }
    MimeMessage message;
    message.from = mail->from;
    message.to = *recipients;
    message.subject = tr("%1: test email").arg(current.appName);
    message.body = tr("This is a test email from Orphanscope. Summaries of scans that find orphans will be sent this way.\n");
    m_mail->showStatus(true, tr("Sending…"));
    m_testEmail.setFuture(QtConcurrent::run([config = *mail, to = *recipients, bytes = message.toBytes()] {
        return SmtpSender::send(config, to, bytes);
    }));
}

void SettingsPanel::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_cloudinary->load(profile);
    m_database->load(profile);
    m_options->load(profile);
    m_mail->load(profile);
    for (StatusLabel *label : {m_cloudinaryStatus, m_databaseStatus, m_detectStatus})
        label->setVisible(false);
}

ConnectionProfile SettingsPanel::profile() const
{
    ConnectionProfile profile = m_profile;
    m_cloudinary->store(profile);
    m_database->store(profile);
    m_options->store(profile);
    m_mail->store(profile);
    return profile;
}

void SettingsPanel::testConnections()
{
    const ConnectionProfile current = profile();
    QString error;
    const auto cloudinary = current.cloudinaryConfig(&error);
    if (!cloudinary) {
        m_cloudinaryStatus->showOutcome(false, tr("Cloudinary: %1").arg(error));
        return;
    }
    const auto databases = current.databaseConfigs(&error);
    if (!databases) {
        m_databaseStatus->showOutcome(false, tr("Database: %1").arg(error));
        return;
    }
    const auto references = current.referenceSpecs(&error);
    if (!references) {
        m_databaseStatus->showOutcome(false, tr("References: %1").arg(error));
        return;
    }
    m_test->setEnabled(false);
    m_cloudinaryStatus->showProgress(tr("Cloudinary: checking…"));
    m_databaseStatus->showProgress(tr("Database: checking…"));
    m_tester->test(*cloudinary, *databases, *references);
}

void SettingsPanel::detectReferences()
{
    QString error;
    const auto database = m_database->current().config(&error);
    if (!database) {
        m_detectStatus->showOutcome(false, error);
        return;
    }
    if (m_detection.isRunning())
        return;
    m_detectStatus->showProgress(tr("Sampling the text columns of %1…").arg(m_database->current().title()));
    m_detection.setFuture(QtConcurrent::run([config = *database] {
        QString error;
        auto found = ReferenceDetector(config).detect(&error);
        return std::pair(found, error);
    }));
}

void SettingsPanel::showDetected()
{
    const auto [found, error] = m_detection.result();
    if (!error.isEmpty()) {
        m_detectStatus->showOutcome(false, error);
    } else if (found.isEmpty()) {
        m_detectStatus->showOutcome(false, tr("No text column looks like it holds CloudinaryField values; add the columns by hand"));
    } else {
        QStringList specs;
        QStringList described;
        for (const DetectedReference &reference : found) {
            specs.append(reference.spec.toString());
            described.append(tr("%1 (%2 of %3 sampled values)").arg(reference.spec.toString()).arg(reference.matching).arg(reference.sampled));
        }
        const int added = m_options->addReferences(specs);
        m_detectStatus->showOutcome(true, tr("Found %n column(s): %1. %2 added to the list.", nullptr, int(found.size()))
                                            .arg(described.join(u", "_s)).arg(added));
    }
    Q_EMIT detectionFinished();
}

// Discover reads every text column once (unlike Detect's sample), so it shows which column it is at.
void SettingsPanel::discoverReferences()
{
    QString error;
    const ConnectionProfile current = profile();
    const auto database = m_database->current().config(&error);
    if (!database) {
        m_detectStatus->showOutcome(false, error);
        return;
    }
    if (m_discovery.isRunning())
        return;
    const DeliveryUrlScanner::Options urls{current.cloudName, current.cdnHosts};
    m_stopDiscovery = false;
    m_detectStatus->showProgress(tr("Reading every text column of %1…").arg(m_database->current().title()));
    QPointer<StatusLabel> status(m_detectStatus);
    m_discovery.setFuture(QtConcurrent::run([this, config = *database, urls, status] {
        QString error;
        auto found = ReferenceDiscovery(config, urls).discover(m_stopDiscovery, [status](int done, int total) {
            QMetaObject::invokeMethod(status, [status, done, total] {
                if (status)
                    status->showProgress(SettingsPanel::tr("Reading text columns: %1 of %2…").arg(done).arg(total));
            }, Qt::QueuedConnection);
        }, &error);
        return std::pair(found.value_or(QList<DiscoveredColumn>()), error);
    }));
}

void SettingsPanel::showDiscovered()
{
    const auto [columns, error] = m_discovery.result();
    QStringList specs;
    for (const DiscoveredColumn &column : columns) {
        if (column.verdict != DiscoveredColumn::Verdict::Nothing)
            specs.append(column.spec().toString());
    }
    if (!error.isEmpty()) {
        m_detectStatus->showOutcome(false, error);
    } else if (specs.isEmpty()) {
        m_detectStatus->showOutcome(false, tr("None of the %n text column(s) holds CloudinaryField values or delivery URLs of this cloud; "
                                              "check the cloud name", nullptr, int(columns.size())));
    } else {
        const int added = m_options->addReferences(specs);
        m_detectStatus->showOutcome(true, tr("%n column(s) reference files: %1. %2 added to the list.", nullptr, int(specs.size()))
                                            .arg(specs.join(u", "_s)).arg(added));
    }
    Q_EMIT discoveryFinished();
}

} // namespace Orphanscope::Gui
