#include "cloudinary/trailingcursor.h"

namespace Orphanscope {

namespace {

// Walks a body from its end towards its start.
class BackwardReader
{
public:
    explicit BackwardReader(std::string_view text)
        : m_text(text)
        , m_at(text.size())
    {
    }

    // Skips JSON whitespace, then takes `expected` if it is the byte before.
    bool take(char expected)
    {
        while (m_at > 0 && isSpace(m_text[m_at - 1]))
            --m_at;
        if (m_at == 0 || m_text[m_at - 1] != expected)
            return false;
        --m_at;
        return true;
    }

    // The contents of a string that ends here (its closing quote already taken), when it holds
    // no backslash: then no quote inside it is escaped, and the first quote back is its start.
    std::optional<std::string_view> stringWithoutEscapes()
    {
        const size_t end = m_at;
        while (m_at > 0) {
            const char c = m_text[--m_at];
            if (c == '\\')
                return std::nullopt;
            if (c == '"') {
                if (m_at > 0 && m_text[m_at - 1] == '\\') // the closing quote itself was escaped
                    return std::nullopt;
                return m_text.substr(m_at + 1, end - m_at - 1);
            }
        }
        return std::nullopt;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    std::string_view m_text;
    size_t m_at;
};

} // namespace

std::optional<std::string_view> trailingNextCursor(std::string_view body)
{
    BackwardReader in(body);
    if (!in.take('}') || !in.take('"'))
        return std::nullopt;
    const auto cursor = in.stringWithoutEscapes();
    if (!cursor || !in.take(':') || !in.take('"'))
        return std::nullopt;
    const auto key = in.stringWithoutEscapes();
    // A member before it (the resources, on a list page); `{"next_cursor":…}` alone is no page.
    if (!key || *key != "next_cursor" || !in.take(','))
        return std::nullopt;
    return cursor;
}

} // namespace Orphanscope
