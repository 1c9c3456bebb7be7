#include "databaseform.h"

#include "connectionprofile.h"
#include "pasteurlrow.h"
#include "secretlineedit.h"
#include "statuslabel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

DatabaseForm::DatabaseForm(QWidget *parent)
    : QGroupBox(tr("Database"), parent)
    , m_pasted(new PasteUrlRow(u"postgres://user:pass@host:5432/db"_s, u"DATABASE_URL"_s, this))
    , m_message(new StatusLabel(this))
    , m_kind(new QComboBox(this))
    , m_form(new QFormLayout(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(createSecretLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sqlitePath(new QLineEdit(this))
{
    connect(m_pasted, &PasteUrlRow::submitted, this, &DatabaseForm::applyPastedUrl);
    m_kind->setToolTip(tr("The Django database: PostgreSQL, an SQLite file, or MySQL/MariaDB"));
    m_host->setToolTip(tr("The PostgreSQL server's host name or address"));
    m_port->setToolTip(tr("The server's port (PostgreSQL 5432, MySQL 3306 by default)"));
    m_name->setToolTip(tr("The database name"));
    m_user->setToolTip(tr("A user that may read the reference tables; a read-only user is best"));
    m_password->setToolTip(tr("Kept in the keyring, never in the settings file"));
    m_sslMode->setToolTip(tr("libpq's sslmode: require or verify-full for a server across a network"));
    m_sqlitePath->setToolTip(tr("The SQLite database file; it is opened read-only"));

    m_kind->addItems({tr("PostgreSQL"), tr("SQLite file"), tr("MySQL / MariaDB")});
    m_kind->setObjectName(u"databaseKind"_s);
    m_port->setRange(1, 65535);
    m_sslMode->addItems({u"prefer"_s, u"disable"_s, u"allow"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s});
    m_sqlitePath->setObjectName(u"sqlitePath"_s);

    m_sqliteRow = new QWidget(this);
    auto *browse = new QPushButton(tr("Browse…"), m_sqliteRow);
    browse->setToolTip(tr("Choose the SQLite file in a file dialog"));
    auto *fileRow = new QHBoxLayout(m_sqliteRow);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_sqlitePath, 1);
    fileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &DatabaseForm::browseSqliteFile);

    m_form->addRow(tr("Paste URL:"), m_pasted);
    m_form->addRow(m_message);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("Host:"), m_host);
    m_form->addRow(tr("Port:"), m_port);
    m_form->addRow(tr("Database:"), m_name);
    m_form->addRow(tr("User:"), m_user);
    m_form->addRow(tr("Password:"), m_password);
    m_form->addRow(tr("SSL mode:"), m_sslMode);
    m_form->addRow(tr("File:"), m_sqliteRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DatabaseForm::showRowsFor);
    showRowsFor(0);
}

// The server rows (PostgreSQL, MySQL) or the SQLite file row, whichever kind is chosen.
void DatabaseForm::showRowsFor(int kind)
{
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(field, kind != 1);
    m_form->setRowVisible(m_sslMode, kind == 0);
    m_form->setRowVisible(m_sqliteRow, kind == 1);
}

void DatabaseForm::applyPastedUrl(const QString &url)
{
    ConnectionProfile profile;
    store(profile);
    QString error;
    if (!profile.applyDatabaseUrl(url, &error)) {
        m_message->showOutcome(false, error);
        return;
    }
    m_message->setVisible(false);
    m_pasted->clear();
    load(profile);
}

void DatabaseForm::browseSqliteFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the SQLite database"), m_sqlitePath->text(),
                                                      tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_sqlitePath->setText(path);
}

void DatabaseForm::load(const ConnectionProfile &profile)
{
    m_kind->setCurrentIndex(profile.sqlite ? 1 : profile.mysql ? 2 : 0);
    m_host->setText(profile.dbHost);
    m_port->setValue(profile.dbPort);
    m_name->setText(profile.dbName);
    m_user->setText(profile.dbUser);
    m_password->setText(profile.dbPassword);
    m_sslMode->setCurrentText(profile.sslMode);
    m_sqlitePath->setText(profile.sqlitePath);
}

void DatabaseForm::store(ConnectionProfile &profile) const
{
    profile.sqlite = m_kind->currentIndex() == 1;
    profile.mysql = m_kind->currentIndex() == 2;
    profile.dbHost = m_host->text().trimmed();
    profile.dbPort = m_port->value();
    profile.dbName = m_name->text().trimmed();
    profile.dbUser = m_user->text().trimmed();
    profile.dbPassword = m_password->text();
    profile.sslMode = m_sslMode->currentText();
    profile.sqlitePath = m_sqlitePath->text().trimmed();
}

} // namespace Orphanscope::Gui
