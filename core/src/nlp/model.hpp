// The NER model (BILOU tags, see features.hpp): quantised feature weights, transitions and
// gazetteers, and its file format (all integers little-endian):
//
//   "PLNERMDL"  magic, 8 bytes
//   u32 format version, u32 feature version, u32 tag count, then each tag
//       name as u8 length + bytes (must equal kTags)
//   f32 scale (weight = stored value * scale; informative only)
//   i16 transitions[(tags + 1) * tags]
//   u32 list count, then each list name as u8 length + bytes
//   u32 gazetteer entry count, then entries sorted by key:
//       varint key delta, varint list mask
//   u32 word class level count L (0: none), then u32 class count per level
//       (finest first), varint coarser classes of each fine class (L - 1
//       each), u32 word count, varint key deltas (sorted keys), varint fine
//       class of each word
//   u32 feature count, then varint key deltas (sorted keys), then the
//       weights[features * tags] in tag-major order (all features' weight for
//       tag 0, ...) as: a bitmap of the nonzero ones (bit i of byte i / 8 for
//       weight i, least significant first), then the nonzero weights as
//       zigzag u16 (0, -1, 1, -2... as 0, 1, 2, 3...), all their high bytes,
//       then all their low bytes (the high bytes repeat: gzip takes them)
//   u64 FNV-1a of every byte before it
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/features.hpp"
#include "nlp/gazetteer.hpp"
#include "nlp/viterbi.hpp"
#include "nlp/word_classes.hpp"
#include "presslens/error.hpp"
#include "text/hash.hpp"

namespace presslens::nlp {

constexpr std::uint32_t kModelFormatVersion = 4;

class NerModel {
 public:
  float scale = 1;
  std::vector<std::int32_t> transitions = std::vector<std::int32_t>(kTransitionCount, 0);
  Gazetteer gazetteer;
  WordClasses classes;

  // Features: sorted keys and their weights, kTagCount per feature.
  void set_features(std::vector<std::uint32_t> keys, std::vector<std::int16_t> weights);
  const std::vector<std::uint32_t>& keys() const { return keys_; }
  // Asks the memory for the slot a key's lookup reads first, so that a
  // token's keys miss the cache together, not one after another.
  void prefetch(std::uint32_t key) const {
    __builtin_prefetch(&slot_keys_[text::slot_of(key, mask_)]);
  }
  // kTagCount weights, or nullptr for an unknown feature.
  const std::int16_t* weights(std::uint32_t key) const {
    for (std::uint32_t slot = text::slot_of(key, mask_);; slot = (slot + 1) & mask_) {
      if (slot_keys_[slot] == key) return &weights_[slot_rows_[slot] * kTagCount];
      if (slot_keys_[slot] == 0) return nullptr;
    }
  }

 private:
  std::vector<std::uint32_t> keys_;
  std::vector<std::int16_t> weights_;  // feature-major in memory
  // Open addressing; keys apart from rows, so that a probe reads keys only.
  std::vector<std::uint32_t> slot_keys_;  // 0: empty
  std::vector<std::uint32_t> slot_rows_;  // index into keys_
  std::uint32_t mask_ = 0;
};

std::string serialize_model(const NerModel& model);
Result<NerModel> parse_model(std::string_view bytes);

}  // namespace presslens::nlp
