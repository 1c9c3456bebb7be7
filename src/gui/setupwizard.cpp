#include "setupwizard.h"

#include "cloudinaryform.h"
#include "connectionsdialog.h"
#include "connectiontestbox.h"
#include "databaseform.h"
#include "referencesform.h"
#include "ui_setupcloudinarypage.h"
#include "ui_setupdatabasepage.h"
#include "ui_setupfinishpage.h"
#include "ui_setupreferencespage.h"
#include "windowsize.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

template<typename Form>
static QWizardPage *makePage(Form &form, QWizard *wizard)
{
    auto *page = new QWizardPage(wizard);
    form.setupUi(page);
    return page;
}

SetupWizard::SetupWizard(const ConnectionProfile &start, QWidget *parent)
    : QWizard(parent)
    , m_start(start)
    , m_cloudinary(std::make_unique<Ui::SetupCloudinaryPage>())
    , m_database(std::make_unique<Ui::SetupDatabasePage>())
    , m_references(std::make_unique<Ui::SetupReferencesPage>())
    , m_finish(std::make_unique<Ui::SetupFinishPage>())
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up Orphanscope"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(CloudinaryPage, makePage(*m_cloudinary, this));
    setPage(DatabasePage, makePage(*m_database, this));
    setPage(ReferencesPage, makePage(*m_references, this));
    setPage(FinishPage, makePage(*m_finish, this));

    const auto current = [this] { return profile(); };
    m_cloudinary->tester->setScope(ConnectionTestBox::Scope::Cloudinary);
    m_database->tester->setScope(ConnectionTestBox::Scope::Databases);
    m_references->tester->setScope(ConnectionTestBox::Scope::Everything);
    for (ConnectionTestBox *tester : {m_cloudinary->tester, m_database->tester, m_references->tester})
        tester->setProfileSource(current);
    m_references->references->setSource({current, [this] { return m_database->database->current(); }});

    m_cloudinary->cloudinary->setDashboardShown(false);
    m_cloudinary->cloudinary->load(start);
    m_database->database->load(start);
    m_references->references->load(start);
    m_finish->profileName->setText(start.name == u"Default"_s ? QString() : start.name);
    resizeWithinScreen(this, {720, 540}, 90, 85);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == FinishPage)
            describeProfile();
    });
    connect(this, &QDialog::accepted, this, [this] { Q_EMIT profileReady(profile(), scanWhenFinished()); });
}

SetupWizard::~SetupWizard() = default;

ConnectionProfile SetupWizard::profile() const
{
    ConnectionProfile profile = m_start;
    storeConnections(profile, m_cloudinary->cloudinary, m_database->database, m_references->references, nullptr);
    const QString name = m_finish->profileName->text().trimmed();
    if (!name.isEmpty())
        profile.name = name;
    else if (!profile.cloudName.isEmpty() && m_start.name == u"Default"_s)
        profile.name = profile.cloudName;
    return profile;
}

bool SetupWizard::scanWhenFinished() const
{
    return m_finish->scanNow->isChecked();
}

// What Finish will save, in words, with what is still missing.
void SetupWizard::describeProfile()
{
    const ConnectionProfile current = profile();
    if (m_finish->profileName->text().trimmed().isEmpty())
        m_finish->profileName->setText(current.name);
    const QStringList lines{
        tr("Account: %1").arg(current.cloudName.isEmpty() ? tr("none yet") : current.cloudName),
        tr("Databases: %1").arg(current.databaseTitles().join(u", "_s)),
        tr("Reference columns: %1").arg(current.references.isEmpty() ? tr("none yet") : current.references.join(u", "_s)),
        current.days > 0 ? tr("A scan lists the files uploaded in the last %n day(s); choose All files beside the results for the whole account.",
                              nullptr, current.days)
                         : tr("A scan lists every file of the account."),
    };
    QString text = u"<ul>"_s;
    for (const QString &line : lines)
        text += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    text += u"</ul>"_s;
    QString error;
    if (!current.toScanSettings(&error))
        text += u"<p style=\"color:#b3261e\"><b>%1</b></p>"_s.arg(tr("Not ready to scan yet: %1").arg(error).toHtmlEscaped());
    m_finish->summary->setText(text);
    m_finish->scanNow->setEnabled(error.isEmpty());
    if (!error.isEmpty())
        m_finish->scanNow->setChecked(false);
}

} // namespace Orphanscope::Gui
