#include "util/bytehash.h"

#include <cstring>

namespace Orphanscope {

namespace {

quint64 load64(const char *bytes)
{
    quint64 value;
    std::memcpy(&value, bytes, sizeof(value));
    return value;
}

quint64 load32(const char *bytes)
{
    quint32 value;
    std::memcpy(&value, bytes, sizeof(value));
    return value;
}

// The two halves of a 128-bit product folded together: every input bit reaches the high bits.
__extension__ using Product = unsigned __int128; // GCC and Clang on 64-bit targets

quint64 fold(quint64 a, quint64 b)
{
    const Product product = Product(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

constexpr quint64 Secret0 = 0xa0761d6478bd642full;
constexpr quint64 Secret1 = 0xe7037ed1a0b428dbull;
constexpr quint64 Secret2 = 0x8ebc6af09c88c6e3ull;

} // namespace

quint64 hashSeed(quint64 number)
{
    return fold(Secret0 ^ number, Secret1);
}

quint64 hashBytes(std::string_view text, quint64 seed)
{
    const char *bytes = text.data();
    const size_t length = text.size();
    seed ^= length;
    quint64 a = 0;
    quint64 b = 0;
    if (length > 16) {
        size_t left = length;
        while (left > 16) {
            seed = fold(load64(bytes) ^ Secret1, load64(bytes + 8) ^ seed);
            bytes += 16;
            left -= 16;
        }
        a = load64(bytes + left - 16);
        b = load64(bytes + left - 8);
    } else if (length >= 8) {
        a = load64(bytes);
        b = load64(bytes + length - 8);
    } else if (length >= 4) {
        a = load32(bytes);
        b = load32(bytes + length - 4);
    } else if (length > 0) {
        const auto byte = [bytes](size_t i) { return quint64(static_cast<unsigned char>(bytes[i])); };
        a = byte(0) << 16 | byte(length / 2) << 8 | byte(length - 1);
    }
    return fold(Secret2 ^ length, fold(a ^ Secret1, b ^ seed));
}

} // namespace Orphanscope
