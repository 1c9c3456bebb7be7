// libFuzzer: CLOUDINARY_URL parsing never crashes, and what it shows of a URL never depends on
// the secret (so it cannot show it).
#include "cloudinary/cloudinaryconfig.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto config = Orphanscope::CloudinaryConfig::fromUrl(text, &error);
    if (!config) {
        if (error.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    if (config->cloudName.isEmpty() || config->apiKey.isEmpty() || config->apiSecret.isEmpty())
        std::abort();
    Orphanscope::CloudinaryConfig other = *config;
    other.apiSecret = QStringLiteral("another secret");
    if (other.redactedUrl() != config->redactedUrl())
        std::abort();
    (void)config->resourcesUrl(Orphanscope::ResourceType::Image);
    return 0;
}
