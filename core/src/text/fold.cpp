#include "text/fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

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

}  // namespace

std::string latin_ascii(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
  if (const auto* t = to_latin_ascii()) t->transliterate(unicode);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

std::string ascii_fold(std::string_view text) {
  const std::string latin = latin_ascii(text);
  std::string out;
  out.reserve(latin.size());
  for (const char c : latin) {
    if (static_cast<unsigned char>(c) < 0x80) out.push_back(ascii_lower(c));
  }
  return out;
}

}  // namespace presslens::text
