#include "database/sitereferencereader.h"

#include <QFileInfo>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

SiteReferenceReader::SiteReferenceReader(QList<DatabaseConfig> databases, QList<ReferenceSpec> specs, DeliveryUrlScanner::Options urls,
                                         bool allTextColumns)
    : m_databases(std::move(databases))
    , m_specs(std::move(specs))
    , m_urls(std::move(urls))
    , m_allTextColumns(allTextColumns)
{
}

QString SiteReferenceReader::label(const DatabaseConfig &config)
{
    return config.kind == DatabaseConfig::Kind::Sqlite ? QFileInfo(config.name).fileName() : config.name + u'@' + config.host;
}

QList<ReferenceReader> SiteReferenceReader::readers() const
{
    QList<ReferenceReader> readers;
    for (const DatabaseConfig &database : m_databases) {
        readers.append(ReferenceReader(database, m_specs, m_urls));
        readers.last().setSkipAbsentTables(m_databases.size() > 1);
        readers.last().setAddAllTextColumns(m_allTextColumns);
    }
    return readers;
}

ReferenceReadResult SiteReferenceReader::read(const std::atomic_bool &cancel, std::atomic<qint64> *rowsRead,
                                              const ReferenceReader::WarningSink &warn) const
{
    if (m_databases.size() == 1)
        return readers().first().read(cancel, rowsRead, warn);

    const QList<ReferenceReader> all = readers();
    std::vector<ReferenceReadResult> results(all.size());
    // One flag stops every read: the caller's cancel, or one database's failure (the union would
    // be incomplete anyway). A single watcher forwards the caller's flag to it.
    std::atomic_bool stopAll{false};
    {
        std::jthread watcher([&](std::stop_token stop) {
            while (!stop.stop_requested() && !stopAll) {
                if (cancel)
                    stopAll = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
        std::vector<std::jthread> threads;
        for (qsizetype i = 0; i < all.size(); ++i) {
            threads.emplace_back([&, i] {
                const QString name = label(m_databases.at(i));
                results[size_t(i)] = all.at(i).read(stopAll, rowsRead, [&warn, name](const QString &message) { warn(name + u": "_s + message); });
                if (!results[size_t(i)].ok)
                    stopAll = true;
            });
        }
        threads.clear(); // joins the readers
        watcher.request_stop();
    }

    ReferenceReadResult united;
    for (qsizetype i = 0; i < all.size(); ++i) {
        ReferenceReadResult &result = results[size_t(i)];
        const QString name = label(m_databases.at(i));
        if (!result.ok) {
            // The first real failure, not the cancellations it caused in the others.
            if (united.error.isEmpty() || united.error.endsWith(u"was cancelled"_s))
                united.error = u"%1: %2"_s.arg(name, result.error);
            continue;
        }
        united.references.unite(std::move(result.references));
        united.rowLogs.push_back(std::move(result.rowLogs.front()));
        united.summary.values += result.summary.values;
        united.summary.unparseable += result.summary.unparseable;
        united.summary.textValues += result.summary.textValues;
        united.summary.textReferences += result.summary.textReferences;
        united.summary.elapsedMs = std::max(united.summary.elapsedMs, result.summary.elapsedMs);
        for (const QString &column : result.summary.columns)
            united.summary.columns.append(name + u'/' + column);
        for (TableSummary table : result.summary.tables) {
            table.table = name + u'/' + table.table;
            united.summary.tables.append(table);
        }
    }
    if (!united.error.isEmpty())
        return {false, united.error, {}, {}, {}, {}};
    std::vector<QStringList> absent;
    for (const ReferenceReadResult &result : results)
        absent.push_back(result.absentTables);
    if (const QString missing = tableMissingEverywhere(absent); !missing.isEmpty())
        return {false, missing, {}, {}, {}, {}};
    united.ok = true;
    united.summary.complete = true;
    united.summary.distinct = united.references.fieldCount();
    return united;
}

QString SiteReferenceReader::tableMissingEverywhere(const std::vector<QStringList> &absentTables) const
{
    for (const ReferenceSpec &spec : m_specs) {
        const bool everywhereAbsent = std::all_of(absentTables.cbegin(), absentTables.cend(), [&spec](const QStringList &absent) {
            return absent.contains(spec.table);
        });
        if (everywhereAbsent) {
            QStringList names;
            for (const DatabaseConfig &database : m_databases)
                names.append(label(database));
            return u"The reference table \"%1\" does not exist in any of the databases (%2); check --reference"_s.arg(spec.table, names.join(u", "_s));
        }
    }
    return {};
}

bool SiteReferenceReader::check(QString *message) const
{
    if (m_databases.size() == 1) {
        if (!ReferenceReader(m_databases.first(), m_specs, m_urls).check(message))
            return false;
        *message = m_specs.isEmpty() ? u"Connected to %1"_s.arg(m_databases.first().describe()) // no columns asked about yet
                                     : u"Connected to %1; every reference column exists"_s.arg(m_databases.first().describe());
        return true;
    }
    const QList<ReferenceReader> all = readers();
    std::vector<QStringList> absent(all.size());
    QStringList names;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString name = label(m_databases.at(i));
        QString error;
        if (!all.at(i).check(&error, &absent[size_t(i)])) {
            *message = u"%1: %2"_s.arg(name, error);
            return false;
        }
        names.append(name);
    }
    if (const QString missing = tableMissingEverywhere(absent); !missing.isEmpty()) {
        *message = missing;
        return false;
    }
    *message = m_specs.isEmpty() ? u"Connected to %1 databases (%2)"_s.arg(all.size()).arg(names.join(u", "_s))
                                 : u"Connected to %1 databases (%2); every reference column exists"_s.arg(all.size()).arg(names.join(u", "_s));
    return true;
}

std::optional<QList<BrokenReference>> SiteReferenceReader::locate(const ReferenceSet &unmatched, const std::vector<ReferenceRowLog> &rowLogs,
                                                                  const std::atomic_bool &cancel, QString *error,
                                                                  Connections *connections) const
{
    // The logs of the read, one per database; without them (another read's) every table is searched.
    const auto logOf = [&rowLogs, this](qsizetype i) {
        return rowLogs.size() == size_t(m_databases.size()) ? &rowLogs[size_t(i)] : nullptr;
    };
    const QList<ReferenceReader> all = readers();
    if (all.size() == 1)
        return all.first().locate(unmatched, logOf(0), cancel, error, connectionTo(connections, 0));
    QList<BrokenReference> broken;
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto found = all.at(i).locate(unmatched, logOf(i), cancel, error, connectionTo(connections, i));
        if (!found) {
            *error = u"%1: %2"_s.arg(label(m_databases.at(i)), *error);
            return std::nullopt;
        }
        for (BrokenReference &reference : *found)
            reference.table = label(m_databases.at(i)) + u'/' + reference.table;
        broken += *found;
    }
    return broken;
}

bool SiteReferenceReader::prepare(Connections *connections, QString *error) const
{
    const QList<ReferenceReader> all = readers();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!all.at(i).prepare(*connectionTo(connections, i), error)) {
            if (all.size() > 1)
                *error = u"%1: %2"_s.arg(label(m_databases.at(i)), *error);
            return false;
        }
    }
    return true;
}

ReadOnlyConnection *SiteReferenceReader::connectionTo(Connections *connections, qsizetype i) const
{
    if (!connections)
        return nullptr;
    if (connections->size() < size_t(m_databases.size()))
        connections->resize(size_t(m_databases.size()));
    std::unique_ptr<ReadOnlyConnection> &connection = (*connections)[size_t(i)];
    if (!connection)
        connection = std::make_unique<ReadOnlyConnection>(m_databases.at(i));
    return connection.get();
}

} // namespace Orphanscope
