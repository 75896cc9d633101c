// E-mail (.eml) and mailbox (.mbox) files, as newsletters arrive: one
// document per message, its subject as title, its Date and sender, its HTML
// part (read by the HTML module, html/newsletter.hpp) or else its text/plain
// part (quoted-printable and base64 decoded, in the part's charset), and the
// newsletter's furniture removed: "view in your browser" lines and links,
// link targets, tracking images, and the unsubscribe footer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input {

// True when the file is named .eml/.mbox, or starts like a mailbox ("From ")
// or a message (header lines with From: and Subject: or Date:).
bool is_email(std::string_view file_name, std::string_view content);

Result<std::vector<Record>> read_email(const std::string& file_name, std::string_view content);

// RFC 2047's encoded words in header values ("=?UTF-8?Q?caf=C3=A9?="); the
// transfer encodings are input/transfer_encoding.hpp's.
std::string decode_header_words(std::string_view value);

}  // namespace presslens::input
