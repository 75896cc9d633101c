// Prints how fast the cleaner runs: MB of input text per second over a
// directory of .txt pages (default: the aeb-dev set beside the checkout).
// Decoding, normalisation and block splitting happen once, before timing;
// the figure is for clean_documents + assemble_text over the whole batch.
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
#include "input/blocks.hpp"
#include "input/decode.hpp"
#include "input/normalize.hpp"

namespace fs = std::filesystem;
using namespace presslens;

namespace {

std::vector<Document> read_pages(const fs::path& dir, std::size_t& bytes) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Document> pages;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    const std::string raw{std::istreambuf_iterator<char>(in), {}};
    auto decoded = input::decode(raw);
    if (!decoded) continue;
    auto normalized = input::normalize_text(decoded.value().text);
    if (!normalized) continue;
    Document page;
    page.name = path.filename().string();
    page.blocks = input::split_blocks(normalized.value());
    bytes += normalized.value().size();
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path dir =
      argc > 1 ? fs::path(argv[1]) : fs::path(PRESSLENS_SOURCE_DIR) / "../shared/data/aeb-dev/txt";
  std::size_t bytes = 0;
  const std::vector<Document> pages = read_pages(dir, bytes);
  if (pages.empty()) {
    std::fprintf(stderr, "bench_clean: no .txt pages in %s\n", dir.string().c_str());
    return 2;
  }
  // Wall-clock time, and processor time (which a busy machine disturbs less).
  using Clock = std::chrono::steady_clock;
  constexpr int kRounds = 15;
  double best_wall = 1e30;
  double best_cpu = 1e30;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<Document> batch = pages;  // the copy is outside the timed part
    const auto start = Clock::now();
    const std::clock_t cpu_start = std::clock();
    clean::clean_documents(batch);
    for (auto& document : batch) clean::assemble_text(document);
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const std::chrono::duration<double> wall = Clock::now() - start;
    best_wall = std::min(best_wall, wall.count());
    best_cpu = std::min(best_cpu, cpu);
  }
  const double megabytes = static_cast<double>(bytes) / 1e6;
  std::printf("pages %zu  text %.2f MB  best of %d: %.1f ms wall, %.1f ms cpu\n", pages.size(),
              megabytes, kRounds, best_wall * 1e3, best_cpu * 1e3);
  std::printf("cleaning %.1f MB/s (wall)  %.1f MB/s (cpu)\n", megabytes / best_wall,
              megabytes / best_cpu);
  return 0;
}
