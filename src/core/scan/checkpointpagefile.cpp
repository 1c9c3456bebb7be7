#include "scan/checkpointpagefile.h"

#include "util/bytehash.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

constexpr qint64 RecordHeader = 4 + 8; // payload length, payload hash
const quint64 PayloadSeed = hashSeed(1);

quint64 payloadHash(const char *payload, qint64 length)
{
    return hashBytes(std::string_view(payload, size_t(length)), PayloadSeed);
}

} // namespace

CheckpointPageFile::CheckpointPageFile(QString path)
    : m_path(std::move(path))
{
}

QString CheckpointPageFile::damaged() const
{
    return u"The scan's checkpoint in %1 is damaged; run without --resume to start over"_s.arg(m_path);
}

bool CheckpointPageFile::append(qint64 end, const QList<QByteArray> &pages, qint64 *newEnd, QString *error) const
{
    QFile file(m_path);
    const auto failed = [&](const QString &why) {
        *error = u"The scan's checkpoint could not be saved in %1: %2"_s.arg(m_path, why);
        return false;
    };
    if (!file.open(QIODevice::ReadWrite))
        return failed(file.errorString());
    if (file.size() < end) {
        *error = damaged();
        return false;
    }
    if ((file.size() > end && !file.resize(end)) || !file.seek(end))
        return failed(file.errorString());
    // Record by record, not gathered into one buffer first: that buffer's growing copies and
    // fresh pages cost more than the writes.
    qint64 written = 0;
    for (const QByteArray &payload : pages) {
        char header[RecordHeader];
        qToLittleEndian(quint32(payload.size()), header);
        qToLittleEndian(payloadHash(payload.constData(), payload.size()), header + 4);
        if (file.write(header, RecordHeader) != RecordHeader || file.write(payload) != payload.size())
            return failed(file.errorString());
        written += RecordHeader + payload.size();
    }
    if (!file.flush())
        return failed(file.errorString());
    *newEnd = end + written;
    return true;
}

bool CheckpointPageFile::read(qint64 end, qint64 count, StringPool &pool, const std::function<void(const ListedFiles &)> &consume,
                              QString *error) const
{
    if (count <= 0)
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < end || end < RecordHeader) {
        *error = damaged();
        return false;
    }
    const uchar *mapped = file.map(0, end);
    if (!mapped) {
        *error = u"The scan's checkpoint in %1 cannot be read: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    const char *bytes = reinterpret_cast<const char *>(mapped);
    qint64 at = 0;
    for (qint64 record = 0; record < count; ++record) {
        if (end - at < RecordHeader) {
            *error = damaged();
            return false;
        }
        const qint64 length = qFromLittleEndian<quint32>(bytes + at);
        const quint64 hash = qFromLittleEndian<quint64>(bytes + at + 4);
        at += RecordHeader;
        if (end - at < length || payloadHash(bytes + at, length) != hash) {
            *error = damaged();
            return false;
        }
        const auto files = ListedFiles::decode(QByteArray::fromRawData(bytes + at, length), pool);
        if (!files) {
            *error = damaged();
            return false;
        }
        consume(*files);
        at += length;
    }
    return true;
}

bool CheckpointPageFile::remove(QString *error) const
{
    QFile file(m_path);
    if (!file.exists() || file.remove())
        return true;
    *error = u"The scan's checkpoint pages %1 could not be deleted: %2"_s.arg(m_path, file.errorString());
    return false;
}

} // namespace Orphanscope
