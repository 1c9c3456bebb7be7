// libFuzzer: the delivery URL scanner on arbitrary text. Every candidate is non-empty and no
// longer than the text (it is a piece of it, percent-decoded or unescaped); a URL of another
// cloud never yields a candidate, wherever it appears; scanning twice gives the same answer.
#include "database/deliveryurlscanner.h"

#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Orphanscope;
    static const DeliveryUrlScanner scanner({QStringLiteral("demo"), {QStringLiteral("media.example.org")}});
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::vector<std::string> first;
    const int count = scanner.scan(text, [&](ResourceType, std::string_view id) {
        if (id.empty() || id.size() > text.size())
            std::abort();
        first.emplace_back(id);
    });
    std::vector<std::string> second;
    if (scanner.scan(text, [&](ResourceType, std::string_view id) { second.emplace_back(id); }) != count || first != second)
        std::abort();
    if (count == 0 && !first.empty())
        std::abort();
    // Another cloud's URL around a public id taken from the text: never a reference.
    const std::string_view id = text.substr(0, text.find_first_of("/ \t\r\n\"'<>`\\?#&|{}^[]"));
    const std::string foreign = "https://res.cloudinary.com/othercloud/image/upload/v1/" + std::string(id);
    if (scanner.scan(foreign, [](ResourceType, std::string_view) {}) != 0)
        std::abort();
    return 0;
}
