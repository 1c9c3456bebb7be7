// libFuzzer: any API answer body parses or is refused with a message; nothing crashes; the
// cursor peeked before parsing equals the parsed one.
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
    (void)Orphanscope::parseApiErrorMessage(body);
    return 0;
}
