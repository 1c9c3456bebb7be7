#pragma once

#include <optional>
#include <string_view>

namespace Orphanscope {

// The next_cursor of a list page read backwards from the end of its body, where the Admin API
// puts it: `…,"next_cursor":"<cursor>"}`. It looks at the last few dozen bytes only, so the next
// page can be asked for without a pass over the page's resources. nullopt when the end of the
// body has any other shape (the last page, a null cursor, escapes in the cursor or the key,
// another field last): the caller then reads the document from its start.
//
// Reading a string backwards is exact when it holds no backslash, and the last member of the root
// object is the one that counts (a repeated key's last value wins), so on well-formed JSON the
// answer is the cursor a full parse reads. On malformed JSON it may still name one: the full
// parse that follows refuses the page.
std::optional<std::string_view> trailingNextCursor(std::string_view body);

} // namespace Orphanscope
