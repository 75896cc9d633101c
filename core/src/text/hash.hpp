// Hashing, the same on every platform and build (std::hash is not): FNV-1a
// for strings (model feature keys, gazetteer entries, search terms, the
// cleaner's repeat keys, shingles), splitmix64 to mix and seed, and the
// helpers of open-addressing tables keyed by such hashes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace presslens::text {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// One FNV-1a step over a unit: a byte, or (the cleaner's keys) a code point.
constexpr std::uint64_t fnv1a_step(std::uint64_t hash, std::uint64_t unit) {
  return (hash ^ unit) * kFnvPrime;
}

constexpr std::uint64_t fnv1a_byte(std::uint8_t byte, std::uint64_t hash) {
  return fnv1a_step(hash, byte);
}

constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffset) {
  for (const char c : bytes) hash = fnv1a_step(hash, static_cast<std::uint8_t>(c));
  return hash;
}

// 2^64 divided by the golden ratio: the step of splitmix64, and a
// multiplier that spreads keys.
constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ull;

// splitmix64's output for a state (the state before its step): spreads
// every input bit over the output.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += kGoldenGamma;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// splitmix64: the next pseudo-random number of a sequence.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  const std::uint64_t out = mix64(state);
  state += kGoldenGamma;
  return out;
}

// FNV-1a started from a seed, for families of hashes and for chaining
// ("a b c" as hash(c, hash(b, hash(a)))).
constexpr std::uint64_t seeded_fnv1a(std::string_view bytes, std::uint64_t seed = 0) {
  return fnv1a(bytes, kFnvOffset ^ mix64(seed));
}

// 32-bit key from a 64-bit hash; never 0 (0 marks an empty table slot).
constexpr std::uint32_t fold_key(std::uint64_t hash) {
  const auto key = static_cast<std::uint32_t>(hash ^ (hash >> 32));
  return key == 0 ? 1u : key;
}

// Spreads a key over a power-of-two table.
constexpr std::uint32_t slot_of(std::uint32_t key, std::uint32_t mask) {
  return static_cast<std::uint32_t>((key * kGoldenGamma) >> 32) & mask;
}

// For unordered containers whose keys already are 64-bit hashes.
struct PrehashedKey {
  std::size_t operator()(std::uint64_t key) const {
    return static_cast<std::size_t>(key ^ (key >> 32));
  }
};

}  // namespace presslens::text
