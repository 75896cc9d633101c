// The publication date written in a plain-text article: "Published Sept. 16,
// 2015", "Updated : 19 November 2019", a byline's or a dateline's date.
// Every line near the headline and the start of the main run that holds a
// full date is a candidate; a fitted ranking model (date_weights.inc,
// `train_models text-date`) chooses among them, or chooses none.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "clean/evidence.hpp"
#include "clean/region.hpp"
#include "learn/linear.hpp"
#include "presslens/document.hpp"

namespace presslens::clean {

struct DateOption {
  std::string date;  // ISO 8601; empty for "no date"
  learn::ActiveFeatures features;
};

std::vector<DateOption> date_options(const std::vector<Block>& blocks,
                                     const DocumentEvidence& evidence, const Region& region);
std::span<const std::string_view> date_feature_names();
const learn::LinearModel& date_model();

// The chosen date, or none.
std::optional<std::string> find_publication_date(const std::vector<Block>& blocks,
                                                 const DocumentEvidence& evidence,
                                                 const Region& region,
                                                 const learn::LinearModel& model = date_model());

// A date in a file's name: "breitbart_2016-09-12_story.txt", "20160912-story.txt".
std::optional<std::string> date_in_file_name(std::string_view name);

}  // namespace presslens::clean
