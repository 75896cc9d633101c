#include "cli.hpp"
#include "presslens/analyze.hpp"

namespace presslens::cli {

int clean_command(const std::vector<std::string>& args) {
  bool json = false;
  std::vector<std::string> paths;
  bool options_done = false;
  for (const auto& arg : args) {
    if (options_done) {
      paths.push_back(arg);
    } else if (arg == "--") {
      options_done = true;
    } else if (arg == "--json") {
      json = true;
    } else if (arg.starts_with("--")) {
      return usage_error("clean: unknown option " + printable(arg));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) return usage_error("clean: no FILE given");
  const auto files = read_files(paths);
  const Batch batch = analyze(files);
  if (json) {
    write_out(to_clean_json(batch));
  } else {
    const bool several = batch.documents.size() > 1;
    bool first = true;
    for (const auto& document : batch.documents) {
      if (document.error) continue;
      std::string out = first ? "" : "\n";
      if (several) out += "==> " + printable(document.name) + " <==\n";
      out += document.text + "\n";
      write_out(out);
      first = false;
    }
  }
  for (const auto& document : batch.documents) {
    if (document.error)
      write_error("presslens: " + printable(document.name) + ": " + document.error->message + "\n");
  }
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
