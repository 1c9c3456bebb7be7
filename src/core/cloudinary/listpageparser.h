#pragma once

#include "cloudinary/listedfiles.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Orphanscope {

class StringPool;

// One page of GET /resources/{type}/upload (the OpenAPI schema's list_response).
struct ListPage
{
    ListedFiles files;
    ResourceList resources() const { return files.resources(); }
    QString nextCursor; // empty on the last page
    QStringList warnings;
};

// Parses a page forward-compatibly: unknown fields are ignored, missing or null optional
// fields become defaults, a resource without a public_id is skipped with a warning. A body that
// is not a JSON object with a resources array is an error.
std::optional<ListPage> parseListPage(const QByteArray &body, ResourceType requestedType, StringPool &pool,
                                      QString *error);

// The next_cursor of a list page without reading its resources (On-Demand skips over them), so
// the next page can be asked for before this one is parsed: an empty string on the last page,
// nullopt when the body is not a list page (parseListPage says why). A parseListPage of the same
// body next, on the same thread, reads the index this built instead of building it again.
std::optional<QString> peekNextCursor(const QByteArray &body);

// Extracts {"error":{"message":"…"}} from an error body, or an empty string.
QString parseApiErrorMessage(const QByteArray &body);

// Describes the start of a body that is not JSON, e.g. "<!DOCTYPE html>…".
QString describeNonJsonBody(const QByteArray &body);

} // namespace Orphanscope
