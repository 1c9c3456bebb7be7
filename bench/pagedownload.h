#pragma once

#include "cloudinary/cloudinaryclient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Orphanscope::Bench {

// Lists every page of the given types through the scan's HTTP client (CloudinaryClient: libcurl
// on a worker thread, answers handled on the event loop), page after page as a scan does,
// unparsed: the next cursor is cut from the end of each body. `page` sees each body; `maxPages`
// (0: all) stops early. Runs an event loop until done; false (and a message on stderr) when a
// request failed.
bool downloadPages(const CloudinaryConfig &config, const QList<ResourceType> &types, qint64 maxPages,
                   const std::function<void(ResourceType, const QByteArray &)> &page);

// The account in CLOUDINARY_URL; nullopt, with a message on stderr that names `program`, when it
// is missing or malformed.
std::optional<CloudinaryConfig> configFromEnvironment(const char *program);

// The types named in a comma-separated list ("image,video").
QList<ResourceType> typesNamed(const QString &names);

} // namespace Orphanscope::Bench
