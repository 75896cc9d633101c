// Unicode and whitespace normalisation of decoded text.
#pragma once

#include <string>
#include <string_view>

#include "presslens/error.hpp"

namespace presslens::input {

// NFC; line breaks unified to "\n"; spaces of every kind (U+00A0, tabs, ...)
// made plain spaces, runs collapsed and lines trimmed; invisible characters
// (soft hyphens, zero-width spaces, stray BOMs, control characters) removed.
Result<std::string> normalize_text(std::string_view utf8);

}  // namespace presslens::input
