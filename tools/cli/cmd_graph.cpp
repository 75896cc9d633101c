#include "cli.hpp"
#include "presslens/analyze.hpp"
#include "presslens/graph.hpp"

namespace presslens::cli {

// presslens graph [--format json|graphml|gexf] FILE...
int graph_command(const std::vector<std::string>& args) {
  GraphFormat format = GraphFormat::json;
  ArgumentReader in("graph", args);
  while (const auto option = in.next_option()) {
    if (*option == "--format" || option->starts_with("--format=")) {
      const std::string name = *option == "--format" ? in.value().value_or("") : option->substr(9);
      const auto chosen = graph_format(name);
      if (!chosen) return usage_error("graph: --format must be json, graphml or gexf");
      format = *chosen;
    } else {
      return in.unknown();
    }
  }
  const auto& paths = in.operands();
  if (paths.empty()) return usage_error("graph: no FILE given");
  const Batch batch = analyze(read_files(paths));
  write_out(export_graph(batch, format));
  return batch.all_ok() ? kSuccess : kSomeFileFailed;
}

}  // namespace presslens::cli
