#include "cloudinary/listpageparser.h"

#include "cloudinary/listpagefields.h"
#include "cloudinary/trailingcursor.h"
#include "util/stringpool.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

namespace od = simdjson::ondemand;
using namespace ListPageFields;

// One On-Demand parser per thread, reused page after page, and the padded copy of the body it
// reads (simdjson reads up to SIMDJSON_PADDING bytes past the end of its input).
struct ThreadParser
{
    od::parser parser;
    std::vector<char> padded;
    // The document peekNextCursor indexed, for the parse of the same body that follows: its
    // structural index (simdjson's stage 1, a pass over every byte) is then built once. The body
    // is held (a shallow copy), so its bytes cannot be freed and another body take their place.
    od::document peeked;
    QByteArray peekedBody;

    // The peeked document when `body` is the body peeked at, rewound to its start.
    od::document *takePeeked(const QByteArray &body)
    {
        const bool same = !peekedBody.isNull() && body.constData() == peekedBody.constData() && body.size() == peekedBody.size();
        peekedBody = QByteArray();
        if (!same)
            return nullptr;
        peeked.rewind();
        return &peeked;
    }

    simdjson::padded_string_view input(const QByteArray &body)
    {
        const size_t size = size_t(body.size());
        // A body received with room to spare (the client reserves it) is read in place. The
        // padding need not be zero, only readable.
        if (size_t(body.capacity()) >= size + simdjson::SIMDJSON_PADDING)
            return simdjson::padded_string_view(body.constData(), size, size_t(body.capacity()));
        if (padded.size() < size + simdjson::SIMDJSON_PADDING)
            padded.resize(size + simdjson::SIMDJSON_PADDING);
        std::copy_n(body.constData(), size, padded.data());
        std::fill_n(padded.data() + size, simdjson::SIMDJSON_PADDING, '\0');
        return simdjson::padded_string_view(padded.data(), size, padded.size());
    }
};

ThreadParser &threadParser()
{
    thread_local ThreadParser parser;
    return parser;
}

// Reads the fields of one page. Every access checks for a malformed document (On-Demand finds
// some errors only when it gets there); a value of an unexpected type is a default instead.
class PageReader
{
public:
    PageReader(ResourceType requestedType, StringPool &pool)
        : m_requestedType(requestedType)
        , m_pool(pool)
    {
    }

    bool broken() const { return m_broken; }

    // The value as a string, or nullopt when it is another type (null, say).
    std::optional<std::string_view> string(od::value &value)
    {
        od::json_type type;
        if (check(value.type().get(type)) || type != od::json_type::string)
            return std::nullopt;
        std::string_view text;
        if (check(value.get_string().get(text)))
            return std::nullopt;
        return text;
    }

    // A number as an integer (a fraction is cut off; out of range or another type: 0).
    qint64 integer(od::value &value)
    {
        // What the Admin API sends: a non-negative integer, read at once. Anything else (a
        // failed read leaves the value unread) goes through its type.
        if (uint64_t plain; !value.get_uint64().get(plain) && plain <= uint64_t(std::numeric_limits<qint64>::max()))
            return qint64(plain);
        od::json_type type;
        if (check(value.type().get(type)) || type != od::json_type::number)
            return 0;
        od::number number;
        if (check(value.get_number().get(number)))
            return 0;
        switch (number.get_number_type()) {
        case od::number_type::signed_integer:
            return number.get_int64();
        case od::number_type::unsigned_integer:
            return number.get_uint64() <= uint64_t(std::numeric_limits<qint64>::max()) ? qint64(number.get_uint64()) : 0;
        case od::number_type::floating_point_number: {
            const double d = number.get_double();
            return d > -9.2e18 && d < 9.2e18 ? qint64(d) : 0;
        }
        }
        return 0;
    }

    // Appends the resource to `files`; false when it has no public id (or is not an object).
    bool resource(od::value &element, ListedFiles &files);

private:
    // The field a resource's key names (ListPageFields::knownFieldAt, on the key's bytes in the
    // body); an unknown key holding an escape is unescaped and named again.
    bool nameOf(od::field &field, Field *name)
    {
        const char *key = field.key().raw(); // just after the opening quote
        *name = knownFieldAt(key);
        if (*name != Field::Other)
            return true;
        const char *at = key;
        while (*at != '"' && *at != '\\') // stage 1 found the closing quote, so there is one
            ++at;
        if (*at == '"')
            return true;
        std::string_view unescaped;
        if (check(field.unescaped_key().get(unescaped)))
            return false;
        *name = fieldOf(unescaped);
        return true;
    }

    bool check(simdjson::error_code error)
    {
        if (error != simdjson::SUCCESS)
            m_broken = true;
        return error != simdjson::SUCCESS;
    }

    ResourceType m_requestedType;
    StringPool &m_pool;
    bool m_broken = false;
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One pass over a resource's fields; unknown ones are skipped unread. The strings stay views
// into the parser's buffer until ListedFiles copies them.
bool PageReader::resource(od::value &element, ListedFiles &files)
{
    od::json_type type;
    od::object object;
    if (check(element.type().get(type)) || type != od::json_type::object || check(element.get_object().get(object)))
        return false;
    ListedFiles::Fields fields; // its format and folder stay empty: ListedFiles takes the bytes
    fields.type = m_requestedType;
    std::string_view format;
    std::optional<std::string_view> assetFolder;
    std::string_view folder;
    std::string_view url;
    for (auto &&result : object) {
        od::field field;
        Field name;
        if (check(std::move(result).get(field)) || !nameOf(field, &name))
            return false;
        od::value &value = field.value();
        switch (name) {
        case Field::PublicId:
            fields.publicId = string(value).value_or(std::string_view());
            break;
        case Field::Format:
            format = string(value).value_or(std::string_view());
            break;
        case Field::ResourceType:
            fields.type = typeNamed(string(value).value_or(std::string_view()), m_requestedType);
            break;
        case Field::AssetFolder:
            assetFolder = string(value);
            break;
        case Field::Folder:
            folder = string(value).value_or(std::string_view());
            break;
        case Field::SecureUrl:
            fields.secureUrl = string(value).value_or(std::string_view());
            break;
        case Field::Url:
            url = string(value).value_or(std::string_view());
            break;
        case Field::Bytes:
            fields.bytes = integer(value);
            break;
        case Field::Version:
            fields.version = integer(value);
            break;
        case Field::Width:
            fields.width = qint32(std::clamp<qint64>(integer(value), 0, std::numeric_limits<qint32>::max()));
            break;
        case Field::Height:
            fields.height = qint32(std::clamp<qint64>(integer(value), 0, std::numeric_limits<qint32>::max()));
            break;
        case Field::CreatedAt:
            fields.createdAtMSecs = parseCreatedAt(string(value).value_or(std::string_view()));
            break;
        case Field::Other:
            break; // skipped unread
        }
        if (m_broken)
            return false;
    }
    if (fields.publicId.empty())
        return false;
    if (fields.secureUrl.empty())
        fields.secureUrl = url;
    // Dynamic-folder accounts report asset_folder, fixed-folder accounts folder.
    files.append(fields, format, assetFolder.value_or(folder), m_pool);
    return true;
}

} // namespace

QString describeNonJsonBody(const QByteArray &body)
{
    QString start = QString::fromUtf8(body.left(60)).simplified();
    if (body.size() > 60)
        start += u"…"_s;
    return start.isEmpty() ? u"an empty body"_s : u"\"%1\""_s.arg(start);
}

std::optional<ListPage> parseListPage(const QByteArray &body, ResourceType requestedType, StringPool &pool,
                                      QString *error)
{
    const auto notJson = [&body, error] {
        *error = u"Cloudinary answered with something that is not JSON (%1); check the credentials in CLOUDINARY_URL and its upload_prefix"_s
                     .arg(describeNonJsonBody(body));
        return std::nullopt;
    };
    ThreadParser &parser = threadParser();
    od::document fresh;
    od::document *document = parser.takePeeked(body);
    if (!document && !parser.parser.iterate(parser.input(body)).get(fresh))
        document = &fresh;
    od::object root;
    if (!document || document->get_object().get(root))
        return notJson();

    ListPage page;
    PageReader reader(requestedType, pool);
    bool sawResources = false;
    int skipped = 0;
    for (auto field : root) {
        std::string_view key;
        od::value value;
        if (field.unescaped_key().get(key) || field.value().get(value))
            return notJson();
        if (isLiteral(key, "next_cursor")) {
            page.nextCursor = fromUtf8(reader.string(value).value_or(std::string_view()));
        } else if (isLiteral(key, "resources")) {
            od::json_type type;
            od::array array;
            if (value.type().get(type))
                return notJson();
            if (type != od::json_type::array)
                continue; // reported below, unless the document turns out to be broken
            if (value.get_array().get(array))
                return notJson();
            sawResources = true;
            // The text a page's files keep is mostly their public ids (a URL of the usual shape is
            // not kept): a twelfth of the body. A third, reserved before, left most of each page's
            // buffer untouched and the pages waiting for the references spread over more memory
            // (1M scan: 10.9k -> 9.3k page faults, 104 -> 98 MB, in five pairs).
            page.files.reserve(500, body.size() / 12);
            for (auto element : array) {
                od::value item;
                if (element.get(item))
                    return notJson();
                if (!reader.resource(item, page.files) && !reader.broken())
                    ++skipped;
                if (reader.broken())
                    return notJson();
            }
        }
        if (reader.broken())
            return notJson();
    }
    if (!sawResources) {
        *error = u"Cloudinary's answer has no \"resources\" list; the API base URL may point at something other than the Admin API"_s;
        return std::nullopt;
    }
    // On-Demand does not validate what it skips. A page with entries it could not use gets a
    // full validation before those entries are called skipped (real pages have none).
    if (skipped > 0) {
        simdjson::dom::parser validator;
        simdjson::dom::element ignored;
        if (validator.parse(body.constData(), size_t(body.size())).get(ignored))
            return notJson();
    }
    if (skipped > 0)
        page.warnings.append(u"Skipped %1 listed %2 without a public_id"_s.arg(skipped).arg(resourceTypePluralLabel(requestedType)));
    return page;
}

std::optional<QString> peekNextCursor(const QByteArray &body)
{
    ThreadParser &parser = threadParser();
    parser.peekedBody = QByteArray();
    // Where the Admin API puts it, the cursor is read from the last bytes; only an end of another
    // shape costs the walk over the resources below (4% of a scan's thread at a million files).
    if (const auto cursor = trailingNextCursor({body.constData(), size_t(body.size())}))
        return fromUtf8(*cursor);
    od::document &document = parser.peeked;
    od::object root;
    if (parser.parser.iterate(parser.input(body)).get(document) || document.get_object().get(root))
        return std::nullopt;
    QString cursor;
    bool sawResources = false;
    for (auto field : root) {
        std::string_view key;
        od::value value;
        if (field.unescaped_key().get(key) || field.value().get(value))
            return std::nullopt;
        if (isLiteral(key, "resources")) {
            sawResources = true; // skipped unread when the loop moves on
        } else if (isLiteral(key, "next_cursor")) {
            od::json_type type;
            std::string_view text;
            if (value.type().get(type))
                return std::nullopt;
            cursor.clear(); // the last one counts, and one that is not a string is none, as in parseListPage
            if (type == od::json_type::string) {
                if (value.get_string().get(text))
                    return std::nullopt;
                cursor = fromUtf8(text);
            }
        }
    }
    if (!sawResources)
        return std::nullopt;
    parser.peekedBody = body; // parseListPage(body) reads this index again
    return cursor;
}

QString parseApiErrorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.object().value(QLatin1StringView("error")).toObject().value(QLatin1StringView("message")).toString();
}

} // namespace Orphanscope
