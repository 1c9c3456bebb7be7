#include "scan/scancheckpoint.h"

#include "database/readonlyconnection.h"
#include "util/stringpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

QString typeNames(const QList<ResourceType> &types)
{
    QStringList names;
    for (ResourceType type : types)
        names.append(resourceTypeName(type));
    return names.join(u',');
}

QVariant optionalTime(const std::optional<QDateTime> &time)
{
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<QDateTime> timeFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A frontier's public ids as a JSON array: an id may hold any character.
QString publicIdsText(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList publicIdsFrom(const QString &text)
{
    QStringList ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(text.toUtf8()).array())
        ids.append(id.toString());
    return ids;
}

QString hoursText(qint64 msecs)
{
    const double hours = double(msecs) / 3'600'000.0;
    return hours < 10 ? QString::number(hours, 'f', 1) + u" h"_s : QString::number(qRound64(hours)) + u" h"_s;
}

} // namespace

ScanCheckpoint::ScanCheckpoint(QString path, QString scan)
    : m_path(std::move(path))
    , m_scan(std::move(scan))
    , m_file(u"checkpoint"_s)
    , m_pages(m_path + u"."_s + fileNameOf(m_scan) + u".pages"_s)
{
}

QString ScanCheckpoint::fileNameOf(const QString &scan)
{
    static const QRegularExpression unsafe(u"[^a-z0-9]+"_s);
    return QString(scan).replace(unsafe, u"-"_s);
}

QString ScanCheckpoint::scanKey(const QList<ResourceType> &types, std::optional<int> days)
{
    return typeNames(types) + (days ? u"|%1d"_s.arg(*days) : u"|all"_s);
}

ScanCheckpoint::~ScanCheckpoint() = default;

QString ScanCheckpoint::failure(const QSqlError &error) const
{
    return u"The scan's checkpoint in %1 could not be saved: %2"_s.arg(m_path, ReadOnlyConnection::describe(error));
}

QSqlQuery ScanCheckpoint::prepare(const QString &statement) const
{
    QSqlQuery query(m_file.db());
    query.prepare(statement);
    query.bindValue(u":scan"_s, m_scan);
    return query;
}

bool ScanCheckpoint::deleteAll(QString *error)
{
    for (const QString &table : {u"checkpoint_meta"_s, u"checkpoint_listers"_s, u"checkpoint_rechecked"_s}) {
        QSqlQuery remove = prepare(u"DELETE FROM %1 WHERE scan = :scan"_s.arg(table));
        if (!remove.exec()) {
            *error = failure(remove.lastError());
            return false;
        }
    }
    return true;
}

bool ScanCheckpoint::exec(const QString &statement, QString *error)
{
    QSqlQuery query(m_file.db());
    if (query.exec(statement))
        return true;
    *error = failure(query.lastError());
    return false;
}

bool ScanCheckpoint::open(QString *error)
{
    if (!m_file.open(m_path, u"the scan's checkpoint %1"_s, error))
        return false;
    if (!m_file.tuneForListing(error))
        return false;
    // Tables of an earlier layout (which kept the pages in checkpoint_pages) are dropped: their
    // checkpoint cannot be continued, and the scan says it starts over.
    QSqlQuery probe(m_file.db());
    const bool otherLayout = probe.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'checkpoint_pages'"_s) && probe.next()
                          && probe.value(0).toInt() > 0;
    probe.finish(); // an open statement would lock the tables against DROP
    if (otherLayout) {
        for (const QString &table : {u"checkpoint_meta"_s, u"checkpoint_listers"_s, u"checkpoint_pages"_s, u"checkpoint_rechecked"_s}) {
            if (!exec(u"DROP TABLE IF EXISTS "_s + table, error))
                return false;
        }
    }
    return exec(u"CREATE TABLE IF NOT EXISTS checkpoint_meta (scan TEXT NOT NULL, key TEXT NOT NULL, value TEXT,"
                " PRIMARY KEY (scan, key)) WITHOUT ROWID"_s, error)
        && exec(u"CREATE TABLE IF NOT EXISTS checkpoint_listers (scan TEXT NOT NULL, id INTEGER NOT NULL, type INTEGER NOT NULL,"
                " window_from INTEGER, window_before INTEGER, via_search INTEGER NOT NULL, cursor TEXT,"
                " done INTEGER NOT NULL, pages INTEGER NOT NULL, files INTEGER NOT NULL, PRIMARY KEY (scan, id)) WITHOUT ROWID"_s, error)
        && addListerColumns(error)
        && exec(u"CREATE TABLE IF NOT EXISTS checkpoint_rechecked (scan TEXT NOT NULL, type INTEGER NOT NULL, public_id TEXT NOT NULL,"
                " present INTEGER NOT NULL, PRIMARY KEY (scan, type, public_id)) WITHOUT ROWID"_s, error);
}

// Columns a checkpoint of an earlier version lacks (its listers all listed newest first).
bool ScanCheckpoint::addListerColumns(QString *error)
{
    QSqlQuery columns(m_file.db());
    QStringList present;
    if (columns.exec(u"PRAGMA table_info(checkpoint_listers)"_s)) {
        while (columns.next())
            present.append(columns.value(1).toString());
    }
    columns.finish();
    const QList<std::pair<QString, QString>> wanted{{u"oldest_first"_s, u"INTEGER NOT NULL DEFAULT 0"_s},
                                                    {u"frontier_at"_s, u"INTEGER"_s},
                                                    {u"frontier_ids"_s, u"TEXT"_s}};
    for (const auto &[name, definition] : wanted) {
        if (!present.contains(name) && !exec(u"ALTER TABLE checkpoint_listers ADD COLUMN %1 %2"_s.arg(name, definition), error))
            return false;
    }
    return true;
}

std::optional<CheckpointHeader> ScanCheckpoint::load(QList<CheckpointListerRow> *listers, QString *error)
{
    QSqlQuery meta = prepare(u"SELECT key, value FROM checkpoint_meta WHERE scan = :scan"_s);
    if (!meta.exec()) {
        *error = u"The scan's checkpoint in %1 cannot be read: %2"_s.arg(m_path, ReadOnlyConnection::describe(meta.lastError()));
        return std::nullopt;
    }
    QHash<QString, QVariant> values;
    while (meta.next())
        values.insert(meta.value(0).toString(), meta.value(1));
    if (!values.contains(u"account"_s))
        return std::nullopt;
    CheckpointHeader header;
    header.accountKey = values.value(u"account"_s).toString();
    for (const QString &name : values.value(u"types"_s).toString().split(u',', Qt::SkipEmptyParts)) {
        if (const auto type = resourceTypeFromName(name))
            header.types.append(*type);
    }
    if (const QVariant days = values.value(u"days"_s); !days.isNull() && !days.toString().isEmpty())
        header.days = days.toInt();
    header.startedAt = QDateTime::fromMSecsSinceEpoch(values.value(u"started_at"_s).toLongLong(), Qt::UTC);
    header.updatedAt = QDateTime::fromMSecsSinceEpoch(values.value(u"updated_at"_s).toLongLong(), Qt::UTC);
    header.runs = values.value(u"runs"_s).toInt();
    header.calls = values.value(u"calls"_s).toInt();

    QSqlQuery rows = prepare(u"SELECT id, type, window_from, window_before, via_search, cursor, done, pages, files, oldest_first,"
                             " frontier_at, frontier_ids FROM checkpoint_listers WHERE scan = :scan ORDER BY id"_s);
    rows.exec();
    while (rows.next()) {
        CheckpointListerRow row;
        row.state.id = rows.value(0).toInt();
        row.state.type = AllResourceTypes[std::clamp(rows.value(1).toInt(), 0, 2)];
        row.state.window = {timeFrom(rows.value(2)), timeFrom(rows.value(3)), rows.value(4).toBool(), rows.value(9).toBool()};
        row.state.cursor = rows.value(5).toString();
        row.state.done = rows.value(6).toBool();
        row.pages = rows.value(7).toInt();
        row.files = rows.value(8).toLongLong();
        if (!rows.value(10).isNull())
            row.state.frontier = ListingFrontier::restored(rows.value(10).toLongLong(), publicIdsFrom(rows.value(11).toString()));
        header.files += row.files;
        header.pages += row.pages;
        listers->append(row);
    }
    return header;
}

std::optional<QString> ScanCheckpoint::refusal(const CheckpointHeader &stored, const CheckpointHeader &wanted, qint64 maxAgeMSecs,
                                               const QDateTime &now)
{
    if (stored.accountKey != wanted.accountKey)
        return u"The unfinished scan saved there belongs to another account or API endpoint (%1)"_s.arg(stored.accountKey);
    if (stored.types != wanted.types)
        return u"The unfinished scan lists %1, this one asks for %2: resume with the same --type, or run without --resume to start over"_s
            .arg(typeNames(stored.types), typeNames(wanted.types));
    if (stored.days != wanted.days)
        return u"The unfinished scan covers %1, this one asks for %2: resume with the same range, or run without --resume to start over"_s
            .arg(stored.days ? u"the last %1 days"_s.arg(*stored.days) : u"the whole account"_s,
                 wanted.days ? u"the last %1 days"_s.arg(*wanted.days) : u"the whole account"_s);
    const qint64 age = stored.startedAt.msecsTo(now);
    if (age > maxAgeMSecs)
        return u"The unfinished scan started %1 (%2 ago), longer ago than --max-checkpoint-age allows (%3): files may have come and"
               " gone since. Run without --resume to start over, or allow an older checkpoint with --max-checkpoint-age"_s
            .arg(stored.startedAt.toString(Qt::ISODate), hoursText(age), hoursText(maxAgeMSecs));
    return std::nullopt;
}

bool ScanCheckpoint::writeValues(const QList<std::pair<QString, QString>> &values, QString *error)
{
    QSqlQuery write = prepare(u"INSERT OR REPLACE INTO checkpoint_meta (scan, key, value) VALUES (:scan, :key, :value)"_s);
    for (const auto &[key, value] : values) {
        write.bindValue(u":key"_s, key);
        write.bindValue(u":value"_s, value);
        if (!write.exec()) {
            *error = failure(write.lastError());
            return false;
        }
    }
    return true;
}

bool ScanCheckpoint::writeHeader(const CheckpointHeader &header, QString *error)
{
    return writeValues({
        {u"account"_s, header.accountKey},
        {u"types"_s, typeNames(header.types)},
        {u"days"_s, header.days ? QString::number(*header.days) : u""_s},
        {u"started_at"_s, QString::number(header.startedAt.toMSecsSinceEpoch())},
        {u"updated_at"_s, QString::number(header.updatedAt.toMSecsSinceEpoch())},
        {u"runs"_s, QString::number(header.runs)},
        {u"calls"_s, QString::number(header.calls)},
    }, error);
}

ScanCheckpoint::StoredPages ScanCheckpoint::storedPages() const
{
    StoredPages stored;
    QSqlQuery query = prepare(u"SELECT key, value FROM checkpoint_meta WHERE scan = :scan AND key IN ('pages_end', 'pages_saved')"_s);
    if (query.exec()) {
        while (query.next())
            (query.value(0).toString() == u"pages_end"_s ? stored.end : stored.count) = query.value(1).toLongLong();
    }
    return stored;
}

bool ScanCheckpoint::startNew(const CheckpointHeader &header, QString *error)
{
    return exec(u"BEGIN IMMEDIATE"_s, error) && deleteAll(error) && writeHeader(header, error) && exec(u"COMMIT"_s, error)
        && m_pages.remove(error);
}

// The pages go to their file first, then the transaction says they count: a stop in between
// leaves bytes the next write cuts off, never a cursor without its pages.
bool ScanCheckpoint::write(const CheckpointBatch &batch, QString *error)
{
    const StoredPages stored = storedPages();
    qint64 end = stored.end;
    if (!batch.pages.isEmpty() && !m_pages.append(stored.end, batch.pages, &end, error))
        return false;
    if (!exec(u"BEGIN IMMEDIATE"_s, error))
        return false;
    QSqlQuery lister = prepare(u"INSERT OR REPLACE INTO checkpoint_listers (scan, id, type, window_from, window_before, via_search, cursor,"
                               " done, pages, files, oldest_first, frontier_at, frontier_ids) VALUES (:scan, :id, :type, :from, :before,"
                               " :search, :cursor, :done, :pages, :files, :oldest, :frontierAt, :frontierIds)"_s);
    bool ok = true;
    for (const CheckpointListerRow &row : batch.listers) {
        if (!ok)
            break;
        const ListerState &state = row.state;
        const QList<std::pair<QString, QVariant>> values{
            {u":id"_s, state.id}, {u":type"_s, indexOf(state.type)}, {u":from"_s, optionalTime(state.window.from)},
            {u":before"_s, optionalTime(state.window.before)}, {u":search"_s, state.window.viaSearch}, {u":cursor"_s, state.cursor},
            {u":done"_s, state.done}, {u":pages"_s, row.pages}, {u":files"_s, row.files}, {u":oldest"_s, state.window.oldestFirst},
            {u":frontierAt"_s, state.frontier.isSet() ? QVariant(state.frontier.atMSecs()) : QVariant(QMetaType::fromType<qint64>())},
            {u":frontierIds"_s, state.frontier.isSet() ? publicIdsText(state.frontier.publicIds()) : QVariant(QMetaType::fromType<QString>())}};
        for (const auto &[name, value] : values)
            lister.bindValue(name, value);
        ok = lister.exec();
    }
    const QList<std::pair<QString, QString>> pages{{u"pages_end"_s, QString::number(end)},
                                                   {u"pages_saved"_s, QString::number(stored.count + batch.pages.size())}};
    if (!ok) {
        QString ignored;
        exec(u"ROLLBACK"_s, &ignored);
        *error = failure(lister.lastError());
        return false;
    }
    return writeHeader(batch.header, error) && writeValues(pages, error) && exec(u"COMMIT"_s, error);
}

qint64 ScanCheckpoint::lastPageSaved() const
{
    return storedPages().count;
}

bool ScanCheckpoint::readPages(StringPool &pool, const std::function<void(const ListedFiles &)> &consume, QString *error,
                               qint64 lastPage) const
{
    const StoredPages stored = storedPages();
    return m_pages.read(stored.end, lastPage > 0 ? std::min(lastPage, stored.count) : stored.count, pool, consume, error);
}

bool ScanCheckpoint::discard(QString *error)
{
    return exec(u"BEGIN IMMEDIATE"_s, error) && deleteAll(error) && exec(u"COMMIT"_s, error) && m_pages.remove(error);
}

QString ScanCheckpoint::recheckKey(const CloudinaryResource &file)
{
    return QString::number(indexOf(file.type)) + u'/' + file.publicId;
}

bool ScanCheckpoint::recordRecheck(const ResourceList &present, const ResourceList &gone, QString *error)
{
    if (!exec(u"BEGIN IMMEDIATE"_s, error))
        return false;
    QSqlQuery insert = prepare(u"INSERT OR REPLACE INTO checkpoint_rechecked (scan, type, public_id, present)"
                               " VALUES (:scan, :type, :id, :present)"_s);
    for (const auto &[files, isPresent] : {std::pair{&present, true}, std::pair{&gone, false}}) {
        for (const CloudinaryResource &file : *files) {
            insert.bindValue(u":type"_s, indexOf(file.type));
            insert.bindValue(u":id"_s, file.publicId);
            insert.bindValue(u":present"_s, isPresent);
            if (!insert.exec()) {
                *error = failure(insert.lastError());
                QString ignored;
                exec(u"ROLLBACK"_s, &ignored);
                return false;
            }
        }
    }
    return exec(u"COMMIT"_s, error);
}

QHash<QString, bool> ScanCheckpoint::recheckOutcomes() const
{
    QHash<QString, bool> outcomes;
    QSqlQuery query = prepare(u"SELECT type, public_id, present FROM checkpoint_rechecked WHERE scan = :scan"_s);
    query.setForwardOnly(true);
    query.exec();
    while (query.next())
        outcomes.insert(QString::number(query.value(0).toInt()) + u'/' + query.value(1).toString(), query.value(2).toBool());
    return outcomes;
}

} // namespace Orphanscope
