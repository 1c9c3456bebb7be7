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
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

DatabaseForm::DatabaseForm(QWidget *parent)
    : QGroupBox(tr("Database"), parent)
    , m_connections{DatabaseConnection()}
    , m_chooser(new QComboBox(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_chooserRow(new QWidget(this))
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

    m_chooser->setObjectName(u"databaseChooser"_s);
    m_chooser->setToolTip(tr("The databases whose references count: production and staging sharing this Cloudinary account, say"));
    m_add->setText(u"+"_s);
    m_add->setAccessibleName(tr("Add database"));
    m_add->setObjectName(u"addDatabase"_s);
    m_add->setToolTip(tr("Add another database of the same site; a file counts as referenced when any database references it"));
    m_remove->setText(u"−"_s);
    m_remove->setAccessibleName(tr("Remove database"));
    m_remove->setObjectName(u"removeDatabase"_s);
    m_remove->setToolTip(tr("Remove the database on show from this profile"));
    auto *chooserRow = new QHBoxLayout(m_chooserRow);
    chooserRow->setContentsMargins(0, 0, 0, 0);
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(m_add);
    chooserRow->addWidget(m_remove);
    connect(m_chooser, &QComboBox::activated, this, &DatabaseForm::choose);
    connect(m_add, &QToolButton::clicked, this, &DatabaseForm::addDatabase);
    connect(m_remove, &QToolButton::clicked, this, &DatabaseForm::removeDatabase);
    for (QLineEdit *edit : {m_host, m_name, m_sqlitePath})
        connect(edit, &QLineEdit::editingFinished, this, &DatabaseForm::refreshChooser);

    m_form->addRow(tr("Connection:"), m_chooserRow);
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
    refreshChooser();
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
    DatabaseConnection connection = shownConnection();
    QString error;
    if (!connection.applyUrl(url, &error)) {
        m_message->showOutcome(false, error);
        return;
    }
    m_message->setVisible(false);
    m_pasted->clear();
    showConnection(connection);
    refreshChooser();
}

void DatabaseForm::browseSqliteFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the SQLite database"), m_sqlitePath->text(),
                                                      tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        m_sqlitePath->setText(path);
        refreshChooser();
    }
}

// The combo's order follows DatabaseConfig::Kind's: PostgreSQL, SQLite, MySQL.
static int kindIndex(DatabaseConfig::Kind kind)
{
    return kind == DatabaseConfig::Kind::Sqlite ? 1 : kind == DatabaseConfig::Kind::Mysql ? 2 : 0;
}

void DatabaseForm::showConnection(const DatabaseConnection &connection)
{
    m_kind->setCurrentIndex(kindIndex(connection.kind));
    m_host->setText(connection.host);
    m_port->setValue(connection.port);
    m_name->setText(connection.name);
    m_user->setText(connection.user);
    m_password->setText(connection.password);
    m_sslMode->setCurrentText(connection.sslMode);
    m_sqlitePath->setText(connection.sqlitePath);
}

DatabaseConnection DatabaseForm::shownConnection() const
{
    DatabaseConnection connection;
    const int kind = m_kind->currentIndex();
    connection.kind = kind == 1 ? DatabaseConfig::Kind::Sqlite : kind == 2 ? DatabaseConfig::Kind::Mysql : DatabaseConfig::Kind::Postgres;
    connection.host = m_host->text().trimmed();
    connection.port = m_port->value();
    connection.name = m_name->text().trimmed();
    connection.user = m_user->text().trimmed();
    connection.password = m_password->text();
    connection.sslMode = m_sslMode->currentText();
    connection.sqlitePath = m_sqlitePath->text().trimmed();
    return connection;
}

void DatabaseForm::choose(int index)
{
    if (index < 0 || index >= m_connections.size() || index == m_current)
        return;
    m_connections[m_current] = shownConnection();
    m_current = index;
    m_message->setVisible(false);
    showConnection(m_connections.at(index));
    refreshChooser();
}

void DatabaseForm::addDatabase()
{
    m_connections[m_current] = shownConnection();
    m_connections.append(DatabaseConnection());
    m_current = int(m_connections.size()) - 1;
    m_message->setVisible(false);
    showConnection(m_connections.last());
    refreshChooser();
    m_pasted->setFocus();
}

void DatabaseForm::removeDatabase()
{
    if (m_connections.size() < 2)
        return;
    m_connections.removeAt(m_current);
    m_current = std::min(m_current, int(m_connections.size()) - 1);
    showConnection(m_connections.at(m_current));
    refreshChooser();
}

// "1. prompts @ db.example.org", one line a database; the title says how many there are.
void DatabaseForm::refreshChooser()
{
    m_connections[m_current] = shownConnection();
    m_chooser->clear();
    for (qsizetype i = 0; i < m_connections.size(); ++i)
        m_chooser->addItem(tr("%1. %2").arg(i + 1).arg(m_connections.at(i).title()));
    m_chooser->setCurrentIndex(m_current);
    m_chooser->setEnabled(m_connections.size() > 1);
    m_remove->setEnabled(m_connections.size() > 1);
    setTitle(m_connections.size() > 1 ? tr("Databases (%1)").arg(m_connections.size()) : tr("Database"));
}

void DatabaseForm::load(const ConnectionProfile &profile)
{
    m_connections = profile.databases.isEmpty() ? QList<DatabaseConnection>{DatabaseConnection()} : profile.databases;
    m_current = 0;
    showConnection(m_connections.first());
    refreshChooser();
}

void DatabaseForm::store(ConnectionProfile &profile) const
{
    profile.databases = m_connections;
    profile.databases[m_current] = shownConnection();
}

} // namespace Orphanscope::Gui
