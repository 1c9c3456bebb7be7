#include "secretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Gui {

namespace {
const QString Service = u"org.orphanscope.Orphanscope"_s;
}

SecretStore::Backend SecretStore::detectBackend()
{
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ? Backend::SessionOnly : Backend::Keyring;
}

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

void SecretStore::fallBack(const QString &reason)
{
    if (m_backend == Backend::SessionOnly)
        return;
    m_backend = Backend::SessionOnly;
    Q_EMIT unavailable(tr("No keyring is available (%1): secrets are kept for this session only and must be entered again next time.").arg(reason));
}

void SecretStore::read(const QString &key)
{
    if (m_backend == Backend::SessionOnly) {
        Q_EMIT secretRead(key, m_session.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            Q_EMIT secretRead(key, job->textData());
        } else {
            if (job->error() != QKeychain::EntryNotFound)
                fallBack(job->errorString());
            Q_EMIT secretRead(key, m_session.value(key));
        }
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &value)
{
    m_session.insert(key, value);
    if (m_backend == Backend::SessionOnly)
        return;
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError)
            fallBack(job->errorString());
    });
    job->start();
}

} // namespace Orphanscope::Gui
