#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QString>

#include <optional>

namespace Orphanscope {

// Reads an orphan report back (the CSV ReportWriter writes): the input of a deletion. Strict:
// a header that is not the report's, a malformed row or an unknown type is an error naming the
// line, so a wrong or edited file never turns into deletions.
class ReportReader
{
public:
    static std::optional<ResourceList> read(const QString &path, QString *error);
    static std::optional<ResourceList> parse(const QByteArray &data, const QString &name, QString *error);
};

} // namespace Orphanscope
