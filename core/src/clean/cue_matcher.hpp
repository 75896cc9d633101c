// Finds many short cues in a text in one pass. A cue that starts with a
// letter or digit is tried only where a word starts; others (brackets,
// slashes) anywhere. Texts and cues are case-folded UTF-8.
#pragma once

#include <array>
#include <string_view>
#include <vector>

namespace presslens::clean {

class CueMatcher {
 public:
  // A whole-word cue matches only where the text's word ends with it
  // ("donate" but not "donated").
  void add(std::string_view cue, int id, bool whole_word = false) {
    buckets_[static_cast<unsigned char>(cue.front())].push_back({cue, id, whole_word});
  }

  // Calls found(id) for each cue occurrence, in text order.
  template <typename Found>
  void scan(std::string_view text, Found found) const {
    bool word_start = true;
    for (std::size_t at = 0; at < text.size(); ++at) {
      const auto byte = static_cast<unsigned char>(text[at]);
      const bool word_byte =
          byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z');
      if (word_start || !word_byte) {
        for (const auto& [cue, id, whole_word] : buckets_[byte]) {
          // The second byte first: most candidates fail there, without a call.
          if (at + cue.size() <= text.size() && text[at + 1] == cue[1] &&
              text.compare(at, cue.size(), cue) == 0 &&
              (!whole_word || at + cue.size() == text.size() ||
               !word_byte_at(text, at + cue.size()))) {
            found(id);
          }
        }
      }
      word_start = !word_byte;
    }
  }

 private:
  struct Entry {
    std::string_view cue;
    int id;
    bool whole_word;
  };
  static bool word_byte_at(std::string_view text, std::size_t at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z');
  }
  std::array<std::vector<Entry>, 256> buckets_;
};

}  // namespace presslens::clean
