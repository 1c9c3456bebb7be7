#pragma once

#include "cloudinary/resourcetype.h"

#include <QList>
#include <QString>

#include <optional>

namespace Orphanscope {

// One database column that holds CloudinaryField values: TABLE.COLUMN[:RESOURCE_TYPE].
struct ReferenceSpec
{
    QString table;
    QString column;
    ResourceType type = ResourceType::Image;

    static std::optional<ReferenceSpec> parse(const QString &text, QString *error);
    static QList<ReferenceSpec> defaults();
    static bool isValidIdentifier(const QString &identifier);

    QString toString() const;
    friend bool operator==(const ReferenceSpec &, const ReferenceSpec &) = default;
};

} // namespace Orphanscope
