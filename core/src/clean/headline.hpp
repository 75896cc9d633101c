// The parts of an article around its body: the headline above the main run,
// a dateline opening the first paragraph ("MOSCOW - ..."), and a credit line
// closing it ("Parts From Reuters").
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

// Headline candidates: the first line, the lines shortly before the main
// run, and the run's first line; each with the evidence a fitted ranking
// model (title_weights.inc, `train_models text-title`) weighs. The last
// option is "no title" (the text starts with the article).
struct TitleOption {
  std::optional<std::size_t> block;  // none: no title
  learn::ActiveFeatures features;
};

std::vector<TitleOption> title_options(const DocumentEvidence& evidence, const Region& region,
                                       const std::vector<std::int32_t>& line_scores);
std::span<const std::string_view> title_feature_names();
const learn::LinearModel& title_model();

// The headline's block, or none.
std::optional<std::size_t> find_title(const DocumentEvidence& evidence, const Region& region,
                                      const std::vector<std::int32_t>& line_scores,
                                      const learn::LinearModel& model = title_model());

struct Dateline {
  std::string place;       // "MOSCOW"
  std::size_t length = 0;  // bytes of "MOSCOW -"
  std::size_t skip = 0;    // bytes up to the start of the sentence
};

// "MOSCOW - Russian ..." or "WASHINGTON (AP) — ...": an upper-case place
// name, an optional agency in brackets, then a dash.
std::optional<Dateline> find_dateline(std::string_view paragraph);

// "Parts From Reuters", "With AFP", "Source: Interfax": the credited source.
std::optional<std::string> find_credit(std::string_view line, const BlockFeatures& features);

}  // namespace presslens::clean
