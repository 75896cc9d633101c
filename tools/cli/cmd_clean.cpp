#include "cli.hpp"
#include "presslens/analyze.hpp"

namespace presslens::cli {

int clean_command(const std::vector<std::string>& args) {
  bool json = false;
  ArgumentReader in("clean", args);
  while (const auto option = in.next_option()) {
    if (*option == "--json") {
      json = true;
    } else {
      return in.unknown();
    }
  }
  const auto& paths = in.operands();
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
  report_document_errors(batch);
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
