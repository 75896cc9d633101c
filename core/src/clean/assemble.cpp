#include "clean/clean.hpp"

namespace presslens::clean {

namespace {

bool in_body(const Block& block) {
  return block.kept && (block.kind == BlockKind::paragraph || block.kind == BlockKind::heading);
}

}  // namespace

void assemble_text(Document& document) {
  // The text is held as long as the document: made at its size, not grown
  // to up to twice that.
  std::size_t size = 0;
  for (const auto& block : document.blocks) {
    if (in_body(block)) size += (size > 0 ? 2 : 0) + block.text.size();
  }
  std::string().swap(document.text);
  document.text.reserve(size);
  for (auto& block : document.blocks) {
    block.in_text.reset();
    if (!in_body(block)) continue;
    if (!document.text.empty()) document.text += "\n\n";
    const std::size_t start = document.text.size();
    document.text += block.text;
    block.in_text = Span{start, document.text.size()};
  }
}

}  // namespace presslens::clean
