#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <string_view>

namespace Orphanscope {

// The files of one listed page, compact: public ids and URLs stay UTF-8 bytes in one buffer,
// so a file is matched against the references without a QString, and a CloudinaryResource is
// made only for the files a scan keeps (orphans, recent ones). Copies share the data.
class ListedFiles
{
public:
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void reserve(qsizetype files, qsizetype textBytes);

    std::string_view publicId(qsizetype i) const { return text(m_entries.at(i).publicId); }
    ResourceType type(qsizetype i) const { return m_entries.at(i).type; }
    qint64 bytes(qsizetype i) const { return m_entries.at(i).bytes; }
    qint64 createdAtMSecs(qsizetype i) const { return m_entries.at(i).createdAtMSecs; }
    CloudinaryResource resource(qsizetype i) const;
    ResourceList resources() const;

    // What the parser fills in; folder and format come from a StringPool.
    struct Fields
    {
        std::string_view publicId;
        std::string_view secureUrl;
        QString format;
        QString folder;
        qint64 bytes = 0;
        qint64 createdAtMSecs = 0;
        qint64 version = 0;
        qint32 width = 0;
        qint32 height = 0;
        ResourceType type = ResourceType::Image;
    };
    void append(const Fields &fields);

    // A compact binary form for the scan's checkpoint (listedfilescodec.cpp): the text buffer
    // as it is, then each file's fixed fields. decode() checks every length and offset and
    // returns nothing for bytes it did not write.
    QByteArray encode() const;
    static std::optional<ListedFiles> decode(const QByteArray &bytes, class StringPool &pool);

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    struct Entry
    {
        Span publicId;
        Span secureUrl;
        QString format;
        QString folder;
        qint64 bytes;
        qint64 createdAtMSecs;
        qint64 version;
        qint32 width;
        qint32 height;
        ResourceType type;
    };
    std::string_view text(Span span) const { return {m_text.constData() + span.offset, size_t(span.size)}; }
    Span store(std::string_view text);

    QByteArray m_text;
    QList<Entry> m_entries;
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::ListedFiles)
