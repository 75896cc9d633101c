// The native tool loads the NER model from ner.bin beside its executable
// (CMake copies models/ner.bin there), or from $PRESSLENS_NER_MODEL.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "cli.hpp"
#include "presslens/ner.hpp"

namespace presslens::cli {

void load_ner_model_file(const char* argv0) {
  std::string path;
  if (const char* env = std::getenv("PRESSLENS_NER_MODEL"); env && *env) {
    path = env;
  } else {
    char buffer[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    std::string exe = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string(argv0);
    const auto slash = exe.find_last_of('/');
    path = (slash == std::string::npos ? std::string(".") : exe.substr(0, slash)) + "/ner.bin";
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return;  // analyze then reports no entities; tag says why it cannot run
  const std::string bytes{std::istreambuf_iterator<char>(in), {}};
  if (auto status = load_ner_model(bytes); !status) {
    write_error("presslens: " + path + ": " + status.error().message + "\n");
  }
}

}  // namespace presslens::cli
