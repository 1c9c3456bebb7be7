#include "connectiontestbox.h"

#include "scan/connectiontester.h"
#include "statuslabel.h"

#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

ConnectionTestBox::ConnectionTestBox(QWidget *parent)
    : QWidget(parent)
    , m_test(new QPushButton(QIcon::fromTheme(u"network-wired"_s), tr("Test connections"), this))
    , m_cloudinary(new StatusLabel(this))
    , m_database(new StatusLabel(this))
    , m_tester(new ConnectionTester(this))
{
    m_test->setObjectName(u"testConnections"_s);
    m_cloudinary->setObjectName(u"cloudinaryStatus"_s);
    m_database->setObjectName(u"databaseStatus"_s);
    setScope(Scope::Everything);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_cloudinary);
    layout->addWidget(m_database);

    connect(m_test, &QPushButton::clicked, this, &ConnectionTestBox::test);
    connect(m_tester, &ConnectionTester::cloudinaryChecked, this,
            [this](const ConnectionCheck &check) { showCheck(m_cloudinary, tr("Cloudinary: %1"), check); });
    connect(m_tester, &ConnectionTester::databaseChecked, this,
            [this](const ConnectionCheck &check) { showCheck(m_database, tr("Database: %1"), check); });
    connect(m_tester, &ConnectionTester::finished, this, [this] {
        m_test->setEnabled(true);
        Q_EMIT finished(m_passed);
    });
}

void ConnectionTestBox::setScope(Scope scope)
{
    m_scope = scope;
    switch (scope) {
    case Scope::Everything:
        m_test->setText(tr("Test connections"));
        m_test->setToolTip(tr("Check the Cloudinary credentials and the database with its reference columns"));
        break;
    case Scope::Cloudinary:
        m_test->setText(tr("Test the account"));
        m_test->setToolTip(tr("Ask Cloudinary for the account's usage: one API call that proves the cloud name, key and secret"));
        break;
    case Scope::Databases:
        m_test->setText(tr("Test the databases"));
        m_test->setToolTip(tr("Open each database read-only, as a scan will"));
        break;
    }
}

bool ConnectionTestBox::isRunning() const
{
    return m_tester->isRunning();
}

void ConnectionTestBox::fail(StatusLabel *label, const QString &message)
{
    m_passed = false;
    label->showOutcome(false, message);
    Q_EMIT finished(false);
}

void ConnectionTestBox::showCheck(StatusLabel *label, const QString &side, const ConnectionCheck &check)
{
    m_passed = m_passed && check.ok;
    label->showOutcome(check.ok, side.arg(check.message));
}

void ConnectionTestBox::test()
{
    if (isRunning() || !m_profile)
        return;
    const ConnectionProfile current = m_profile();
    m_cloudinary->setVisible(false);
    m_database->setVisible(false);
    QString error;
    std::optional<CloudinaryConfig> cloudinary;
    if (m_scope != Scope::Databases && !(cloudinary = current.cloudinaryConfig(&error)))
        return fail(m_cloudinary, tr("Cloudinary: %1").arg(error));
    std::optional<QList<DatabaseConfig>> databases;
    std::optional<QList<ReferenceSpec>> references = QList<ReferenceSpec>();
    if (m_scope != Scope::Cloudinary) {
        if (!(databases = current.databaseConfigs(&error)))
            return fail(m_database, tr("Database: %1").arg(error));
        if (m_scope == Scope::Everything && !(references = current.referenceSpecs(&error)))
            return fail(m_database, tr("References: %1").arg(error));
    }
    m_passed = true;
    m_test->setEnabled(false);
    if (cloudinary)
        m_cloudinary->showProgress(tr("Cloudinary: checking…"));
    if (databases)
        m_database->showProgress(tr("Database: checking…"));
    if (m_scope == Scope::Everything)
        m_tester->test(*cloudinary, *databases, *references);
    else if (cloudinary)
        m_tester->testCloudinary(*cloudinary);
    else
        m_tester->testDatabases(*databases, *references);
}

} // namespace Orphanscope::Gui
