#pragma once

#include "cloudinary/resourcetype.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace Orphanscope {

// One database column that references files: TABLE.COLUMN[:KIND]. KIND image (default), video
// or raw: the column holds CloudinaryField values of that resource type; text: its values are
// searched whole for delivery URLs and CloudinaryField-style strings (rich text, Markdown, JSON).
struct ReferenceSpec
{
    enum class Kind { CloudinaryField, Text };

    QString table;
    QString column;
    ResourceType type = ResourceType::Image; // of a CloudinaryField column
    Kind kind = Kind::CloudinaryField;

    bool isText() const { return kind == Kind::Text; }

    static std::optional<ReferenceSpec> parse(const QString &text, QString *error);
    static QList<ReferenceSpec> defaults();
    static bool isValidIdentifier(const QString &identifier);

    QString toString() const;
    // Whether one of specs reads this table and column, whatever its kind.
    bool isNamedIn(const QList<ReferenceSpec> &specs) const
    {
        return std::any_of(specs.cbegin(), specs.cend(), [this](const ReferenceSpec &spec) { return spec.table == table && spec.column == column; });
    }
    friend bool operator==(const ReferenceSpec &, const ReferenceSpec &) = default;
};

} // namespace Orphanscope
