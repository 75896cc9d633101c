// train_models: fits the cleaner's and the web-page extractor's models on
// labelled pages and reports cross-validated figures (docs/cleaning.md).
//
//   train_models html-blocks --data DIR --truth FILE [--out FILE] [--predictions FILE]
//   train_models html-meta --data DIR --truth FILE [--title-out FILE] [--date-out FILE]
//   train_models text-lines --data DIR,DIR --truth FILE,FILE [--out FILE] [--predictions PREFIX]
//   train_models html-explain --data DIR --truth FILE --id ID [--verbose]
//   train_models quote-terms --data POLNEAR_DIR [--truth NER_MODEL] [--out FILE] [--leave-out K]
//            [--predictions TSV]
//   options: --folds K (5), --l2 X (0.0001), --weighting page|sqrt|words, --test,
//            text-lines: --stages 2|3 (3), --outside-bar N, --inside-floor N, --mode lines,
//            html-meta: --title-l2 X, --date-l2 X (each model's own; else --l2)
//
// A fifth of the pages (by id) is the test part: cross-validation runs on the
// rest; --test also scores the test part with a model fitted on the rest.
// The written weights are fitted on every page.
#include <algorithm>
#include <cstdio>
#include <string>

#include "train.hpp"

int main(int argc, char** argv) {
  using namespace presslens::train;
  if (argc < 2) {
    std::fprintf(stderr, "usage: train_models html-blocks|html-meta --data DIR --truth FILE ...\n");
    return 2;
  }
  const std::string command = argv[1];
  Args args;
  for (int i = 2; i < argc; i += 2) {
    const std::string key = argv[i];
    if (key == "--test" || key == "--verbose" || key == "--soft" || key == "--balance") {
      (key == "--test"      ? args.test
       : key == "--soft"    ? args.soft
       : key == "--balance" ? args.balance
                            : args.verbose) = true;
      --i;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "train_models: %s needs a value\n", key.c_str());
      return 2;
    }
    const std::string value = argv[i + 1];
    if (key == "--data") {
      args.data = value;
    } else if (key == "--truth") {
      args.truth = value;
    } else if (key == "--out") {
      args.out = value;
    } else if (key == "--title-out") {
      args.title_out = value;
    } else if (key == "--date-out") {
      args.date_out = value;
    } else if (key == "--errors") {
      args.errors = value;
    } else if (key == "--inside-floor") {
      args.inside_floor = std::stoi(value);
    } else if (key == "--outside-bar") {
      args.outside_bar = std::stoi(value);
    } else if (key == "--mode") {
      args.mode = value;
    } else if (key == "--id") {
      args.id = value;
    } else if (key == "--predictions") {
      args.predictions = value;
    } else if (key == "--weighting") {
      args.weighting = value;
    } else if (key == "--stages") {
      args.stages = std::stoi(value);
    } else if (key == "--folds") {
      args.folds = std::stoi(value);
    } else if (key == "--leave-out") {
      args.leave_out = std::stoi(value);
    } else if (key == "--shift") {
      args.shift = std::stoi(value);
    } else if (key == "--iterations") {
      args.iterations = std::stoi(value);
    } else if (key == "--set-weights") {
      for (std::size_t at = 0; at <= value.size();) {
        const std::size_t comma = std::min(value.find(',', at), value.size());
        args.set_weights.push_back(std::stod(value.substr(at, comma - at)));
        at = comma + 1;
      }
    } else if (key == "--l2") {
      args.l2 = std::stod(value);
    } else if (key == "--title-l2") {
      args.title_l2 = std::stod(value);
    } else if (key == "--date-l2") {
      args.date_l2 = std::stod(value);
    } else {
      std::fprintf(stderr, "train_models: unknown option %s\n", key.c_str());
      return 2;
    }
  }
  if (command == "html-blocks") return html_blocks(args);
  if (command == "html-meta") return html_meta(args);
  if (command == "html-explain") return html_explain(args);
  if (command == "html-oracle") return html_oracle(args);
  if (command == "text-lines") return text_lines(args);
  if (command == "text-title") return text_title(args);
  if (command == "text-date") return text_date(args);
  if (command == "quote-terms") return quote_terms(args);
  std::fprintf(stderr, "train_models: unknown command %s\n", command.c_str());
  return 2;
}
