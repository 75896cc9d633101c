// Finds many short cues in a text in one pass. A cue that starts with a
// letter or digit is tried only where a word starts; others (brackets,
// slashes) anywhere. Texts and cues are case-folded UTF-8.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace presslens::clean {

class CueMatcher {
 public:
  // A whole-word cue matches only where the text's word ends with it
  // ("donate" but not "donated").
  void add(std::string_view cue, int id, bool whole_word = false) {
    Entry entry{cue, id, whole_word, 0, 0};
    // Same byte order as the text's head in try_bucket, whatever the machine's.
    const std::size_t n = cue.size() < 4 ? cue.size() : 4;
    const unsigned char ones[4] = {0xFF, 0xFF, 0xFF, 0xFF};
    std::memcpy(&entry.head, cue.data(), n);
    std::memcpy(&entry.mask, ones, n);
    buckets_[static_cast<unsigned char>(cue.front())].push_back(entry);
  }

  // Calls found(id) for each cue occurrence, in text order.
  template <typename Found>
  void scan(std::string_view text, Found found) const {
    bool word_start = true;
    for (std::size_t at = 0; at < text.size(); ++at) {
      const auto byte = static_cast<unsigned char>(text[at]);
      const bool word_byte = is_word_byte(byte);
      if (word_start || !word_byte) {
        const auto& bucket = buckets_[byte];
        if (!bucket.empty()) try_bucket(bucket, text, at, found);
      }
      word_start = !word_byte;
    }
  }

 private:
  struct Entry {
    std::string_view cue;
    int id;
    bool whole_word;
    std::uint32_t head;  // the cue's first four bytes, and which of them count
    std::uint32_t mask;
  };

  static bool is_word_byte(unsigned char byte) {
    return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z');
  }

  // The first four bytes decide most candidates without a call to memcmp.
  template <typename Found>
  static void try_bucket(const std::vector<Entry>& bucket, std::string_view text, std::size_t at,
                         Found& found) {
    std::uint32_t head = 0;
    const std::size_t available = text.size() - at;
    std::memcpy(&head, text.data() + at, available < 4 ? available : 4);
    for (const auto& entry : bucket) {
      if (entry.cue.size() > available || (head & entry.mask) != entry.head) continue;
      if (entry.cue.size() > 4 &&
          std::memcmp(text.data() + at + 4, entry.cue.data() + 4, entry.cue.size() - 4) != 0) {
        continue;
      }
      const std::size_t end = at + entry.cue.size();
      if (entry.whole_word && end < text.size() &&
          is_word_byte(static_cast<unsigned char>(text[end]))) {
        continue;
      }
      found(entry.id);
    }
  }

  std::array<std::vector<Entry>, 256> buckets_;
};

}  // namespace presslens::clean
