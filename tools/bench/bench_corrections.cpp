// What a correction costs on a kept batch (issue 17: the page answers a
// correction in 300 ms on 500 articles): the bench corpus (corpus.hpp) is
// analysed once into a CorrectableBatch, then each kind of correction is
// applied and undone, as a user would, and timed with the JSON of what
// changed (what the page's worker sends on). Times are processor time.
//   bench_corrections [N] [--dir DIR] [--shared DIR]   (default 500
//   articles; --dir: the first N .txt files of DIR by name instead of the
//   corpus; --shared: the shared data folder, by default ../shared beside
//   the checkout, which a git worktree elsewhere does not have)
// The same program runs natively and under node (the wasm build's
// tools/bench/bench_corrections.js), as the page's worker runs it.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "corpus.hpp"
#include "identity/identity.hpp"
#include "presslens/correctable.hpp"
#include "presslens/icu_data.hpp"
#include "presslens/ner.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

using namespace presslens;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Processor time, not wall time: the machines that run this are shared.
#ifdef __EMSCRIPTEN__
// std::clock() is wall time under Emscripten; node knows the process's
// processor time (all its threads, so V8's compiler and collector count too).
EM_JS(double, now_ms, (), {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e3;
});
#else
double now_ms() {
  return static_cast<double>(std::clock()) * 1e3 / CLOCKS_PER_SEC;
}
#endif

// The largest clusters of a type, by mentions.
std::vector<const Cluster*> largest(const Batch& b, EntityType type) {
  std::vector<const Cluster*> out;
  for (const auto& c : b.clusters) {
    if (c.type == type) out.push_back(&c);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Cluster* x, const Cluster* y) { return x->mentions > y->mentions; });
  return out;
}

std::size_t utf16(const Document& d, std::size_t byte) {
  return text::Utf16OffsetMap(d.text).to_utf16(byte);
}

Correction op(CorrectionOp kind, const char* name) {
  Correction c;
  c.op = name;
  c.kind = kind;
  return c;
}

struct Case {
  std::string label;
  Correction correction;
};

// One correction of each kind, on targets found in the batch.
std::vector<Case> cases(const Batch& b) {
  std::vector<Case> out;
  const auto people = largest(b, EntityType::person);
  const auto orgs = largest(b, EntityType::organisation);
  const auto misc = largest(b, EntityType::misc);
  if (people.size() >= 2) {
    Correction c = op(CorrectionOp::merge, "merge");
    c.names = {people[0]->name, people[1]->name};
    out.push_back({"merge the two largest people (" + std::to_string(people[0]->mentions) + " + " +
                       std::to_string(people[1]->mentions) + " mentions)",
                   c});
  }
  if (orgs.size() > 10) {
    Correction c = op(CorrectionOp::retype, "retype");
    c.name = orgs[10]->name;
    c.type = EntityType::location;
    out.push_back(
        {"retype an organisation (" + std::to_string(orgs[10]->mentions) + " mentions)", c});
  }
  if (!misc.empty()) {
    Correction c = op(CorrectionOp::not_a_name, "not_a_name");
    c.name = misc[0]->name;
    out.push_back(
        {"not_a_name the largest MISC (" + std::to_string(misc[0]->mentions) + " mentions)", c});
  }
  for (const auto& d : b.documents) {
    if (d.quotes.empty() || people.empty()) continue;
    Correction c = op(CorrectionOp::speaker, "speaker");
    c.document = d.name;
    c.start = utf16(d, d.quotes.front().span.start);
    c.speaker = people[0]->name;
    out.push_back({"reassign a quote", c});
    break;
  }
  for (const auto& d : b.documents) {
    const auto e = std::find_if(d.entities.begin(), d.entities.end(), [&](const EntityMention& m) {
      return !people.empty() && m.cluster == people[0]->id;
    });
    if (e == d.entities.end()) continue;
    Correction c = op(CorrectionOp::split, "split");
    c.document = d.name;
    c.start = utf16(d, e->span.start);
    c.end = utf16(d, e->span.end);
    c.name = "Someone Else Entirely";
    out.push_back({"split a mention of the largest person into a new identity", c});
    break;
  }
  for (const auto& d : b.documents) {
    const auto removed = std::find_if(d.blocks.begin(), d.blocks.end(),
                                      [](const Block& block) { return !block.kept; });
    if (removed == d.blocks.end()) continue;
    Correction c = op(CorrectionOp::keep_block, "keep_block");
    c.document = d.name;
    c.block = static_cast<std::size_t>(removed - d.blocks.begin());
    out.push_back({"restore a removed block", c});
    break;
  }
  for (const auto& d : b.documents) {
    if (d.blocks.size() < 3 || !d.blocks[2].kept) continue;
    Correction c = op(CorrectionOp::remove_block, "remove_block");
    c.document = d.name;
    c.block = 2;
    out.push_back({"remove a paragraph", c});
    break;
  }
  return out;
}

struct Timing {
  double correct_ms = 0;
  double json_ms = 0;
  std::size_t bytes = 0;
  std::size_t documents = 0;
};

Timing timed(CorrectableBatch& kept, std::vector<Correction> list) {
  Timing t;
  const double start = now_ms();
  const BatchChanges changes = kept.correct(std::move(list));
  const double corrected = now_ms();
  const std::string json = changes_to_json(kept.batch(), changes);
  t.correct_ms = corrected - start;
  t.json_ms = now_ms() - corrected;
  t.bytes = json.size();
  t.documents = changes.documents.size();
  return t;
}

// Stage 3 part by part, on a copy of the batch as stage 2 left it.
void print_stage3_parts(Batch batch) {
  double t = now_ms();
  auto identities = identity::find_identities(batch);
  const double rules = now_ms() - t;
  t = now_ms();
  identity::name_identities(batch, identities);
  const double naming = now_ms() - t;
  t = now_ms();
  identity::find_nominals(batch);
  const double nominals = now_ms() - t;
  t = now_ms();
  const auto genders = identity::infer_genders(batch);
  const double gendering = now_ms() - t;
  std::printf("of which nominals %.0f ms, genders %.0f ms\n", nominals, gendering);
  t = now_ms();
  for (auto& d : batch.documents) {
    if (!d.error) attribution::find_quotes(d, batch.clusters, genders);
  }
  const double quotes = now_ms() - t;
  t = now_ms();
  for (auto& d : batch.documents) d.sentences = text::split_sentences(d.text);
  const double split = now_ms() - t;
  t = now_ms();
  batch::DocumentWarnings warnings;
  batch.graph = batch::build_graph(batch, warnings);
  const double graph = now_ms() - t;
  t = now_ms();
  batch.passages = batch::find_passages(batch.documents);
  const double passages = now_ms() - t;
  t = now_ms();
  batch.claims = batch::find_claims(batch.documents, batch.clusters);
  const double claims = now_ms() - t;
  t = now_ms();
  batch::find_keyphrases(batch);
  const double keyphrases = now_ms() - t;
  t = now_ms();
  batch.timeline = batch::build_timeline(batch.documents);
  const double timeline = now_ms() - t;
  std::printf(
      "cross-index: passages %.0f ms, claims %.0f ms, keyphrases %.0f ms, timeline %.0f ms\n",
      passages, claims, keyphrases, timeline);
  const double cross = passages + claims + keyphrases + timeline;
  std::printf(
      "stage 3 by part: identity rules %.0f ms, clusters (names, roles, nominals, genders) "
      "%.0f ms, quotes %.0f ms, sentences (again) %.0f ms, graph %.0f ms, the rest of the "
      "cross-index %.0f ms\n",
      rules, naming, quotes, split, graph, cross);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

std::vector<InputFile> text_files(const std::string& dir, std::size_t count) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.size() > count) paths.resize(count);
  std::vector<InputFile> files;
  for (const auto& path : paths)
    files.push_back({std::filesystem::path(path).filename().string(), read(path), {}});
  return files;
}

int main(int argc, char** argv) {
  std::size_t articles = 500;
  std::string dir;
  const std::string source = PRESSLENS_SOURCE_DIR;
  std::string shared = source + "/../shared";
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else if (std::string_view(argv[i]) == "--shared" && i + 1 < argc) {
      shared = argv[++i];
    } else {
      articles = static_cast<std::size_t>(std::atol(argv[i]));
    }
  }
#ifdef PRESSLENS_ICU_DATA_FILE
  static const std::string icu = read(PRESSLENS_ICU_DATA_FILE);
  if (!use_icu_data(icu.data(), icu.size())) {
    std::fprintf(stderr, "bench_corrections: cannot load ICU's data\n");
    return 2;
  }
#endif
  if (!load_ner_model(read(source + "/models/ner.bin"))) {
    std::fprintf(stderr, "bench_corrections: no NER model at models/ner.bin\n");
    return 2;
  }
  std::vector<InputFile> files;
  if (!dir.empty()) {
    files = text_files(dir, articles);
  } else {
    const auto pool = bench::paragraph_pool(shared);
    if (pool.empty()) {
      std::fprintf(stderr, "bench_corrections: no paragraphs under ../shared/data\n");
      return 2;
    }
    files = {{"corpus.jsonl", bench::corpus(pool, articles), {}}};
  }
  double start = now_ms();
  Batch batch = prepare_batch(files);
  for (auto& d : batch.documents) annotate_document(d);
  const double stages12 = now_ms() - start;
  print_stage3_parts(batch);
  start = now_ms();
  CorrectableBatch kept(std::move(batch));
  const double stage3 = now_ms() - start;
  start = now_ms();
  const std::size_t full = to_json(kept.batch()).size();
  const double full_json = now_ms() - start;
  std::printf(
      "%zu articles, %zu clusters: stages 1-2 %.0f ms, stage 3 %.0f ms, the whole JSON "
      "%.1f MB in %.0f ms\n",
      kept.batch().documents.size(), kept.batch().clusters.size(), stages12, stage3,
      static_cast<double>(full) / 1e6, full_json);
  std::printf("%-62s %9s %8s %9s %6s\n", "correction (then undone), median of 3", "correct", "json",
              "sent", "docs");
  constexpr int kRounds = 3;
  std::vector<Correction> list;
  for (const auto& c : cases(kept.batch())) {
    std::vector<double> apply, json, undo;
    Timing last;
    for (int r = 0; r < kRounds; ++r) {
      std::vector<Correction> with = list;
      with.push_back(c.correction);
      last = timed(kept, with);
      apply.push_back(last.correct_ms);
      json.push_back(last.json_ms);
      const Timing back = timed(kept, list);
      undo.push_back(back.correct_ms + back.json_ms);
    }
    std::printf("%-62s %6.0f ms %5.0f ms %6.0f KB %6zu\n", c.label.c_str(), median(apply),
                median(json), static_cast<double>(last.bytes) / 1e3, last.documents);
    std::printf("%-62s %6.0f ms\n", "  undo", median(undo));
    list.push_back(c.correction);  // the next correction comes on top of this one
    (void)timed(kept, list);
  }
  return 0;
}
