// JSON bodies for tst_listpageparser (kept apart: moc trips over some raw string literals).
#pragma once

inline constexpr char DocumentedPage[] = R"({"resources":[{"asset_id":"abc","public_id":"folder/cat","format":"jpg","version":1719305903,
            "resource_type":"image","type":"upload","created_at":"2024-06-25T08:58:23Z","bytes":120253,"width":864,"height":576,
            "asset_folder":"folder","url":"http://res.cloudinary.com/demo/image/upload/v1719305903/folder/cat.jpg",
            "secure_url":"https://res.cloudinary.com/demo/image/upload/v1719305903/folder/cat.jpg",
            "a_future_field":{"nested":[1,2]}}],"next_cursor":"8edbc61040178db60b0973ca9494bf3a","rate_limit_allowed":500})";
inline constexpr char NullFieldsPage[] = R"({"resources":[{"public_id":"docs/a.pdf","format":null,"width":null,"height":null,
            "resource_type":"raw","folder":"docs"},{"format":"jpg"},{"public_id":""},{"public_id":"b","bytes":"12"}],"next_cursor":null})";
inline constexpr char SharedStringsPage[] = R"({"resources":[{"public_id":"a","format":"jpg","asset_folder":"f"},{"public_id":"b","format":"jpg","asset_folder":"f"}]})";
inline constexpr char NoResourcesBody[] = R"({"message":"ok"})";
inline constexpr char ResourcesNotAListBody[] = R"({"resources":{}})";
inline constexpr char ApiErrorBody[] = R"({"error":{"message":"Invalid api_key 1"}})";
