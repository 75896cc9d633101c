#include "input/blocks.hpp"

namespace presslens::input {

std::vector<Block> split_blocks(std::string_view text) {
  std::vector<Block> blocks;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {  // normalised lines are trimmed: non-empty means content
      Block block;
      block.text = std::string(text.substr(start, end - start));
      block.source_start = start;
      block.source_end = end;
      blocks.push_back(std::move(block));
    }
    start = end + 1;
  }
  return blocks;
}

}  // namespace presslens::input
