// Choosing a page's title and publication date among its candidates
// (metadata.hpp). Candidates that read the same (case, punctuation and
// spacing aside) are one option; each option's evidence (which sources give
// it, how many, in what form) is scored by a fitted ranking model, and the
// best option wins. Title options include each declared title without its
// site name ("Headline | Site" and "Site: Headline" give "Headline").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "html/metadata.hpp"
#include "learn/linear.hpp"

namespace presslens::html {

struct Option {
  std::string value;  // as the first source writes it (dates: ISO 8601)
  std::string key;    // what options are compared by
  learn::ActiveFeatures features;
  std::vector<MetaSource> sources;  // where it was found
};

// Where the article's kept text lies in the page: the elements of its first
// and last kept blocks (document order), so that a heading or a date can be
// placed before, in or after it.
struct ArticleSpan {
  std::uint32_t first = kNoNode;
  std::uint32_t last = kNoNode;
  std::uint32_t lead_in = kNoNode;  // a few blocks before `first`: from it on is "just before"
};

// Title and date options of a page, with their features (the trainer labels
// them). The date options end with "no date" (an empty value): a page whose
// candidates are all weak gets none.
std::vector<Option> title_options(const PageMetadata& meta, const ArticleSpan& span);
std::vector<Option> date_options(const PageMetadata& meta, const ArticleSpan& span);

// The best-scoring option (ties: the first), or nullopt when there is none.
std::optional<std::size_t> best_option(const std::vector<Option>& options,
                                       const learn::LinearModel& model);

std::span<const std::string_view> title_feature_names();
std::span<const std::string_view> date_feature_names();
const learn::LinearModel& title_model();
const learn::LinearModel& date_model();

// The key titles are compared by: lower case, letters and digits, single spaces.
std::string title_key(std::string_view title);

}  // namespace presslens::html
