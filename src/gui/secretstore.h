#pragma once

#include <QHash>
#include <QObject>

namespace Orphanscope::Gui {

// Keeps the API secret and database password in the OS keyring (qtkeychain). Without a keyring
// it says so once and keeps them for this session only: they are never written anywhere else.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend { Keyring, SessionOnly };

    // Keyring when a desktop session bus is there to reach one.
    static Backend detectBackend();

    explicit SecretStore(Backend backend, QObject *parent = nullptr);

    Backend backend() const { return m_backend; }

    // Asynchronous; secretRead() follows, with an empty value when there is none.
    void read(const QString &key);
    void write(const QString &key, const QString &value);

Q_SIGNALS:
    void secretRead(const QString &key, const QString &value);
    void unavailable(const QString &message);

private:
    void fallBack(const QString &reason);

    Backend m_backend;
    QHash<QString, QString> m_session;
};

} // namespace Orphanscope::Gui
