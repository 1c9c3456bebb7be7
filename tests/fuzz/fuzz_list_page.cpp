// libFuzzer: any API answer body parses or is refused with a message; nothing crashes; the
// cursor peeked before parsing equals the parsed one; a parse after a peek (which reads the peek's
// index of the body) gives what a parse alone gives.
#include "cloudinary/listpageparser.h"
#include "util/stringpool.h"

#include <simdjson.h>

#include <cstdlib>

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
