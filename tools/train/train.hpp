// The trainer's commands and their shared arguments.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace presslens::train {

struct Args {
  std::string data;                // a directory of pages (ID.html or ID.txt)
  std::string truth;               // ground-truth.json
  std::string out;                 // where to write the fitted weights (.inc); none: do not write
  std::string title_out;           // html-meta: the title weights
  std::string date_out;            // html-meta: the date weights
  std::string predictions;         // where to write the cross-validated predictions (JSON)
  std::string errors;              // html-blocks: where to list the blocks the folds get wrong
  std::string weighting = "page";  // block examples: "page", "sqrt" or "words"
  int folds = 5;
  int stages = 3;                // text-lines: the line models' rounds (2: no second context round)
  std::string mode = "cleaner";  // text-lines: score the "cleaner" or the bare "lines" classifier
  std::optional<int> inside_floor;  // text-lines: see clean::LineModels
  std::optional<int> outside_bar;   // text-lines: see clean::LineModels
  bool test = false;                // also score the test part with a model fitted on the rest
  bool soft = false;     // html-blocks: train on the share of each block found in the truth
  bool balance = false;  // text-lines: each set weighs the same
  std::vector<double> set_weights;  // text-lines: each set's pages' weight, in --data's order
  std::string id;                   // html-explain: the page to show
  bool verbose = false;             // html-explain: each block's features
  double l2 = 1e-4;
  std::optional<double> title_l2;  // html-meta: the title model's, else l2
  std::optional<double> date_l2;   // html-meta: the date model's, else l2
  int iterations = 400;
  int leave_out = -1;  // quote-terms: fit the written weights without this fold
  int shift = 0;       // html-blocks: raises the second stage's bar by this (log-odds x 256)
};

int html_blocks(const Args& args);
int html_meta(const Args& args);
int html_explain(const Args& args);
int html_oracle(const Args& args);
int text_lines(const Args& args);
int text_title(const Args& args);
int text_date(const Args& args);
int quote_terms(const Args& args);

}  // namespace presslens::train
