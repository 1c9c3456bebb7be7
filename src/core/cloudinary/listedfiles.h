#pragma once

#include "cloudinary/cloudinaryresource.h"
#include "cloudinary/deliveryurlshape.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace Orphanscope {

class StringPool;

// Listed files, compact: public ids and URLs stay UTF-8 bytes in one buffer, so a file is matched
// against the references without a QString, and the files a scan keeps (its orphans: see
// CompactResourceList) stay bytes until something reads them. A delivery URL of the usual shape
// is not kept at all (DeliveryUrlShape): the file's other fields give it back when it is read.
// Copies share the data.
class ListedFiles
{
public:
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype textSize() const { return m_text.size(); }
    void reserve(qsizetype files, qsizetype textBytes);

    std::string_view publicId(qsizetype i) const { return text(m_entries.at(i).publicId); }
    ResourceType type(qsizetype i) const { return m_entries.at(i).type; }
    qint64 bytes(qsizetype i) const { return m_entries.at(i).bytes; }
    qint64 createdAtMSecs(qsizetype i) const { return m_entries.at(i).createdAtMSecs; }
    // The delivery URL: a view of this list's bytes, or of `scratch` when it is made from the
    // file's other fields (valid until scratch changes).
    std::string_view secureUrl(qsizetype i, std::string &scratch) const;
    const QString &format(qsizetype i) const { return m_strings.at(m_entries.at(i).format); }
    CloudinaryResource resource(qsizetype i) const;
    ResourceList resources() const;
    // Only the files at `indices` (ascending), sharing this page's text and strings.
    ListedFiles selected(const QList<qsizetype> &indices) const;

    // A file's fields. The parser and the checkpoint's decoder leave format and folder empty and
    // hand those over as bytes (the second append); a file made elsewhere sets them, from a
    // StringPool where many files share them.
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
    // The parser's and the checkpoint decoder's way: the format and folder as UTF-8 bytes
    // (fields.format and fields.folder are not read), compared with the few this list holds and
    // taken from `pool` only when new to it: no pool lookup and no reference count per file.
    void append(const Fields &fields, std::string_view format, std::string_view folder, StringPool &pool);
    // File `i` of `other` (its format and folder shared), and a file made elsewhere.
    void append(const ListedFiles &other, qsizetype i);
    void append(const CloudinaryResource &resource);

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
        qint64 bytes;
        qint64 createdAtMSecs;
        qint64 version;
        qint32 width;
        qint32 height;
        quint32 format; // in m_strings
        quint32 folder; // in m_strings
        ResourceType type;
        bool urlDerived; // secureUrl is empty: m_urlShape gives the URL
    };
    std::string_view text(Span span) const { return {m_text.constData() + span.offset, size_t(span.size)}; }
    std::string_view utf8(quint32 string) const { return {m_utf8.at(string).constData(), size_t(m_utf8.at(string).size())}; }
    Span store(std::string_view text);
    // Takes the URL prefix of the list's files from the first URL that has one.
    void adoptUrlShape(std::string_view url, ResourceType type);
    // Stores the URL of `entry`, or marks it derived when the list's URL shape gives it.
    void setUrl(Entry &entry, std::string_view url);
    // The index of a format or folder in m_strings, added when new; `last` is the index this kind
    // of string had in the file before (files in a row mostly share them). Files hold indices, not
    // QStrings: a QString per file meant two reference counts shared by every file of a format,
    // counted up on the parsing thread and down on the checkpoint's, a cache line both cores
    // fought over a million times.
    quint32 stringIndex(const QString &text, quint32 &last);
    quint32 stringIndex(std::string_view bytes, quint32 &last, StringPool &pool);
    void append(const Fields &fields, quint32 format, quint32 folder);

    QByteArray m_text;
    QList<Entry> m_entries;
    QList<QString> m_strings{QString()}; // the page's formats and folders; 0 is the empty one
    QList<QByteArray> m_utf8{QByteArray()}; // the same in UTF-8
    std::shared_ptr<const DeliveryUrlShape> m_urlShape; // none until a URL gave its prefix
    static constexpr qsizetype SmallStrings = 16;
    QHash<const void *, quint32> m_stringIndex; // by the QString's data (StringPool shares it), past SmallStrings
    quint32 m_lastFormat = 0;
    quint32 m_lastFolder = 0;
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::ListedFiles)
