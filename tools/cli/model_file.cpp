// The native tool loads its models from beside its executable (CMake copies
// models/ner.bin and models/speakers.bin there), or from
// $PRESSLENS_NER_MODEL and $PRESSLENS_SPEAKER_MODEL.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "cli.hpp"
#include "presslens/ner.hpp"
#include "presslens/speakers.hpp"

namespace presslens::cli {
namespace {

std::string beside_executable(const char* argv0, const std::string& file) {
  char buffer[4096];
  const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  std::string exe = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string(argv0);
  const auto slash = exe.find_last_of('/');
  return (slash == std::string::npos ? std::string(".") : exe.substr(0, slash)) + "/" + file;
}

// Loads one model; a missing file is not an error (analyze then works
// without it), a broken one is reported.
void load(const char* argv0, const char* variable, const std::string& file,
          Status (*loader)(std::string_view)) {
  const char* env = std::getenv(variable);
  const std::string path = env && *env ? std::string(env) : beside_executable(argv0, file);
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  const std::string bytes{std::istreambuf_iterator<char>(in), {}};
  if (auto status = loader(bytes); !status) {
    write_error("presslens: " + path + ": " + status.error().message + "\n");
  }
}

}  // namespace

void load_model_files(const char* argv0, bool speakers) {
  load(argv0, "PRESSLENS_NER_MODEL", "ner.bin", &load_ner_model);
  if (speakers) load(argv0, "PRESSLENS_SPEAKER_MODEL", "speakers.bin", &load_speaker_model);
}

}  // namespace presslens::cli
