#include "report/reportreader.h"

#include "report/reportwriter.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

// One RFC 4180 record from `data` at `*pos`; false at the end or on a malformed record.
bool nextRecord(const QByteArray &data, qsizetype *pos, QList<QByteArray> *cells, QString *problem)
{
    cells->clear();
    if (*pos >= data.size())
        return false;
    QByteArray cell;
    bool quoted = false;
    bool afterQuote = false;
    while (*pos < data.size()) {
        const char c = data.at((*pos)++);
        if (quoted) {
            if (c != '"') {
                cell += c;
            } else if (*pos < data.size() && data.at(*pos) == '"') {
                cell += '"';
                ++*pos;
            } else {
                quoted = false;
                afterQuote = true;
            }
        } else if (c == '"' && cell.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (c == ',') {
            cells->append(std::exchange(cell, {}));
            afterQuote = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && *pos < data.size() && data.at(*pos) == '\n')
                ++*pos;
            cells->append(cell);
            return true;
        } else if (afterQuote) {
            *problem = u"text after a closing quote"_s;
            return false;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        *problem = u"a quoted cell is not closed"_s;
        return false;
    }
    cells->append(cell);
    return true;
}

// Undoes the writer's spreadsheet-formula guard ('= '+ '- '@ …).
QString unguard(const QByteArray &cell)
{
    if (cell.size() > 1 && cell.at(0) == '\'' && QByteArrayView("=+-@\t\r").contains(cell.at(1)))
        return QString::fromUtf8(cell.mid(1));
    return QString::fromUtf8(cell);
}

} // namespace

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
    qsizetype pos = 0;
    QList<QByteArray> cells;
    QString problem;
    if (!nextRecord(data, &pos, &cells, &problem) || cells.join(',') + "\r\n" != ReportWriter::CsvHeader) {
        *error = u"%1 is not an Orphanscope report: its first line should be %2"_s.arg(name, QString::fromLatin1(ReportWriter::CsvHeader.trimmed()));
        return std::nullopt;
    }
    ResourceList resources;
    int line = 1;
    while (pos < data.size()) {
        ++line;
        if (!nextRecord(data, &pos, &cells, &problem)) {
            *error = u"%1, line %2: %3"_s.arg(name).arg(line).arg(problem);
            return std::nullopt;
        }
        if (cells.size() == 1 && cells.constFirst().isEmpty())
            continue; // a blank line
        const auto type = cells.size() == 7 ? resourceTypeFromName(QString::fromLatin1(cells.at(1))) : std::nullopt;
        bool bytesOk = false;
        CloudinaryResource resource;
        resource.publicId = unguard(cells.value(0));
        resource.bytes = cells.value(2).toLongLong(&bytesOk);
        const QDateTime uploaded = QDateTime::fromString(QString::fromLatin1(cells.value(5)), Qt::ISODate);
        if (!type || resource.publicId.isEmpty() || !bytesOk || (!cells.value(5).isEmpty() && !uploaded.isValid())) {
            *error = u"%1, line %2: expected public_id, image|video|raw, size in bytes, size in MB, format, upload time, URL"_s.arg(name).arg(line);
            return std::nullopt;
        }
        resource.type = *type;
        resource.format = unguard(cells.at(4));
        resource.createdAtMSecs = uploaded.isValid() ? uploaded.toMSecsSinceEpoch() : 0;
        resource.secureUrl = unguard(cells.at(6));
        resources.append(resource);
    }
    return resources;
}

} // namespace Orphanscope
