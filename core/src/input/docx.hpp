// Word documents (.docx): the text of word/document.xml, one line per
// paragraph (table cells too), headings kept as lines of their own, the
// first "Title" paragraph as the title; footnotes, endnotes, comments,
// deleted text, field codes and drawings skipped. A Nexis Uni export (a DOCX
// of many articles) gives one record per article (nexis_uni.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/records.hpp"

namespace presslens::input {

// True when `bytes` start like a ZIP archive (and so maybe a DOCX).
bool is_zip(std::string_view bytes);

// The paragraphs of a DOCX and its title (the first paragraph in the Title
// style), or an Error when it is no Word document Presslens can read.
struct DocxText {
  std::vector<std::string> paragraphs;  // UTF-8, headings included
  std::optional<std::string> title;
  std::vector<std::string> headings;  // the paragraphs in a heading style
  std::vector<std::string> warnings;
};
Result<DocxText> read_docx_text(std::string_view bytes);

// The paragraphs of word/document.xml alone (UTF-8), the style id "Title"
// as the Title style (for tests and the fuzz target).
DocxText docx_paragraphs(std::string_view document_xml);

// The records of a DOCX file: one, or one per article of a Nexis Uni export.
Result<std::vector<Record>> read_docx(const std::string& file_name, std::string_view bytes);

// The articles of a Nexis Uni export given as its paragraphs, or nullopt when
// the text is no such export.
std::optional<Result<std::vector<Record>>> read_nexis_uni(
    const std::string& file_name, const std::vector<std::string>& paragraphs, std::size_t bytes);

}  // namespace presslens::input
