#include "database/referencespec.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

bool ReferenceSpec::isValidIdentifier(const QString &identifier)
{
    // Plain SQL identifiers only: the names are quoted by the driver as well, but refusing
    // anything else keeps quoting tricks out of the query altogether.
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
    return pattern.match(identifier).hasMatch();
}

std::optional<ReferenceSpec> ReferenceSpec::parse(const QString &text, QString *error)
{
    const QString spec = text.trimmed();
    ReferenceSpec result;
    QString columnPart = spec;
    if (const qsizetype colon = spec.indexOf(u':'); colon >= 0) {
        columnPart = spec.left(colon);
        const QStringView kind = QStringView(spec).mid(colon + 1);
        const auto type = resourceTypeFromName(kind);
        if (kind == u"text") {
            result.kind = Kind::Text;
        } else if (!type) {
            *error = u"Reference \"%1\" has an unknown resource type \"%2\": use image, video or raw for CloudinaryField columns, or text for columns with URLs in them"_s.arg(spec, kind.toString());
            return std::nullopt;
        } else {
            result.type = *type;
        }
    }
    const QStringList parts = columnPart.split(u'.');
    if (parts.size() != 2) {
        *error = u"Reference \"%1\" must have the form TABLE.COLUMN[:TYPE], e.g. prompts_prompt.featured_image:image (TYPE image, video, raw, or text for columns with URLs in them)"_s.arg(spec);
        return std::nullopt;
    }
    result.table = parts.at(0);
    result.column = parts.at(1);
    for (const QString &identifier : {result.table, result.column}) {
        if (!isValidIdentifier(identifier)) {
            *error = u"Reference \"%1\" has an invalid name \"%2\": use letters, digits and underscores"_s.arg(spec, identifier);
            return std::nullopt;
        }
    }
    return result;
}

QList<ReferenceSpec> ReferenceSpec::defaults()
{
    return {{u"prompts_prompt"_s, u"featured_image"_s, ResourceType::Image, Kind::CloudinaryField},
            {u"prompts_prompt"_s, u"featured_video"_s, ResourceType::Video, Kind::CloudinaryField}};
}

QString ReferenceSpec::toString() const
{
    return table + u'.' + column + u':' + (isText() ? u"text"_s : resourceTypeName(type));
}

} // namespace Orphanscope
