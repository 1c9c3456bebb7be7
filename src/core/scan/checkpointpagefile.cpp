#include "scan/checkpointpagefile.h"

#include "util/bytehash.h"

#include <QFile>
#include <QtEndian>

#include <sys/uio.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

constexpr qint64 RecordHeader = 4 + 8; // payload length, payload hash
const quint64 PayloadSeed = hashSeed(1);

quint64 payloadHash(const char *payload, qint64 length)
{
    return hashBytes(std::string_view(payload, size_t(length)), PayloadSeed);
}

// Writes every piece from `offset` on, IOV_MAX pieces a call, through partial writes and
// interruptions.
bool writeAll(int fd, qint64 offset, std::vector<iovec> &pieces)
{
    size_t next = 0;
    while (next < pieces.size()) {
        const int count = int(std::min<size_t>(pieces.size() - next, IOV_MAX));
        const ssize_t done = ::pwritev(fd, pieces.data() + next, count, off_t(offset));
        if (done < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        offset += done;
        size_t left = size_t(done);
        while (next < pieces.size() && left >= pieces[next].iov_len)
            left -= pieces[next++].iov_len;
        if (left > 0) {
            pieces[next].iov_base = static_cast<char *>(pieces[next].iov_base) + left;
            pieces[next].iov_len -= left;
        }
    }
    return true;
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
    if (file.size() > end && !file.resize(end))
        return failed(file.errorString());
    // All records in one gathering write (headers and payloads where they are: gathering them
    // into one buffer first cost more in copies and fresh pages than the writes, and a write per
    // record was a system call per listed page).
    std::vector<std::array<char, RecordHeader>> headers(size_t(pages.size()));
    std::vector<iovec> pieces;
    pieces.reserve(2 * size_t(pages.size()));
    qint64 written = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QByteArray &payload = pages.at(i);
        char *header = headers[size_t(i)].data();
        qToLittleEndian(quint32(payload.size()), header);
        qToLittleEndian(payloadHash(payload.constData(), payload.size()), header + 4);
        pieces.push_back({header, size_t(RecordHeader)});
        pieces.push_back({const_cast<char *>(payload.constData()), size_t(payload.size())});
        written += RecordHeader + payload.size();
    }
    if (!writeAll(file.handle(), end, pieces))
        return failed(qt_error_string(errno));
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
