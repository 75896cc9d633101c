#include "clean/clean.hpp"
#include "text/offsets.hpp"

namespace presslens::clean {

namespace {

bool in_body(const Block& block) {
  return block.kept && (block.kind == BlockKind::paragraph || block.kind == BlockKind::heading);
}

}  // namespace

bool assemble_text(Document& document) {
  // The text is held as long as the document: made at its size, not grown
  // to up to twice that. The blocks' texts are read where they are now (in
  // the text being replaced, or their own) before it goes.
  std::size_t size = 0;
  for (const auto& block : document.blocks) {
    if (in_body(block)) size += (size > 0 ? 2 : 0) + block_text(document, block).size();
  }
  std::string text;
  text.reserve(size);
  for (auto& block : document.blocks) {
    const std::string_view own = block_text(document, block);
    if (!in_body(block)) {
      if (block.in_text) block.text = std::string(own);
      block.in_text.reset();
      continue;
    }
    if (!text.empty()) text += "\n\n";
    const std::size_t start = text.size();
    text += own;
    block.in_text = text::make_span(start, text.size());
    std::string().swap(block.text);
  }
  const bool changed = text != document.text;
  document.text = std::move(text);
  return changed;
}

}  // namespace presslens::clean

namespace presslens {

std::string_view block_text(const Document& document, const Block& block) {
  if (!block.in_text || block.in_text->end > document.text.size() ||
      block.in_text->start > block.in_text->end)
    return block.text;
  return std::string_view(document.text)
      .substr(block.in_text->start, block.in_text->end - block.in_text->start);
}

}  // namespace presslens
