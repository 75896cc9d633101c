#include "text/fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <memory>

#include "text/case.hpp"

namespace presslens::text {
namespace {

// One per thread: ICU transliterators are not safe to share between threads.
const icu::Transliterator* to_latin_ascii() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  return instance.get();
}

constexpr FoldEntry kFoldTable[] = {
#include "text/fold_table.inc"
};

static_assert(std::is_sorted(std::begin(kFoldTable), std::end(kFoldTable),
                             [](const FoldEntry& a, const FoldEntry& b) {
                               return a.code_point < b.code_point;
                             }));

}  // namespace

std::span<const FoldEntry> fold_table() {
  return kFoldTable;
}

std::string latin_ascii(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
  if (const auto* t = to_latin_ascii()) t->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

std::optional<std::string> lower_latin_ascii_by_table(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      out.push_back(ascii_lower(static_cast<char>(bytes[i++])));
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return std::nullopt;
    const auto code_point = static_cast<char32_t>(c);
    const auto entry =
        std::lower_bound(std::begin(kFoldTable), std::end(kFoldTable), code_point,
                         [](const FoldEntry& e, char32_t wanted) { return e.code_point < wanted; });
    if (entry == std::end(kFoldTable) || entry->code_point != code_point) return std::nullopt;
    out += entry->folded;
  }
  return out;
}

std::string lower_latin_ascii(std::string_view text) {
  if (auto folded = lower_latin_ascii_by_table(text)) return std::move(*folded);
  return ascii_lower(latin_ascii(text));
}

std::string ascii_fold(std::string_view text) {
  const std::string latin = lower_latin_ascii(text);
  std::string out;
  out.reserve(latin.size());
  for (const char c : latin) {
    if (static_cast<unsigned char>(c) < 0x80) out.push_back(c);
  }
  return out;
}

}  // namespace presslens::text
