#include "input/blocks.hpp"

#include "text/offsets.hpp"

namespace presslens::input {
namespace {

// Each block's range of `text` in turn: emit(start, end). Returns the
// number of lines taken together.
template <class Emit>
std::size_t each_block(std::string_view text, Emit&& emit) {
  std::size_t lines = 0, joined = 0;
  std::size_t open = std::string_view::npos;  // the start of lines not yet in a block
  std::size_t open_end = 0;                   // and the end of the last of them
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {  // normalised lines are trimmed: non-empty means content
      if (++lines <= kMaxLineBlocks) {
        emit(start, end);
      } else {
        ++joined;
        if (open == std::string_view::npos) open = start;
        open_end = end;
        if (end - open >= kJoinedBlockBytes) {
          emit(open, end);
          open = std::string_view::npos;
        }
      }
    }
    start = end + 1;
  }
  if (open != std::string_view::npos) emit(open, open_end);
  return joined;
}

}  // namespace

std::vector<Block> split_blocks(std::string_view text, std::size_t* joined_lines) {
  // Counted first, so that the vector holds no room to spare (a block is 136
  // bytes; short lines would otherwise cost up to twice that while the
  // vector grows).
  std::size_t count = 0;
  each_block(text, [&](std::size_t, std::size_t) { ++count; });
  std::vector<Block> blocks;
  blocks.reserve(count);
  const std::size_t joined = each_block(text, [&](std::size_t start, std::size_t end) {
    Block block;
    block.text = std::string(text.substr(start, end - start));
    block.source_start = text::offset32(start, kSourceTooLarge);
    block.source_end = text::offset32(end, kSourceTooLarge);
    blocks.push_back(std::move(block));
  });
  if (joined_lines) *joined_lines = joined;
  return blocks;
}

}  // namespace presslens::input
