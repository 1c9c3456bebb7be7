#include "scan/brokenreferencecheck.h"

#include <QPromise>

#include <memory>
#include <type_traits>

namespace Orphanscope {

BrokenReferenceCheck::BrokenReferenceCheck(const ScanSettings &settings)
    : m_reader(settings.databases(), settings.references)
{
    // QSqlDatabase connections are used on the thread that opened them: one thread, kept.
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
}

BrokenReferenceCheck::~BrokenReferenceCheck()
{
    // Closed on their own thread, after whatever was given to it.
    m_thread.start([this] { m_connections.clear(); });
    m_thread.waitForDone();
}

bool BrokenReferenceCheck::mayApply(const ScanSettings &settings)
{
    return !settings.days;
}

bool BrokenReferenceCheck::applies(const ScanSettings &settings, const ScanResult &result)
{
    return mayApply(settings) && !result.isPartial()
        && std::all_of(settings.resourceTypes.cbegin(), settings.resourceTypes.cend(),
                       [&result](ResourceType type) { return result.perType[indexOf(type)].complete; });
}

QFuture<void> BrokenReferenceCheck::prepare()
{
    return onThread([this] {
        if (QString error; !m_reader.prepare(&m_connections, &error))
            m_connections.clear();
    });
}

QFuture<BrokenReferenceCheck::Outcome> BrokenReferenceCheck::start(ReferenceSet unmatched, std::vector<ReferenceRowLog> rowLogs,
                                                                   const std::atomic_bool &cancel)
{
    return onThread([this, unmatched = std::move(unmatched), rowLogs = std::move(rowLogs), &cancel] {
        return run(unmatched, rowLogs, cancel);
    });
}

// Not QtConcurrent::run: a thread that waits for such a future runs a task not yet begun itself,
// and the connections would then be used on two threads.
template<typename Task>
auto BrokenReferenceCheck::onThread(Task task) -> QFuture<std::invoke_result_t<Task>>
{
    using Result = std::invoke_result_t<Task>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start(); // a future not started yet is not waited for
    m_thread.start([promise, task = std::move(task)]() mutable {
        if constexpr (std::is_void_v<Result>)
            task();
        else
            promise->addResult(task());
        promise->finish();
    });
    return future;
}

BrokenReferenceCheck::Outcome BrokenReferenceCheck::run(const ReferenceSet &unmatched, const std::vector<ReferenceRowLog> &rowLogs,
                                                        const std::atomic_bool &cancel)
{
    Outcome outcome;
    if (unmatched.size() == 0) {
        outcome.references = QList<BrokenReference>();
        return outcome;
    }
    const bool reused = !m_connections.empty();
    outcome.references = m_reader.locate(unmatched, rowLogs, cancel, &outcome.error, &m_connections);
    if (!outcome.references && reused && !cancel) {
        m_connections.clear();
        outcome.error.clear();
        outcome.references = m_reader.locate(unmatched, rowLogs, cancel, &outcome.error, &m_connections);
    }
    return outcome;
}

} // namespace Orphanscope
