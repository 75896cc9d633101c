// Article cleaning: decides, for every block of every document of a batch,
// whether it is kept (and as what) or removed (and why).
#pragma once

#include <span>

#include "clean/evidence.hpp"
#include "presslens/document.hpp"

namespace presslens::clean {

// Expects each document's blocks as split from its input (all kept
// paragraphs). Sets block kinds, kept flags, reasons and duplicate links, and
// the document's title, dateline and credit (a title already known from the
// input record is kept). Sees the whole batch: a line that recurs across
// files is evidence of furniture.
void clean_documents(std::span<Document> documents);

// The evidence on every block of every plain-text document of a batch
// (features, furniture phrases, recurrence across the batch): what
// clean_documents decides from (the trainer reads it too).
std::vector<DocumentEvidence> gather_batch(std::span<const Document> documents);

// Joins the kept body blocks (paragraphs and headings) into Document::text,
// paragraphs separated by a blank line, and records each block's place there.
// The body's blocks give their text to it (block_text() reads it there); a
// block that leaves the body takes its text back. Returns whether the text
// changed.
bool assemble_text(Document& document);

}  // namespace presslens::clean
