#include "databaseform.h"

#include "connectionprofile.h"
#include "secretlineedit.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

DatabaseForm::DatabaseForm(QWidget *parent)
    : QGroupBox(tr("Database"), parent)
    , m_pasted(createSecretLineEdit(this))
    , m_message(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(createSecretLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sqlitePath(new QLineEdit(this))
{
    m_pasted->setPlaceholderText(u"postgres://user:pass@host:5432/db"_s);
    auto *apply = new QPushButton(tr("Fill in"), this);
    apply->setToolTip(tr("Fill in the fields below from the pasted DATABASE_URL"));
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasted, 1);
    pasteRow->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, &DatabaseForm::applyPastedUrl);
    connect(m_pasted, &QLineEdit::returnPressed, this, &DatabaseForm::applyPastedUrl);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_kind->addItems({tr("PostgreSQL"), tr("SQLite file")});
    m_kind->setObjectName(u"databaseKind"_s);
    m_port->setRange(1, 65535);
    m_sslMode->addItems({u"prefer"_s, u"disable"_s, u"allow"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s});
    m_sqlitePath->setObjectName(u"sqlitePath"_s);

    auto *postgres = new QWidget(m_pages);
    auto *postgresForm = new QFormLayout(postgres);
    postgresForm->setContentsMargins(0, 0, 0, 0);
    postgresForm->addRow(tr("Host:"), m_host);
    postgresForm->addRow(tr("Port:"), m_port);
    postgresForm->addRow(tr("Database:"), m_name);
    postgresForm->addRow(tr("User:"), m_user);
    postgresForm->addRow(tr("Password:"), m_password);
    postgresForm->addRow(tr("SSL mode:"), m_sslMode);

    auto *sqlite = new QWidget(m_pages);
    auto *sqliteForm = new QFormLayout(sqlite);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"), sqlite);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_sqlitePath, 1);
    fileRow->addWidget(browse);
    sqliteForm->addRow(tr("File:"), fileRow);
    connect(browse, &QPushButton::clicked, this, &DatabaseForm::browseSqliteFile);

    m_pages->addWidget(postgres);
    m_pages->addWidget(sqlite);
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Paste URL:"), pasteRow);
    form->addRow(m_message);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(m_pages);
}

void DatabaseForm::applyPastedUrl()
{
    ConnectionProfile profile;
    store(profile);
    QString error;
    if (!profile.applyDatabaseUrl(m_pasted->text(), &error)) {
        m_message->setText(error);
        m_message->setVisible(true);
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
    m_kind->setCurrentIndex(profile.sqlite ? 1 : 0);
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
    profile.dbHost = m_host->text().trimmed();
    profile.dbPort = m_port->value();
    profile.dbName = m_name->text().trimmed();
    profile.dbUser = m_user->text().trimmed();
    profile.dbPassword = m_password->text();
    profile.sslMode = m_sslMode->currentText();
    profile.sqlitePath = m_sqlitePath->text().trimmed();
}

} // namespace Orphanscope::Gui
