#include "clean/clean.hpp"

namespace presslens::clean {

void assemble_text(Document& document) {
  document.text.clear();
  for (auto& block : document.blocks) {
    block.in_text.reset();
    const bool body =
        block.kept && (block.kind == BlockKind::paragraph || block.kind == BlockKind::heading);
    if (!body) continue;
    if (!document.text.empty()) document.text += "\n\n";
    const std::size_t start = document.text.size();
    document.text += block.text;
    block.in_text = Span{start, document.text.size()};
  }
}

}  // namespace presslens::clean
