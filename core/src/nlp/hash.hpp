// FNV-1a hashing: the same on every platform (std::hash is not), used for
// feature keys and gazetteer entries in the model file.
#pragma once

#include <cstdint>
#include <string_view>

namespace presslens::nlp {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffset) {
  for (const char c : bytes) {
    hash ^= static_cast<std::uint8_t>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

constexpr std::uint64_t fnv1a_byte(std::uint8_t byte, std::uint64_t hash) {
  return (hash ^ byte) * kFnvPrime;
}

// 32-bit key from a 64-bit hash; never 0 (0 marks an empty table slot).
constexpr std::uint32_t fold_key(std::uint64_t hash) {
  const auto key = static_cast<std::uint32_t>(hash ^ (hash >> 32));
  return key == 0 ? 1u : key;
}

// Spreads a key over a power-of-two table.
constexpr std::uint32_t slot_of(std::uint32_t key, std::uint32_t mask) {
  return static_cast<std::uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

}  // namespace presslens::nlp
