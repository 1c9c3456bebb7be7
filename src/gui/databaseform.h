#pragma once

#include "databaseconnection.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QFormLayout;
class QToolButton;

namespace Orphanscope::Gui {

struct ConnectionProfile;

// The site's databases, one shown at a time: PostgreSQL (host, port, database, user, password,
// sslmode), MySQL / MariaDB, or an SQLite file, or a pasted DATABASE_URL that fills them in.
// "Add database" adds another (staging beside production, Django's several DATABASES); the
// chooser above the fields switches between them.
class DatabaseForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseForm)

public:
    explicit DatabaseForm(QWidget *parent = nullptr);

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;

    // The database on show, which Detect and Discover read.
    int currentIndex() const { return m_current; }
    DatabaseConnection current() const { return shownConnection(); }

private:
    DatabaseConnection shownConnection() const;
    void showConnection(const DatabaseConnection &connection);
    void choose(int index);
    void addDatabase();
    void removeDatabase();
    void refreshChooser();
    void applyPastedUrl(const QString &url);
    void browseSqliteFile();
    void showRowsFor(int kind);

    QList<DatabaseConnection> m_connections; // as last shown; the one on show lives in the fields
    int m_current = 0;
    QComboBox *m_chooser;
    QToolButton *m_add;
    QToolButton *m_remove;
    QWidget *m_chooserRow;
    class PasteUrlRow *m_pasted;
    class StatusLabel *m_message;
    QComboBox *m_kind;
    QFormLayout *m_form;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_name;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_sqlitePath;
    QWidget *m_sqliteRow = nullptr;
};

} // namespace Orphanscope::Gui
