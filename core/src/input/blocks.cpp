#include "input/blocks.hpp"

namespace presslens::input {

std::vector<Block> split_blocks(std::string_view text) {
  // One block per line: counted first, so that the vector holds no room to
  // spare (a block is 136 bytes; short lines would otherwise cost up
  // to twice that while the vector grows).
  std::size_t lines = 0;
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) ++lines;
    start = end + 1;
  }
  std::vector<Block> blocks;
  blocks.reserve(lines);
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
