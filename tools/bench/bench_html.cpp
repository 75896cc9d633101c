// Prints how fast web pages are read: MB of page per second over a directory
// of .html files (default: wcxb-dev's pages unpacked into DIR; the shared
// copies are gzip: `mkdir DIR && for f in ../shared/data/wcxb-dev/html/*.gz;
// do gunzip -c $f > DIR/$(basename $f .gz); done`). The timed part is what
// the core does with a page's bytes: decoding, the markup bound, parsing,
// blocks, metadata and the block, title and date models (html::read_page),
// then the cleaner's assembly of the text. Files are read before timing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clean/clean.hpp"
#include "html/page.hpp"

namespace fs = std::filesystem;
using namespace presslens;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_html DIR [ROUNDS]   (DIR: .html pages)\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::pair<std::string, std::string>> pages;
  std::size_t bytes = 0;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(argv[1])) {
    const auto ext = entry.path().extension();
    if (ext == ".html" || ext == ".htm") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::string raw{std::istreambuf_iterator<char>(in), {}};
    bytes += raw.size();
    pages.emplace_back(path.filename().string(), std::move(raw));
  }
  if (pages.empty()) {
    std::fprintf(stderr, "bench_html: no .html pages in %s\n", argv[1]);
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  double best_wall = 1e30;
  double best_cpu = 1e30;
  std::size_t failed = 0;
  std::size_t text = 0;
  for (int round = 0; round < rounds; ++round) {
    failed = 0;
    text = 0;
    const auto start = Clock::now();
    const std::clock_t cpu_start = std::clock();
    for (const auto& [name, raw] : pages) {
      Document document = html::read_page(name, raw, InputFormat::html);
      if (document.error) {
        ++failed;
        continue;
      }
      clean::assemble_text(document);
      text += document.text.size();
    }
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const std::chrono::duration<double> wall = Clock::now() - start;
    best_wall = std::min(best_wall, wall.count());
    best_cpu = std::min(best_cpu, cpu);
  }
  const double megabytes = static_cast<double>(bytes) / 1e6;
  std::printf(
      "pages %zu (%zu failed)  html %.1f MB  article text %.1f MB  best of %d: %.2f s wall, "
      "%.2f s cpu\n",
      pages.size(), failed, megabytes, static_cast<double>(text) / 1e6, rounds, best_wall,
      best_cpu);
  std::printf("reading web pages %.1f MB/s (wall)  %.1f MB/s (cpu)  %.1f ms per page (cpu)\n",
              megabytes / best_wall, megabytes / best_cpu,
              best_cpu * 1e3 / static_cast<double>(pages.size()));
  return 0;
}
