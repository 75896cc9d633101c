// The tagger's throughput: bench_tag [CONLL_FILE] [MODEL]
// (defaults: ../shared/data/conll2003/eng.testa and models/ner.bin).
// Tags every document of the file, several times, and prints tokens/s.
// The same program runs natively and under node (the wasm build's
// tools/bench/bench_tag.js), so the two figures compare.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "presslens/ner.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// std::clock() is wall time under Emscripten; node knows the process's
// processor time (all its threads, so V8's compiler and collector count too).
EM_JS(double, processor_seconds, (), {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
});
#endif

namespace {

#ifndef __EMSCRIPTEN__
double processor_seconds() {
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}
#endif

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

using Sentences = std::vector<std::vector<std::string>>;

std::vector<Sentences> documents_of(const std::string& conll) {
  std::vector<Sentences> documents(1, Sentences(1));
  std::size_t pos = 0;
  while (pos < conll.size()) {
    std::size_t eol = conll.find('\n', pos);
    if (eol == std::string::npos) eol = conll.size();
    const std::string line = conll.substr(pos, eol - pos);
    pos = eol + 1;
    const std::string word = line.substr(0, line.find(' '));
    if (word == "-DOCSTART-") {
      documents.emplace_back(1);
    } else if (word.empty()) {
      documents.back().emplace_back();
    } else {
      documents.back().back().push_back(word);
    }
  }
  return documents;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string conll_path =
      argc > 1 ? argv[1]
               : std::string(PRESSLENS_SOURCE_DIR) + "/../shared/data/conll2003/eng.testa";
  const std::string model_path =
      argc > 2 ? argv[2] : std::string(PRESSLENS_SOURCE_DIR) + "/models/ner.bin";
  if (auto status = presslens::load_ner_model(read(model_path)); !status) {
    std::fprintf(stderr, "bench_tag: %s: %s\n", model_path.c_str(), status.error().message.c_str());
    return 1;
  }
  const auto documents = documents_of(read(conll_path));
  std::size_t tokens = 0;
  for (const auto& d : documents) {
    for (const auto& s : d) tokens += s.size();
  }
  if (tokens == 0) {
    std::fprintf(stderr, "bench_tag: no tokens in %s\n", conll_path.c_str());
    return 1;
  }
  // Wall time, and processor time (steadier on a busy machine).
  constexpr int kRounds = 10;
  double best = 1e30, best_cpu = 1e30;
  for (int round = 0; round < kRounds; ++round) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = processor_seconds();
    for (const auto& d : documents) {
      if (!presslens::tag_sentences(d)) return 1;
    }
    best_cpu = std::min(best_cpu, processor_seconds() - cpu_start);
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf(
      "tag: %zu tokens in %.3f s wall, %.3f s cpu (best of %d): %.0f tokens/s wall, %.0f "
      "tokens/s cpu\n",
      tokens, best, best_cpu, kRounds, static_cast<double>(tokens) / best,
      static_cast<double>(tokens) / best_cpu);
  return 0;
}
