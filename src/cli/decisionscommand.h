#pragma once

#include <QStringList>

namespace Orphanscope::Cli {

// orphanscope-cli decisions --export FILE.csv | --import FILE.csv: the admins' decisions as a
// spreadsheet for team review. Returns the exit code.
int runDecisionsCommand(const QStringList &arguments);

} // namespace Orphanscope::Cli
