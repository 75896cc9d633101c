// The words of a text in a form that ignores case and accents: ICU's
// `Any-Latin; Latin-ASCII` transliteration (Zürich -> zurich, Москва ->
// moskva), then NFKC case folding; ASCII words take a fast path.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::search {

struct FoldedWord {
  std::uint32_t start = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  std::uint64_t key = 0;  // hash of the folded form
};

class Folder {
 public:
  // Words are runs of letters, digits and combining marks.
  std::vector<FoldedWord> words(std::string_view text);
  std::string fold(std::string_view word);

 private:
  std::string fold_unicode(std::string_view word);
  std::map<std::string, std::string, std::less<>> cache_;  // non-ASCII words seen
};

std::uint64_t key_of(std::string_view folded);

}  // namespace presslens::search
