#include "database/referencedetector.h"

#include "database/readonlyconnection.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ReferenceDetector::ReferenceDetector(DatabaseConfig config, int sampleSize)
    : m_config(std::move(config))
    , m_sampleSize(sampleSize)
{
}

std::optional<ResourceType> ReferenceDetector::classifyValue(const QString &value)
{
    static const QRegularExpression prefixed(u"^(image|video|raw)/(upload|private|authenticated)/"_s);
    static const QRegularExpression versioned(u"^v\\d+/[^\\s]+$"_s);
    static const QRegularExpression extension(u"^[^\\s:]+\\.([A-Za-z0-9]{2,5})$"_s);
    if (const auto match = prefixed.match(value); match.hasMatch())
        return resourceTypeFromName(match.captured(1));
    static const QStringList imageFormats{u"jpg"_s, u"jpeg"_s, u"png"_s, u"gif"_s, u"webp"_s, u"avif"_s, u"svg"_s, u"heic"_s, u"bmp"_s, u"tiff"_s};
    static const QStringList videoFormats{u"mp4"_s, u"webm"_s, u"mov"_s, u"m4v"_s, u"avi"_s, u"mkv"_s, u"ogv"_s};
    static const QStringList rawFormats{u"pdf"_s, u"txt"_s, u"zip"_s, u"csv"_s, u"json"_s, u"docx"_s, u"xlsx"_s, u"pptx"_s, u"doc"_s};
    const auto extensionMatch = extension.match(value);
    const QString format = extensionMatch.hasMatch() ? extensionMatch.captured(1).toLower() : QString();
    if (value.contains(u"://"_s))
        return std::nullopt; // a URL column, not a CloudinaryField
    if (imageFormats.contains(format))
        return ResourceType::Image;
    if (videoFormats.contains(format))
        return ResourceType::Video;
    if (rawFormats.contains(format))
        return ResourceType::Raw;
    if (versioned.match(value).hasMatch())
        return ResourceType::Image;
    return std::nullopt;
}

QList<DetectedReference> ReferenceDetector::detect(QString *error) const
{
    ReadOnlyConnection connection(m_config);
    if (!connection.open(error))
        return {};
    QSqlDatabase &db = connection.database();
    QList<DetectedReference> found;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (!ReferenceSpec::isValidIdentifier(table) || table.startsWith(u"django_"_s) || table.startsWith(u"auth_"_s))
            continue;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i) {
            const QSqlField field = record.field(i);
            if (field.metaType().id() != QMetaType::QString || !ReferenceSpec::isValidIdentifier(field.name()))
                continue;
            QSqlDriver *driver = db.driver();
            const QString column = driver->escapeIdentifier(field.name(), QSqlDriver::FieldName);
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT %1 FROM %2 WHERE %1 IS NOT NULL AND %1 <> '' LIMIT %3"_s.arg(
                    column, driver->escapeIdentifier(table, QSqlDriver::TableName)).arg(m_sampleSize)))
                continue;
            DetectedReference candidate{{table, field.name(), ResourceType::Image}};
            std::array<int, 3> votes{};
            while (query.next()) {
                ++candidate.sampled;
                if (const auto type = classifyValue(query.value(0).toString())) {
                    ++candidate.matching;
                    ++votes[indexOf(*type)];
                }
            }
            if (candidate.sampled == 0 || candidate.matching * 10 < candidate.sampled * 6)
                continue; // fewer than 60% look like CloudinaryField values (bare ids cannot be told apart)
            candidate.spec.type = ResourceType(std::max_element(votes.begin(), votes.end()) - votes.begin());
            found.append(candidate);
        }
    }
    return found;
}

} // namespace Orphanscope
