#include "search/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "text/case.hpp"
#include "text/fold.hpp"
#include "text/hash.hpp"

namespace presslens::search {
namespace {

bool is_word_char(UChar32 c) {
  if (c < 0x80) return text::is_ascii_alnum(static_cast<char>(c));
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

}  // namespace

std::uint64_t key_of(std::string_view folded) {
  return text::seeded_fnv1a(folded);
}

std::string Folder::fold(std::string_view word) {
  if (text::is_ascii(word)) return text::ascii_lower(word);
  if (auto it = cache_.find(word); it != cache_.end()) return it->second;
  return cache_[std::string(word)] = fold_unicode(word);
}

std::uint64_t Folder::stem_key(std::string_view folded, std::uint64_t key) {
  auto [it, added] = stems_.try_emplace(key, 0);
  if (added) it->second = key_of(stemmer_.stem(folded));
  return it->second;
}

std::string Folder::fold_unicode(std::string_view word) {
  const std::string latin = text::lower_latin_ascii(word);
  auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(latin.data(), static_cast<std::int32_t>(latin.size())));
  UErrorCode status = U_ZERO_ERROR;
  if (const auto* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status); U_SUCCESS(status)) {
    text = nfkc->normalize(text, status);
  }
  // Combining marks left over (scripts Latin-ASCII does not cover) go too.
  icu::UnicodeString kept;
  for (std::int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    if (is_word_char(c) && (U_GET_GC_MASK(c) & U_GC_M_MASK) == 0) kept.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::vector<FoldedWord> Folder::words(std::string_view text) {
  std::vector<FoldedWord> out;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!is_word_char(c)) continue;
    std::int32_t end = i;
    while (end < length) {
      std::int32_t next = end;
      U8_NEXT(s, next, length, c);
      if (!is_word_char(c)) break;
      end = next;
    }
    i = end;
    const auto folded =
        fold(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    if (folded.empty()) continue;
    const auto key = key_of(folded);
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), key,
                   stem_key(folded, key)});
  }
  return out;
}

}  // namespace presslens::search
