#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cli.hpp"

namespace presslens::cli {
namespace {

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

InputFile read_stdin() {
  InputFile file{"stdin", {}, std::nullopt};
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) file.bytes.append(buffer, n);
  return file;
}

}  // namespace

std::vector<InputFile> read_files(const std::vector<std::string>& paths) {
  std::vector<InputFile> files;
  for (const auto& path : paths) {
    if (path == "-") {
      files.push_back(read_stdin());
      continue;
    }
    InputFile file{base_name(path), {}, std::nullopt};
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream content;
      content << in.rdbuf();
      if (in.bad()) {
        file.read_error = Error{ErrorCode::unreadable, "cannot read the file"};
      } else {
        file.bytes = std::move(content).str();
      }
    } else {
      file.read_error = Error{ErrorCode::unreadable,
                              std::string("cannot open the file: ") + std::strerror(errno)};
    }
    files.push_back(std::move(file));
  }
  return files;
}

Result<Project> read_project_file(const std::string& path) {
  auto file = std::move(read_files({path}).front());
  auto project = file.read_error ? Result<Project>(*file.read_error) : read_project(file.bytes);
  if (!project) write_error("presslens: " + file.name + ": " + project.error().message + "\n");
  return project;
}

void write_out(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

void write_error(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

int usage_error(const std::string& message) {
  write_error("presslens: " + message + "\nTry 'presslens --help'.\n");
  return kUsageError;
}

}  // namespace presslens::cli
