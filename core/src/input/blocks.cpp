#include "input/blocks.hpp"

#include <limits>
#include <stdexcept>

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

std::uint32_t source_place(std::size_t at) {
  if (at > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("a source of 4 GB or more");
  return static_cast<std::uint32_t>(at);
}

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
    block.source_start = source_place(start);
    block.source_end = source_place(end);
    blocks.push_back(std::move(block));
  });
  if (joined_lines) *joined_lines = joined;
  return blocks;
}

}  // namespace presslens::input
