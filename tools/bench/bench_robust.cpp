// Bounded time and memory on any input (issue 13, docs/robustness.md): each
// bad input of robust_cases.cpp, at two sizes, beside one good article, through
// the real command line, native and wasm; plus the files the reader must
// refuse at once (a FIFO, /dev/zero, a directory, files over the size cap).
// Prints, per case and build: processor time (user + system of the child: a
// loaded machine does not change it, where it would the wall time; the
// timeout is wall time), the ratio of the two times (2 for a
// doubled input is linear), peak memory above the good article's alone, that
// memory per byte of input, and whether the good article was analysed.
//
//   bench_robust [--native-only | --wasm-only] [--case NAME]... [--timeout S]
//                [--presslens PATH] [--wasm-cli PATH] [--keep DIR] [--list] [--write DIR]
//
// Defaults: build/release/presslens and build/wasm/cli.mjs of this checkout.
// Memory is the child's peak resident set (wait4); for wasm also the size of
// the module's memory at exit (a wasm memory never shrinks: its peak).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "robust_cases.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using presslens::bench::GeneratedCase;

struct Settings {
  fs::path presslens = fs::path(PRESSLENS_SOURCE_DIR) / "build/release/presslens";
  fs::path wasm_cli = fs::path(PRESSLENS_SOURCE_DIR) / "build/wasm/cli.mjs";
  fs::path heap_preload = fs::path(PRESSLENS_SOURCE_DIR) / "tools/bench/wasm_heap.cjs";
#ifdef PRESSLENS_HEAP_PEAK
  std::string heap_peak = PRESSLENS_HEAP_PEAK;  // preloaded into native runs
#else
  std::string heap_peak;
#endif
  fs::path good = fs::path(PRESSLENS_SOURCE_DIR) / "web/samples/001_bf7699d9b6ee942d.txt";
  fs::path work;
  bool native = true;
  bool wasm = true;
  double timeout = 120;
  std::vector<std::string> only;
};

struct Run {
  double seconds = 0;
  double peak_mb = 0;                    // resident set of the process
  std::optional<double> wasm_heap_mb;    // the wasm module's memory
  std::optional<double> native_heap_mb;  // the most the native process held from malloc
  int exit_code = -1;
  bool timed_out = false;
  std::size_t output_bytes = 0;
  bool good_analysed = false;
  std::string note;  // the bad file's error code, if any
};

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Runs `work` in a child process and returns what it returns. The children
// the benchmark measures are started from this process, and a child's peak
// memory counts its parent's at the time it started (the memory is shared
// until exec): what is big (the generated inputs, the JSON read back) stays in
// throw-away processes, so that this one stays small.
template <class Work>
std::string in_child(Work work) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const std::string result = work();
    const ssize_t written = write(fds[1], result.data(), result.size());
    _exit(written == static_cast<ssize_t>(result.size()) ? 0 : 1);
  }
  close(fds[1]);
  std::string result;
  char buffer[4096];
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
    result.append(buffer, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return result;
}

// The analyze JSON on stdout: was the good article analysed (no error, some
// entities), and what error did the other files get.
void read_output(const fs::path& out, const std::string& good_name, Run& run) {
  const std::string found = in_child([&] {
    const auto json = nlohmann::json::parse(read_file(out), nullptr, false);
    if (!json.is_object() || !json.contains("documents")) return std::string("-");
    std::size_t failed = 0;
    std::string good = "-", note;
    for (const auto& document : json["documents"]) {
      const bool ok = document["error"].is_null();
      if (document["name"] == good_name) {
        good = ok && !document["entities"].empty() ? "+" : "-";
      } else if (!ok) {
        ++failed;
        if (note.empty()) note = document.value("error_code", std::string("error"));
      }
    }
    if (failed > 1) note += " x" + std::to_string(failed);
    return good + note;
  });
  run.good_analysed = found.starts_with("+");
  if (!found.empty()) run.note = found.substr(1);
}

Run run_child(const std::vector<std::string>& args, const fs::path& out, const fs::path& err,
              double timeout, const std::string& preload = {}) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  Run run;
  pid_t pid = 0;
  const auto start = std::chrono::steady_clock::now();
  // The environment, with LD_PRELOAD set to `preload` when one is given.
  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) {
    if (preload.empty() || !std::string_view(*e).starts_with("LD_PRELOAD="))
      environment.emplace_back(*e);
  }
  if (!preload.empty()) environment.push_back("LD_PRELOAD=" + preload);
  std::vector<char*> envp;
  for (auto& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
    run.note = "cannot start " + args[0];
    return run;
  }
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, WNOHANG, &usage) == 0) {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed.count() > timeout && !run.timed_out) {
      kill(pid, SIGKILL);
      run.timed_out = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  run.seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
  run.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::error_code ec;
  run.output_bytes = fs::file_size(out, ec);
  const std::string errors = read_file(err);
  if (const auto at = errors.rfind("wasm-heap-bytes "); at != std::string::npos)
    run.wasm_heap_mb = std::stod(errors.substr(at + 16)) / (1024.0 * 1024.0);
  if (const auto at = errors.rfind("native-heap-bytes "); at != std::string::npos)
    run.native_heap_mb = std::stod(errors.substr(at + 18)) / (1024.0 * 1024.0);
  return run;
}

enum class Build { native, wasm };

Run analyze(const Settings& s, Build build, const std::vector<std::string>& files,
            const std::string& label) {
  std::vector<std::string> args;
  if (build == Build::native) {
    args = {s.presslens.string(), "analyze"};
  } else {
    args = {"/usr/bin/env", "node", "-r", s.heap_preload.string(), s.wasm_cli.string(), "analyze"};
  }
  args.insert(args.end(), files.begin(), files.end());
  const std::string tag = label + (build == Build::native ? ".native" : ".wasm");
  Run run = run_child(args, s.work / (tag + ".out.json"), s.work / (tag + ".err"), s.timeout,
                      build == Build::native ? s.heap_peak : std::string());
  read_output(s.work / (tag + ".out.json"), s.good.filename().string(), run);
  fs::remove(s.work / (tag + ".out.json"));
  return run;
}

struct Baseline {
  Run native, wasm;
};

std::string fmt(const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

std::string size_text(std::size_t bytes) {
  if (bytes >= 1024 * 1024) return fmt("%.0f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return fmt("%.0f KB", static_cast<double>(bytes) / 1024.0);
}

// One row of the table: a build's two runs of a case.
void print_row(const std::string& name, const char* build, std::size_t small_bytes,
               std::size_t large_bytes, const Run& a, const Run& b, const Run& base) {
  auto time = [](const Run& r) {
    return r.timed_out ? std::string(">timeout") : fmt("%.2f", r.seconds);
  };
  const auto per_byte = [&](double extra_mb) {
    return large_bytes ? fmt("%.1f", extra_mb * 1024 * 1024 / static_cast<double>(large_bytes))
                       : std::string("-");
  };
  // The wasm module's memory is what meets the browser's ceiling: measure wasm by it.
  const bool wasm_heap = b.wasm_heap_mb && base.wasm_heap_mb;
  const bool native_heap = b.native_heap_mb && base.native_heap_mb;
  const std::string x_in =
      per_byte(wasm_heap ? *b.wasm_heap_mb - *base.wasm_heap_mb : b.peak_mb - base.peak_mb);
  std::string heap = "-", x_heap = "-";
  if (wasm_heap) heap = fmt("%.0f", *b.wasm_heap_mb), x_heap = x_in;
  if (native_heap) {
    heap = fmt("%.0f", *b.native_heap_mb);
    x_heap = per_byte(*b.native_heap_mb - *base.native_heap_mb);
  }
  const double ratio = a.seconds > 0.05 ? b.seconds / a.seconds : 0;
  std::printf("%-19s %-6s %7s %8s %7s %8s %6s %8s %6s %7s %6s %5s %s\n", name.c_str(), build,
              size_text(small_bytes).c_str(), time(a).c_str(), size_text(large_bytes).c_str(),
              time(b).c_str(), ratio > 0 ? fmt("%.2f", ratio).c_str() : "~",
              fmt("%.0f", b.peak_mb).c_str(), x_in.c_str(), heap.c_str(), x_heap.c_str(),
              a.good_analysed && b.good_analysed ? "yes" : "NO", b.note.c_str());
  std::fflush(stdout);
}

void print_header() {
  std::printf("%-19s %-6s %7s %8s %7s %8s %6s %8s %6s %7s %6s %5s %s\n", "case", "build", "size",
              "cpu s", "size 2", "cpu s", "ratio", "peak MB", "x in", "heap MB", "x heap", "good",
              "bad file's error");
}

bool wanted(const Settings& s, std::string_view name) {
  return s.only.empty() || std::find(s.only.begin(), s.only.end(), name) != s.only.end();
}

// Writes the case at both sizes; returns "<small bytes> <large bytes> <file name>".
std::string write_case(const GeneratedCase& c, const fs::path& dir) {
  const auto small = c.make(c.small);
  write_file(dir / "small" / small.file_name, small.bytes);
  const auto large = c.make(c.large);
  write_file(dir / "large" / large.file_name, large.bytes);
  return std::to_string(small.bytes.size()) + " " + std::to_string(large.bytes.size()) + " " +
         large.file_name;
}

void run_generated(const Settings& s, const GeneratedCase& c, const Baseline& base) {
  const fs::path dir = s.work / std::string(c.name);
  fs::create_directories(dir / "small");
  fs::create_directories(dir / "large");
  std::size_t small_bytes = 0, large_bytes = 0;
  std::string file_name;
  {
    std::istringstream written(in_child([&] { return write_case(c, dir); }));
    written >> small_bytes >> large_bytes >> file_name;
  }
  if (file_name.empty()) {
    std::printf("%-19s could not write the input\n", std::string(c.name).c_str());
    return;
  }
  const std::string good = s.good.string();
  for (const Build build : {Build::native, Build::wasm}) {
    if (build == Build::native ? !s.native : !s.wasm) continue;
    const Run a = analyze(s, build, {good, (dir / "small" / file_name).string()},
                          std::string(c.name) + ".small");
    const Run b = analyze(s, build, {good, (dir / "large" / file_name).string()},
                          std::string(c.name) + ".large");
    print_row(std::string(c.name), build == Build::native ? "native" : "wasm", small_bytes,
              large_bytes, a, b, build == Build::native ? base.native : base.wasm);
  }
  fs::remove_all(dir);
}

// Files the reader must turn down at once, each beside the good article.
struct SpecialCase {
  std::string name;
  std::vector<std::string> (*make)(const fs::path& dir);
};

std::vector<std::string> make_fifo(const fs::path& dir) {
  mkfifo((dir / "pipe.txt").c_str(), 0644);
  return {(dir / "pipe.txt").string()};
}

std::vector<std::string> make_directory(const fs::path& dir) {
  fs::create_directories(dir / "folder.txt");
  return {(dir / "folder.txt").string()};
}

std::vector<std::string> dev_zero(const fs::path&) {
  return {"/dev/zero"};
}

// Sparse files: 100 MB each on paper, no disk used.
std::vector<std::string> make_oversized(const fs::path& dir) {
  std::vector<std::string> out;
  for (int i = 1; i <= 5; ++i) {
    const fs::path path = dir / ("huge" + std::to_string(i) + ".txt");
    { std::ofstream touch(path); }
    fs::resize_file(path, std::uintmax_t{100} << 20);
    out.push_back(path.string());
  }
  return out;
}

void run_special(const Settings& s, const SpecialCase& c, const Baseline& base) {
  const fs::path dir = s.work / c.name;
  fs::create_directories(dir);
  auto files = c.make(dir);
  files.insert(files.begin(), s.good.string());
  for (const Build build : {Build::native, Build::wasm}) {
    if (build == Build::native ? !s.native : !s.wasm) continue;
    const Run r = analyze(s, build, files, c.name);
    print_row(c.name, build == Build::native ? "native" : "wasm", 0, 0, r, r,
              build == Build::native ? base.native : base.wasm);
  }
  fs::remove_all(dir);
}

// Real articles: the 91 pages of ../shared/data/aeb-dev, half and all of them.
void run_real(const Settings& s, const Baseline& base) {
  const fs::path dir = fs::path(PRESSLENS_SOURCE_DIR) / "../shared/data/aeb-dev/txt";
  if (!fs::is_directory(dir)) {
    std::printf("%-19s (../shared/data/aeb-dev/txt not found)\n", "real-articles");
    return;
  }
  std::vector<std::string> files;
  std::size_t total = 0, half_bytes = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> half(files.begin(), files.begin() + static_cast<long>(files.size() / 2));
  for (const auto& f : files) total += fs::file_size(f);
  for (const auto& f : half) half_bytes += fs::file_size(f);
  half.insert(half.begin(), s.good.string());
  files.insert(files.begin(), s.good.string());
  for (const Build build : {Build::native, Build::wasm}) {
    if (build == Build::native ? !s.native : !s.wasm) continue;
    const Run a = analyze(s, build, half, "real.half");
    const Run b = analyze(s, build, files, "real.all");
    print_row("real-articles", build == Build::native ? "native" : "wasm", half_bytes, total, a, b,
              build == Build::native ? base.native : base.wasm);
  }
}

int usage() {
  std::fprintf(stderr,
               "usage: bench_robust [--native-only | --wasm-only] [--case NAME]... [--timeout S]\n"
               "                    [--presslens PATH] [--wasm-cli PATH] [--keep DIR] [--list]\n"
               "                    [--write DIR]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Settings s;
  std::optional<fs::path> keep;
  std::optional<fs::path> write_only;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--native-only") {
      s.wasm = false;
    } else if (arg == "--wasm-only") {
      s.native = false;
    } else if (arg == "--case" && has_value) {
      s.only.emplace_back(argv[++i]);
    } else if (arg == "--timeout" && has_value) {
      s.timeout = std::stod(argv[++i]);
    } else if (arg == "--presslens" && has_value) {
      s.presslens = argv[++i];
    } else if (arg == "--wasm-cli" && has_value) {
      s.wasm_cli = argv[++i];
    } else if (arg == "--keep" && has_value) {
      keep = fs::path(argv[++i]);
    } else if (arg == "--write" && has_value) {
      // Only writes the inputs (both sizes of each selected case), to profile them.
      write_only = fs::path(argv[++i]);
    } else if (arg == "--list") {
      for (const auto& c : presslens::bench::generated_cases())
        std::printf("%-19s %s\n", std::string(c.name).c_str(), std::string(c.what).c_str());
      std::printf("fifo, dev-zero, directory, oversized, real-articles\n");
      return 0;
    } else {
      return usage();
    }
  }
  if (write_only) {
    for (const auto& c : presslens::bench::generated_cases()) {
      if (!wanted(s, c.name)) continue;
      fs::create_directories(*write_only / std::string(c.name) / "small");
      fs::create_directories(*write_only / std::string(c.name) / "large");
      std::printf(
          "%s: %s\n", std::string(c.name).c_str(),
          in_child([&] { return write_case(c, *write_only / std::string(c.name)); }).c_str());
    }
    return 0;
  }
  s.work = keep ? *keep : fs::temp_directory_path() / ("bench_robust." + std::to_string(getpid()));
  fs::create_directories(s.work);
  if (s.native && !fs::exists(s.presslens)) {
    std::fprintf(stderr, "%s not found: build the native-release preset\n", s.presslens.c_str());
    return 1;
  }
  if (s.wasm && !fs::exists(s.wasm_cli)) {
    std::fprintf(stderr, "%s not found: build the wasm preset (or pass --native-only)\n",
                 s.wasm_cli.c_str());
    return 1;
  }
  Baseline base;
  if (s.native) base.native = analyze(s, Build::native, {s.good.string()}, "baseline");
  if (s.wasm) base.wasm = analyze(s, Build::wasm, {s.good.string()}, "baseline");
  std::printf("good article alone: native %.2f s, %.0f MB (heap %.0f MB)", base.native.seconds,
              base.native.peak_mb, base.native.native_heap_mb.value_or(0));
  if (s.wasm)
    std::printf("; wasm %.2f s, %.0f MB (heap %.0f MB)", base.wasm.seconds, base.wasm.peak_mb,
                base.wasm.wasm_heap_mb.value_or(0));
  std::printf(
      "\n'x in': memory above that, per byte of the bad input (the larger size): the peak\n"
      "resident set natively, the module's memory (heap MB) in wasm. 'x heap': the same of\n"
      "the heap, natively the most held from malloc at once (heap_peak.cpp)\n\n");
  print_header();
  for (const auto& c : presslens::bench::generated_cases()) {
    if (wanted(s, c.name)) run_generated(s, c, base);
  }
  const std::vector<SpecialCase> specials{{"fifo", make_fifo},
                                          {"dev-zero", dev_zero},
                                          {"directory", make_directory},
                                          {"oversized", make_oversized}};
  for (const auto& c : specials) {
    if (wanted(s, c.name)) run_special(s, c, base);
  }
  if (wanted(s, "real-articles")) run_real(s, base);
  if (!keep) fs::remove_all(s.work);
  return 0;
}
