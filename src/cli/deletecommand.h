#pragma once

#include <QStringList>

namespace Orphanscope::Cli {

// orphanscope-cli delete --input REPORT.csv [--dry-run] --confirm …: deletes the orphans of a
// report after checking each again. Returns the exit code.
int runDeleteCommand(const QStringList &arguments);

} // namespace Orphanscope::Cli
