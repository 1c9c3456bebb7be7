#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QFormLayout;

namespace Orphanscope::Gui {

struct ConnectionProfile;

// The Django database: PostgreSQL (host, port, database, user, password, sslmode) or an
// SQLite file, or a pasted DATABASE_URL that fills them in.
class DatabaseForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseForm)

public:
    explicit DatabaseForm(QWidget *parent = nullptr);

    void load(const ConnectionProfile &profile);
    void store(ConnectionProfile &profile) const;

private:
    void applyPastedUrl(const QString &url);
    void browseSqliteFile();
    void showRowsFor(int kind);

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
