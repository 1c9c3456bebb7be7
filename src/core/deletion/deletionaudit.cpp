#include "deletion/deletionaudit.h"

#include "report/reportwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

const QByteArray DeletionAudit::Header = "time,public_id,resource_type,size_bytes,outcome,detail\r\n";

QString deletionOutcomeName(DeletionOutcome outcome)
{
    switch (outcome) {
    case DeletionOutcome::Deleted: return u"deleted"_s;
    case DeletionOutcome::NotFound: return u"not_found"_s;
    case DeletionOutcome::SkippedReferenced: return u"skipped-referenced"_s;
    case DeletionOutcome::SkippedYoung: return u"skipped-young"_s;
    case DeletionOutcome::SkippedIgnored: return u"skipped-ignored"_s;
    case DeletionOutcome::Error: return u"error"_s;
    case DeletionOutcome::WouldDelete: return u"would-delete"_s;
    case DeletionOutcome::SkippedKept: return u"skipped-kept"_s;
    case DeletionOutcome::BackupFailed: return u"backup-failed"_s;
    case DeletionOutcome::Restored: return u"restored"_s;
    case DeletionOutcome::RestoreExists: return u"restore-exists"_s;
    case DeletionOutcome::RestoreFailed: return u"restore-failed"_s;
    case DeletionOutcome::WouldRestore: return u"would-restore"_s;
    }
    return {};
}

DeletionAudit::DeletionAudit(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

bool DeletionAudit::open(QString *error)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder) || !m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = u"Cannot open the deletion audit log %1: %2; nothing was done"_s.arg(m_path, m_file.errorString());
        return false;
    }
    if (m_file.size() == 0 && m_file.write(Header) != Header.size()) {
        *error = u"Cannot write the deletion audit log %1: %2; nothing was done"_s.arg(m_path, m_file.errorString());
        return false;
    }
    return flush(error);
}

bool DeletionAudit::append(const CloudinaryResource &file, DeletionOutcome outcome, const QString &detail, QString *error)
{
    QByteArray row = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    row += ',' + ReportWriter::csvCell(file.publicId) + ',' + resourceTypeName(file.type).toLatin1() + ','
         + QByteArray::number(file.bytes) + ',' + deletionOutcomeName(outcome).toLatin1() + ',' + ReportWriter::csvCell(detail) + "\r\n";
    if (m_file.write(row) == row.size())
        return true;
    *error = u"Cannot write the deletion audit log %1: %2"_s.arg(m_path, m_file.errorString());
    return false;
}

bool DeletionAudit::flush(QString *error)
{
    if (m_file.flush())
        return true;
    *error = u"Cannot write the deletion audit log %1: %2"_s.arg(m_path, m_file.errorString());
    return false;
}

} // namespace Orphanscope
