// The trainer's commands and their shared arguments.
#pragma once

#include <string>

namespace presslens::train {

struct Args {
  std::string data;         // a directory of pages (ID.html or ID.txt)
  std::string truth;        // ground-truth.json
  std::string out;          // where to write the fitted weights (.inc); none: do not write
  std::string title_out;    // html-meta: the title weights
  std::string date_out;     // html-meta: the date weights
  std::string predictions;  // where to write the cross-validated predictions (JSON)
  std::string weighting = "page";  // block examples: "page", "sqrt" or "words"
  int folds = 5;
  double l2 = 1e-3;
};

int html_blocks(const Args& args);
int html_meta(const Args& args);

}  // namespace presslens::train
