// The parts of an article around its body: the headline above the main run,
// a dateline opening the first paragraph ("MOSCOW - ..."), and a credit line
// closing it ("Parts From Reuters").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/evidence.hpp"
#include "clean/region.hpp"
#include "presslens/document.hpp"

namespace presslens::clean {

// The headline: the longest headline-shaped block shortly before the main
// run that no detector claimed. None when the text starts with the article.
std::optional<std::size_t> find_title(const std::vector<Block>& blocks,
                                      const DocumentEvidence& evidence, const Region& region);

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
