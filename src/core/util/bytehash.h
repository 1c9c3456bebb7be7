#pragma once

#include <QtGlobal>

#include <string_view>

namespace Orphanscope {

// A fast 64-bit hash of bytes after the design of wyhash: the bytes are read in (overlapping)
// 8-byte words and mixed by 128-bit multiplication, a few cycles for a typical public id of 10
// to 30 bytes. Not for secrets: it keeps tables spread and catches torn writes, nothing more.
quint64 hashBytes(std::string_view bytes, quint64 seed);

// A well-mixed seed for hashBytes from any number (a counter, a version).
quint64 hashSeed(quint64 number);

} // namespace Orphanscope
