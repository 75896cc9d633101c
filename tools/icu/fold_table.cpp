// fold_table: writes core/src/text/fold_table.inc, the code points ICU's
// `Any-Latin; Latin-ASCII` maps one by one, with what each becomes (A..Z
// lowered), so that text::ascii_fold can fold Latin names without building
// the transliterator (about 150 million instructions, once per process or
// worker).
//
//   c++ -std=c++20 tools/icu/fold_table.cpp -licui18n -licuuc -o fold_table
//   ./fold_table > core/src/text/fold_table.inc
//
// Built with the native (Debian) ICU, the version the wasm build compiles.
// A code point is listed only when it folds the same alone and beside
// letters, digits, spaces and itself: Latin-ASCII has rules that look at
// the neighbours ("1½" is "1 1/2"), and those stay with ICU. The unit test
// "the fold table is ICU's fold" checks every entry against ICU again,
// natively and in wasm.
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace {

std::string utf8(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

std::string lowered(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// A C++ string literal of UTF-8 bytes.
std::string literal(const std::string& s) {
  std::string out = "\"";
  bool after_escape = false;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (after_escape && std::isxdigit(c)) out += "\"\"";  // ends the hex escape
    after_escape = false;
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c >= 0x20 && c < 0x7F) {
      out += ch;
    } else {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += buffer;
      after_escape = true;
    }
  }
  return out + "\"";
}

}  // namespace

int main() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "fold_table: no transliterator: %s\n", u_errorName(status));
    return 1;
  }
  const auto fold = [&](const std::string& text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    t->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return lowered(out);
  };
  // Latin-1 letters, Latin Extended-A and -B, IPA and spacing modifiers,
  // Latin Extended Additional, and general punctuation (dashes, quotes).
  const std::vector<std::pair<UChar32, UChar32>> ranges{
      {0x00A0, 0x02FF}, {0x1E00, 0x1EFF}, {0x2010, 0x2027}};
  std::printf(
      "// Written by tools/icu/fold_table.cpp from ICU %s: each code point\n"
      "// `Any-Latin; Latin-ASCII` maps one by one, and what it becomes (A..Z lowered).\n",
      U_ICU_VERSION);
  int listed = 0;
  for (const auto& [first, last] : ranges) {
    for (UChar32 c = first; c <= last; ++c) {
      if (!u_isdefined(c) || u_getCombiningClass(c) != 0) continue;
      const std::string alone = fold(utf8(c));
      bool same = true;
      for (const char* around : {"a", "A", "1", " ", "x-"}) {
        const std::string a = around;
        same = same && fold(a + utf8(c)) == lowered(a) + alone &&
               fold(utf8(c) + a) == alone + lowered(a) &&
               fold(a + utf8(c) + a) == lowered(a) + alone + lowered(a);
      }
      same = same && fold(utf8(c) + utf8(c)) == alone + alone;
      if (!same) continue;
      std::printf("{0x%04X, %s},\n", static_cast<unsigned>(c), literal(alone).c_str());
      ++listed;
    }
  }
  std::fprintf(stderr, "fold_table: %d code points\n", listed);
  return 0;
}
