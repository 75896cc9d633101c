// Recognises common binary formats by their magic numbers, so that a user who
// drops a picture or an archive is told what it is.
#include <array>
#include <string_view>

#include "input/decode.hpp"
#include "input/mhtml.hpp"
#include "input/records.hpp"

namespace presslens::input {
namespace {

struct Magic {
  std::string_view prefix;
  std::string_view what;
};

using namespace std::string_view_literals;

constexpr std::array kMagics{
    Magic{"\x89PNG\r\n\x1a\n"sv, "a PNG image"},
    Magic{"\xFF\xD8\xFF"sv, "a JPEG image"},
    Magic{"GIF87a"sv, "a GIF image"},
    Magic{"GIF89a"sv, "a GIF image"},
    Magic{"%PDF-"sv, "a PDF document"},
    Magic{"PK\x03\x04"sv, "a ZIP archive (or an Office document)"},
    Magic{"\x1F\x8B"sv, "a gzip archive"},
    Magic{"\x7F"
          "ELF"sv,
          "an executable program"},
    Magic{"\0asm"sv, "a WebAssembly module"},
    Magic{"MZ"sv, "a Windows executable"},
    Magic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "an old Microsoft Office document"},
    Magic{"7z\xBC\xAF\x27\x1C"sv, "a 7-Zip archive"},
    Magic{"Rar!\x1A\x07"sv, "a RAR archive"},
    Magic{"BZh"sv, "a bzip2 archive"},
    Magic{"\xFD"
          "7zXZ\0"sv,
          "an xz archive"},
    Magic{"OggS"sv, "an Ogg audio file"},
    Magic{"ID3"sv, "an MP3 audio file"},
    Magic{"fLaC"sv, "a FLAC audio file"},
    Magic{"SQLite format 3\0"sv, "an SQLite database"},
    Magic{"wOFF"sv, "a web font"},
    Magic{"wOF2"sv, "a web font"},
};

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

void skip_space(std::string_view& s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r' || s.front() == '\f')) {
    s.remove_prefix(1);
  }
}

// Markup that only a web page starts with, after any XML declaration and comments.
bool starts_like_html(std::string_view s) {
  constexpr int kMostComments = 8;
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  skip_space(s);
  if (s.starts_with("<?xml")) {
    const auto end = s.find("?>");
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + 2);
    skip_space(s);
  }
  for (int i = 0; i < kMostComments && s.starts_with("<!--"); ++i) {
    if (starts_with_nocase(s, "<!-- saved from url=")) return true;
    const auto end = s.find("-->");
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + 3);
    skip_space(s);
  }
  for (const std::string_view opening : {"<!doctype html", "<html", "<head", "<body", "<meta",
                                         "<title", "<link", "<script", "<style"}) {
    if (!starts_with_nocase(s, opening) || s.size() == opening.size()) continue;
    const char after = s[opening.size()];
    if (after == '>' || after == ' ' || after == '\n' || after == '\r' || after == '\t' ||
        after == '/') {
      return true;
    }
  }
  return false;
}

}  // namespace

FileFormat sniff_format(std::string_view file_name, std::string_view bytes) {
  const FileFormat named = format_of(file_name);
  if (named != FileFormat::text) return named;
  if (starts_like_html(bytes)) return FileFormat::html;
  if (looks_like_mhtml(bytes)) return FileFormat::mhtml;
  return FileFormat::text;
}

std::string_view sniff_binary_format(std::string_view bytes) {
  for (const auto& magic : kMagics) {
    if (bytes.starts_with(magic.prefix)) return magic.what;
  }
  if (bytes.size() >= 12 && bytes.starts_with("RIFF")) {
    const auto kind = bytes.substr(8, 4);
    if (kind == "WEBP") return "a WebP image";
    if (kind == "WAVE") return "a WAV audio file";
    if (kind == "AVI ") return "an AVI video";
    return "a RIFF media file";
  }
  if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") return "an MP4 or HEIC media file";
  return {};
}

}  // namespace presslens::input
