// Recognises common binary formats by their magic numbers, so that a user who
// drops a picture or an archive is told what it is.
#include <array>
#include <string_view>

#include "input/decode.hpp"

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

}  // namespace

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
