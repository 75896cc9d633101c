// train_models html-blocks | html-meta: fits the web-page models on labelled
// pages (WCXB: html/ID.html and ground-truth.json), reporting k-fold
// cross-validated figures: each page is scored by a model fitted without it.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "clean/clean.hpp"
#include "data.hpp"
#include "html/block_context.hpp"
#include "html/block_features.hpp"
#include "html/charset.hpp"
#include "html/choose.hpp"
#include "html/extract.hpp"
#include "input/decode.hpp"
#include "logistic.hpp"
#include "train.hpp"
#include "weights_file.hpp"

namespace presslens::train {
namespace {

struct Page {
  std::string id;
  bool test = false;
  Truth truth;
  std::unique_ptr<html::PageAnalysis> analysis;
  std::vector<bool> labels;
  std::vector<double> shares;  // of each block found in the truth
};

std::vector<Page> load_pages(const Args& args) {
  const auto truth = read_ground_truth(args.truth);
  std::vector<Page> pages;
  for (const auto& [id, t] : truth) {
    Page page;
    page.id = id;
    page.test = is_test(id);
    page.truth = t;
    const std::string path = args.data + "/" + id + ".html";
    if (!std::filesystem::exists(path)) {
      std::cerr << "missing " << path << "\n";
      continue;
    }
    const std::string bytes = read_bytes(path);
    auto decoded = input::decode(bytes, {html::declared_charset(bytes)});
    page.analysis = std::make_unique<html::PageAnalysis>(
        html::analyse_page(decoded ? std::string_view(decoded.value().text) : std::string_view()));
    page.shares = block_coverage(page.analysis->texts, t.body);
    for (const double share : page.shares) page.labels.push_back(share >= 0.5);
    pages.push_back(std::move(page));
  }
  return pages;
}

// Which pages a model is fitted on.
enum class Use { all, dev, dev_but_fold };

bool used(const Page& page, Use use, int fold, int folds) {
  switch (use) {
    case Use::all:
      return true;
    case Use::dev:
      return !page.test;
    case Use::dev_but_fold:
      return !page.test && cv_fold(page.id, folds) != fold;
  }
  return false;
}

bool soft_labels = false;  // set from Args::soft

double example_weight(const std::string& weighting, double words, double total) {
  if (weighting == "page") return total > 0 ? 100.0 * words / total : 0;
  if (weighting == "sqrt") return std::sqrt(words + 1);
  return words + 1;
}

// Examples of the pages `take` accepts, with each page's features from `features_of`.
template <typename Take, typename FeaturesOf>
std::vector<Example> examples_of(const std::vector<Page>& pages, Take take, FeaturesOf features_of,
                                 const std::string& weighting) {
  std::vector<Example> examples;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!take(pages[p])) continue;
    const auto& a = *pages[p].analysis;
    const std::vector<learn::ActiveFeatures>& features = features_of(p);
    double total = 0;
    for (const auto& in : a.inputs) total += in.text.words;
    for (std::size_t i = 0; i < a.inputs.size(); ++i) {
      const double target = soft_labels ? pages[p].shares[i] : pages[p].labels[i] ? 1.0 : 0.0;
      examples.push_back(
          {features[i], target, example_weight(weighting, a.inputs[i].text.words, total)});
    }
  }
  return examples;
}

struct Stacked {
  learn::LinearModel first;
  learn::LinearModel second;
};

// Fits both stages on the pages `take` accepts. The second stage learns from
// first-stage scores that no model fitted on the same page produced (inner
// cross-fitting), as it will meet them on unseen pages.
template <typename Take>
Stacked fit_stacked(const std::vector<Page>& pages, Take take, const Args& args) {
  constexpr int kInner = 4;
  FitOptions options;
  options.l2 = args.l2;
  options.iterations = args.iterations;
  const auto first_names = html::block_feature_names();
  const auto second_names = html::context_feature_names();
  auto own = [&](std::size_t p) -> const std::vector<learn::ActiveFeatures>& {
    return pages[p].analysis->features;
  };
  auto fit_first = [&](auto which) {
    return learn::LinearModel(quantize(
        fit_logistic(examples_of(pages, which, own, args.weighting), first_names.size(), options)));
  };
  std::vector<std::vector<learn::ActiveFeatures>> second(pages.size());
  for (int g = 0; g < kInner; ++g) {
    auto inner = [&](const Page& page) { return fold_of(page.id + "/inner", kInner) == g; };
    const auto model = fit_first([&](const Page& page) { return take(page) && !inner(page); });
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (!take(pages[p]) || !inner(pages[p])) continue;
      const auto& a = *pages[p].analysis;
      std::vector<std::int32_t> scores;
      for (const auto& f : a.features) scores.push_back(model.score(f));
      second[p] = html::context_features(a.page.dom, a.inputs, a.features, scores);
    }
  }
  auto stacked = [&](std::size_t p) -> const std::vector<learn::ActiveFeatures>& {
    return second[p];
  };
  auto second_weights = quantize(fit_logistic(examples_of(pages, take, stacked, args.weighting),
                                              second_names.size(), options));
  second_weights[0] -= args.shift;  // the bias: a stricter or looser bar
  learn::LinearModel second_model(std::move(second_weights));
  return {fit_first(take), std::move(second_model)};
}

std::string predicted_text(const Page& page, const Stacked& model) {
  Document document;
  auto models = html::fitted_models();
  models.blocks = &model.first;
  models.context = &model.second;
  html::decide_page(*page.analysis, models, document);
  clean::assemble_text(document);
  return document.text;
}

}  // namespace

// The blocks a model gets wrong, one a line: page, F1, truth, verdict, words, text.
void write_errors(std::ostream& out, const Page& page, const Stacked& model, double f1) {
  auto models = html::fitted_models();
  models.blocks = &model.first;
  models.context = &model.second;
  const auto& a = *page.analysis;
  const auto scores = html::block_scores(a, models);
  for (std::size_t i = 0; i < a.texts.size(); ++i) {
    const bool kept = scores[i] > 0;
    if (kept == page.labels[i]) continue;
    out << page.id << '\t' << f1 << '\t' << page.labels[i] << '\t' << kept << '\t'
        << a.inputs[i].text.words << '\t' << html::tag_name(a.blocks[i].tag) << '\t'
        << a.texts[i].substr(0, 160) << '\n';
  }
}

struct Tally {
  double p = 0, r = 0, f1 = 0;
  int pages = 0;
  void add(const Scores& s) {
    p += s.precision;
    r += s.recall;
    f1 += s.f1;
    ++pages;
  }
  void print(const char* what) const {
    const double n = pages ? pages : 1;
    std::printf("%s (%d pages): P %.3f  R %.3f  F1 %.3f\n", what, pages, p / n, r / n, f1 / n);
  }
};

int html_blocks(const Args& args) {
  soft_labels = args.soft;
  const auto pages = load_pages(args);
  auto fitted = [&](Use use, int fold) {
    return fit_stacked(
        pages, [&](const Page& page) { return used(page, use, fold, args.folds); }, args);
  };
  nlohmann::json predictions = nlohmann::json::object();
  std::unique_ptr<std::ofstream> errors;
  if (!args.errors.empty()) errors = std::make_unique<std::ofstream>(args.errors);
  Tally cv;
  for (int fold = 0; fold < args.folds; ++fold) {
    const auto model = fitted(Use::dev_but_fold, fold);
    Tally tally;
    for (const auto& page : pages) {
      if (page.test || cv_fold(page.id, args.folds) != fold) continue;
      const std::string text = predicted_text(page, model);
      const auto s = word_f1(text, page.truth.body);
      tally.add(s);
      cv.add(s);
      if (errors) write_errors(*errors, page, model, s.f1);
      predictions[page.id] = {{"articleBody", text}};
    }
    tally.print(("fold " + std::to_string(fold)).c_str());
  }
  cv.print(("cross-validated on the development part, " + std::to_string(args.folds) + " folds")
               .c_str());
  if (!args.predictions.empty()) std::ofstream(args.predictions) << predictions.dump() << "\n";
  if (args.test) {
    const auto model = fitted(Use::dev, -1);
    Tally test;
    nlohmann::json test_predictions = nlohmann::json::object();
    for (const auto& page : pages) {
      if (!page.test) continue;
      const std::string text = predicted_text(page, model);
      test.add(word_f1(text, page.truth.body));
      test_predictions[page.id] = {{"articleBody", text}};
    }
    test.print("test part, fitted on the development part");
    if (!args.predictions.empty()) {
      std::ofstream(args.predictions + ".test.json") << test_predictions.dump() << "\n";
    }
  }
  if (!args.out.empty()) {
    // Both tables: --out names the first stage's; the second goes beside it.
    const auto model = fitted(Use::all, -1);
    const std::string second = args.out.substr(0, args.out.rfind('/') + 1) + "context_weights.inc";
    if (!write_weights(args.out, "html-blocks", html::block_feature_names(),
                       model.first.weights()) ||
        !write_weights(second, "html-blocks", html::context_feature_names(),
                       model.second.weights())) {
      return 1;
    }
    std::printf("weights fitted on all %zu pages written to %s and %s\n", pages.size(),
                args.out.c_str(), second.c_str());
  }
  return 0;
}

namespace {

std::vector<Choice> option_choices(const std::vector<Page>& pages,
                                   const std::vector<html::ArticleSpan>& spans, Use use, int fold,
                                   int folds, bool titles) {
  std::vector<Choice> choices;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& page = pages[p];
    if (!used(page, use, fold, folds)) continue;
    const auto& truth = titles ? page.truth.title : page.truth.date;
    const std::string key = truth ? (titles ? html::title_key(*truth) : *truth) : std::string();
    const auto options = titles ? html::title_options(page.analysis->meta, spans[p])
                                : html::date_options(page.analysis->meta, spans[p]);
    Choice choice;
    bool found = false;
    for (std::size_t i = 0; i < options.size(); ++i) {
      choice.options.push_back(options[i].features);
      // A page without a date is right with "no date" (the empty key).
      if (options[i].key == key && (!key.empty() || !titles)) {
        choice.right = i;
        found = true;
      }
    }
    if (found) choices.push_back(std::move(choice));
  }
  return choices;
}

}  // namespace

struct MetaTally {
  int right = 0, with_truth = 0, none_right = 0, without_truth = 0, reachable = 0;
  void print(const char* what, bool titles) const {
    std::printf("%s %s: right %d of %d (%.1f%%); the right one among the options: %d", what,
                titles ? "titles" : "dates", right, with_truth,
                with_truth ? 100.0 * right / with_truth : 0.0, reachable);
    if (!titles) {
      std::printf("; no date given where the page has none: %d of %d", none_right, without_truth);
    }
    std::printf("\n");
  }
};

std::ofstream* meta_errors = nullptr;  // where html-meta lists what it gets wrong

void score_options(const Page& page, const html::ArticleSpan& span, const learn::LinearModel& model,
                   bool titles, MetaTally& t) {
  const auto& truth = titles ? page.truth.title : page.truth.date;
  const auto list = titles ? html::title_options(page.analysis->meta, span)
                           : html::date_options(page.analysis->meta, span);
  const auto best = html::best_option(list, model);
  if (!truth) {
    ++t.without_truth;
    t.none_right += !best;
    return;
  }
  const std::string key = titles ? html::title_key(*truth) : *truth;
  ++t.with_truth;
  t.right += best && list[*best].key == key;
  if (meta_errors && !(best && list[*best].key == key)) {
    *meta_errors << page.id << "\ttruth: " << *truth
                 << "\tchosen: " << (best ? list[*best].value : std::string("(none)")) << "\n";
    const auto names = titles ? html::title_feature_names() : html::date_feature_names();
    for (const auto& o : list) {
      *meta_errors << "    " << model.score(o.features) << "  " << o.value << "  [";
      for (const auto f : o.features) *meta_errors << names[f] << "; ";
      *meta_errors << "]\n";
    }
  }
  for (const auto& o : list) {
    if (o.key == key) {
      ++t.reachable;
      break;
    }
  }
}

// Each page's article span as a block model that never saw the page finds it.
std::vector<html::ArticleSpan> held_out_spans(const std::vector<Page>& pages, const Args& args) {
  std::vector<html::ArticleSpan> spans(pages.size());
  auto span_of = [](const Page& page, const Stacked& model) {
    auto models = html::fitted_models();
    models.blocks = &model.first;
    models.context = &model.second;
    const auto& a = *page.analysis;
    return html::article_span(a, html::block_scores(a, models));
  };
  for (int fold = 0; fold <= args.folds; ++fold) {
    const bool test = fold == args.folds;
    const auto model = fit_stacked(
        pages,
        [&](const Page& page) {
          return test ? !page.test : used(page, Use::dev_but_fold, fold, args.folds);
        },
        args);
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (test ? pages[p].test : (!pages[p].test && cv_fold(pages[p].id, args.folds) == fold)) {
        spans[p] = span_of(pages[p], model);
      }
    }
  }
  return spans;
}

int html_meta(const Args& args) {
  const auto pages = load_pages(args);
  std::unique_ptr<std::ofstream> errors;
  if (!args.errors.empty()) {
    errors = std::make_unique<std::ofstream>(args.errors);
    meta_errors = errors.get();
  }
  const auto spans = held_out_spans(pages, args);
  for (const bool titles : {true, false}) {
    const auto names = titles ? html::title_feature_names() : html::date_feature_names();
    FitOptions options;
    options.l2 = (titles ? args.title_l2 : args.date_l2).value_or(args.l2);
    options.iterations = args.iterations;
    auto fitted = [&](Use use, int fold) {
      return learn::LinearModel(quantize(fit_softmax(
          option_choices(pages, spans, use, fold, args.folds, titles), names.size(), options)));
    };
    MetaTally cv;
    for (int fold = 0; fold < args.folds; ++fold) {
      const auto model = fitted(Use::dev_but_fold, fold);
      for (std::size_t p = 0; p < pages.size(); ++p) {
        if (!pages[p].test && cv_fold(pages[p].id, args.folds) == fold) {
          score_options(pages[p], spans[p], model, titles, cv);
        }
      }
    }
    cv.print("cross-validated on the development part:", titles);
    if (args.test) {
      const auto model = fitted(Use::dev, -1);
      MetaTally test;
      for (std::size_t p = 0; p < pages.size(); ++p) {
        if (pages[p].test) score_options(pages[p], spans[p], model, titles, test);
      }
      test.print("test part, fitted on the development part:", titles);
    }
    const std::string out = titles ? args.title_out : args.date_out;
    if (!out.empty()) {
      const auto weights = quantize(fit_softmax(
          option_choices(pages, spans, Use::all, -1, args.folds, titles), names.size(), options));
      if (!write_weights(out, "html-meta", names, weights)) return 1;
      std::printf("weights fitted on all pages written to %s\n", out.c_str());
    }
  }
  return 0;
}

// The figure a perfect block classifier would reach (kept = label): the
// ceiling the block segmentation and the labels leave.
int html_oracle(const Args& args) {
  const auto pages = load_pages(args);
  Tally tally;
  for (const auto& page : pages) {
    if (page.test) continue;
    std::string text;
    for (std::size_t i = 0; i < page.labels.size(); ++i) {
      if (!page.labels[i]) continue;
      if (!text.empty()) text += "\n\n";
      text += page.analysis->texts[i];
    }
    tally.add(word_f1(text, page.truth.body));
  }
  tally.print("blocks kept as labelled, development part");
  return 0;
}

int html_explain(const Args& args) {
  const auto pages = load_pages(args);
  const auto model = fit_stacked(
      pages, [](const Page& page) { return !page.test; }, args);
  const auto names = html::context_feature_names();
  auto models = html::fitted_models();
  models.blocks = &model.first;
  models.context = &model.second;
  for (const auto& page : pages) {
    if (page.id != args.id) continue;
    const auto& a = *page.analysis;
    std::vector<learn::ActiveFeatures> features;
    const auto scores = html::block_scores(a, models, &features);
    for (std::size_t i = 0; i < a.texts.size(); ++i) {
      std::printf("%s%s %6d  %.90s\n", page.labels[i] ? "T" : "-", scores[i] > 0 ? "K" : "-",
                  scores[i], a.texts[i].c_str());
      if (args.verbose) {
        std::printf("      ");
        for (const auto f : features[i]) {
          std::printf(" [%s %d]", std::string(names[f]).c_str(), model.second.weight(f));
        }
        std::printf("\n");
      }
    }
  }
  return 0;
}

}  // namespace presslens::train
