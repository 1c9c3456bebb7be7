#include "review/decisionstore.h"

#include "database/readonlyconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

DecisionStore::DecisionStore(QString path, QString account)
    : m_path(std::move(path))
    , m_account(std::move(account))
{
}

QString DecisionStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope/decisions.sqlite3"_s;
}

bool DecisionStore::open(QString *error)
{
    if (!m_database.open(m_path, u"the decisions %1"_s, error, u"--decisions"_s))
        return false;
    QSqlQuery create(m_database.db());
    if (!create.exec(u"CREATE TABLE IF NOT EXISTS decisions (account TEXT NOT NULL, resource_type TEXT NOT NULL, public_id TEXT NOT NULL,"
                     " decision TEXT NOT NULL, note TEXT, decided_at INTEGER NOT NULL,"
                     " PRIMARY KEY (account, resource_type, public_id)) WITHOUT ROWID"_s)) {
        *error = u"Cannot open the decisions %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(create.lastError()));
        return false;
    }
    return true;
}

std::optional<DecisionMap> DecisionStore::load(QString *error) const
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT resource_type, public_id, decision, note, decided_at FROM decisions WHERE account = ?"_s);
    query.addBindValue(m_account);
    if (!query.exec()) {
        *error = u"Cannot read the decisions %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(query.lastError()));
        return std::nullopt;
    }
    DecisionMap decisions;
    while (query.next()) {
        const auto type = resourceTypeFromName(query.value(0).toString());
        const auto decision = decisionFromName(query.value(2).toString());
        if (!type || !decision)
            continue; // written by a later version: not ours to guess
        FileDecision entry{*type, query.value(1).toString(), *decision, query.value(3).toString(),
                           QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)};
        decisions.insert(resourceKey(entry.type, entry.publicId), entry);
    }
    return decisions;
}

bool DecisionStore::save(const QList<FileDecision> &decisions, QString *error)
{
    QSqlDatabase db = m_database.db();
    auto failed = [&](const QSqlQuery &query) {
        *error = u"Cannot save the decisions in %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(query.lastError()));
        db.rollback();
        return false;
    };
    if (!db.transaction()) {
        *error = u"Cannot save the decisions in %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(db.lastError()));
        return false;
    }
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT OR REPLACE INTO decisions (account, resource_type, public_id, decision, note, decided_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery forget(db);
    forget.prepare(u"DELETE FROM decisions WHERE account = ? AND resource_type = ? AND public_id = ?"_s);
    for (const FileDecision &decision : decisions) {
        QSqlQuery &query = decision.isEmpty() ? forget : upsert;
        query.addBindValue(m_account);
        query.addBindValue(resourceTypeName(decision.type));
        query.addBindValue(decision.publicId);
        if (!decision.isEmpty()) {
            query.addBindValue(decisionName(decision.decision));
            query.addBindValue(decision.note);
            query.addBindValue(decision.decidedAt.isValid() ? decision.decidedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
        }
        if (!query.exec())
            return failed(query);
    }
    if (!db.commit()) {
        *error = u"Cannot save the decisions in %1: %2"_s.arg(m_path, ReadOnlyConnection::describe(db.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

} // namespace Orphanscope
