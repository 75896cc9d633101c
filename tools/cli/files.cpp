#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "cli.hpp"
#include "presslens/analyze.hpp"

namespace presslens::cli {
namespace {

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// What a path that is not a regular file is, for the message.
const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

Error unreadable(const std::string& what) {
  return Error{ErrorCode::unreadable, what};
}

// Reads `fd` to its end, or until more than `max_bytes` came: then the file
// is too large and what was read is dropped.
void read_all(int fd, std::size_t max_bytes, InputFile& file) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return;
    if (n < 0) {
      if (errno == EINTR) continue;
      file.bytes.clear();
      file.read_error = unreadable(std::string("cannot read the file: ") + std::strerror(errno));
      return;
    }
    if (file.bytes.size() + static_cast<std::size_t>(n) > max_bytes) {
      file.bytes.clear();
      file.bytes.shrink_to_fit();
      file.read_error = file_too_large(max_bytes + 1, max_bytes, /*at_least=*/true);
      return;
    }
    file.bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

InputFile read_path(const std::string& path, std::size_t max_bytes) {
  InputFile file{base_name(path), {}, std::nullopt};
  // Only regular files are read. A named pipe nobody writes to is refused at
  // once instead of waiting forever: looked at before it is opened (node's
  // file system, under the wasm CLI, ignores O_NONBLOCK), then opened
  // without blocking and looked at again.
  struct stat before {};
  if (::stat(path.c_str(), &before) == 0 && !S_ISREG(before.st_mode)) {
    file.read_error = unreadable(std::string(kind_of(before.st_mode)) + ", not a file to read");
    return file;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    file.read_error = unreadable(std::string("cannot open the file: ") + std::strerror(errno));
    return file;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    file.read_error = unreadable(std::string("cannot read the file: ") + std::strerror(errno));
  } else if (!S_ISREG(info.st_mode)) {
    file.read_error = unreadable(std::string(kind_of(info.st_mode)) + ", not a file to read");
  } else if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    file.read_error = file_too_large(static_cast<std::uint64_t>(info.st_size), max_bytes);
  } else {
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    file.bytes.reserve(static_cast<std::size_t>(info.st_size));
    read_all(fd, max_bytes, file);
  }
  ::close(fd);
  return file;
}

}  // namespace

std::vector<InputFile> read_files(const std::vector<std::string>& paths, std::size_t max_bytes) {
  std::vector<InputFile> files;
  for (const auto& path : paths) {
    if (path == "-") {
      InputFile file{"stdin", {}, std::nullopt};
      read_all(STDIN_FILENO, max_bytes, file);
      files.push_back(std::move(file));
    } else {
      files.push_back(read_path(path, max_bytes));
    }
  }
  return files;
}

Result<Project> read_project_file(const std::string& path) {
  auto file = std::move(read_files({path}, kMaxProjectBytes).front());
  auto project = file.read_error ? Result<Project>(*file.read_error) : read_project(file.bytes);
  if (!project)
    write_error("presslens: " + printable(file.name) + ": " + project.error().message + "\n");
  return project;
}

std::string printable(std::string_view text) {
  std::string out;
  static constexpr char kHex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    // Bidi controls (U+061C, U+200E-F, U+202A-E, U+2066-9) reorder what a
    // terminal shows; C1 controls (U+0080-9F) act like escapes.
    std::size_t width = 0;
    if (text.substr(i).starts_with("\xd8\x9c")) width = 2;
    if (c == 0xE2 && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) ||
          (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9))
        width = 3;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0)
      width = 2;
    if (width > 0 || c < 0x20 || c == 0x7F) {
      for (std::size_t k = 0; k < std::max<std::size_t>(width, 1); ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        out += "\\x";
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
      }
      i += std::max<std::size_t>(width, 1);
    } else {
      out += text[i++];
    }
  }
  return out;
}

bool read_whole_file(const std::string& path, std::string& out, std::size_t max_bytes) {
  auto files = read_files({path}, max_bytes);
  if (files[0].read_error) {
    write_error("presslens: " + printable(path) + ": " + files[0].read_error->message + "\n");
    return false;
  }
  out = std::move(files[0].bytes);
  return true;
}

bool write_whole_file(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    write_error("presslens: cannot write " + printable(path) + "\n");
    return false;
  }
  return true;
}

void write_out(std::string_view text) {
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
