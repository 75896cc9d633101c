// Quote attribution (and the numbers beside dates) on inputs built to make
// them slow (issue 13): for each case, the time of attribution::find_quotes
// (or facts::find_numbers) alone (the tagger and the
// clustering run first, untimed) at four sizes, each twice the one before,
// the growth exponent of each step, and over the whole range (1 is linear,
// 2 quadratic: eight times the input in 8x or 64x the time). Prints figures; with --check it exits
// 1 when a case grows faster than n^kMaxExponent, so that a quadratic path fails a test run without
// any test depending on how fast the machine is.
//   bench_attribution [--check] [--scale F]   (F multiplies every size; default 1)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "attribution/attribution.hpp"
#include "facts/facts.hpp"
#include "identity/identity.hpp"
#include "presslens/analyze.hpp"
#include "presslens/ner.hpp"
#include "presslens/speakers.hpp"
#include "text/sentences.hpp"

namespace fs = std::filesystem;
using namespace presslens;

namespace {

// Linear work measures near 1, quadratic near 2; timing noise on a shared
// machine stays well under the margin.
constexpr double kMaxExponent = 1.5;
// Below this the clock's noise dominates: the exponent is not judged.
constexpr double kMinJudgedSeconds = 0.02;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += unit;
  return out;
}

// The PolNeAR-dev articles as one line (paragraph breaks become spaces), or
// a made-up paragraph when the data is not there.
std::string news_line() {
  std::string out;
  const fs::path dir = fs::path(PRESSLENS_SOURCE_DIR) / "../shared/data/polnear-dev/text";
  std::vector<fs::path> files;
  if (fs::exists(dir)) {
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out += read(f) + " ";
  std::replace(out.begin(), out.end(), '\n', ' ');
  if (out.empty()) {
    out =
        "\"We will not move,\" said Dmitry Peskov, a spokesman for the Kremlin. Lavrov said "
        "any talks should include Iran, he told reporters. \"It is an invasion,\" the source "
        "said. ";
  }
  return out;
}

enum class Stage { quotes, numbers };

struct Case {
  const char* name;
  std::size_t base_bytes;  // the smallest size
  std::function<std::string(std::size_t)> text;
  Stage stage = Stage::quotes;
};

// facts::find_numbers on `text` (its dates found first): seconds (best of
// three runs) and the numbers found.
std::pair<double, std::size_t> time_numbers(const std::string& text) {
  const auto dates = facts::find_dates(text, std::nullopt);
  const auto sentences = text::split_sentences(text);
  double best = 1e300;
  std::size_t numbers = 0;
  for (int run = 0; run < 3; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    numbers = facts::find_numbers(text, dates, sentences).size();
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    best = std::min(best, dt.count());
  }
  return {best, numbers};
}

// find_quotes on `text`: seconds (best of three runs) and the quotes found.
std::pair<double, std::size_t> time_quotes(const std::string& text) {
  std::vector<InputFile> files{{"case.txt", text, {}}};
  AnalyzeOptions options;
  options.max_file_bytes = std::max<std::size_t>(options.max_file_bytes, text.size() + 1);
  Batch b = prepare_batch(files, options);
  for (auto& d : b.documents) annotate_document(d);
  identity::cluster_batch(b);
  const auto genders = identity::infer_genders(b);
  double best = 1e300;
  std::size_t quotes = 0;
  for (int run = 0; run < 3; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    attribution::find_quotes(b.documents[0], b.clusters, genders);
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    best = std::min(best, dt.count());
    quotes = b.documents[0].quotes.size() + b.documents[0].terms.size();
  }
  return {best, quotes};
}

}  // namespace

int main(int argc, char** argv) {
  bool check = false;
  double scale = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--check") == 0) {
      check = true;
    } else if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc) {
      scale = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: bench_attribution [--check] [--scale F]\n");
      return 2;
    }
  }
  const std::string model = read(fs::path(PRESSLENS_SOURCE_DIR) / "models/ner.bin");
  if (model.empty() || !load_ner_model(model).ok()) {
    std::fprintf(stderr, "bench_attribution: cannot load models/ner.bin\n");
    return 2;
  }
  // The speaker model too, when it is there: its candidates are timed with the rules.
  const std::string speakers = read(fs::path(PRESSLENS_SOURCE_DIR) / "models/speakers.bin");
  if (!speakers.empty() && !load_speaker_model(speakers).ok()) {
    std::fprintf(stderr, "bench_attribution: cannot load models/speakers.bin\n");
    return 2;
  }
  const std::string news = news_line();
  const std::vector<Case> cases{
      {"quote storm (\"x\" repeated)", 5000, [](std::size_t n) { return repeat_to("\"x\" ", n); }},
      {"news as one line", 128 << 10,
       [&](std::size_t n) { return repeat_to(news, n).substr(0, n); }},
      {"he said, paragraphs", 64 << 10,
       [](std::size_t n) {
         return repeat_to("Ann Smith arrived. \"Yes,\" he said. \"No,\" she said.\n\n", n);
       }},
      {"the source said, one line", 64 << 10,
       [](std::size_t n) {
         return repeat_to("A senior diplomatic source spoke. \"Yes,\" the source said. ", n);
       }},
      {"uncredited quotes, paragraphs", 64 << 10,
       [](std::size_t n) {
         return repeat_to("Ann Smith arrived late.\n\n\"This is the end of it.\"\n\n", n);
       }},
      // Appositions crossed back from a cue: one sentence, n/2 commas.
      {"commas before a cue", 64,
       [](std::size_t n) { return "the" + repeat_to(" ,", n) + " said, \"It is so.\""; }},
      {"numbers among dates, one line", 256 << 10,
       [&](std::size_t n) { return repeat_to(news, n).substr(0, n); }, Stage::numbers},
  };
  bool ok = true;
  std::printf("%-32s %10s %10s %8s  %s\n", "case", "bytes", "seconds", "found", "growth");
  for (const auto& c : cases) {
    double previous = 0;
    double first = 0;
    for (int step = 0; step < 4; ++step) {
      const auto bytes =
          static_cast<std::size_t>(static_cast<double>(c.base_bytes << step) * scale);
      const auto [seconds, quotes] =
          c.stage == Stage::quotes ? time_quotes(c.text(bytes)) : time_numbers(c.text(bytes));
      std::string growth;
      if (step > 0 && previous > 0 && seconds > 0) {
        const double exponent = std::log2(seconds / previous);
        char buf[32];
        std::snprintf(buf, sizeof buf, "n^%.2f", exponent);
        growth = buf;
      }
      std::printf("%-32s %10zu %10.4f %8zu  %s\n", c.name, bytes, seconds, quotes, growth.c_str());
      std::fflush(stdout);
      if (step == 0) first = seconds;
      if (step == 3 && seconds >= kMinJudgedSeconds) {
        const double overall = std::log2(seconds / std::max(first, 1e-9)) / 3;
        std::printf("  over the range: n^%.2f%s\n", overall,
                    overall > kMaxExponent ? ", faster than allowed" : "");
        ok = ok && overall <= kMaxExponent;
      }
      previous = seconds;
    }
  }
  if (check && !ok) return 1;
  return 0;
}
