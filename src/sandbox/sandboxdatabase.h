#pragma once

#include "database/databaseconfig.h"
#include "sandboxaccount.h"

#include <QString>

namespace Orphanscope::Sandbox {

// Writes the Django database that goes with a SandboxAccount: prompts_prompt (featured_image,
// featured_video, deleted_at) and prompts_attachment (file, raw), referencing every file that is
// not an orphan, in every form CloudinaryField values take: full, without the type prefix,
// without a version, bare public ids. Plus NULLs, empty strings, soft-deleted rows, references
// to files that no longer exist, and one value with no public id. Files referenced only from text
// (--text-references) are in blog_post's body and blocks instead (TextBodies).
class SandboxDatabaseWriter
{
public:
    enum Tables { FieldTables = 1, TextTables = 2, AllTables = FieldTables | TextTables };

    static bool write(const SandboxAccount &account, const DatabaseConfig &config, quint32 seed, int tables, QString *error);

    // The orphans as the CSV report lists them, newest first: what a correct scan must find.
    static bool writeGroundTruth(const SandboxAccount &account, const QString &path, QString *error);
};

} // namespace Orphanscope::Sandbox
