#include "weights_file.hpp"

#include <fstream>

namespace presslens::train {

bool write_weights(const std::string& path, std::string_view command,
                   std::span<const std::string_view> names,
                   const std::vector<std::int32_t>& weights) {
  std::ofstream out(path);
  if (!out) return false;
  out << "// Written by `train_models " << command
      << "` (tools/train/); do not edit by hand.\n"
         "// Log-odds times 256, by feature name (see learn/linear.hpp).\n";
  for (std::size_t f = 0; f < names.size() && f < weights.size(); ++f) {
    if (weights[f] == 0) continue;
    out << "{\"" << names[f] << "\", " << weights[f] << "},\n";
  }
  return static_cast<bool>(out);
}

}  // namespace presslens::train
