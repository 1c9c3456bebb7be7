#pragma once

#include "cloudinary/listedfiles.h"

#include <QList>
#include <QString>

#include <functional>

namespace Orphanscope {

class StringPool;

// The pages of one scan's checkpoint, in a file of their own beside the inventory: appended
// once and deleted whole. (In SQLite each page was written twice, through the WAL, and read
// again to be deleted: a tenth of a million-file scan's CPU.) A record is the payload's length
// (4 bytes), a hash of the payload (8 bytes, catching a torn write) and the payload,
// ListedFiles::encode(). The checkpoint's tables say how many records and bytes count: what lies
// beyond was written when the process stopped before its transaction, and is cut off.
class CheckpointPageFile
{
public:
    explicit CheckpointPageFile(QString path);

    const QString &path() const { return m_path; }
    // Writes the encoded pages after the first `end` bytes, cutting off whatever lies beyond them; the
    // file's new length in *newEnd.
    bool append(qint64 end, const QList<QByteArray> &pages, qint64 *newEnd, QString *error) const;
    // The first `count` records of the first `end` bytes, each checked against its hash.
    bool read(qint64 end, qint64 count, StringPool &pool, const std::function<void(const ListedFiles &)> &consume,
              QString *error) const;
    bool remove(QString *error) const;

private:
    QString damaged() const;

    QString m_path;
};

} // namespace Orphanscope
