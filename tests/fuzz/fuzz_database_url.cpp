// libFuzzer: DATABASE_URL parsing never crashes and its description never depends on the password.
#include "database/databaseconfig.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto config = Orphanscope::DatabaseConfig::fromUrl(text, &error);
    if (!config) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    Orphanscope::DatabaseConfig other = *config;
    other.password = QStringLiteral("another password");
    if (other.describe() != config->describe()) // the description cannot show what it does not depend on
        std::abort();
    if (config->port < 1 || config->port > 65535)
        std::abort();
    return 0;
}
