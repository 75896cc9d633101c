// Writes a fitted model as the table of named weights the core includes
// (core/src/*/..._weights.inc).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::train {

// Features whose weight rounds to 0 are left out. Returns false if the file
// cannot be written.
bool write_weights(const std::string& path, std::string_view command,
                   std::span<const std::string_view> names,
                   const std::vector<std::int32_t>& weights);

}  // namespace presslens::train
