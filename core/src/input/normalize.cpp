#include "input/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/utf8.hpp"

namespace presslens::input {
namespace {

enum class CharClass { keep, space, newline, drop };

CharClass classify(UChar32 c) {
  if (c == '\n') return CharClass::newline;
  if (c == ' ' || c == '\t') return CharClass::space;
  if (c < 0x80) return (c < 0x20 || c == 0x7F) ? CharClass::drop : CharClass::keep;
  switch (c) {
    case 0x0085:  // NEXT LINE
    case 0x2028:  // LINE SEPARATOR
    case 0x2029:  // PARAGRAPH SEPARATOR
      return CharClass::newline;
    case 0x00AD:  // SOFT HYPHEN
    case 0x200B:  // ZERO WIDTH SPACE
    case 0x2060:  // WORD JOINER
    case 0xFEFF:  // BOM inside the text
      return CharClass::drop;
    default:
      break;
  }
  if (u_charType(c) == U_SPACE_SEPARATOR) return CharClass::space;
  if (u_charType(c) == U_CONTROL_CHAR) return CharClass::drop;
  return CharClass::keep;
}

std::string normalize_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  bool pending_space = false;
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c == '\r') {  // CR and CRLF end a line like LF
      if (i < length && s[i] == '\n') ++i;
      c = '\n';
    }
    switch (classify(c)) {
      case CharClass::drop:
        break;
      case CharClass::space:
        pending_space = !out.empty() && out.back() != '\n';
        break;
      case CharClass::newline:
        pending_space = false;
        out.push_back('\n');
        break;
      case CharClass::keep:
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.append(
            text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        break;
    }
  }
  return out;
}

}  // namespace

Result<std::string> normalize_text(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure, std::string("NFC unavailable: ") + u_errorName(status)};
  }
  std::string composed;
  icu::StringByteSink<std::string> sink(&composed, static_cast<int32_t>(utf8.size()));
  nfc->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
                     nullptr, status);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure,
                 std::string("NFC normalisation failed: ") + u_errorName(status)};
  }
  return normalize_whitespace(composed);
}

}  // namespace presslens::input
