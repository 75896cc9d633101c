// Labelled data for the trainer: ground-truth files ({id: {articleBody,
// title, date, ...}}), folds by page, and the WCXB word-F1 metric
// (lower-cased \w+ words, F1 per page), as ../shared/tools/wcxb_f1.py has it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presslens::train {

struct Truth {
  std::string body;
  std::optional<std::string> title;
  std::optional<std::string> date;
};

std::map<std::string, Truth> read_ground_truth(const std::string& path);
std::string read_bytes(const std::string& path);

// Lower-cased runs of letters, digits and underscores.
std::vector<std::string> words_of(std::string_view text);

struct Scores {
  double precision = 0, recall = 0, f1 = 0;
};
Scores word_f1(std::string_view predicted, std::string_view truth);

// The fold (0..k-1) a page belongs to: fixed by its id.
int fold_of(const std::string& id, int folds);

// The protocol: a fifth of the pages (fixed by id) is the test part, never
// used for choices; cross-validation folds split the rest.
bool is_test(const std::string& id);
int cv_fold(const std::string& id, int folds);

// The cross-validation on the development part: for each of `folds` folds,
// `fit(take)` fits a model on the pages `take` accepts (the development pages
// outside the fold), then `score(p, model)` is called for each development
// page pages[p] inside the fold. A page has an `id` and a `test` flag.
template <typename Page, typename Fit, typename Score>
void cross_validate(const std::vector<Page>& pages, int folds, Fit fit, Score score) {
  for (int fold = 0; fold < folds; ++fold) {
    const auto model =
        fit([&](const Page& page) { return !page.test && cv_fold(page.id, folds) != fold; });
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (!pages[p].test && cv_fold(pages[p].id, folds) == fold) score(p, model);
    }
  }
}

// Which blocks of a page are the article: a block whose word trigrams are
// mostly in the true body, or (for one or two words) a whole line of it.
// The share of each block found in the truth (0 to 1): labels are share >= 0.5.
std::vector<double> block_coverage(const std::vector<std::string>& blocks, std::string_view truth);

}  // namespace presslens::train
