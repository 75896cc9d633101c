// Keyword in context: folding through ICU, phrases, entity queries, and the
// JSON lines of `presslens search`.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/search.hpp"

using namespace presslens;

namespace {

Batch one_text(const std::string& text) {
  return analyze(std::vector<InputFile>{{"a.txt", "Envoys Meet for Talks\n\n" + text + "\n", {}}});
}

std::vector<std::string> matches(const Batch& batch, const SearchIndex& index,
                                 const std::string& query) {
  auto hits = index.search(query);
  REQUIRE(hits.ok());
  std::vector<std::string> out;
  for (const auto& h : hits.value()) {
    out.push_back(batch.documents[h.document].text.substr(h.span.start, h.span.end - h.span.start));
  }
  return out;
}

}  // namespace

TEST_CASE("search ignores case and accents: zurich finds Zürich, ZÜRICH and Zurich") {
  const Batch batch = one_text(
      "Talks in Zürich ended. ZÜRICH was cold; zurich-based banks and Zurichsee did not count.");
  const SearchIndex index(batch);
  CHECK(matches(batch, index, "zurich") == std::vector<std::string>{"Zürich", "ZÜRICH", "zurich"});
  CHECK(matches(batch, index, "ZÜRICH") == std::vector<std::string>{"Zürich", "ZÜRICH", "zurich"});
  CHECK(matches(batch, index, "Zurichsee").size() == 1);
}

TEST_CASE("search transliterates other scripts and folds special letters") {
  const Batch batch = one_text("Москва said so. Straße and Łódź, and the ﬁnal word.");
  const SearchIndex index(batch);
  CHECK(matches(batch, index, "moskva") == std::vector<std::string>{"Москва"});
  CHECK(matches(batch, index, "strasse") == std::vector<std::string>{"Straße"});
  CHECK(matches(batch, index, "lodz") == std::vector<std::string>{"Łódź"});
  CHECK(matches(batch, index, "final") == std::vector<std::string>{"ﬁnal"});
}

TEST_CASE("search on the seeds: moualem, phrases quoted or not") {
  const Batch batch = analyze(testing::seed_files());
  const SearchIndex index(batch);
  const auto moualem = index.search("moualem");
  REQUIRE(moualem.ok());
  CHECK(moualem.value().size() == 4);
  for (const auto& h : moualem.value())
    CHECK(batch.documents[h.document].name == testing::seed_names()[2]);
  CHECK(matches(batch, index, "peace talks").size() == 4);
  CHECK(matches(batch, index, "\"peace talks\"") == matches(batch, index, "peace talks"));
  CHECK(matches(batch, index, "\u201cPEACE talks\u201d").size() == 4);
  CHECK(matches(batch, index, "talks peace").empty());
  CHECK(matches(batch, index, "no-such-word-anywhere").empty());
  CHECK(matches(batch, index, "al-Moualem") == std::vector<std::string>{"al-Moualem"});
}

TEST_CASE("entity queries: by cluster id, by name or alias, by text without clusters") {
  Batch batch = one_text("Walid Muallem met Lavrov. Later al-Moualem left Moscow.");
  auto& d = batch.documents[0];
  auto add = [&](const std::string& text, const std::string& cluster) {
    const auto at = d.text.find(text);
    d.entities.push_back({text, EntityType::person, {at, at + text.size()}, cluster});
  };
  d.entities.clear();
  add("Walid Muallem", "c7");
  add("Lavrov", "c2");
  add("al-Moualem", "c7");
  add("Moscow", "");
  batch.clusters = {
      {"c7", "Walid al-Moualem", EntityType::person, {"Walid Muallem", "al-Moualem"}, {"a.txt"}, 2},
      {"c2", "Sergei Lavrov", EntityType::person, {"Lavrov"}, {"a.txt"}, 1}};
  const SearchIndex index(batch);
  CHECK(matches(batch, index, "entity:c7") ==
        std::vector<std::string>{"Walid Muallem", "al-Moualem"});
  CHECK(matches(batch, index, "entity:walid al-moualem") ==
        std::vector<std::string>{"Walid Muallem", "al-Moualem"});
  CHECK(matches(batch, index, "entity:\"Walid MUALLEM\"") ==
        std::vector<std::string>{"Walid Muallem", "al-Moualem"});
  CHECK(matches(batch, index, "entity:moscow") == std::vector<std::string>{"Moscow"});
  CHECK(matches(batch, index, "entity:c9").empty());
}

TEST_CASE("empty queries are errors") {
  const Batch batch = one_text("Some text.");
  const SearchIndex index(batch);
  CHECK(index.search("").error().code == ErrorCode::invalid_argument);
  CHECK(index.search("  \"\" ").error().code == ErrorCode::invalid_argument);
  CHECK(index.search("entity:").error().code == ErrorCode::invalid_argument);
  CHECK(index.search("—").error().code == ErrorCode::invalid_argument);
}

TEST_CASE("hits as JSON lines: UTF-16 offsets, context before and after") {
  const Batch batch = one_text("Tokyo (東京) and 😀 Zürich; then Zürich again.");
  const SearchIndex index(batch);
  auto hits = index.search("zurich");
  REQUIRE(hits.ok());
  SearchOptions options;
  options.context = 5;
  const auto lines = index.json_lines(hits.value(), options);
  const auto first = nlohmann::json::parse(lines.substr(0, lines.find('\n')));
  CHECK(first["document"] == "a.txt");
  CHECK(first["start"] == 18);  // "Tokyo (東京) and " is 16 units, the emoji 2
  CHECK(first["end"] == 24);
  CHECK(first["before"] == "nd 😀 ");  // five characters
  CHECK(first["match"] == "Zürich");
  CHECK(first["after"] == "; the");
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 2);
  options.limit = 1;
  const auto all = nlohmann::json::parse(index.json("zurich", hits.value(), options));
  CHECK(all["total"] == 2);
  CHECK(all["hits"].size() == 1);
}
