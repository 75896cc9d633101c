// What the cleaner measures on one block: counts of words, letters and
// punctuation, and a case-folded copy for phrase matching. Everything here is
// language-agnostic (ICU character properties, no locale).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace presslens::clean {

struct BlockFeatures {
  int words = 0;  // runs of letters/digits; scripts without spaces count 1 per 2 chars
  int letters = 0;
  int upper_letters = 0;
  int cased_words = 0;  // words that start with an upper- or lower-case letter
  int lower_words = 0;  // ... with a lower-case letter
  int digits = 0;
  int sentence_marks = 0;  // . ! ? and their CJK/Arabic/Devanagari forms, inside the block
  int commas = 0;
  bool ends_sentence = false;  // last significant character closes a sentence
  bool ends_colon = false;
  bool link_like = false;  // URL, e-mail, @handle or a "|"/"»" separated menu
  bool dateish = false;    // a short line holding a date or time: "Nov 18, 2019 12:01 PM"
  std::string folded;      // case-folded text, spaces collapsed
  std::uint64_t key = 0;   // hash of the folded letters and digits: identity for repeats (0: none)

  // Share of cased words that start lower-case (prose is mostly lower-case;
  // menus and headlines are Title Case). 1 for scripts without case.
  double lower_ratio() const { return cased_words ? double(lower_words) / cased_words : 1.0; }
  bool all_caps() const { return letters >= 4 && upper_letters * 10 >= letters * 9; }
};

BlockFeatures measure(std::string_view text);

}  // namespace presslens::clean
