// PDF text: what the page and the node CLI extract from a PDF with pdf.js
// (web/pdf-text.js): a first line "%PDF-TEXT presslens 1 pages=N", then each
// page's paragraphs in reading order, pages separated by form feeds. Here the
// furniture goes: running headers and footers (a line at the top or bottom
// of most pages, its digits aside) and page numbers, each removal named in a
// warning. A PDF with no text on any page (a scan) is an error of its own; a
// database export printed to PDF gives its articles (news_exports.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input {

// True when `bytes` are PDF text (not a PDF file itself).
bool is_pdf_text(std::string_view bytes);

Result<std::vector<Record>> read_pdf_text(const std::string& file_name, std::string_view bytes);

}  // namespace presslens::input
