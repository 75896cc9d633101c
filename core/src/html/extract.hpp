// Main-content extraction from a parsed page: every block of the page's
// visible text is kept (as title, heading or paragraph) or removed with the
// reason the fitted block model gives; the title and date are chosen among
// the page's metadata. The result is a Document like any other, so the
// reader explains every removal (docs/cleaning.md, "Web pages").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/block_features.hpp"
#include "html/blocks.hpp"
#include "html/choose.hpp"
#include "html/metadata.hpp"
#include "html/parse.hpp"
#include "learn/linear.hpp"
#include "presslens/document.hpp"

namespace presslens::html {

// Everything known about a page before deciding: the trainer reads it too.
struct PageAnalysis {
  ParsedPage page;
  std::vector<PageBlock> blocks;
  std::vector<std::string> texts;  // each block's normalised text
  std::vector<BlockInput> inputs;
  PageMetadata meta;
  std::vector<learn::ActiveFeatures> features;
};

PageAnalysis analyse_page(std::string_view utf8);
PageAnalysis analyse_page(ParsedPage parsed);  // the page parsed already

struct Models {
  const learn::LinearModel* blocks;   // the first look at each block
  const learn::LinearModel* context;  // the second, with the first's verdicts around it
  const learn::LinearModel* title;
  const learn::LinearModel* date;
};

// The shipped models.
Models fitted_models();

// The second stage's score of every block.
std::vector<std::int32_t> block_scores(const PageAnalysis& analysis, const Models& models,
                                       std::vector<learn::ActiveFeatures>* features = nullptr);

// Where the kept blocks (score above zero) lie in the page.
ArticleSpan article_span(const PageAnalysis& analysis, const std::vector<std::int32_t>& scores);

// Fills the document's blocks (kept or removed, with kinds and reasons),
// title, date, author, address and site name.
void decide_page(const PageAnalysis& analysis, const Models& models, Document& document);

}  // namespace presslens::html
