#include "scan/scanlisting.h"

#include "cloudinary/cloudinaryclient.h"
#include "scan/apibudget.h"
#include "scan/checkpointsession.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ScanListing::ScanListing(CloudinaryClient *client, StringPool *pool, CheckpointSession *checkpoint, ApiBudget *budget, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_checkpoint(checkpoint)
    , m_budget(budget)
    , m_listing(new AccountListing(client, pool, this))
{
    connect(m_listing, &AccountListing::pageReceived, this, &ScanListing::onPage);
    connect(m_listing, &AccountListing::listerStarted, this, [this](const ListerState &state) {
        if (m_checkpoint)
            m_checkpoint->addLister(state);
    });
    connect(m_listing, &AccountListing::warning, this, &ScanListing::warning);
    connect(m_listing, &AccountListing::typeComplete, this, &ScanListing::typeComplete);
    connect(m_listing, &AccountListing::finished, this, [this] {
        if (!std::exchange(m_done, true))
            Q_EMIT finished();
    });
    connect(m_listing, &AccountListing::failed, this, &ScanListing::onFailed);
    connect(m_budget, &ApiBudget::over, this, &ScanListing::onBudgetReset);
}

void ScanListing::start(AccountListing::Plan plan)
{
    // The next page may travel while this one is handled, unless the guard would stop after
    // this answer or the listing is held back.
    plan.mayRequestAhead = [this] { return !m_held && m_budget->mayRequestAhead(); };
    if (m_checkpoint)
        plan.resumeFrom = m_checkpoint->storedListers();
    m_listing->start(plan);
}

void ScanListing::stop()
{
    if (std::exchange(m_done, true))
        return;
    if (m_waiting)
        m_budget->cancel();
    m_listing->stop();
    m_client->abortAll();
}

void ScanListing::hold()
{
    if (std::exchange(m_held, true) || m_done)
        return;
    m_listing->pause();
}

void ScanListing::release()
{
    if (!std::exchange(m_held, false) || m_done || m_waiting)
        return;
    m_listing->resume();
}

void ScanListing::onPage(ResourceType type, const ListedFiles &files, bool moreToCome, const ListerState &after)
{
    if (m_done)
        return;
    if (m_checkpoint) {
        QStringList warnings;
        QString error;
        const bool saved = m_checkpoint->addPage(after, files, m_client->callCount(), &warnings, &error);
        for (const QString &message : std::as_const(warnings))
            Q_EMIT warning(message);
        if (!saved)
            return fail(error);
    }
    Q_EMIT page(type, files);
    if (m_done)
        return;
    if (const auto reason = m_budget->stopReason(moreToCome); reason && !waitForReset(*reason))
        end(StopReason::RateLimitGuard, *reason);
}

void ScanListing::onFailed(ResourceType type, ListingFailure failure, const QString &message)
{
    Q_UNUSED(type);
    if (m_done)
        return;
    if (failure != ListingFailure::RateLimited)
        return fail(message);
    if (waitForReset(message))
        return; // the refused lister holds its page until the listing resumes
    const RateLimitStatus status = m_client->lastRateLimit();
    end(StopReason::RateLimited,
        u"%1 (resets at %2)"_s.arg(message, status.resetsAt.isValid() ? status.resetsAt.toString(Qt::ISODate) : u"the top of the hour"_s));
}

// --wait-for-reset: every lister holds its next request until the window resets; what was
// listed so far is saved first, in case the wait is cut short.
bool ScanListing::waitForReset(const QString &reason)
{
    if (m_waiting)
        return true;
    if (!m_budget->waitForReset(reason))
        return false;
    m_waiting = true;
    m_listing->pause();
    QStringList warnings;
    QString error;
    const bool saved = !m_checkpoint || m_checkpoint->flush(m_client->callCount(), &warnings, &error);
    for (const QString &message : std::as_const(warnings))
        Q_EMIT warning(message);
    if (!saved) {
        fail(error);
        return true;
    }
    Q_EMIT waiting(m_budget->resumesAt());
    return true;
}

void ScanListing::onBudgetReset()
{
    if (!std::exchange(m_waiting, false) || m_done)
        return;
    Q_EMIT resumed();
    if (!m_held)
        m_listing->resume();
}

void ScanListing::end(StopReason reason, const QString &detail)
{
    stop();
    Q_EMIT stopped(reason, detail);
}

void ScanListing::fail(const QString &message)
{
    stop();
    Q_EMIT failed(message);
}

} // namespace Orphanscope
