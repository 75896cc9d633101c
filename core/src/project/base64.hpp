// Base64 (RFC 4648, the standard alphabet, with padding), strictly: the
// project file stores each file's bytes this way, and a character out of
// place means the file was damaged, so decoding refuses it rather than
// skipping it (MIME's lenient decoding is the web-archive reader's own).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace presslens::project {

std::string encode_base64(std::string_view bytes);

// nullopt unless `text` is canonical base64: a multiple of four characters
// from the alphabet, '=' only as the last one or two.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace presslens::project
