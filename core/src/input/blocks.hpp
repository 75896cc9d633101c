// Normalised text to blocks: one block per non-empty line, with its offsets.
#pragma once

#include <string_view>
#include <vector>

#include "presslens/document.hpp"

namespace presslens::input {

std::vector<Block> split_blocks(std::string_view normalized_text);

}  // namespace presslens::input
