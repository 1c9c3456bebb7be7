#include "deletion/backupmanifest.h"

#include "report/csvrecords.h"
#include "report/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

const QByteArray BackupManifest::Header = "backed_up_at,account,public_id,resource_type,format,size_bytes,uploaded_at,url,sha256,file\r\n";

namespace {

QByteArray isoUtc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

} // namespace

CloudinaryResource BackupEntry::resource() const
{
    CloudinaryResource resource;
    resource.type = type;
    resource.publicId = publicId;
    resource.format = format;
    resource.bytes = bytes;
    resource.createdAtMSecs = createdAtMSecs;
    resource.secureUrl = url;
    return resource;
}

BackupManifest::BackupManifest(QString folder)
    : m_folder(std::move(folder))
{
}

QString BackupManifest::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope/backups"_s;
}

QString BackupManifest::path() const
{
    return QDir(m_folder).filePath(u"manifest.csv"_s);
}

bool BackupManifest::append(const BackupEntry &entry, QString *error) const
{
    QFile file(path());
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = u"Cannot write the backup manifest %1: %2"_s.arg(path(), file.errorString());
        return false;
    }
    QByteArray row = file.size() == 0 ? Header : QByteArray();
    row += isoUtc(entry.backedUpAt.toMSecsSinceEpoch()) + ',' + ReportWriter::csvCell(entry.account) + ',' + ReportWriter::csvCell(entry.publicId)
         + ',' + resourceTypeName(entry.type).toLatin1() + ',' + ReportWriter::csvCell(entry.format) + ',' + QByteArray::number(entry.bytes) + ','
         + (entry.createdAtMSecs ? isoUtc(entry.createdAtMSecs) : QByteArray()) + ',' + ReportWriter::csvCell(entry.url) + ',' + entry.sha256 + ','
         + ReportWriter::csvCell(entry.file) + "\r\n";
    if (file.write(row) != row.size() || !file.flush()) {
        *error = u"Cannot write the backup manifest %1: %2"_s.arg(path(), file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<BackupEntry>> BackupManifest::read(QString *error) const
{
    QFile file(path());
    if (!file.exists())
        return QList<BackupEntry>();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the backup manifest %1: %2"_s.arg(path(), file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    CsvRecords records(data);
    QList<QByteArray> cells;
    QString problem;
    if (!records.next(&cells, &problem) || cells.join(',') + "\r\n" != Header) {
        *error = u"%1 is not an Orphanscope backup manifest: its first line should be %2"_s.arg(path(), QString::fromLatin1(Header.trimmed()));
        return std::nullopt;
    }
    QList<BackupEntry> entries;
    while (!records.atEnd()) {
        if (!records.next(&cells, &problem)) {
            *error = u"%1, line %2: %3"_s.arg(path()).arg(records.line()).arg(problem);
            return std::nullopt;
        }
        if (CsvRecords::isBlank(cells))
            continue;
        BackupEntry entry;
        const auto type = cells.size() == 10 ? resourceTypeFromName(QString::fromLatin1(cells.at(3))) : std::nullopt;
        bool bytesOk = false;
        entry.bytes = cells.value(5).toLongLong(&bytesOk);
        entry.backedUpAt = QDateTime::fromString(QString::fromLatin1(cells.value(0)), Qt::ISODate);
        entry.publicId = CsvRecords::unguard(cells.value(2));
        entry.sha256 = cells.value(8);
        entry.file = CsvRecords::unguard(cells.value(9));
        if (!type || !bytesOk || !entry.backedUpAt.isValid() || entry.publicId.isEmpty() || entry.sha256.size() != 64 || entry.file.isEmpty()) {
            *error = u"%1, line %2: not a backup entry (expected %3)"_s.arg(path()).arg(records.line()).arg(QString::fromLatin1(Header.trimmed()));
            return std::nullopt;
        }
        entry.type = *type;
        entry.account = CsvRecords::unguard(cells.at(1));
        entry.format = CsvRecords::unguard(cells.at(4));
        const QDateTime uploaded = QDateTime::fromString(QString::fromLatin1(cells.at(6)), Qt::ISODate);
        entry.createdAtMSecs = uploaded.isValid() ? uploaded.toMSecsSinceEpoch() : 0;
        entry.url = CsvRecords::unguard(cells.at(7));
        entries.append(entry);
    }
    return entries;
}

} // namespace Orphanscope
