// The node build's extra export: the whole `presslens` command line, run on
// the real file system (NODERAWFS), so cli.mjs prints what the native tool does.
#include <emscripten/bind.h>

#include <string>
#include <vector>

#include "cli.hpp"

namespace {

int run_cli(const std::vector<std::string>& args) {
  try {
    return presslens::cli::run(args);
  } catch (...) {
    presslens::cli::write_error("presslens: internal error\n");
    return 1;
  }
}

}  // namespace

EMSCRIPTEN_BINDINGS(presslens_cli) {
  emscripten::register_vector<std::string>("StringVector");
  emscripten::function("runCli", &run_cli);
}
