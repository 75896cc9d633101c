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

bool read_whole_file(const std::string& path, std::string& out) {
  auto files = read_files({path});
  if (files[0].read_error) {
    write_error("presslens: " + path + ": " + files[0].read_error->message + "\n");
    return false;
  }
  out = std::move(files[0].bytes);
  return true;
}

bool write_whole_file(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    write_error("presslens: cannot write " + path + "\n");
    return false;
  }
  return true;
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
