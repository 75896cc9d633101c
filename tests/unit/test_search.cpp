// Keyword in context: folding through ICU, phrases, entity queries, and the
// JSON lines of `presslens search`.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/search.hpp"
#include "text/offsets.hpp"

#include <algorithm>
#include <map>

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

TEST_CASE("search on the seeds: moualem, phrases by stem or, quoted, as written") {
  const Batch batch = analyze(testing::seed_files());
  const SearchIndex index(batch);
  const auto moualem = index.search("moualem");
  REQUIRE(moualem.ok());
  CHECK(moualem.value().size() == 4);
  for (const auto& h : moualem.value())
    CHECK(batch.documents[h.document].name == testing::seed_names()[2]);
  CHECK(matches(batch, index, "peace talks").size() == 4);
  CHECK(matches(batch, index, "\"peace talks\"").size() == 4);
  CHECK(matches(batch, index, "\u201cPEACE talks\u201d").size() == 4);
  // By stem, "peace talk" is the same phrase; quoted, it is not there as written.
  CHECK(matches(batch, index, "peace talk") == matches(batch, index, "peace talks"));
  CHECK(matches(batch, index, "\"peace talk\"").empty());
  CHECK(matches(batch, index, "talks peace").empty());
  CHECK(matches(batch, index, "no-such-word-anywhere").empty());
  CHECK(matches(batch, index, "al-Moualem") == std::vector<std::string>{"al-Moualem"});
}

TEST_CASE("entity queries: by cluster id, by name or alias, by text without clusters") {
  Batch batch = one_text("Walid Muallem met Lavrov. Later al-Moualem left Moscow.");
  auto& d = batch.documents[0];
  auto add = [&](const std::string& text, const std::string& cluster) {
    const auto at = d.text.find(text);
    d.entities.push_back(
        {text, EntityType::person, text::make_span(at, at + text.size()), cluster});
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

TEST_CASE("words match by their English stems: email finds emails, quoted finds only the word") {
  const Batch batch = one_text(
      "Her emails were read. The email server, emailed notes and an Email. "
      "Universal talks; the university talked.");
  const SearchIndex index(batch);
  const std::vector<std::string> all{"emails", "email", "emailed", "Email"};
  CHECK(matches(batch, index, "email") == all);
  CHECK(matches(batch, index, "emails") == all);
  CHECK(matches(batch, index, "\"emails\"") == std::vector<std::string>{"emails"});
  CHECK(matches(batch, index, "\"email\"") == std::vector<std::string>{"email", "Email"});
  CHECK(matches(batch, index, "talk") == std::vector<std::string>{"talks", "talked"});
}

namespace {

Batch records_batch() {
  const std::string records =
      R"({"title": "A", "text": "Clinton spoke in Ohio. Clinton won.", "date": "2016-09-12", "source": "Daily"})"
      "\n"
      R"({"title": "B", "text": "Clinton and Trump met in Clinton County.", "date": "2016-10-02", "source": "Weekly"})"
      "\n"
      R"({"title": "C", "text": "Nobody named Clinton here, says Trump.", "source": "Daily"})"
      "\n";
  Batch batch = analyze(std::vector<InputFile>{{"feed.jsonl", records, {}}});
  // Names by hand, so that the test reads the facets, not the tagger.
  auto name = [&](std::size_t d, const std::string& text, EntityType type, std::size_t nth = 0) {
    auto& doc = batch.documents[d];
    std::size_t at = doc.text.find(text);
    for (std::size_t i = 0; i < nth; ++i) at = doc.text.find(text, at + 1);
    doc.entities.push_back({text, type, text::make_span(at, at + text.size()), ""});
  };
  for (auto& doc : batch.documents) doc.entities.clear();
  name(0, "Clinton", EntityType::person);
  name(0, "Clinton", EntityType::person, 1);
  name(1, "Clinton", EntityType::person);
  name(1, "Clinton County", EntityType::location);
  for (auto& doc : batch.documents) {
    std::sort(
        doc.entities.begin(), doc.entities.end(),
        [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
  }
  return batch;
}

std::map<std::string, std::size_t> facet(const std::vector<FacetValue>& values) {
  std::map<std::string, std::size_t> out;
  for (const auto& v : values) out[v.value] = v.count;
  return out;
}

}  // namespace

TEST_CASE("facets count the hits by type, article, outlet and day; filters narrow them") {
  const Batch batch = records_batch();
  REQUIRE(batch.documents.size() == 3);
  const SearchIndex index(batch);
  auto found = index.find("clinton");
  REQUIRE(found.ok());
  const auto& all = found.value();
  CHECK(all.matched == 5);
  CHECK(all.hits.size() == 5);
  CHECK(facet(all.facets.types) ==
        std::map<std::string, std::size_t>{{"PER", 3}, {"LOC", 1}, {"text", 1}});
  CHECK(facet(all.facets.outlets) ==
        std::map<std::string, std::size_t>{{"Daily", 3}, {"Weekly", 2}});
  CHECK(facet(all.facets.dates) ==
        std::map<std::string, std::size_t>{{"2016-09-12", 2}, {"2016-10-02", 2}, {"", 1}});
  CHECK(all.facets.documents.front().count == 2);

  auto people = index.find("clinton type:person");
  REQUIRE(people.ok());
  CHECK(people.value().hits.size() == 3);
  CHECK(people.value().matched == 5);
  // A facet counts over the other facets' filters: every type is still counted.
  CHECK(facet(people.value().facets.types) == facet(all.facets.types));
  CHECK(facet(people.value().facets.outlets) ==
        std::map<std::string, std::size_t>{{"Daily", 2}, {"Weekly", 1}});

  CHECK(index.find("clinton outlet:Weekly").value().hits.size() == 2);
  CHECK(index.find("clinton outlet:\"Weekly\" type:place").value().hits.size() == 1);
  CHECK(index.find("clinton date:2016-09").value().hits.size() == 2);
  CHECK(index.find("clinton date:2016-09-01..2016-10-31").value().hits.size() == 4);
  CHECK(index.find("clinton date:2016").value().hits.size() == 4);
  CHECK(index.find("clinton type:text").value().hits.size() == 1);
  CHECK(index.find("trump article:feed.jsonl#3").value().hits.size() == 1);
  CHECK(index.find("clinton type:nonsense").error().code == ErrorCode::invalid_argument);
  CHECK(index.find("type:person").error().code == ErrorCode::invalid_argument);

  const auto json = nlohmann::json::parse(index.json("clinton type:person", people.value()));
  CHECK(json["total"] == 3);
  CHECK(json["matched"] == 5);
  CHECK(json["facets"]["type"][0] == nlohmann::json{{"value", "PER"}, {"count", 3}});
  CHECK(json["facets"]["outlet"].size() == 2);
}
