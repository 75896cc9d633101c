// train_models text-lines: fits the plain-text line models on labelled pages
// (aeb-dev and WCXB's txt/: ID.txt and ground-truth.json per set), with the
// same protocol as the web-page models: a fixed test fifth of each set, k-fold
// cross-validation on the rest. Each set is one batch (recurrence across its
// files is evidence, as in a real batch).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "clean/clean.hpp"
#include "clean/decide.hpp"
#include "clean/headline.hpp"
#include "clean/line_features.hpp"
#include "clean/publication_date.hpp"
#include "clean/region.hpp"
#include "data.hpp"
#include "html/choose.hpp"
#include "input/blocks.hpp"
#include "input/decode.hpp"
#include "input/normalize.hpp"
#include "logistic.hpp"
#include "train.hpp"
#include "weights_file.hpp"

namespace presslens::train {
namespace {

struct TextPage {
  std::string id;
  std::size_t set = 0;
  bool test = false;
  Truth truth;
  Document document;
  clean::DocumentEvidence evidence;
  std::vector<learn::ActiveFeatures> features;
  std::vector<double> shares;
  std::vector<bool> labels;
};

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::map<std::string, Truth> first_line_truth(const std::string& dir) {
  std::map<std::string, Truth> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = read_bytes(entry.path().string());
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) continue;
    const auto end = text.find('\n', start);
    Truth t;
    t.title = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    t.body = end == std::string::npos ? std::string() : text.substr(end + 1);
    out.emplace(entry.path().stem().string(), std::move(t));
  }
  return out;
}

std::vector<TextPage> load_text_pages(const Args& args, std::vector<std::string>& set_names) {
  const auto dirs = split_list(args.data);
  const auto truths = split_list(args.truth);
  std::vector<TextPage> pages;
  for (std::size_t set = 0; set < dirs.size() && set < truths.size(); ++set) {
    set_names.push_back(dirs[set]);
    // "first-line": clean articles whose first line is the headline and the
    // rest the body (PolNeAR's texts).
    const auto truth =
        truths[set] == "first-line" ? first_line_truth(dirs[set]) : read_ground_truth(truths[set]);
    std::vector<TextPage> batch;
    for (const auto& [id, t] : truth) {
      TextPage page;
      page.id = id;
      page.set = set;
      page.test = is_test(id);
      page.truth = t;
      page.document.name = id + ".txt";
      const std::string path = dirs[set] + "/" + id + ".txt";
      if (std::filesystem::exists(path)) {
        const std::string bytes = read_bytes(path);
        if (auto decoded = input::decode(bytes)) {
          if (auto normalized = input::normalize_text(decoded.value().text)) {
            page.document.blocks = input::split_blocks(normalized.value());
          }
        }
      }
      batch.push_back(std::move(page));
    }
    std::vector<Document> documents;
    for (const auto& page : batch) documents.push_back(page.document);
    auto evidence = clean::gather_batch(documents);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      auto& page = batch[i];
      page.evidence = std::move(evidence[i]);
      page.features = clean::line_features(page.evidence);
      std::vector<std::string> lines;
      for (const auto& block : page.document.blocks) lines.push_back(block.text);
      page.shares = block_coverage(lines, page.truth.body);
      for (const double share : page.shares) page.labels.push_back(share >= 0.5);
      pages.push_back(std::move(page));
    }
  }
  return pages;
}

struct LineStack {
  learn::LinearModel first;
  learn::LinearModel second;
  std::optional<learn::LinearModel> third;  // with --stages 3
};

// Each set weighs the same in training, whatever its number of pages.
std::vector<double> set_weights;

template <typename Take, typename FeaturesOf>
std::vector<Example> line_examples(const std::vector<TextPage>& pages, Take take,
                                   FeaturesOf features_of) {
  std::vector<Example> examples;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!take(pages[p])) continue;
    const double set_weight = pages[p].set < set_weights.size() ? set_weights[pages[p].set] : 1.0;
    const auto& features = features_of(p);
    double total = 0;
    for (const auto& e : pages[p].evidence) total += e.features.words;
    for (std::size_t i = 0; i < features.size(); ++i) {
      const double words = pages[p].evidence[i].features.words;
      examples.push_back({features[i], pages[p].labels[i] ? 1.0 : 0.0,
                          total > 0 ? set_weight * 100.0 * words / total : 0.0});
    }
  }
  return examples;
}

template <typename Take>
LineStack fit_lines(const std::vector<TextPage>& pages, Take take, const Args& args) {
  constexpr int kInner = 4;
  FitOptions options;
  options.l2 = args.l2;
  options.iterations = args.iterations;
  const auto first_names = clean::line_feature_names();
  const auto all_names = clean::line_context_feature_names();
  auto own = [&](std::size_t p) -> const std::vector<learn::ActiveFeatures>& {
    return pages[p].features;
  };
  auto fit_first = [&](auto which) {
    return learn::LinearModel(
        quantize(fit_logistic(line_examples(pages, which, own), first_names.size(), options)));
  };
  // The context features of the next round, from the verdicts of `fit`'s
  // model on pages it did not see (`inputs(p)`: the features it scores).
  auto cross_fitted = [&](auto fit, auto inputs) {
    std::vector<std::vector<learn::ActiveFeatures>> next(pages.size());
    for (int g = 0; g < kInner; ++g) {
      auto inner = [&](const TextPage& page) { return fold_of(page.id + "/inner", kInner) == g; };
      const auto model = fit([&](const TextPage& page) { return take(page) && !inner(page); });
      for (std::size_t p = 0; p < pages.size(); ++p) {
        if (!take(pages[p]) || !inner(pages[p])) continue;
        std::vector<std::int32_t> scores;
        for (const auto& f : inputs(p)) scores.push_back(model.score(f));
        next[p] = clean::line_context_features(pages[p].evidence, pages[p].features, scores);
      }
    }
    return next;
  };
  const auto second = cross_fitted(fit_first, own);
  auto stacked = [&](std::size_t p) -> const std::vector<learn::ActiveFeatures>& {
    return second[p];
  };
  auto fit_second = [&](auto which) {
    return learn::LinearModel(
        quantize(fit_logistic(line_examples(pages, which, stacked), all_names.size(), options)));
  };
  LineStack out{fit_first(take), fit_second(take), std::nullopt};
  if (args.stages < 3) return out;
  // The third round learns on the second model's verdicts on pages it did
  // not see, as the second learns on the first's.
  const auto third = cross_fitted(fit_second, stacked);
  auto restacked = [&](std::size_t p) -> const std::vector<learn::ActiveFeatures>& {
    return third[p];
  };
  out.third = learn::LinearModel(
      quantize(fit_logistic(line_examples(pages, take, restacked), all_names.size(), options)));
  return out;
}

clean::LineModels line_models_of(const LineStack& models) {
  clean::LineModels out{&models.first, &models.second, &clean::title_model(), &clean::date_model()};
  if (models.third) out.third = &*models.third;
  return out;
}

// The pure classifier's text: the lines scoring above zero.
std::string classified_text(const TextPage& page, const LineStack& models) {
  const auto scores = clean::line_scores(page.evidence, line_models_of(models));
  std::string text;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (scores[i] <= 0) continue;
    if (!text.empty()) text += "\n\n";
    text += page.document.blocks[i].text;
  }
  return text;
}

bool first_only = false;
std::int32_t inside_floor = INT32_MIN;
std::int32_t outside_bar = clean::kOutsideBar;  // as shipped, unless --outside-bar

// The cleaner's text with these line models: main run, detectors and all.
std::string cleaned_text(const TextPage& page, const LineStack& models) {
  Document document = page.document;
  if (document.blocks.empty()) return {};
  clean::LineModels line_models = line_models_of(models);
  if (first_only) line_models.second = nullptr;
  line_models.inside_floor = inside_floor;
  line_models.outside_bar = outside_bar;
  clean::decide(document, page.evidence, line_models);
  clean::assemble_text(document);
  return document.text;
}

struct SetTally {
  std::vector<double> f1;
  std::vector<int> pages;
  void add(std::size_t set, double score) {
    if (f1.size() <= set) {
      f1.resize(set + 1, 0.0);
      pages.resize(set + 1, 0);
    }
    f1[set] += score;
    ++pages[set];
  }
  void print(const char* what, const std::vector<std::string>& names) const {
    for (std::size_t s = 0; s < f1.size(); ++s) {
      std::printf("%s, %s (%d pages): word F1 %.3f\n", what, names[s].c_str(), pages[s],
                  pages[s] ? f1[s] / pages[s] : 0.0);
    }
  }
};

}  // namespace

int text_lines(const Args& args) {
  if (args.inside_floor) inside_floor = *args.inside_floor;
  first_only = args.mode == "first";
  if (args.outside_bar) outside_bar = *args.outside_bar;
  std::vector<std::string> names;
  const auto pages = load_text_pages(args, names);
  std::vector<nlohmann::json> predictions(names.size(), nlohmann::json::object());
  if (args.balance) {
    std::vector<double> count(names.size(), 0.0);
    for (const auto& page : pages) ++count[page.set];
    set_weights.clear();
    for (const double c : count)
      set_weights.push_back(c > 0 ? double(pages.size()) / (c * count.size()) : 1.0);
  }
  for (std::size_t s = 0; s < args.set_weights.size(); ++s) {
    if (set_weights.size() <= s) set_weights.resize(s + 1, 1.0);
    set_weights[s] *= args.set_weights[s];
  }
  SetTally cv;
  cross_validate(
      pages, args.folds, [&](auto take) { return fit_lines(pages, take, args); },
      [&](std::size_t p, const LineStack& models) {
        const auto& page = pages[p];
        const std::string text =
            args.mode == "lines" ? classified_text(page, models) : cleaned_text(page, models);
        cv.add(page.set, word_f1(text, page.truth.body).f1);
        predictions[page.set][page.id] = {{"articleBody", text}};
      });
  cv.print(args.mode == "lines" ? "lines classified, cross-validated on the development part"
                                : "cleaned, cross-validated on the development part",
           names);
  if (!args.predictions.empty()) {
    for (std::size_t s = 0; s < names.size(); ++s) {
      std::ofstream(args.predictions + "." + std::to_string(s) + ".json")
          << predictions[s].dump() << "\n";
    }
  }
  if (args.test) {
    // The test part, scored once with models fitted on the whole development part.
    const auto models = fit_lines(
        pages, [](const TextPage& page) { return !page.test; }, args);
    SetTally test;
    std::vector<nlohmann::json> test_predictions(names.size(), nlohmann::json::object());
    for (const auto& page : pages) {
      if (!page.test) continue;
      const std::string text =
          args.mode == "lines" ? classified_text(page, models) : cleaned_text(page, models);
      test.add(page.set, word_f1(text, page.truth.body).f1);
      test_predictions[page.set][page.id] = {{"articleBody", text}};
    }
    test.print("test part, fitted on the development part", names);
    if (!args.predictions.empty()) {
      for (std::size_t s = 0; s < names.size(); ++s) {
        std::ofstream(args.predictions + "." + std::to_string(s) + ".test.json")
            << test_predictions[s].dump() << "\n";
      }
    }
  }
  if (!args.out.empty()) {
    const auto models = fit_lines(
        pages, [](const TextPage&) { return true; }, args);
    if (!models.third) {
      std::fprintf(stderr,
                   "text-lines: the shipped cleaner has three stages; --out needs --stages 3\n");
      return 2;
    }
    const std::string dir = args.out.substr(0, args.out.rfind('/') + 1);
    const std::string second = dir + "line_context_weights.inc";
    const std::string third = dir + "line_third_weights.inc";
    if (!write_weights(args.out, "text-lines", clean::line_feature_names(),
                       models.first.weights()) ||
        !write_weights(second, "text-lines", clean::line_context_feature_names(),
                       models.second.weights()) ||
        !write_weights(third, "text-lines", clean::line_context_feature_names(),
                       models.third->weights())) {
      return 1;
    }
    std::printf("weights fitted on all pages written to %s, %s and %s\n", args.out.c_str(),
                second.c_str(), third.c_str());
  }
  return 0;
}

namespace {

// Each page's line scores and main run from line models that never saw it.
struct HeldOut {
  std::vector<std::int32_t> scores;
  clean::Region region;
};

HeldOut held_out_run(const TextPage& page, const LineStack& models) {
  HeldOut out;
  out.scores = clean::line_scores(page.evidence, line_models_of(models));
  out.region = clean::main_region(page.evidence, clean::run_scores(page.evidence, out.scores));
  return out;
}

std::vector<HeldOut> held_out_runs(const std::vector<TextPage>& pages, const Args& args) {
  std::vector<HeldOut> runs(pages.size());
  cross_validate(
      pages, args.folds, [&](auto take) { return fit_lines(pages, take, args); },
      [&](std::size_t p, const LineStack& models) { runs[p] = held_out_run(pages[p], models); });
  // The test part, by models fitted on the whole development part.
  const auto models = fit_lines(
      pages, [](const TextPage& page) { return !page.test; }, args);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (pages[p].test) runs[p] = held_out_run(pages[p], models);
  }
  return runs;
}

// The option whose line reads as the true title (or "no title" when none does).
std::optional<std::size_t> right_title(const TextPage& page,
                                       const std::vector<clean::TitleOption>& options) {
  if (!page.truth.title) return std::nullopt;
  const std::string key = html::title_key(*page.truth.title);
  std::optional<std::size_t> none;
  bool present = false;
  for (const auto& block : page.document.blocks)
    present = present || html::title_key(block.text) == key;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (!options[i].block) {
      none = i;
    } else if (html::title_key(page.document.blocks[*options[i].block].text) == key) {
      return i;
    }
  }
  // The title is not in the text at all: "no title" is right. If it is in
  // the text but not among the options, the page cannot teach anything.
  return present ? std::nullopt : none;
}

// The page's true date, if its set has dates (a "first-line" set has none).
const std::optional<std::string>& page_date(const TextPage& page) {
  return page.truth.date;
}

struct TitleTally {
  int right = 0, pages = 0, in_text = 0;
};

}  // namespace

int text_title(const Args& args) {
  std::vector<std::string> names;
  const auto pages = load_text_pages(args, names);
  const auto runs = held_out_runs(pages, args);
  const auto feature_names = clean::title_feature_names();
  FitOptions options;
  options.l2 = args.l2;
  options.iterations = args.iterations;
  auto choices_of = [&](auto take) {
    std::vector<Choice> choices;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (!take(pages[p])) continue;
      const auto list = clean::title_options(pages[p].evidence, runs[p].region, runs[p].scores);
      const auto right = right_title(pages[p], list);
      if (!right) continue;
      Choice c;
      for (const auto& o : list) c.options.push_back(o.features);
      c.right = *right;
      choices.push_back(std::move(c));
    }
    return choices;
  };
  auto fitted = [&](auto take) {
    return learn::LinearModel(
        quantize(fit_softmax(choices_of(take), feature_names.size(), options)));
  };
  std::vector<TitleTally> tally(names.size());
  cross_validate(pages, args.folds, fitted, [&](std::size_t p, const learn::LinearModel& model) {
    const auto& page = pages[p];
    if (!page.truth.title) return;
    const auto block = clean::find_title(page.evidence, runs[p].region, runs[p].scores, model);
    const std::string key = html::title_key(*page.truth.title);
    auto& t = tally[page.set];
    ++t.pages;
    bool present = false;
    for (const auto& b : page.document.blocks) present = present || html::title_key(b.text) == key;
    t.in_text += present;
    t.right += block ? html::title_key(page.document.blocks[*block].text) == key : !present;
  });
  for (std::size_t s = 0; s < names.size(); ++s) {
    if (tally[s].pages == 0) continue;
    std::printf(
        "titles, cross-validated on the development part, %s: right %d of %d (%.1f%%); "
        "the title is in the text in %d\n",
        names[s].c_str(), tally[s].right, tally[s].pages, 100.0 * tally[s].right / tally[s].pages,
        tally[s].in_text);
  }
  if (!args.out.empty()) {
    const auto weights = quantize(fit_softmax(choices_of([](const TextPage&) { return true; }),
                                              feature_names.size(), options));
    if (!write_weights(args.out, "text-title", feature_names, weights)) return 1;
    std::printf("weights fitted on all pages written to %s\n", args.out.c_str());
  }
  return 0;
}

int text_date(const Args& args) {
  std::vector<std::string> names;
  const auto pages = load_text_pages(args, names);
  const auto runs = held_out_runs(pages, args);
  const auto feature_names = clean::date_feature_names();
  FitOptions options;
  options.l2 = args.l2;
  options.iterations = args.iterations;
  // Only sets with dates in their truth teach dates.
  auto dated = [&](const TextPage& page) { return page.truth.date || page.truth.title; };
  auto choices_of = [&](auto take) {
    std::vector<Choice> choices;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (!take(pages[p]) || !dated(pages[p])) continue;
      const auto list =
          clean::date_options(pages[p].document.blocks, pages[p].evidence, runs[p].region);
      Choice c;
      c.right = list.size() - 1;  // "no date" unless the true date is an option
      for (std::size_t i = 0; i < list.size(); ++i) {
        c.options.push_back(list[i].features);
        if (page_date(pages[p]) && list[i].date == *page_date(pages[p])) c.right = i;
      }
      choices.push_back(std::move(c));
    }
    return choices;
  };
  auto fitted = [&](auto take) {
    return learn::LinearModel(
        quantize(fit_softmax(choices_of(take), feature_names.size(), options)));
  };
  std::vector<int> right(names.size()), with(names.size()), none_right(names.size()),
      without(names.size());
  cross_validate(pages, args.folds, fitted, [&](std::size_t p, const learn::LinearModel& model) {
    const auto& page = pages[p];
    if (!dated(page)) return;
    const auto date =
        clean::find_publication_date(page.document.blocks, page.evidence, runs[p].region, model);
    if (page_date(page)) {
      ++with[page.set];
      right[page.set] += date && *date == *page_date(page);
    } else {
      ++without[page.set];
      none_right[page.set] += !date;
    }
  });
  for (std::size_t s = 0; s < names.size(); ++s) {
    if (with[s] + without[s] == 0) continue;
    std::printf(
        "dates, cross-validated on the development part, %s: right %d of %d (%.1f%%); "
        "no date given where the page has none: %d of %d\n",
        names[s].c_str(), right[s], with[s], with[s] ? 100.0 * right[s] / with[s] : 0.0,
        none_right[s], without[s]);
  }
  if (!args.out.empty()) {
    const auto weights = quantize(fit_softmax(choices_of([](const TextPage&) { return true; }),
                                              feature_names.size(), options));
    if (!write_weights(args.out, "text-date", feature_names, weights)) return 1;
    std::printf("weights fitted on all pages written to %s\n", args.out.c_str());
  }
  return 0;
}

}  // namespace presslens::train
