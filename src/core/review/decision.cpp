#include "review/decision.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Keep: return u"keep"_s;
    case Decision::Delete: return u"delete"_s;
    case Decision::Undecided: break;
    }
    return u"undecided"_s;
}

std::optional<Decision> decisionFromName(QStringView name)
{
    for (Decision decision : {Decision::Undecided, Decision::Keep, Decision::Delete}) {
        if (name == decisionName(decision))
            return decision;
    }
    return std::nullopt;
}

QList<FileDecision> changedDecisions(const QList<FileDecision> &rows, const DecisionMap &current, const QDateTime &now)
{
    QList<FileDecision> changed;
    for (FileDecision row : rows) {
        const FileDecision before = current.value(resourceKey(row.type, row.publicId));
        if (before.decision == row.decision && before.note == row.note)
            continue;
        row.decidedAt = now;
        changed.append(row);
    }
    return changed;
}

} // namespace Orphanscope
