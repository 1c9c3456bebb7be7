#pragma once

#include <QStringList>

namespace Orphanscope::Cli {

// orphanscope-cli restore --backup-dir DIR [--public-id ID …|--all] [--dry-run]: uploads deleted
// files again from their backups. Returns the exit code.
int runRestoreCommand(const QStringList &arguments);

} // namespace Orphanscope::Cli
