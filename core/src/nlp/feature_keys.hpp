// Feature keys: 32-bit hashes of a template id and up to three strings, the
// same on every platform (the model stores them).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "nlp/gazetteer.hpp"
#include "text/hash.hpp"

namespace presslens::nlp {

// Template ids: the first byte hashed into each key. Models store keys, so
// ids never change; new templates go at the end (and bump kFeatureVersion).
enum Template : std::uint8_t {
  kBias = 1,
  kWord,
  kLower,
  kLowerPrev,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kBigramPrev,
  kBigramNext,
  kShape,
  kShortShape,
  kShapePrev,
  kShapeNext,
  kShapeTri,
  kPrefix,
  kSuffix,
  kSentenceStart,
  kHeadline,
  kWordPrev,
  kWordNext,
  kGazetteer,
  kGazetteerPrev,
  kGazetteerNext,
  kDocCase,
  kDocRun,
  kHistory,
  kHistorySet,
  kHistoryPrev,
  kRunHead,
  kRunFirst,
  kRunPosition,
  kHistoryNext,
  kFlags,
  kGazetteerBefore,
  kClass,  // word classes (word_classes.hpp): the word's, at each level
  kClassPrev,
  kClassNext,
};

// A key is FNV-1a over its template id and up to three strings, each closed
// by 0x1F. Keys whose first string is a word's continue from the state after
// it (start_key), which the word computes once: finish_key(start_key(id, a),
// b, c) == key_of(id, a, b, c).
inline std::uint64_t start_key(Template id, std::string_view a) {
  return text::fnv1a_byte(0x1F, text::fnv1a(a, text::fnv1a_byte(id, text::kFnvOffset)));
}

inline std::uint32_t finish_key(std::uint64_t state, std::string_view b, std::string_view c = {}) {
  return text::fold_key(text::fnv1a(c, text::fnv1a_byte(0x1F, text::fnv1a(b, state))));
}

inline std::uint32_t key_of(Template id, std::string_view a = {}, std::string_view b = {},
                            std::string_view c = {}) {
  return finish_key(start_key(id, a), b, c);
}

class Keys {
 public:
  explicit Keys(std::vector<std::uint32_t>& out) : out_(out) {}
  void add(Template id, std::string_view a = {}, std::string_view b = {}, std::string_view c = {}) {
    out_.push_back(key_of(id, a, b, c));
  }
  void push(std::uint32_t key) { out_.push_back(key); }

 private:
  std::vector<std::uint32_t>& out_;
};

// The keys of templates whose strings take a few values (list bits, flags,
// counts seen), hashed once per process.
struct FixedKeys {
  // [this, previous, next word, the word before its name][its capitalisation][list][B, I, U]
  std::uint32_t lists[4][2][kMaxLists][3];
  std::uint32_t flags[2][2][2];        // [capitalised][headline][sentence start]
  std::uint32_t run_position[3][4];    // [B, I, E][run length 2, 3, 4, 5+]
  std::uint32_t doc_case[2][2][2][2];  // [seen capitalised][seen lower][informative][capitalised]
  std::uint32_t doc_run[8];            // [places in runs seen]
  std::uint32_t history[3][5];         // [this, previous, next word][PER, ORG, LOC, MISC, O]
  std::uint32_t history_set[32];       // [types seen, a bit each]
};

inline FixedKeys make_fixed_keys() {
  static constexpr std::string_view kBits = "0123456789abcdefghijklmnopqrstuv", kParts = "BIU";
  static constexpr std::array<std::string_view, 5> kHistoryTypes{"PER", "ORG", "LOC", "MISC", "O"};
  FixedKeys k{};
  for (int bit = 0; bit < kMaxLists; ++bit) {
    const std::string_view list = kBits.substr(static_cast<std::size_t>(bit), 1);
    for (int part = 0; part < 3; ++part) {
      const std::string_view p = kParts.substr(static_cast<std::size_t>(part), 1);
      for (int cap = 0; cap < 2; ++cap) {
        const std::string_view c = cap ? "C" : "c";
        k.lists[0][cap][bit][part] = key_of(kGazetteer, list, p, c);
        k.lists[1][cap][bit][part] = key_of(kGazetteerPrev, list, p, c);
        k.lists[2][cap][bit][part] = key_of(kGazetteerNext, list, p, c);
        k.lists[3][cap][bit][part] = key_of(kGazetteerBefore, list, p, c);
      }
    }
  }
  for (int c = 0; c < 2; ++c) {
    for (int h = 0; h < 2; ++h) {
      for (int s = 0; s < 2; ++s)
        k.flags[c][h][s] = key_of(kFlags, c ? "C" : "c", h ? "H" : "h", s ? "S" : "s");
    }
  }
  for (int place = 0; place < 3; ++place) {
    for (int length = 2; length <= 5; ++length) {
      const char text[3] = {"BIE"[place], static_cast<char>('0' + length), 0};
      k.run_position[place][length - 2] = key_of(kRunPosition, text);
    }
  }
  for (int upper = 0; upper < 2; ++upper) {
    for (int lower = 0; lower < 2; ++lower) {
      const char seen[3] = {upper ? 'C' : '-', lower ? 'L' : '-', 0};
      for (int i = 0; i < 2; ++i) {
        for (int c = 0; c < 2; ++c) {
          k.doc_case[upper][lower][i][c] = key_of(kDocCase, seen, i ? "i" : "u", c ? "C" : "c");
        }
      }
    }
  }
  for (int places = 0; places < 8; ++places) {
    const char text[2] = {static_cast<char>('0' + places), 0};
    k.doc_run[places] = key_of(kDocRun, text);
  }
  for (int t = 0; t < 5; ++t) {
    k.history[0][t] = key_of(kHistory, kHistoryTypes[static_cast<std::size_t>(t)]);
    k.history[1][t] = key_of(kHistoryPrev, kHistoryTypes[static_cast<std::size_t>(t)]);
    k.history[2][t] = key_of(kHistoryNext, kHistoryTypes[static_cast<std::size_t>(t)]);
  }
  for (int seen = 0; seen < 32; ++seen) {
    char text[6] = {};
    for (int t = 0; t < 5; ++t) text[t] = seen >> t & 1 ? static_cast<char>('0' + t) : '-';
    k.history_set[seen] = key_of(kHistorySet, text);
  }
  return k;
}

inline const FixedKeys& fixed_keys() {
  static const FixedKeys keys = make_fixed_keys();
  return keys;
}

}  // namespace presslens::nlp
