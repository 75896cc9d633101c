// Normalised text to blocks: one block per non-empty line, with its offsets.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::input {

// A file's lines past the first kMaxLineBlocks are taken together, in blocks
// of at least kJoinedBlockBytes (their lines kept, line breaks and all): a
// block and the cleaner's reading of it cost some 250 bytes, so a file of
// millions of short lines would cost 50 bytes and more a byte. News pages
// have far fewer lines: 1,638 at most in WCXB's 709 flattened pages, 457 in
// aeb-dev's 91.
inline constexpr std::size_t kMaxLineBlocks = 10000;
inline constexpr std::size_t kJoinedBlockBytes = 512;

// Why a source is refused: a Block holds its places in 4 bytes
// (text::offset32).
inline constexpr const char* kSourceTooLarge = "a source of 4 GB or more";

// `joined_lines`, when given, counts the lines taken together.
std::vector<Block> split_blocks(std::string_view normalized_text,
                                std::size_t* joined_lines = nullptr);

}  // namespace presslens::input
