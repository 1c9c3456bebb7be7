// libFuzzer: any API answer body parses or is refused with a message; nothing crashes; the
// cursor peeked before parsing equals the parsed one; a parse after a peek (which reads the peek's
// index of the body) gives what a parse alone gives.
#include "cloudinary/listpageparser.h"
#include "util/stringpool.h"

#include <simdjson.h>

#include <cstdlib>
#include <string_view>

namespace {

// A number as parseListPage reads one: a fraction cut off, out of range or another type 0.
qint64 integerOf(simdjson::dom::element value)
{
    if (int64_t i; !value.get_int64().get(i))
        return i;
    if (double d; value.is_number() && !value.get_double().get(d))
        return d > -9.2e18 && d < 9.2e18 ? qint64(d) : 0;
    return 0;
}

// Calls `kept` with the public id and size of every resource parseListPage keeps: in each
// "resources" array, each object whose last "public_id" is a non-empty string (a later field of
// the same name replaces an earlier one).
template<typename Kept>
void forEachKeptByDom(simdjson::dom::element root, Kept &&kept)
{
    simdjson::dom::object object;
    if (root.get_object().get(object))
        return;
    for (auto [key, value] : object) {
        simdjson::dom::array array;
        if (key != "resources" || value.get_array().get(array))
            continue;
        for (simdjson::dom::element element : array) {
            simdjson::dom::object resource;
            if (element.get_object().get(resource))
                continue;
            std::string_view publicId;
            qint64 bytes = 0;
            for (auto [name, field] : resource) {
                if (name == "public_id" && field.get_string().get(publicId))
                    publicId = {};
                else if (name == "bytes")
                    bytes = integerOf(field);
            }
            if (!publicId.empty())
                kept(publicId, bytes);
        }
    }
}

qsizetype keptByDom(simdjson::dom::element root)
{
    qsizetype count = 0;
    forEachKeptByDom(root, [&count](std::string_view, qint64) { ++count; });
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    Orphanscope::StringPool pool;
    QString error;
    const auto page = Orphanscope::parseListPage(body, Orphanscope::ResourceType::Image, pool, &error);
    if (!page && error.isEmpty())
        std::abort();
    if (page) {
        for (const auto &resource : page->resources()) {
            if (resource.publicId.isEmpty())
                std::abort(); // resources without an id are skipped, never kept
        }
        // On well-formed JSON, the cursor peeked ahead of parsing is the one the page holds (on
        // anything else the lister compares the two and stops).
        simdjson::dom::parser validator;
        simdjson::dom::element root;
        const bool wellFormed = !validator.parse(reinterpret_cast<const char *>(data), size).get(root);
        const auto peeked = Orphanscope::peekNextCursor(body);
        if (wellFormed && (!peeked || *peeked != page->nextCursor))
            std::abort();
        // On well-formed JSON, the files kept are those simdjson's DOM reads, field by field
        // (the parser names keys from the body's bytes and reads numbers its own way).
        if (wellFormed && keptByDom(root) != page->files.size())
            std::abort();
        if (wellFormed) {
            qsizetype i = 0;
            forEachKeptByDom(root, [&](std::string_view publicId, qint64 bytes) {
                if (publicId != page->files.publicId(i) || bytes != page->files.bytes(i))
                    std::abort();
                ++i;
            });
        }
    }
    // The same body again, peeked first: the same verdict, files, cursor and message.
    (void)Orphanscope::peekNextCursor(body);
    QString againError;
    const auto again = Orphanscope::parseListPage(body, Orphanscope::ResourceType::Image, pool, &againError);
    if (bool(again) != bool(page) || againError != error)
        std::abort();
    if (page) {
        const auto first = page->resources();
        const auto second = again->resources();
        if (first.size() != second.size() || again->nextCursor != page->nextCursor || again->warnings != page->warnings)
            std::abort();
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (first[i].publicId != second[i].publicId || first[i].secureUrl != second[i].secureUrl || first[i].bytes != second[i].bytes
                || first[i].createdAtMSecs != second[i].createdAtMSecs || first[i].folder != second[i].folder)
                std::abort();
        }
    }
    (void)Orphanscope::parseApiErrorMessage(body);
    return 0;
}
