#pragma once

#include "review/decision.h"
#include "util/localdatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

// The admins' decisions about orphans, kept per account (CloudinaryConfig::accountName) in a SQLite file
// of the data dir that the app and the CLI share, like the scan history: keyed by resource type
// and public id, with the note and when it was decided. They outlive scans and restarts.
class DecisionStore
{
public:
    DecisionStore(QString path, QString account);

    // <data dir>/orphanscope/decisions.sqlite3
    static QString defaultPath();

    bool open(QString *error);
    const QString &path() const { return m_path; }
    const QString &account() const { return m_account; }

    std::optional<DecisionMap> load(QString *error) const;
    // All or nothing, in one transaction. An empty decision (undecided, no note) is forgotten.
    bool save(const QList<FileDecision> &decisions, QString *error);

private:
    QString m_path;
    QString m_account;
    LocalDatabase m_database{QStringLiteral("decisions")};
};

} // namespace Orphanscope
