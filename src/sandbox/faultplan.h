#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope::Sandbox {

// Faults to inject, by the 1-based number of the API call: --fault CALL:KIND, where CALL is N,
// N-M (a run of calls) or N+ (every call from N on).
enum class FaultKind {
    Http500,
    Http503,
    RateLimit420,
    RateLimit429,
    Unauthorized401,
    HtmlPage,      // 200 with an HTML body, as a captive portal or a wrong host gives
    MalformedJson, // 200 with a truncated JSON body
    Reset,         // the connection is closed halfway through the body
    Slow,          // no answer at all: the client's transfer timeout has to fire
    RepeatCursor,  // next_cursor points back at this same page
    NoResources,   // 200 with a JSON object that lacks "resources"
    NullFields,    // resources with missing or null fields
    IgnoreDirection, // a listing answers newest first whatever its direction asks
};

class FaultPlan
{
public:
    bool add(const QString &spec, QString *error);
    std::optional<FaultKind> faultFor(int callNumber) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    static QString kindNames();

private:
    struct Rule
    {
        int first;
        int last; // inclusive; INT_MAX for "N+"
        FaultKind kind;
    };
    QList<Rule> m_rules;
};

} // namespace Orphanscope::Sandbox
