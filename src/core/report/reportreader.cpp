#include "report/reportreader.h"

#include "report/csvrecords.h"
#include "report/reportwriter.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

std::optional<ResourceList> ReportReader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the report %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<ResourceList> ReportReader::parse(const QByteArray &data, const QString &name, QString *error)
{
    CsvRecords records(data);
    QList<QByteArray> cells;
    QString problem;
    if (!records.next(&cells, &problem) || cells.join(',') + "\r\n" != ReportWriter::CsvHeader) {
        *error = u"%1 is not an Orphanscope report: its first line should be %2"_s.arg(name, QString::fromLatin1(ReportWriter::CsvHeader.trimmed()));
        return std::nullopt;
    }
    ResourceList resources;
    while (!records.atEnd()) {
        if (!records.next(&cells, &problem)) {
            *error = u"%1, line %2: %3"_s.arg(name).arg(records.line()).arg(problem);
            return std::nullopt;
        }
        if (CsvRecords::isBlank(cells))
            continue;
        const auto type = cells.size() == 7 ? resourceTypeFromName(QString::fromLatin1(cells.at(1))) : std::nullopt;
        bool bytesOk = false;
        CloudinaryResource resource;
        resource.publicId = CsvRecords::unguard(cells.value(0));
        resource.bytes = cells.value(2).toLongLong(&bytesOk);
        const QDateTime uploaded = QDateTime::fromString(QString::fromLatin1(cells.value(5)), Qt::ISODate);
        if (!type || resource.publicId.isEmpty() || !bytesOk || (!cells.value(5).isEmpty() && !uploaded.isValid())) {
            *error = u"%1, line %2: expected public_id, image|video|raw, size in bytes, size in MB, format, upload time, URL"_s.arg(name).arg(records.line());
            return std::nullopt;
        }
        resource.type = *type;
        resource.format = CsvRecords::unguard(cells.at(4));
        resource.createdAtMSecs = uploaded.isValid() ? uploaded.toMSecsSinceEpoch() : 0;
        resource.secureUrl = CsvRecords::unguard(cells.at(6));
        resources.append(resource);
    }
    return resources;
}

} // namespace Orphanscope
