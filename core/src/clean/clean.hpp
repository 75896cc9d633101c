// Article cleaning: decides, for every block of every document of a batch,
// whether it is kept (and as what) or removed (and why).
#pragma once

#include <span>

#include "presslens/document.hpp"

namespace presslens::clean {

// Expects each document's blocks as split from its input (all kept
// paragraphs). Sets block kinds, kept flags, reasons and duplicate links, and
// the document's title, dateline and credit (a title already known from the
// input record is kept). Sees the whole batch: a line that recurs across
// files is evidence of furniture.
void clean_documents(std::span<Document> documents);

// Joins the kept body blocks (paragraphs and headings) into Document::text,
// paragraphs separated by a blank line, and records each block's place there.
void assemble_text(Document& document);

}  // namespace presslens::clean
