// The native `presslens` tool.
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  const std::string_view command = argc < 2 ? "" : argv[1];
  // Training the tagger needs no model; training speakers needs the tagger only.
  if (command != "train") presslens::cli::load_model_files(argv[0], command != "train-speakers");
  return presslens::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
