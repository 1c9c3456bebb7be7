// libFuzzer: any API answer body parses or is refused with a message; nothing crashes.
#include "cloudinary/listpageparser.h"
#include "util/stringpool.h"

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
    }
    (void)Orphanscope::parseApiErrorMessage(body);
    return 0;
}
