#include "input/charset.hpp"

#include <array>

namespace presslens::input {
namespace {

struct Label {
  std::string_view label;
  std::string_view name;
};

// Labels after lower-casing and dropping an "x-" prefix.
constexpr std::array kLabels{
    Label{"utf-8", "UTF-8"},
    Label{"utf8", "UTF-8"},
    Label{"unicode-1-1-utf-8", "UTF-8"},
    Label{"unicode11utf8", "UTF-8"},
    Label{"unicode20utf8", "UTF-8"},
    Label{"utf-16", "UTF-8"},
    Label{"utf-16le", "UTF-8"},
    Label{"utf-16be", "UTF-8"},
    Label{"unicode", "UTF-8"},
    Label{"ucs-2", "UTF-8"},
    Label{"unicodefeff", "UTF-8"},
    Label{"ansi_x3.4-1968", "windows-1252"},
    Label{"ascii", "windows-1252"},
    Label{"us-ascii", "windows-1252"},
    Label{"cp819", "windows-1252"},
    Label{"csisolatin1", "windows-1252"},
    Label{"ibm819", "windows-1252"},
    Label{"iso-8859-1", "windows-1252"},
    Label{"iso-ir-100", "windows-1252"},
    Label{"iso8859-1", "windows-1252"},
    Label{"iso88591", "windows-1252"},
    Label{"iso_8859-1", "windows-1252"},
    Label{"iso_8859-1:1987", "windows-1252"},
    Label{"l1", "windows-1252"},
    Label{"latin1", "windows-1252"},
    Label{"iso-8859-2", "ISO-8859-2"},
    Label{"iso8859-2", "ISO-8859-2"},
    Label{"iso88592", "ISO-8859-2"},
    Label{"iso_8859-2", "ISO-8859-2"},
    Label{"iso-ir-101", "ISO-8859-2"},
    Label{"csisolatin2", "ISO-8859-2"},
    Label{"l2", "ISO-8859-2"},
    Label{"latin2", "ISO-8859-2"},
    Label{"iso-8859-5", "ISO-8859-5"},
    Label{"iso8859-5", "ISO-8859-5"},
    Label{"iso88595", "ISO-8859-5"},
    Label{"iso_8859-5", "ISO-8859-5"},
    Label{"cyrillic", "ISO-8859-5"},
    Label{"csisolatincyrillic", "ISO-8859-5"},
    Label{"iso-8859-6", "ISO-8859-6"},
    Label{"iso8859-6", "ISO-8859-6"},
    Label{"iso88596", "ISO-8859-6"},
    Label{"iso_8859-6", "ISO-8859-6"},
    Label{"arabic", "ISO-8859-6"},
    Label{"iso-8859-7", "ISO-8859-7"},
    Label{"iso8859-7", "ISO-8859-7"},
    Label{"iso88597", "ISO-8859-7"},
    Label{"iso_8859-7", "ISO-8859-7"},
    Label{"greek", "ISO-8859-7"},
    Label{"greek8", "ISO-8859-7"},
    Label{"iso-8859-8", "ISO-8859-8"},
    Label{"iso-8859-8-i", "ISO-8859-8"},
    Label{"iso8859-8", "ISO-8859-8"},
    Label{"iso88598", "ISO-8859-8"},
    Label{"iso_8859-8", "ISO-8859-8"},
    Label{"hebrew", "ISO-8859-8"},
    Label{"visual", "ISO-8859-8"},
    Label{"iso-8859-9", "windows-1254"},
    Label{"iso8859-9", "windows-1254"},
    Label{"iso88599", "windows-1254"},
    Label{"iso_8859-9", "windows-1254"},
    Label{"latin5", "windows-1254"},
    Label{"l5", "windows-1254"},
    Label{"koi8-r", "KOI8-R"},
    Label{"koi8_r", "KOI8-R"},
    Label{"koi8", "KOI8-R"},
    Label{"koi", "KOI8-R"},
    Label{"cskoi8r", "KOI8-R"},
};

}  // namespace

std::string charset_from_label(std::string_view label) {
  while (!label.empty() && (label.front() == ' ' || label.front() == '"' || label.front() == '\''))
    label.remove_prefix(1);
  while (!label.empty() && (label.back() == ' ' || label.back() == '"' || label.back() == '\'' ||
                            label.back() == ';'))
    label.remove_suffix(1);
  std::string key;
  for (const char c : label) {
    key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  if (key.starts_with("x-")) key.erase(0, 2);
  // windows-1250 .. windows-1256 and their cp125x aliases.
  for (const std::string_view prefix : {"windows-125", "cp125"}) {
    if (key.size() == prefix.size() + 1 && key.starts_with(prefix) && key.back() >= '0' &&
        key.back() <= '6') {
      return std::string("windows-125") + key.back();
    }
  }
  for (const auto& entry : kLabels) {
    if (entry.label == key) return std::string(entry.name);
  }
  return {};
}

}  // namespace presslens::input
