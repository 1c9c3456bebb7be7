// libFuzzer: the CloudinaryField parser agrees with pycloudinary's regular expression.
#include "database/cloudinaryfield.h"

#include <QRegularExpression>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:(?<resource_type>image|raw|video)/(?<type>upload|private|authenticated)/)?(?:v(?<version>\\d+)/)?(?<public_id>.*?)(\\.(?<format>[^.]+))?$"));
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Orphanscope::parseCloudinaryField(value, Orphanscope::ResourceType::Video);
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(QChar(0x2028)) || value.contains(QChar(0x2029)))
        return 0; // line ends: Python's "." and "$" differ from PCRE's here, and such values are refused anyway
    const auto match = pattern.match(value);
    if (!match.hasMatch())
        return 0; // invalid UTF-16 after conversion and the like
    const QString publicId = match.captured(QStringLiteral("public_id"));
    if (publicId.isEmpty() != !parsed.has_value())
        std::abort();
    if (parsed && (parsed->publicId != publicId || parsed->format != match.captured(QStringLiteral("format"))
                   || parsed->version != match.captured(QStringLiteral("version"))))
        std::abort();
    return 0;
}
