#include "cli.hpp"
#include "presslens/analyze.hpp"
#include "presslens/graph.hpp"

namespace presslens::cli {

// presslens graph [--format json|graphml|gexf] FILE...
int graph_command(const std::vector<std::string>& args) {
  GraphFormat format = GraphFormat::json;
  std::vector<std::string> paths;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (options_done) {
      paths.push_back(arg);
    } else if (arg == "--") {
      options_done = true;
    } else if (arg == "--format" || arg.starts_with("--format=")) {
      std::string name = arg == "--format" ? (i + 1 < args.size() ? args[++i] : "") : arg.substr(9);
      const auto chosen = graph_format(name);
      if (!chosen) return usage_error("graph: --format must be json, graphml or gexf");
      format = *chosen;
    } else if (arg.starts_with("--")) {
      return usage_error("graph: unknown option " + printable(arg));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) return usage_error("graph: no FILE given");
  const Batch batch = analyze(read_files(paths));
  write_out(export_graph(batch, format));
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
