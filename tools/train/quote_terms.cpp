// train_models quote-terms: the quote-or-term model of attribution
// (attribution/term_model.hpp) fitted on PolNeAR-style data. Each segment of
// two or three words that no cue credits is labelled a quote when it holds
// enough of the words of an annotated direct quote's longest quoted part (as
// ../shared/tools/quote_attribution.py matches quotes), else a term. Folds
// by article name, as `presslens train-speakers` has them.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "attribution/quotes.hpp"
#include "attribution/scorer_words.hpp"
#include "data.hpp"
#include "identity/identity.hpp"
#include "logistic.hpp"
#include "presslens/analyze.hpp"
#include "presslens/ner.hpp"
#include "train.hpp"
#include "weights_file.hpp"

namespace presslens::train {
namespace {

// The scorer's share of an annotated quote's words a segment must hold.
constexpr double kMatchShare = 0.6;

struct TermExample {
  std::string article;
  std::string text;
  learn::ActiveFeatures features;
  bool quote = false;
};

// Per article, the word sets of the annotated direct quotes' longest parts.
std::map<std::string, std::vector<std::set<std::string>>> read_direct_quotes(
    const std::string& path) {
  std::map<std::string, std::vector<std::set<std::string>>> out;
  std::istringstream in(read_bytes(path));
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.value("direct", false) || !j.contains("content")) continue;
    const auto words = attribution::scorer_words(
        attribution::longest_segment(j["content"].value("text", std::string())));
    std::set<std::string> set(words.begin(), words.end());
    if (set.size() >= 2) out[j.value("article", "")].push_back(std::move(set));
  }
  return out;
}

bool matches(const std::vector<std::set<std::string>>& gold, std::string_view segment) {
  const auto words = attribution::scorer_words(segment);
  const std::set<std::string> have(words.begin(), words.end());
  for (const auto& want : gold) {
    std::size_t shared = 0;
    for (const auto& w : want) shared += have.contains(w) ? 1 : 0;
    if (static_cast<double>(shared) >= kMatchShare * static_cast<double>(want.size())) return true;
  }
  return false;
}

std::vector<TermExample> examples_of(const std::string& data) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const auto& e : fs::directory_iterator(fs::path(data) / "text"))
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<InputFile> files;
  for (const auto& p : paths) files.push_back({fs::path(p).filename().string(), read_bytes(p), {}});
  const auto gold = read_direct_quotes((fs::path(data) / "attributions.jsonl").string());
  Batch batch = analyze(files);
  const auto genders = identity::infer_genders(batch);
  std::vector<TermExample> out;
  const std::vector<std::set<std::string>> none;
  for (auto& d : batch.documents) {
    if (d.error) continue;
    const std::string article = fs::path(d.name).stem().string();
    std::vector<attribution::TermCase> cases;
    attribution::find_quotes(d, batch.clusters, genders, nullptr, nullptr,
                             attribution::term_model(), &cases);
    const auto g = gold.find(article);
    for (auto& c : cases) {
      TermExample x{article, d.text.substr(c.span.start, c.span.end - c.span.start),
                    std::move(c.features), false};
      x.quote = matches(g == gold.end() ? none : g->second, x.text);
      out.push_back(std::move(x));
    }
  }
  return out;
}

std::vector<Example> training_set(const std::vector<TermExample>& xs, int folds, int left_out) {
  std::vector<Example> out;
  for (const auto& x : xs)
    if (fold_of(x.article, folds) != left_out) out.push_back({x.features, x.quote ? 1.0 : 0.0});
  return out;
}

}  // namespace

int quote_terms(const Args& args) {
  const std::string model = args.truth.empty() ? "models/ner.bin" : args.truth;
  if (!load_ner_model(read_bytes(model)).ok()) {
    std::fprintf(stderr, "quote-terms: cannot load the entity model %s (--truth)\n", model.c_str());
    return 1;
  }
  const auto xs = examples_of(args.data);
  std::size_t quotes = 0;
  for (const auto& x : xs) quotes += x.quote;
  std::printf("segments of two or three words no cue credits: %zu, matching a direct quote %zu\n",
              xs.size(), quotes);
  const std::size_t n = attribution::kTermFeatureNames.size();
  FitOptions options;
  options.l2 = args.l2;
  options.iterations = args.iterations;
  // Held-out scores, each from the model fitted without its fold.
  std::vector<std::int32_t> score(xs.size(), 0);
  for (int fold = 0; fold < args.folds; ++fold) {
    const learn::LinearModel m(
        quantize(fit_logistic(training_set(xs, args.folds, fold), n, options)));
    for (std::size_t i = 0; i < xs.size(); ++i)
      if (fold_of(xs[i].article, args.folds) == fold) score[i] = m.score(xs[i].features);
  }
  if (!args.predictions.empty()) {
    // Each segment's held-out score, label and features, one line each (TSV).
    std::FILE* out = std::fopen(args.predictions.c_str(), "w");
    if (!out) return 1;
    for (std::size_t i = 0; i < xs.size(); ++i) {
      std::fprintf(out, "%s\t%s\t%d\t%d\t", xs[i].article.c_str(), xs[i].text.c_str(),
                   xs[i].quote ? 1 : 0, score[i]);
      for (const auto f : xs[i].features)
        std::fprintf(out, "%s;", std::string(attribution::kTermFeatureNames[f]).c_str());
      std::fprintf(out, "\n");
    }
    std::fclose(out);
  }
  std::printf("held out (%d folds): bar  read as quotes  of them matching  matching found  right\n",
              args.folds);
  for (const int bar : {-256, -128, -64, 0, 64, 128, 256}) {
    std::size_t said = 0, hit = 0, right = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
      const bool q = score[i] > bar;
      said += q;
      hit += q && xs[i].quote;
      right += q == xs[i].quote;
    }
    std::printf("  %5d  %6zu  %6zu  %6zu of %zu  %.1f%%\n", bar, said, hit, hit, quotes,
                100.0 * static_cast<double>(right) / static_cast<double>(xs.size()));
  }
  // Fitted on every article, or (--leave-out K) on all but fold K, for the
  // end-to-end cross-validation (tests/scores/quote_terms_cv.sh).
  const auto weights =
      quantize(fit_logistic(training_set(xs, args.folds, args.leave_out), n, options));
  for (std::size_t f = 0; f < n; ++f)
    std::printf("  %6d  %s\n", weights[f], std::string(attribution::kTermFeatureNames[f]).c_str());
  if (!args.out.empty() &&
      !write_weights(args.out, "quote-terms", attribution::kTermFeatureNames, weights))
    return 1;
  return 0;
}

}  // namespace presslens::train
