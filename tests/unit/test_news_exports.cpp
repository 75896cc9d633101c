// News-database exports: many articles per file, each with the database's
// fields, its boilerplate removed, the count checked (docs/formats.md). The
// fixtures in tests/fixtures/exports/ are synthetic, written here.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/records.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using namespace presslens::input;

TEST_CASE("a ProQuest text export gives one record per article, with its fields") {
  const auto records = split_records("pq.txt", testing::fixture("exports/proquest.txt"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 3);
  CHECK(r[0].name == "pq.txt#1");
  CHECK(r[0].title == "Harbour council approves new ferry timetable");
  CHECK(r[0].source == "The Coastal Ledger; Port Alder");
  CHECK(r[0].date == "Nov 17, 2015");
  CHECK(r[0].byline == "Marta Ilves");
  CHECK(r[0].section == "Local News");
  CHECK(r[0].language == "English");
  CHECK(r[0].database == "ProQuest");
  CHECK(r[0].database_id == "100000001");
  CHECK(r[0].url == "http://search.example.invalid/docview/100000001");
  CHECK(r[0].body ==
        "The Port Alder harbour council voted on Monday to add four daily crossings to the "
        "island ferry timetable.\n\n\"People have waited years for this,\" said councillor "
        "Jonas Reed, who chairs the transport committee.\n\nThe new timetable starts in March.");
  CHECK(r[0].warnings.empty());  // "Document N of 3" and three articles: the count is right
  CHECK(r[1].length == 48);
  CHECK(r[1].byline == "Tomas Berg");
  CHECK(r[1].body.ends_with("insurance would cover only part of the loss."));
  // A citation without its text is an error of its own; the others still count.
  REQUIRE(r[2].error);
  CHECK(r[2].error->code == ErrorCode::invalid_record);
  CHECK(r[2].error->message == "article 3 of the ProQuest export has no text (only its citation)");
}

TEST_CASE("a ProQuest export: the cover, contents and contact lines are nobody's text") {
  const auto records = split_records("pq.txt", testing::fixture("exports/proquest.txt"));
  REQUIRE(records.ok());
  for (const auto& r : records.value()) {
    CHECK(r.body.find("Table of contents") == std::string::npos);
    CHECK(r.body.find("Contact ProQuest") == std::string::npos);
    CHECK(r.body.find("Subject:") == std::string::npos);
    CHECK(r.body.find("Abstract:") == std::string::npos);
  }
}

TEST_CASE("an older LexisNexis text export: header, fields, body, and a count that is short") {
  const auto records = split_records("ln.txt", testing::fixture("exports/lexisnexis.txt"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 2);
  CHECK(r[0].name == "ln.txt#1");
  CHECK(r[0].source == "The Northern Courier");
  CHECK(r[0].date == "November 17, 2015 Tuesday");
  CHECK(r[0].title == "Rail strike called off after late-night talks");
  CHECK(r[0].byline == "Anna Petrova");
  CHECK(r[0].section == "NATIONAL; Pg. 4");
  CHECK(r[0].length == 61);
  CHECK(r[0].language == "ENGLISH");
  CHECK(r[0].database == "LexisNexis");
  CHECK_FALSE(r[0].database_id);
  CHECK(r[0].body ==
        "Rail workers called off Wednesday's strike after talks that ran past midnight, the "
        "union said.\n\n\"We have an offer our members can vote on,\" said union secretary Paul "
        "Adeyemi.\n\nThe operator, Linden Rail, said services would run as normal.");
  // "1 of 3 DOCUMENTS", but two articles: a warning on the file's first document.
  REQUIRE(r[0].warnings.size() == 1);
  CHECK(r[0].warnings[0] ==
        "the export says it holds 3 articles, but 2 were found in this file (missing: 3)");
  CHECK(r[1].warnings.empty());
  CHECK(r[1].source == "Eastbay Herald");
  CHECK(r[1].title == "Library opens its doors on Sundays");
  CHECK(r[1].date == "November 16, 2015");
  CHECK(r[1].body.find("Copyright") == std::string::npos);
  CHECK(r[1].body.ends_with("She said the change costs nothing extra."));
}

TEST_CASE("an ordinary text that mentions exports stays one article") {
  const std::string text =
      "Report on archives\n____________________________\nThe LENGTH: of a piece matters.\n"
      "1 of 2 DOCUMENTS were signed.\n";
  const auto records = split_records("a.txt", text);
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 1);
  CHECK(records.value()[0].body == text);
  CHECK_FALSE(records.value()[0].database);
}

TEST_CASE("an export's articles are documents with the database's fields in the JSON") {
  const auto batch = analyze(
      std::vector<InputFile>{{"lexisnexis.txt", testing::fixture("exports/lexisnexis.txt"), {}}});
  REQUIRE(batch.documents.size() == 2);
  const auto& d = batch.documents[0];
  CHECK(d.name == "lexisnexis.txt#1");
  CHECK(d.title == "Rail strike called off after late-night talks");
  CHECK(d.date == "2015-11-17");
  CHECK(d.source == "The Northern Courier");
  CHECK(d.byline == "Anna Petrova");
  CHECK(d.length == 61);
  CHECK(d.database == "LexisNexis");
  CHECK(d.text.starts_with("Rail workers called off"));
  const std::string json = to_json(batch);
  CHECK(json.find("\"byline\":\"Anna Petrova\",\"section\":\"NATIONAL; Pg. 4\",\"length\":61,"
                  "\"language\":\"ENGLISH\",\"database\":\"LexisNexis\",\"database_id\":null") !=
        std::string::npos);
}
