// The main run on made-up evidence: lines, their furniture and the line
// models' verdicts given, so each rule of clean/region.cpp is seen alone.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "clean/region.hpp"

using namespace presslens::clean;

namespace {

struct Line {
  std::string text;
  int verdict;  // the line models' log-odds, in their units
  Furniture furniture = Furniture::none;
};

constexpr int kSure = 4 * presslens::learn::kWeightScale;

std::pair<DocumentEvidence, Scores> evidence_of(const std::vector<Line>& lines) {
  DocumentEvidence evidence;
  std::vector<std::int32_t> verdicts;
  for (const auto& line : lines) {
    Evidence e;
    e.features = measure(line.text);
    e.furniture = line.furniture;
    evidence.push_back(e);
    verdicts.push_back(line.verdict);
  }
  auto scores = run_scores(evidence, verdicts);
  return {std::move(evidence), std::move(scores)};
}

const std::string kItem =
    "The plant stand takes a little more care with the angles, but the legs can be cut from "
    "offcuts, and a coat of oil is all the finish it needs.";

}  // namespace

TEST_CASE("a read-more link once ends the article; under each item of a list it does not") {
  auto lines = [](int items) {
    std::vector<Line> l{{"Home", -kSure}, {"Ten woodworking projects", -kSure / 4}};
    for (int i = 0; i < items; ++i) {
      l.push_back({"Project " + std::to_string(i + 1), -kSure / 4});
      l.push_back({kItem, kSure});
      l.push_back({kItem, kSure});
      l.push_back({"Continue Reading", -kSure, Furniture::read_more});
    }
    l.push_back({"Privacy Policy", -kSure});
    return l;
  };
  {
    const auto [evidence, scores] = evidence_of(lines(1));
    const Region r = main_region(evidence, scores);
    CHECK(r.begin == 3);
    CHECK(r.end == 5);
  }
  {
    // The same link under each of four items: the run holds them all.
    const auto [evidence, scores] = evidence_of(lines(4));
    const Region r = main_region(evidence, scores);
    CHECK(r.begin == 3);
    CHECK(r.end == 2 + 4 * 4 - 1);
  }
}

TEST_CASE("a table of dated rows inside the article is neither teasers nor its end") {
  std::vector<Line> lines{{"Home", -kSure},
                          {"Home prices, month by month", -kSure / 4},
                          {kItem, kSure},
                          {kItem, kSure},
                          {"Date Change", -kSure / 4}};
  for (int month = 1; month <= 12; ++month) {
    lines.push_back(
        {std::to_string(month) + "/1/2024 +" + std::to_string(month) + ".5%", -kSure / 2});
  }
  const std::string after =
      "Prices rose again through the year, even as mortgage rates stayed high, and by "
      "December they were more than six percent above the year before, a pace much closer "
      "to the long-run average than to the surge of the pandemic years.";
  lines.push_back({after, kSure});
  lines.push_back({after + " Sales followed.", kSure});
  lines.push_back({"Privacy Policy", -kSure});
  const auto [evidence, scores] = evidence_of(lines);
  const Region r = main_region(evidence, scores);
  INFO("run " << r.begin << " to " << r.end);
  CHECK(r.begin == 2);
  CHECK(r.end == lines.size() - 1);
}
