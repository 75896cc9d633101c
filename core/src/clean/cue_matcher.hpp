// Finds many short cues in a text in one pass. A cue that starts with a
// letter or digit is tried only where a word starts; others (brackets,
// slashes) anywhere. Texts and cues are case-folded UTF-8.
#pragma once

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace presslens::clean {

class CueMatcher {
 public:
  void add(std::string_view cue, int id) {
    buckets_[static_cast<unsigned char>(cue.front())].emplace_back(cue, id);
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
        for (const auto& [cue, id] : buckets_[byte]) {
          // The second byte first: most candidates fail there, without a call.
          if (at + cue.size() <= text.size() && text[at + 1] == cue[1] &&
              text.compare(at, cue.size(), cue) == 0) {
            found(id);
          }
        }
      }
      word_start = !word_byte;
    }
  }

 private:
  std::array<std::vector<std::pair<std::string_view, int>>, 256> buckets_;
};

}  // namespace presslens::clean
