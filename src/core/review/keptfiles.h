#pragma once

#include "review/decision.h"
#include "scan/scantypes.h"

namespace Orphanscope {

// The orphans an admin decided to keep leave the report: they move to result->kept and are
// counted as kept per type, beside ignored and recent.
void setKeptApart(const DecisionMap &decisions, ScanResult *result);

// The same with the decisions of settings.decisionsPath for the scanned account. Returns a
// warning when they cannot be read (the scan then reports every orphan, kept ones too).
QString applyDecisions(const ScanSettings &settings, ScanResult *result);

} // namespace Orphanscope
