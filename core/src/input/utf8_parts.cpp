#include "input/utf8_parts.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "text/utf8.hpp"

namespace presslens::input {
namespace {

// Stray bytes in the whole file from which on they are a fragment in another
// encoding rather than damage: one or two odd bytes are more likely a
// transmission error than a pasted paragraph.
constexpr std::size_t kMinFragmentBytes = 3;
// UTF-8 evidence needed to read a file with stray bytes by parts: one valid
// multi-byte sequence for every this many stray bytes. A legacy file has
// many stray bytes and at most a few accidental UTF-8 pairs.
constexpr std::size_t kStrayPerMultibyte = 4;
// Line numbers named in the warning (then "and N more").
constexpr std::size_t kLinesNamed = 5;
// Bytes of the fragments given to the charset detector.
constexpr std::size_t kDetectionSample = 64 * 1024;

enum class Piece { ascii, valid, stray, broken };

// What starts at `i`, and its length.
std::pair<Piece, std::size_t> piece_at(std::string_view bytes, std::size_t i) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  if (s[i] < 0x80) return {Piece::ascii, 1};
  auto next = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_NEXT(s, next, static_cast<std::int32_t>(bytes.size()), c);
  if (c >= 0) return {Piece::valid, static_cast<std::size_t>(next) - i};
  // A lead byte followed by continuation bytes is a broken UTF-8 sequence;
  // a continuation byte alone, or a lead byte before something else, is a
  // byte of another encoding.
  std::size_t continuation = 0;
  if (s[i] >= 0xC0) {
    while (continuation < 3 && i + 1 + continuation < bytes.size() &&
           (s[i + 1 + continuation] & 0xC0) == 0x80)
      ++continuation;
  }
  if (continuation == 0) return {Piece::stray, 1};
  return {Piece::broken, 1 + continuation};
}

// The UTF-8 for bytes 0x80-0xFF in a single-byte legacy encoding.
std::array<std::string, 128> byte_table(const std::string& encoding) {
  std::array<std::string, 128> table;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.c_str(), &status),
                                                               &ucnv_close);
  for (std::size_t b = 0; b < 128; ++b) {
    const char byte = static_cast<char>(0x80 + b);
    UChar units[4];
    status = U_ZERO_ERROR;
    const std::int32_t n = U_SUCCESS(status) && converter
                               ? ucnv_toUChars(converter.get(), units, 4, &byte, 1, &status)
                               : 0;
    UChar32 c = 0xFFFD;
    if (U_SUCCESS(status) && n >= 1) U16_GET(units, 0, 0, n, c);
    text::append_utf8(table[b], static_cast<char32_t>(c));
  }
  return table;
}

struct Line {
  std::size_t start, end;
  std::size_t stray = 0, broken = 0;
};

std::string line_list(const std::vector<std::size_t>& numbers) {
  std::string out;
  std::size_t named = 0, i = 0;
  while (i < numbers.size() && named < kLinesNamed) {
    std::size_t j = i;
    while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1) ++j;
    out += (named ? ", " : "") + std::to_string(numbers[i]);
    if (j > i) out += "-" + std::to_string(numbers[j]);
    ++named;
    i = j + 1;
  }
  if (i < numbers.size()) out += " and " + std::to_string(numbers.size() - i) + " more";
  return out;
}

}  // namespace

Utf8Evidence utf8_evidence(std::string_view bytes) {
  Utf8Evidence e;
  for (std::size_t i = 0; i < bytes.size();) {
    const auto [piece, length] = piece_at(bytes, i);
    if (piece == Piece::valid && length > 1) ++e.multibyte;
    if (piece == Piece::stray) ++e.stray;
    if (piece == Piece::broken) ++e.broken;
    i += length;
  }
  return e;
}

bool mostly_utf8(const Utf8Evidence& e) {
  return e.stray == 0 || e.multibyte * kStrayPerMultibyte >= e.stray;
}

Decoded decode_utf8_by_parts(std::string_view bytes, const Utf8Evidence& evidence) {
  // The lines with a byte that is not UTF-8 (the others are copied as they are).
  std::vector<Line> lines;
  std::size_t line_number = 0;
  std::vector<std::size_t> numbers;
  for (std::size_t start = 0; start <= bytes.size();) {
    ++line_number;
    auto end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    Line line{start, end};
    for (std::size_t i = start; i < end;) {
      const auto [piece, length] = piece_at(bytes.substr(0, end), i);
      line.stray += piece == Piece::stray;
      line.broken += piece == Piece::broken;
      i += length;
    }
    if (line.stray + line.broken > 0) {
      lines.push_back(line);
      numbers.push_back(line_number);
    }
    start = end + 1;
  }
  // Lines of another encoding: stray bytes and nothing broken, in a file
  // with enough of them to be a fragment.
  const bool fragments = evidence.stray >= kMinFragmentBytes;
  const auto is_legacy = [&](const Line& l) { return fragments && l.stray > 0 && l.broken == 0; };
  std::string sample;
  for (const auto& l : lines) {
    if (is_legacy(l) && sample.size() < kDetectionSample)
      sample.append(bytes.substr(l.start, l.end - l.start)).push_back('\n');
  }
  std::string encoding = "windows-1252";
  if (!sample.empty()) {
    if (auto detected = legacy_encoding(sample); detected && !detected.value().empty())
      encoding = detected.value();
  }
  const auto table = sample.empty() ? std::array<std::string, 128>{} : byte_table(encoding);

  Decoded out{{}, "UTF-8", {}};
  out.text.reserve(bytes.size() + bytes.size() / 8);
  std::size_t replaced = 0, copied = 0;
  std::vector<std::size_t> legacy_lines;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const Line& l = lines[n];
    out.text.append(bytes.substr(copied, l.start - copied));
    const bool legacy = is_legacy(l);
    if (legacy) legacy_lines.push_back(numbers[n]);
    for (std::size_t i = l.start; i < l.end;) {
      const auto [piece, length] = piece_at(bytes.substr(0, l.end), i);
      if (piece == Piece::ascii || piece == Piece::valid) {
        out.text.append(bytes.substr(i, length));
      } else if (piece == Piece::stray && legacy) {
        out.text += table[static_cast<std::uint8_t>(bytes[i]) - 0x80];
      } else {
        text::append_utf8(out.text, 0xFFFD);
        ++replaced;
      }
      i += length;
    }
    copied = l.end;
  }
  out.text.append(bytes.substr(copied));
  if (!legacy_lines.empty()) {
    out.warnings.push_back(std::to_string(legacy_lines.size()) +
                           (legacy_lines.size() == 1 ? " line is" : " lines are") +
                           " not UTF-8 but " + encoding + ", read as such (line" +
                           (legacy_lines.size() == 1 ? " " : "s ") + line_list(legacy_lines) + ")");
  }
  if (replaced > 0) {
    out.warnings.push_back(
        std::to_string(replaced) +
        (replaced == 1 ? " invalid UTF-8 sequence" : " invalid UTF-8 sequences") +
        " replaced with U+FFFD");
  }
  return out;
}

}  // namespace presslens::input
