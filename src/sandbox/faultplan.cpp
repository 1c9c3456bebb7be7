#include "faultplan.h"

#include <QHash>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

namespace {
const QHash<QString, FaultKind> &kinds()
{
    static const QHash<QString, FaultKind> map{
        {u"500"_s, FaultKind::Http500},          {u"503"_s, FaultKind::Http503},
        {u"420"_s, FaultKind::RateLimit420},     {u"429"_s, FaultKind::RateLimit429},
        {u"401"_s, FaultKind::Unauthorized401},  {u"html"_s, FaultKind::HtmlPage},
        {u"malformed"_s, FaultKind::MalformedJson}, {u"reset"_s, FaultKind::Reset},
        {u"slow"_s, FaultKind::Slow},            {u"repeat-cursor"_s, FaultKind::RepeatCursor},
        {u"no-resources"_s, FaultKind::NoResources}, {u"null-fields"_s, FaultKind::NullFields},
        {u"ignore-direction"_s, FaultKind::IgnoreDirection},
    };
    return map;
}
} // namespace

QString FaultPlan::kindNames()
{
    QStringList names = kinds().keys();
    names.sort();
    return names.join(u", "_s);
}

bool FaultPlan::add(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(u':');
    const auto kind = kinds().constFind(spec.mid(colon + 1).trimmed().toLower());
    if (colon <= 0 || kind == kinds().cend()) {
        *error = u"Invalid --fault \"%1\": expected CALL:KIND with KIND one of %2"_s.arg(spec, kindNames());
        return false;
    }
    const QString calls = spec.left(colon).trimmed();
    bool okFirst = false;
    bool okLast = true;
    Rule rule{0, 0, *kind};
    if (calls.endsWith(u'+')) {
        rule.first = calls.chopped(1).toInt(&okFirst);
        rule.last = INT_MAX;
    } else if (calls.contains(u'-')) {
        rule.first = calls.section(u'-', 0, 0).toInt(&okFirst);
        rule.last = calls.section(u'-', 1, 1).toInt(&okLast);
    } else {
        rule.first = rule.last = calls.toInt(&okFirst);
    }
    if (!okFirst || !okLast || rule.first < 1 || rule.last < rule.first) {
        *error = u"Invalid --fault \"%1\": CALL must be N, N-M or N+ (calls count from 1)"_s.arg(spec);
        return false;
    }
    m_rules.append(rule);
    return true;
}

std::optional<FaultKind> FaultPlan::faultFor(int callNumber) const
{
    for (const Rule &rule : m_rules) {
        if (callNumber >= rule.first && callNumber <= rule.last)
            return rule.kind;
    }
    return std::nullopt;
}

} // namespace Orphanscope::Sandbox
