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

namespace {

std::vector<Document> read_documents(const std::vector<InputFile>& files) {
  return prepare_batch(files).documents;
}

}  // namespace

TEST_CASE("a Factiva HTML export: one document per article div, fields from its code table") {
  const auto docs = read_documents({testing::fixture_file("exports/factiva-articles.html")});
  REQUIRE(docs.size() == 3);
  const auto& d = docs[0];
  CHECK(d.name == "exports/factiva-articles.html#1");
  CHECK_FALSE(d.error);
  CHECK(d.format == InputFormat::html);
  CHECK(d.title == "Harbour dredging to start in spring");
  CHECK(d.byline == "Mara Lindqvist");
  CHECK(d.length == 1204);
  CHECK(d.date == "2015-11-17");
  CHECK(d.source == "The Northern Courier");
  CHECK(d.section == "Local News");
  CHECK(d.language == "English");
  CHECK(d.database == "Factiva");
  CHECK(d.database_id == "NRTHC00020151117ebbh0001a");
  CHECK(d.warnings.empty());
  // LP then TD, each paragraph a block; the index codes (CO, NS, RE, PUB),
  // the copyright and the page outside the articles are nobody's text.
  CHECK(d.text ==
        "The port authority of Linden will begin dredging the outer harbour in April, its chair, "
        "Jonas Ekberg, said on Monday.\n\nThe work is expected to take eleven weeks.\n\n\"Larger "
        "ferries need a deeper channel,\" Ekberg told the council.\n\nThe council approved a "
        "budget of 3.2 million euros for the project.");
  for (const auto& doc : docs) {
    for (const auto& block : doc.blocks) {
      const std::string_view text = block_text(doc, block);
      CHECK(text.find("Political/General News") == std::string::npos);
      CHECK(text.find("Invented articles") == std::string::npos);
      CHECK(text.find("All rights reserved") == std::string::npos);
    }
  }
  // An article without BY nor SE: those fields stay empty, not borrowed.
  CHECK(docs[1].name == "exports/factiva-articles.html#2");
  CHECK(docs[1].title == "Ferry timetable changes from January");
  CHECK_FALSE(docs[1].byline);
  CHECK_FALSE(docs[1].section);
  CHECK(docs[1].source == "Eastbay Herald");
  CHECK(docs[1].database_id == "EBYHRL0020151118ebbi0002b");
  CHECK(docs[1].text ==
        "Island ferries will leave Port Alder twenty minutes earlier from January, the operator "
        "said.\n\nThe change follows complaints from commuters about late arrivals.");
}

TEST_CASE("a Factiva HTML export in Article Format: the header above the text, no codes") {
  const auto docs = read_documents({testing::fixture_file("exports/factiva-articles.html")});
  REQUIRE(docs.size() == 3);
  const auto& d = docs[2];
  CHECK(d.title == "Library opens on Sundays");
  CHECK(d.section == "Community");
  CHECK(d.byline == "Tomas Berg");
  CHECK(d.length == 152);
  CHECK(d.date == "2015-11-19");
  CHECK(d.source == "The Northern Courier");
  CHECK(d.language == "English");
  CHECK(d.database_id == "NRTHC00020151119ebbj0003c");
  CHECK(d.text ==
        "The central library of Linden will open on Sundays from December, the city said.\n\n"
        "Volunteers will staff the reading room.");
}

TEST_CASE("a damaged Factiva HTML export: an article cut short is read and said to be") {
  const auto docs = read_documents({testing::fixture_file("exports/factiva-cut.html"),
                                    testing::fixture_file("exports/factiva-articles.html")});
  REQUIRE(docs.size() == 6);  // the other file of the batch loses nothing
  for (std::size_t i = 3; i < 6; ++i) {
    CHECK_FALSE(docs[i].error);
    CHECK(docs[i].warnings.empty());
  }
  CHECK_FALSE(docs[0].error);
  CHECK(docs[0].title == "Bridge closed for repairs");
  CHECK(docs[0].text == "The old bridge over the Alder will close for three weeks.");
  CHECK(docs[0].warnings.empty());
  REQUIRE(docs[1].error);
  CHECK(docs[1].error->message ==
        "article 2 of the Factiva export has no text (only its citation)");
  const auto& cut = docs[2];
  CHECK_FALSE(cut.error);
  CHECK(cut.title == "School roof to be replaced");
  CHECK(cut.byline == "Lena Holm");
  CHECK_FALSE(cut.database_id);
  CHECK(cut.text ==
        "The county will replace the roof of the Alder primary school in the summer.\n\nClasses "
        "will move to the sports hall for");
  REQUIRE(cut.warnings.size() == 1);
  CHECK(cut.warnings[0] ==
        "article 3 of the Factiva export is cut short (it has no AN row, the accession number "
        "that ends an article): the file may be incomplete");
}

TEST_CASE("a web page with article divs but no Factiva codes stays one page") {
  const std::string page =
      "<!DOCTYPE html><html><head><title>Harbour news</title></head><body>"
      "<div class=\"article\"><h1>Harbour dredging to start</h1>"
      "<p>The port authority of Linden will begin dredging the outer harbour in April, its "
      "chair said on Monday.</p><p>Document approval is expected within 412 words of the "
      "report.</p></div>"
      "<div class=\"article\"><h2>Ferries</h2><p>HD</p><p>Island ferries will leave earlier "
      "from January, the operator said on Tuesday.</p></div></body></html>";
  const auto docs = read_documents({{"news.html", page, {}}});
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].name == "news.html");
  CHECK_FALSE(docs[0].database);
}

TEST_CASE("a Factiva HTML export saved as a web archive is read as the export") {
  const std::string archive =
      "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://factiva.example/ga/\r\n"
      "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
      "\tboundary=\"--b--\"\r\n\r\n----b--\r\nContent-Type: text/html\r\n"
      "Content-Location: https://factiva.example/ga/\r\n\r\n" +
      testing::fixture("exports/factiva-articles.html") + "\r\n----b----\r\n";
  const auto docs = read_documents({{"saved.mhtml", archive, {}}});
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].format == InputFormat::mhtml);
  CHECK(docs[0].database_id == "NRTHC00020151117ebbh0001a");
  CHECK(docs[2].title == "Library opens on Sundays");
}

TEST_CASE("a Factiva HTML export cut anywhere: every article read so far, nothing thrown") {
  const std::string whole = testing::fixture("exports/factiva-articles.html");
  std::size_t exports_seen = 0;
  for (std::size_t cut = 0; cut <= whole.size(); cut += 41) {
    const auto docs = read_documents({{"cut.html", whole.substr(0, cut), {}}});
    REQUIRE_FALSE(docs.empty());
    if (docs.front().database != "Factiva") continue;
    ++exports_seen;
    for (const auto& d : docs) CHECK((d.error || !d.text.empty()));
    // Every article but the last is whole: its accession number was read.
    for (std::size_t i = 0; i + 1 < docs.size(); ++i) CHECK(docs[i].database_id);
  }
  CHECK(exports_seen > 40);
}
