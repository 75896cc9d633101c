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
  Truth truth;
  std::unique_ptr<html::PageAnalysis> analysis;
  std::vector<bool> labels;
};

std::vector<Page> load_pages(const Args& args) {
  const auto truth = read_ground_truth(args.truth);
  std::vector<Page> pages;
  for (const auto& [id, t] : truth) {
    Page page;
    page.id = id;
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
    page.labels = label_blocks(page.analysis->texts, t.body);
    pages.push_back(std::move(page));
  }
  return pages;
}

std::vector<Example> block_examples(const std::vector<Page>& pages, int fold, int folds,
                                    const std::string& weighting) {
  std::vector<Example> examples;
  for (const auto& page : pages) {
    if (fold >= 0 && fold_of(page.id, folds) == fold) continue;
    const auto& a = *page.analysis;
    double total = 0;
    for (const auto& in : a.inputs) total += in.text.words;
    for (std::size_t i = 0; i < a.inputs.size(); ++i) {
      Example e;
      e.features = a.features[i];
      e.label = page.labels[i];
      const double words = a.inputs[i].text.words;
      if (weighting == "page") {
        e.weight = total > 0 ? 100.0 * words / total : 0;
      } else if (weighting == "sqrt") {
        e.weight = std::sqrt(words + 1);
      } else {
        e.weight = words + 1;
      }
      examples.push_back(std::move(e));
    }
  }
  return examples;
}

std::string predicted_text(const Page& page, const learn::LinearModel& model) {
  Document document;
  auto models = html::fitted_models();
  models.blocks = &model;
  html::decide_page(*page.analysis, models, document);
  clean::assemble_text(document);
  return document.text;
}

}  // namespace

int html_blocks(const Args& args) {
  const auto pages = load_pages(args);
  const auto names = html::block_feature_names();
  FitOptions options;
  options.l2 = args.l2;
  nlohmann::json predictions = nlohmann::json::object();
  double sum = 0, sum_p = 0, sum_r = 0;
  for (int fold = 0; fold < args.folds; ++fold) {
    const auto examples = block_examples(pages, fold, args.folds, args.weighting);
    const learn::LinearModel model(quantize(fit_logistic(examples, names.size(), options)));
    double fold_sum = 0;
    int fold_pages = 0;
    for (const auto& page : pages) {
      if (fold_of(page.id, args.folds) != fold) continue;
      const std::string text = predicted_text(page, model);
      const auto s = word_f1(text, page.truth.body);
      fold_sum += s.f1;
      sum += s.f1;
      sum_p += s.precision;
      sum_r += s.recall;
      ++fold_pages;
      predictions[page.id] = {{"articleBody", text}};
    }
    std::printf("fold %d: %d pages, word F1 %.3f\n", fold, fold_pages,
                fold_pages ? fold_sum / fold_pages : 0.0);
  }
  const double n = static_cast<double>(pages.size());
  std::printf("cross-validated (%d folds, %zu pages): P %.3f  R %.3f  F1 %.3f\n", args.folds,
              pages.size(), sum_p / n, sum_r / n, sum / n);
  if (!args.predictions.empty()) std::ofstream(args.predictions) << predictions.dump() << "\n";
  if (!args.out.empty()) {
    const auto examples = block_examples(pages, -1, args.folds, args.weighting);
    const auto weights = quantize(fit_logistic(examples, names.size(), options));
    if (!write_weights(args.out, "html-blocks", names, weights)) return 1;
    std::printf("weights fitted on all %zu pages written to %s\n", pages.size(), args.out.c_str());
  }
  return 0;
}

namespace {

std::vector<Example> option_examples(const std::vector<Page>& pages, int fold, int folds,
                                     bool titles) {
  std::vector<Example> examples;
  for (const auto& page : pages) {
    if (fold >= 0 && fold_of(page.id, folds) == fold) continue;
    const auto& truth = titles ? page.truth.title : page.truth.date;
    const std::string key = truth ? (titles ? html::title_key(*truth) : *truth) : std::string();
    const auto options =
        titles ? html::title_options(page.analysis->meta) : html::date_options(page.analysis->meta);
    for (const auto& o : options) examples.push_back({o.features, !key.empty() && o.key == key, 1.0});
  }
  return examples;
}

}  // namespace

int html_meta(const Args& args) {
  const auto pages = load_pages(args);
  for (const bool titles : {true, false}) {
    const auto names = titles ? html::title_feature_names() : html::date_feature_names();
    const std::int32_t floor = titles ? INT32_MIN : 0;
    FitOptions options;
    options.l2 = args.l2;
    int right = 0, with_truth = 0, none_right = 0, without_truth = 0, reachable = 0;
    for (int fold = 0; fold < args.folds; ++fold) {
      const learn::LinearModel model(
          quantize(fit_logistic(option_examples(pages, fold, args.folds, titles), names.size(), options)));
      for (const auto& page : pages) {
        if (fold_of(page.id, args.folds) != fold) continue;
        const auto& truth = titles ? page.truth.title : page.truth.date;
        const auto list = titles ? html::title_options(page.analysis->meta)
                                 : html::date_options(page.analysis->meta);
        const auto best = html::best_option(list, model, floor);
        if (!truth) {
          ++without_truth;
          none_right += !best;
          continue;
        }
        const std::string key = titles ? html::title_key(*truth) : *truth;
        ++with_truth;
        right += best && list[*best].key == key;
        for (const auto& o : list) {
          if (o.key == key) {
            ++reachable;
            break;
          }
        }
      }
    }
    std::printf("%s, cross-validated (%d folds): right %d of %d (%.1f%%); among the options: %d",
                titles ? "titles" : "dates", args.folds, right, with_truth,
                with_truth ? 100.0 * right / with_truth : 0.0, reachable);
    if (!titles) {
      std::printf("; no date given where the page has none: %d of %d", none_right, without_truth);
    }
    std::printf("\n");
    const std::string out = titles ? args.title_out : args.date_out;
    if (!out.empty()) {
      const auto weights =
          quantize(fit_logistic(option_examples(pages, -1, args.folds, titles), names.size(), options));
      if (!write_weights(out, titles ? "html-meta" : "html-meta", names, weights)) return 1;
      std::printf("weights fitted on all pages written to %s\n", out.c_str());
    }
  }
  return 0;
}

}  // namespace presslens::train
