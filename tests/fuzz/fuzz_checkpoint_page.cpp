// libFuzzer: any bytes stored as a checkpoint page decode or are refused; nothing crashes; a
// page that decodes encodes and decodes again to the same files.
#include "cloudinary/listedfiles.h"
#include "util/stringpool.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Orphanscope::StringPool pool;
    const auto page = Orphanscope::ListedFiles::decode(bytes, pool);
    if (!page)
        return 0;
    const auto again = Orphanscope::ListedFiles::decode(page->encode(), pool);
    if (!again || again->size() != page->size())
        std::abort();
    for (qsizetype i = 0; i < page->size(); ++i) {
        const auto a = page->resource(i);
        const auto b = again->resource(i);
        if (a.publicId != b.publicId || a.secureUrl != b.secureUrl || a.format != b.format || a.folder != b.folder || a.bytes != b.bytes
            || a.createdAtMSecs != b.createdAtMSecs || a.version != b.version || a.width != b.width || a.height != b.height
            || a.type != b.type)
            std::abort();
    }
    return 0;
}
