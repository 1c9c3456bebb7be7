#include "notify/scanhistory.h"

#include "database/readonlyconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ScanHistory::ScanHistory(QString path)
    : m_path(std::move(path))
{
    static std::atomic<quint64> counter{0};
    m_connectionName = u"orphanscope-history-%1"_s.arg(++counter);
}

ScanHistory::~ScanHistory()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ScanHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope/history.sqlite3"_s;
}

HistoryEntry ScanHistory::entryFor(const ScanResult &result, const ScanSettings &settings)
{
    HistoryEntry entry;
    entry.startedAt = result.startedAt;
    entry.account = settings.cloudinary.accountName();
    QStringList types;
    for (ResourceType type : result.resourceTypes)
        types.append(resourceTypeName(type));
    entry.scope = (result.days ? u"%1d"_s.arg(*result.days) : u"all"_s) + u' ' + types.join(u',');
    entry.files = result.totalListed();
    entry.orphans = result.totalOrphans();
    entry.orphanBytes = result.totalOrphanBytes();
    entry.ignored = result.totalIgnored();
    entry.recent = result.recent.size();
    entry.broken = result.brokenChecked ? result.brokenReferences.size() : -1;
    entry.apiCalls = result.apiCalls;
    entry.durationMs = result.elapsedMs;
    QStringList references;
    for (const ReferenceSpec &spec : settings.references)
        references.append(spec.toString());
    entry.settings = u"references %1; min age %2 h; %3 ignore rules; %4"_s
                         .arg(references.join(u' '))
                         .arg(double(settings.minAgeDetectMSecs) / 3600000.0)
                         .arg(settings.ignore.patterns().size())
                         .arg(settings.inventoryMode == InventoryMode::Off ? u"full listing"_s : u"incremental"_s);
    return entry;
}

bool ScanHistory::open(QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = u"Cannot create the folder of the scan history %1"_s.arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    QSqlQuery create(db);
    if (!db.open() || !create.exec(u"CREATE TABLE IF NOT EXISTS scans (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, account TEXT NOT NULL,"
                                   " scope TEXT NOT NULL, files INTEGER, orphans INTEGER, orphan_bytes INTEGER, ignored INTEGER, recent INTEGER,"
                                   " broken INTEGER, api_calls INTEGER, duration_ms INTEGER, settings TEXT)"_s)) {
        *error = u"Cannot open the scan history %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(db.isOpen() ? create.lastError() : db.lastError()));
        return false;
    }
    return true;
}

bool ScanHistory::record(const HistoryEntry &entry, QString *error)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(u"INSERT INTO scans (started_at, account, scope, files, orphans, orphan_bytes, ignored, recent, broken, api_calls,"
                   " duration_ms, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(entry.startedAt.toMSecsSinceEpoch()), QVariant(entry.account), QVariant(entry.scope),
                                  QVariant(entry.files), QVariant(entry.orphans), QVariant(entry.orphanBytes), QVariant(entry.ignored),
                                  QVariant(entry.recent), QVariant(entry.broken), QVariant(entry.apiCalls), QVariant(entry.durationMs),
                                  QVariant(entry.settings)})
        insert.addBindValue(value);
    if (insert.exec())
        return true;
    *error = u"Cannot record the scan in the history %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(insert.lastError()));
    return false;
}

QList<HistoryEntry> ScanHistory::entries(const QString &account, const QString &scope, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList conditions{u"1 = 1"_s};
    if (!account.isEmpty())
        conditions.append(u"account = :account"_s);
    if (!scope.isEmpty())
        conditions.append(u"scope = :scope"_s);
    query.prepare(u"SELECT started_at, account, scope, files, orphans, orphan_bytes, ignored, recent, broken, api_calls, duration_ms, settings"
                  " FROM scans WHERE %1 ORDER BY started_at DESC, id DESC LIMIT :limit"_s.arg(conditions.join(u" AND "_s)));
    if (!account.isEmpty())
        query.bindValue(u":account"_s, account);
    if (!scope.isEmpty())
        query.bindValue(u":scope"_s, scope);
    query.bindValue(u":limit"_s, limit);
    QList<HistoryEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        HistoryEntry entry;
        entry.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        entry.account = query.value(1).toString();
        entry.scope = query.value(2).toString();
        entry.files = query.value(3).toLongLong();
        entry.orphans = query.value(4).toLongLong();
        entry.orphanBytes = query.value(5).toLongLong();
        entry.ignored = query.value(6).toLongLong();
        entry.recent = query.value(7).toLongLong();
        entry.broken = query.value(8).toLongLong();
        entry.apiCalls = query.value(9).toInt();
        entry.durationMs = query.value(10).toLongLong();
        entry.settings = query.value(11).toString();
        result.prepend(entry);
    }
    return result;
}

HistoryEntry ScanHistory::consult(ScanResult &result, const ScanSettings &settings, const SpikeRule &rule, QString *error)
{
    const HistoryEntry entry = entryFor(result, settings);
    if (result.isPartial())
        return entry;
    if (const auto alert = spike(entry, rule))
        result.spikeAlert = alert->message;
    record(entry, error);
    return entry;
}

std::optional<SpikeAlert> ScanHistory::spike(const HistoryEntry &entry, const SpikeRule &rule) const
{
    const QList<HistoryEntry> earlier = entries(entry.account, entry.scope, rule.window);
    if (earlier.isEmpty())
        return std::nullopt;
    QList<qint64> counts;
    for (const HistoryEntry &scan : earlier)
        counts.append(scan.orphans);
    std::sort(counts.begin(), counts.end());
    const qsizetype n = counts.size();
    const double median = n % 2 ? double(counts.at(n / 2)) : (counts.at(n / 2 - 1) + counts.at(n / 2)) / 2.0;
    if (double(entry.orphans) <= rule.factor * median || double(entry.orphans) - median < double(rule.minimumRise))
        return std::nullopt;
    SpikeAlert alert;
    alert.message = u"Orphans spiked: %1 now, against a median of %2 over the last %3 scans of this account and range (×%4). "
                    "Look for failing uploads or a deleted table before deleting anything."_s
                        .arg(entry.orphans).arg(median, 0, 'f', median == qint64(median) ? 0 : 1).arg(n)
                        .arg(median > 0 ? QString::number(double(entry.orphans) / median, 'f', 1) : u"∞"_s);
    return alert;
}

} // namespace Orphanscope
