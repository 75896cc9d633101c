// `presslens word-classes`: clusters word vectors into the word classes the
// tagger is trained with (docs/ner.md, models/README.md).
#include "cli.hpp"
#include "presslens/ner.hpp"

namespace presslens::cli {
namespace {

constexpr std::string_view kUsage =
    "word-classes --vectors FILE --out FILE [--words N] [--levels K1,K2...] [--iterations N] "
    "[--seed N]";

std::vector<std::size_t> parse_levels(const std::string& value) {
  std::vector<std::size_t> levels;
  std::size_t pos = 0;
  while (pos < value.size()) {
    auto comma = value.find(',', pos);
    if (comma == std::string::npos) comma = value.size();
    levels.push_back(std::stoul(value.substr(pos, comma - pos)));
    pos = comma + 1;
  }
  return levels;
}

}  // namespace

int word_classes_command(const std::vector<std::string>& args) {
  std::string vectors_path, out_path;
  WordClassOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (i + 1 >= args.size()) return usage_error("Usage: presslens " + std::string(kUsage));
    const std::string& value = args[++i];
    if (arg == "--vectors") {
      vectors_path = value;
    } else if (arg == "--out") {
      out_path = value;
    } else if (arg == "--words") {
      options.words = std::stoul(value);
    } else if (arg == "--levels") {
      options.levels = parse_levels(value);
    } else if (arg == "--iterations") {
      options.iterations = std::stoi(value);
    } else if (arg == "--seed") {
      options.seed = std::stoull(value);
    } else {
      return usage_error("word-classes: unknown option " + arg + "\nUsage: presslens " +
                         std::string(kUsage));
    }
  }
  if (vectors_path.empty() || out_path.empty()) {
    return usage_error("Usage: presslens " + std::string(kUsage));
  }
  std::string json;
  if (!read_whole_file(vectors_path, json, kMaxTrainingBytes)) return kSomeFileFailed;
  options.log = [](const std::string& line) { write_error(line + "\n"); };
  auto table = cluster_word_vectors(json, options);
  if (!table) {
    write_error("presslens: word-classes: " + table.error().message + "\n");
    return kSomeFileFailed;
  }
  if (!write_whole_file(out_path, table.value())) return kSomeFileFailed;
  write_error("wrote " + out_path + "\n");
  return kSuccess;
}

}  // namespace presslens::cli
