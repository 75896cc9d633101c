// The cross-article work at scale: a corpus of N articles (default 10,000)
// recombined from the paragraphs of ../shared/data (aeb-dev and polnear-dev),
// analysed and cross-indexed on one core, then searched. Prints times and
// peak memory.
//   bench_batch [N] [--write FILE.jsonl] [--write-only] [--no-ner]
// --write saves the corpus (one record per article) for bench_search.mjs;
// --no-ner leaves the NER model out (no entities, so no clustering either).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "batch/cross_index.hpp"
#include "corpus.hpp"
#include "presslens/analyze.hpp"
#include "presslens/ner.hpp"
#include "presslens/search.hpp"

namespace fs = std::filesystem;
using namespace presslens;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

struct Timer {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  double wall_s() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  }
  double cpu_s() const { return static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC; }
};

}  // namespace

int main(int argc, char** argv) {
  std::size_t articles = 10000;
  std::string write_to;
  bool write_only = false, ner = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--write-only") == 0) {
      write_only = true;
    } else if (std::strcmp(argv[i], "--no-ner") == 0) {
      ner = false;
    } else if (std::strcmp(argv[i], "--write") == 0 && i + 1 < argc) {
      write_to = argv[++i];
    } else {
      articles = static_cast<std::size_t>(std::atol(argv[i]));
    }
  }
  const fs::path source(PRESSLENS_SOURCE_DIR);
  if (!ner) {
    std::printf("no NER model: no entities, clusters, graph or entity queries\n");
  } else if (auto status = load_ner_model(read(source / "models/ner.bin")); !status) {
    std::fprintf(stderr, "bench_batch: no NER model (%s); entities will be empty\n",
                 status.error().message.c_str());
  }
  const auto pool = bench::paragraph_pool(source / "../shared");
  if (pool.empty()) {
    std::fprintf(stderr, "bench_batch: no paragraphs under ../shared/data\n");
    return 2;
  }
  const std::vector<InputFile> files{{"corpus.jsonl", bench::corpus(pool, articles), {}}};
  if (!write_to.empty()) std::ofstream(write_to, std::ios::binary) << files[0].bytes;
  if (write_only) return 0;
  std::printf("corpus: %zu articles from %zu paragraphs, %.1f MB\n", articles, pool.size(),
              static_cast<double>(files[0].bytes.size()) / 1e6);

  Timer all;
  Batch batch = analyze(files);
  const double analyse_wall = all.wall_s(), analyse_cpu = all.cpu_s();
  Timer cross;
  batch::cross_index(batch);  // again, alone, to see its share
  std::printf(
      "analyze + cross-index: %.2f s cpu, %.2f s wall (one thread); the cross-index alone: %.2f s "
      "cpu\n",
      analyse_cpu, analyse_wall, cross.cpu_s());
  std::size_t entities = 0;
  for (const auto& d : batch.documents) entities += d.entities.size();
  std::printf(
      "documents %zu, entities %zu, clusters %zu, graph %zu nodes / %zu edges, passages %zu, claim "
      "groups %zu, timeline items %zu\n",
      batch.documents.size(), entities, batch.clusters.size(), batch.graph.nodes.size(),
      batch.graph.edges.size(), batch.passages.size(), batch.claims.size(),
      batch.timeline.items.size());

  Timer indexing;
  const SearchIndex index(batch);
  std::printf("search index built in %.2f s cpu\n", indexing.cpu_s());
  for (const char* query :
       {"zurich", "clinton", "the", "peace talks", "white house", "entity:Trump"}) {
    constexpr int kRounds = 20;
    std::size_t total = 0;
    Timer t;
    for (int r = 0; r < kRounds; ++r) {
      auto hits = index.search(query);
      total = hits ? hits.value().size() : 0;
      if (hits) {
        SearchOptions options;
        options.limit = 100;
        const auto json = index.json(query, hits.value(), options);
        if (json.empty()) return 1;
      }
    }
    std::printf("search %-14s %7zu hits  %.2f ms cpu per query (first 100 as JSON)\n", query, total,
                t.cpu_s() * 1e3 / kRounds);
  }
  std::printf("peak memory before the JSON (VmHWM): %.0f MB\n",
              static_cast<double>(peak_rss_kb()) / 1024.0);
  Timer output;
  const auto json = to_json(batch);
  std::printf("analyze JSON: %.1f MB in %.2f s cpu\n", static_cast<double>(json.size()) / 1e6,
              output.cpu_s());
  std::printf("peak memory with the JSON (VmHWM): %.0f MB\n",
              static_cast<double>(peak_rss_kb()) / 1024.0);
  return 0;
}
