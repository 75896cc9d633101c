// train_models: fits the cleaner's and the web-page extractor's models on
// labelled pages and reports cross-validated figures (docs/cleaning.md).
//
//   train_models html-blocks --data DIR --truth FILE [--out FILE] [--predictions FILE]
//   train_models html-meta --data DIR --truth FILE [--title-out FILE] [--date-out FILE]
//   options: --folds K (5), --l2 X (0.001), --weighting page|sqrt|words
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
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
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
    } else if (key == "--predictions") {
      args.predictions = value;
    } else if (key == "--weighting") {
      args.weighting = value;
    } else if (key == "--folds") {
      args.folds = std::stoi(value);
    } else if (key == "--l2") {
      args.l2 = std::stod(value);
    } else {
      std::fprintf(stderr, "train_models: unknown option %s\n", key.c_str());
      return 2;
    }
  }
  if (command == "html-blocks") return html_blocks(args);
  if (command == "html-meta") return html_meta(args);
  std::fprintf(stderr, "train_models: unknown command %s\n", command.c_str());
  return 2;
}
