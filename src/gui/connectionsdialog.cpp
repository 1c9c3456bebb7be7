#include "connectionsdialog.h"

#include "cloudinaryform.h"
#include "connectiontestbox.h"
#include "databaseform.h"
#include "mailform.h"
#include "referencesform.h"
#include "ui_connectionsdialog.h"
#include "windowsize.h"

#include <QPushButton>

namespace Orphanscope::Gui {

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionsDialog"));
    QListWidget *list = m_ui->pageList;
    list->setSpacing(4);
    list->setFixedWidth(list->sizeHintForColumn(0) + 2 * list->frameWidth() + list->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    list->setCurrentRow(0);
    resizeWithinScreen(this, {760, 540}, 90, 85);
    m_ui->tester->setProfileSource([this] { return profile(); });
    m_ui->references->setSource({[this] { return profile(); }, [this] { return m_ui->database->current(); }});
    list->setToolTip(tr("The kinds of connection a profile has; each page is saved with Save"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Keep these connections in the profile (secrets go to the keyring)"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the profile"));
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    setWindowTitle(tr("Connections of \"%1\"").arg(profile.name));
    m_ui->cloudinary->load(profile);
    m_ui->database->load(profile);
    m_ui->references->load(profile);
    m_ui->mail->load(profile);
}

ConnectionProfile ConnectionsDialog::profile() const
{
    ConnectionProfile profile = m_profile;
    storeConnections(profile, m_ui->cloudinary, m_ui->database, m_ui->references, m_ui->mail);
    return profile;
}

void ConnectionsDialog::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(int(page));
}

CloudinaryForm *ConnectionsDialog::cloudinary() const { return m_ui->cloudinary; }
DatabaseForm *ConnectionsDialog::database() const { return m_ui->database; }
ReferencesForm *ConnectionsDialog::references() const { return m_ui->references; }
MailForm *ConnectionsDialog::mail() const { return m_ui->mail; }
ConnectionTestBox *ConnectionsDialog::tester() const { return m_ui->tester; }

void storeConnections(ConnectionProfile &profile, const CloudinaryForm *cloudinary, const DatabaseForm *database,
                      const ReferencesForm *references, const MailForm *mail)
{
    if (cloudinary)
        cloudinary->store(profile);
    if (database)
        database->store(profile);
    if (references)
        references->store(profile);
    if (mail)
        mail->store(profile);
}

} // namespace Orphanscope::Gui
