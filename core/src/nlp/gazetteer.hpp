// Lists of names (places, countries, names mined from the training data...)
// matched over token n-grams. Entries are keyed by a hash of their lowercase
// tokens joined by single spaces; each entry has a bit per list it is in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/hash.hpp"

namespace presslens::nlp {

using ListMask = std::uint32_t;

// Lists 0-3 are entity names mined from the training data by type, list 4
// words seen in lowercase there; lists from files follow.
enum FixedList : int {
  kMinedPer = 0,
  kMinedOrg,
  kMinedLoc,
  kMinedMisc,
  kCommonWord,
  kFirstFileList
};
constexpr int kMaxLists = 32;
// Lists whose name starts so hold common nouns by kind ("wordnet-group":
// faction, party...), not names.
constexpr std::string_view kNounListPrefix = "wordnet-";
constexpr int kMaxEntryTokens = 6;

// The key of a token sequence: fold_key of the running hash built by
// extend_entry_hash over each lowercase token.
inline std::uint64_t extend_entry_hash(std::uint64_t hash, std::string_view lowercase_token,
                                       bool first) {
  if (!first) hash = text::fnv1a_byte(' ', hash);
  return text::fnv1a(lowercase_token, hash);
}
std::uint32_t entry_key(const std::vector<std::string>& lowercase_tokens);

class Gazetteer {
 public:
  // An entry; entries of one key are ORed together by finish().
  void add(std::uint32_t key, ListMask mask);
  void finish();  // sorts, merges and builds the lookup table
  // Asks the memory for the slot lookup(key) reads first.
  void prefetch(std::uint32_t key) const {
    if (!slot_keys_.empty()) __builtin_prefetch(&slot_keys_[text::slot_of(key, mask_)]);
  }
  ListMask lookup(std::uint32_t key) const {
    if (slot_keys_.empty()) return 0;
    for (std::uint32_t slot = text::slot_of(key, mask_);; slot = (slot + 1) & mask_) {
      if (slot_keys_[slot] == key) return slot_masks_[slot];
      if (slot_keys_[slot] == 0) return 0;
    }
  }

  // The bits of the lists whose names start with `prefix` ("wordnet-" for
  // every list of common nouns, "wordnet-group" for one).
  ListMask lists_named(std::string_view prefix) const {
    ListMask mask = 0;
    for (std::size_t list = 0; list < list_names.size(); ++list) {
      if (list_names[list].starts_with(prefix)) mask |= static_cast<ListMask>(1u << list);
    }
    return mask;
  }

  // Every list of places: the names mined as places, and the city, region,
  // country and former-country lists.
  ListMask place_lists() const {
    return (ListMask{1} << kMinedLoc) | lists_named("city") | lists_named("region") |
           lists_named("country") | lists_named("former-country");
  }
  // The lists of people's names: the names mined as people's, and first names.
  ListMask person_name_lists() const {
    return (ListMask{1} << kMinedPer) | lists_named("first-name");
  }

  // A word the tagger's training text writes in lower case (folded).
  bool common_word(std::string_view lower) const {
    return (lookup(entry_key({std::string(lower)})) & (ListMask{1} << kCommonWord)) != 0;
  }

  // Sorted by key, after finish().
  const std::vector<std::pair<std::uint32_t, ListMask>>& entries() const { return entries_; }
  std::vector<std::string> list_names;  // one per bit in use

 private:
  std::vector<std::pair<std::uint32_t, ListMask>> entries_;
  // Open addressing; keys apart from masks, so that a probe reads keys only.
  std::vector<std::uint32_t> slot_keys_;  // 0: empty
  std::vector<ListMask> slot_masks_;
  std::uint32_t mask_ = 0;
};

// Bits to clear from a gazetteer match (training: names only this document
// has seen are hidden from it, so that the model does not learn to trust them
// more than it can on unseen text).
using GazetteerExclusions = std::unordered_map<std::uint32_t, ListMask>;

}  // namespace presslens::nlp
