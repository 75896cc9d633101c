// Word classes learned from unlabelled text (word_vectors.cpp clusters word
// vectors into them): every listed word has a fine class, and every fine
// class one class at each coarser level, so that "pfizer" shares a class
// with "merck" and "roche" and a coarser one with other companies. The
// tagger's features read a word's classes, which carry what the training
// data says of one word over to the words of its class.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "presslens/error.hpp"
#include "text/hash.hpp"

namespace presslens::nlp {

class WordClasses {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  static constexpr std::size_t kMaxLevels = 4;

  // Class counts per level, finest first; empty: no classes.
  const std::vector<std::uint32_t>& levels() const { return levels_; }
  // The fine class of the word with this key (entry_key of its lowercase
  // form), or kNone.
  std::uint32_t fine_class(std::uint32_t key) const {
    if (slot_keys_.empty()) return kNone;
    for (std::uint32_t slot = text::slot_of(key, mask_);; slot = (slot + 1) & mask_) {
      if (slot_keys_[slot] == key) return slot_classes_[slot];
      if (slot_keys_[slot] == 0) return kNone;
    }
  }
  // The class of fine class `fine` at `level` (0: itself).
  std::uint32_t at_level(std::uint32_t fine, std::size_t level) const {
    return level == 0 ? fine : parents_[fine * (levels_.size() - 1) + level - 1];
  }

  // Building: the levels, each fine class's coarser classes (levels - 1
  // each), then the words.
  void set_levels(std::vector<std::uint32_t> levels, std::vector<std::uint32_t> parents);
  const std::vector<std::uint32_t>& parents() const { return parents_; }
  void add(std::uint32_t key, std::uint32_t fine);  // a later key replaces none
  void finish();
  // (key, fine class), sorted by key, after finish().
  const std::vector<std::pair<std::uint32_t, std::uint32_t>>& entries() const { return entries_; }

 private:
  std::vector<std::uint32_t> levels_;
  std::vector<std::uint32_t> parents_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> entries_;
  std::vector<std::uint32_t> slot_keys_;  // 0: empty
  std::vector<std::uint32_t> slot_classes_;
  std::uint32_t mask_ = 0;
};

// Reads the table `presslens word-classes` writes: a "# word classes: K1
// K2..." line, then "word<TAB>class<TAB>class..." lines, finest level first.
Result<WordClasses> parse_word_classes(std::string_view table);

}  // namespace presslens::nlp
