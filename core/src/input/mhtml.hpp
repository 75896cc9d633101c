// Web pages saved as one file ("Save as: Webpage, single file", .mhtml/.mht):
// a MIME multipart/related message whose root part is the page's HTML,
// usually quoted-printable or base64, followed by its pictures and styles.
#pragma once

#include <string>
#include <string_view>

#include "presslens/error.hpp"

namespace presslens::input {

struct MhtmlPage {
  std::string html;     // the root HTML part's bytes, transfer encoding undone
  std::string charset;  // its Content-Type's charset label, if any
  std::string url;      // its Content-Location, else the snapshot's
};

// True when the bytes start with MIME headers declaring multipart/related.
bool looks_like_mhtml(std::string_view bytes);

Result<MhtmlPage> read_mhtml(std::string_view bytes);

}  // namespace presslens::input
