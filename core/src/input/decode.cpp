#include "input/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "input/charset.hpp"
#include "input/mojibake.hpp"
#include "input/utf8_parts.hpp"
#include "text/case.hpp"
#include "text/utf8.hpp"

namespace presslens::input {
namespace {

using namespace std::string_literals;

Error not_text(std::string what) {
  return {ErrorCode::binary_file, "not a text file: it looks like " + what};
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

Decoded from_utf8(std::string_view bytes, std::string encoding) {
  const auto scan = text::scan_utf8(bytes);
  Decoded out{std::string(bytes), std::move(encoding), {}};
  if (!scan.valid) {
    out.text = text::repair_utf8(bytes);
    out.warnings.push_back(
        plural(scan.invalid_sequences, "invalid UTF-8 sequence", "invalid UTF-8 sequences") +
        " replaced with U+FFFD");
  }
  if (const std::size_t twice = repair_double_encoding(out.text); twice > 0) {
    out.warnings.push_back(plural(twice, "character", "characters") +
                           " encoded twice (UTF-8 read as Windows-1252) repaired");
  }
  return out;
}

// UTF-16 code units to UTF-8; unpaired surrogates become U+FFFD.
Decoded from_utf16(std::string_view bytes, bool little_endian, std::string encoding) {
  std::u16string units(bytes.size() / 2, u'\0');
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto lo = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 1 : 0)]);
    units[i] = static_cast<char16_t>(lo | (hi << 8));
  }
  Decoded out{{}, std::move(encoding), {}};
  std::int32_t substitutions = 0;
  std::int32_t needed = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &needed, units.data(), static_cast<std::int32_t>(units.size()),
                     0xFFFD, &substitutions, &status);
  out.text.resize(static_cast<std::size_t>(needed));
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.text.data(), needed, &needed, units.data(),
                     static_cast<std::int32_t>(units.size()), 0xFFFD, &substitutions, &status);
  if (substitutions > 0) {
    out.warnings.push_back(plural(static_cast<std::size_t>(substitutions), "unpaired surrogate",
                                  "unpaired surrogates") +
                           " replaced with U+FFFD");
  }
  if (bytes.size() % 2 != 0) out.warnings.push_back("odd trailing byte of UTF-16 dropped");
  return out;
}

Decoded from_utf32(std::string_view bytes, bool little_endian, std::string encoding) {
  Decoded out{{}, std::move(encoding), {}};
  std::size_t invalid = 0;
  for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
    std::uint32_t c = 0;
    for (int k = 0; k < 4; ++k) {
      const auto b = static_cast<unsigned char>(bytes[i + (little_endian ? 3 - k : k)]);
      c = (c << 8) | b;
    }
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      c = 0xFFFD;
      ++invalid;
    }
    text::append_utf8(out.text, c);
  }
  if (invalid > 0) {
    out.warnings.push_back(
        plural(invalid, "invalid UTF-32 code point", "invalid UTF-32 code points") +
        " replaced with U+FFFD");
  }
  return out;
}

// UTF-16 without a BOM shows as NUL bytes in every other position.
std::optional<bool> utf16_without_bom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return std::nullopt;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 4 && even_nul * 20 < pairs) return true;  // little endian
  if (even_nul * 10 >= pairs * 4 && odd_nul * 20 < pairs) return false;
  return std::nullopt;
}

// Binary data: more than 1% NUL bytes, or more than 5% control bytes. A few
// NUL bytes in text are damage (removed, with a warning), not a binary file.
bool looks_binary(std::string_view bytes) {
  std::size_t controls = 0, nuls = 0;
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) ++nuls;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) {
      ++controls;
    }
  }
  return nuls * 100 > bytes.size() || controls * 20 > bytes.size();
}

// The legacy encodings Presslens converts; their tables are in the wasm
// build's ICU data too, so both builds read exactly the same set.
constexpr std::array<std::string_view, 14> kLegacyEncodings{
    "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
    "windows-1255", "windows-1256", "ISO-8859-2",   "ISO-8859-5",   "ISO-8859-6",
    "ISO-8859-7",   "ISO-8859-8",   "ISO-8859-9",   "KOI8-R"};

Result<Decoded> convert_legacy(std::string_view bytes, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure,
                 "cannot convert from " + encoding + " (" + u_errorName(status) + ")"};
  }
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::u16string units(bytes.size() * 2 + 1, u'\0');
  status = U_ZERO_ERROR;
  const std::int32_t written =
      ucnv_toUChars(converter.get(), units.data(), static_cast<std::int32_t>(units.size()),
                    bytes.data(), length, &status);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::undecodable,
                 "cannot convert from " + encoding + " (" + u_errorName(status) + ")"};
  }
  units.resize(static_cast<std::size_t>(written));
  std::string utf16le;
  utf16le.reserve(units.size() * 2);
  for (const char16_t u : units) {
    utf16le.push_back(static_cast<char>(u & 0xFF));
    utf16le.push_back(static_cast<char>(u >> 8));
  }
  return from_utf16(utf16le, true, encoding);
}

Result<Decoded> detect_legacy(std::string_view bytes) {
  auto name = legacy_encoding(bytes);
  if (!name) return name.error();
  if (!name.value().empty()) return convert_legacy(bytes, name.value());
  auto fallback = convert_legacy(bytes, "windows-1252");
  if (fallback)
    fallback.value().warnings.push_back(
        "the encoding could not be identified; read as windows-1252");
  return fallback;
}

}  // namespace

Result<std::string> legacy_encoding(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure,
                 "charset detection unavailable ("s + u_errorName(status) + ")"};
  }
  ucsdet_setText(detector.get(), bytes.data(), static_cast<std::int32_t>(bytes.size()), &status);
  std::int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status)) found = 0;
  for (std::int32_t i = 0; i < found; ++i) {
    std::string name = ucsdet_getName(matches[i], &status);
    if (U_FAILURE(status)) break;
    // ISO-8859-1 text is read as windows-1252, its superset (as browsers do).
    if (name == "ISO-8859-1") name = "windows-1252";
    if (name == "ISO-8859-8-I") name = "ISO-8859-8";
    if (std::find(kLegacyEncodings.begin(), kLegacyEncodings.end(), name) !=
        kLegacyEncodings.end()) {
      return name;
    }
    if (i == 0 && (name.starts_with("UTF") || name.starts_with("ISO-8859"))) continue;
    if (i == 0) {
      return Error{ErrorCode::undecodable,
                   "the text looks like " + name +
                       ", an encoding Presslens does not read; save the file as UTF-8"};
    }
  }
  return std::string();
}

Decoded decode_charset(std::string_view bytes, std::string_view charset) {
  std::string name = text::ascii_lower(charset);
  if (name.empty() || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
    return from_utf8(bytes, "UTF-8");
  if (name.starts_with("cp125")) name = "windows-" + name.substr(2);
  if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "cp1252")
    name = "windows-1252";  // as browsers read it: its C1 range is windows-1252's
  std::string known;
  for (const auto encoding : kLegacyEncodings) {
    if (text::ascii_lower(encoding) == name) known = std::string(encoding);
  }
  std::vector<std::string> warnings;
  if (known.empty()) {
    warnings.push_back("the charset \"" + std::string(charset) +
                       "\" is not one Presslens reads; read as windows-1252");
    known = "windows-1252";
  }
  auto converted = convert_legacy(bytes, known);
  Decoded out = converted ? std::move(converted.value()) : from_utf8(bytes, "UTF-8");
  out.warnings.insert(out.warnings.begin(), warnings.begin(), warnings.end());
  return out;
}

Result<Decoded> decode(std::string_view bytes, const DecodeHints& hints) {
  if (bytes.empty()) return Error{ErrorCode::empty_file, "the file is empty"};

  if (bytes.starts_with("\xEF\xBB\xBF")) return from_utf8(bytes.substr(3), "UTF-8");
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) {
    return from_utf32(bytes.substr(4), true, "UTF-32LE");
  }
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return from_utf32(bytes.substr(4), false, "UTF-32BE");
  }
  if (bytes.starts_with("\xFF\xFE")) return from_utf16(bytes.substr(2), true, "UTF-16LE");
  if (bytes.starts_with("\xFE\xFF")) return from_utf16(bytes.substr(2), false, "UTF-16BE");

  if (const auto what = sniff_binary_format(bytes); !what.empty()) {
    if (bytes.starts_with("%PDF-")) {
      return Error{ErrorCode::binary_file,
                   "a PDF document: PDF files are read by the page and by the node CLI (node "
                   "build/wasm/cli.mjs analyze FILE.pdf), which extract their text with pdf.js; "
                   "this tool reads text, JSON, Word, RTF and e-mail files"};
    }
    return not_text(std::string(what));
  }
  if (const auto little = utf16_without_bom(bytes)) {
    return from_utf16(bytes, *little, *little ? "UTF-16LE" : "UTF-16BE");
  }
  if (looks_binary(bytes)) return not_text("binary data (control bytes, not text)");
  if (const auto nuls = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\0'))) {
    std::string text(bytes);
    std::erase(text, '\0');
    auto decoded = decode(text, hints);
    if (decoded) {
      decoded.value().warnings.insert(
          decoded.value().warnings.begin(),
          plural(nuls, "NUL byte", "NUL bytes") + " removed (the text was damaged)");
    }
    return decoded;
  }

  const auto scan = text::scan_utf8(bytes);
  if (!hints.declared.empty()) {
    const std::string declared = charset_from_label(hints.declared);
    if (declared == "UTF-8") {
      if (scan.valid) return from_utf8(bytes, "UTF-8");
      return decode_utf8_by_parts(bytes, utf8_evidence(bytes));
    }
    if (!declared.empty()) {
      if (!scan.valid || scan.multibyte_sequences == 0) return convert_legacy(bytes, declared);
      auto utf8 = from_utf8(bytes, "UTF-8");
      utf8.warnings.push_back("the page declares the encoding " + hints.declared +
                              " but is written in UTF-8; read as UTF-8");
      return utf8;
    }
    auto detected = decode(bytes);
    if (detected) {
      detected.value().warnings.push_back("the page declares the encoding \"" + hints.declared +
                                          "\", which Presslens does not read; read as " +
                                          detected.value().encoding);
    }
    return detected;
  }
  if (scan.valid) return from_utf8(bytes, "UTF-8");
  // Real UTF-8 with damage, or with a fragment in another encoding, is read
  // by parts (utf8_parts.hpp); text in a legacy encoding throughout is
  // converted whole.
  if (const auto evidence = utf8_evidence(bytes); mostly_utf8(evidence))
    return decode_utf8_by_parts(bytes, evidence);
  return detect_legacy(bytes);
}

}  // namespace presslens::input

namespace presslens {

Result<std::string> decode_text(std::string_view bytes, std::vector<std::string>* warnings) {
  auto decoded = input::decode(bytes);
  if (!decoded) return decoded.error();
  if (warnings) *warnings = std::move(decoded.value().warnings);
  return std::move(decoded.value().text);
}

}  // namespace presslens
