// RTF files (Word's, and the RTF exports of LexisNexis and Factiva) as plain
// text: paragraphs and table cells as lines, \uN and \'hh characters decoded
// (the latter in the document's \ansicpg code page), and the destinations
// that are no text skipped: font, colour and style tables, document info,
// pictures, headers, footers, footnotes, field instructions, objects.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace presslens::input {

// True when `content` starts like an RTF file ("{\rtf").
bool is_rtf(std::string_view content);

struct RtfText {
  std::string text;  // UTF-8, one line per paragraph
  std::vector<std::string> warnings;
};

RtfText rtf_to_text(std::string_view rtf);

}  // namespace presslens::input
