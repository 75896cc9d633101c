// First version: a headline-like first block is the title; everything else is
// kept as a paragraph. The real cleaner replaces this.
#include "clean/clean.hpp"

#include <algorithm>

namespace presslens::clean {
namespace {

bool looks_like_headline(const std::string& line) {
  if (line.size() > 200 || line.find(' ') == std::string::npos) return false;
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != ':' && last != ',';
}

}  // namespace

void clean_documents(std::span<Document> documents) {
  for (auto& document : documents) {
    if (document.error || document.blocks.empty()) continue;
    auto& first = document.blocks.front();
    if (document.title) {
      if (first.text == *document.title) first.kind = BlockKind::title;
    } else if (document.blocks.size() > 1 && looks_like_headline(first.text)) {
      first.kind = BlockKind::title;
      document.title = first.text;
    }
  }
}

}  // namespace presslens::clean
