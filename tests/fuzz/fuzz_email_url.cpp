// libFuzzer: EMAIL_URL and ADMINS parsing never crash; the description never depends on the password.
#include "notify/mailconfig.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto config = Orphanscope::MailConfig::fromUrl(text, &error)) {
        Orphanscope::MailConfig other = *config;
        other.password = QStringLiteral("another password");
        if (other.describe() != config->describe())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    if (const auto admins = Orphanscope::parseAddressList(text, &error)) {
        for (const auto &address : *admins)
            (void)address.toHeader();
    }
    return 0;
}
