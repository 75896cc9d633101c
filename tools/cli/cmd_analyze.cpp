#include "cli.hpp"
#include "presslens/analyze.hpp"

namespace presslens::cli {

int analyze_command(const std::vector<std::string>& args) {
  JsonStyle style;
  std::vector<std::string> paths;
  for (const auto& arg : args) {
    if (arg == "--pretty") {
      style.pretty = true;
    } else if (arg.starts_with("--")) {
      return usage_error("analyze: unknown option " + arg);
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) return usage_error("analyze: no FILE given");
  const auto files = read_files(paths);
  const Batch batch = analyze(files);
  write_out(to_json(batch, style));
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
