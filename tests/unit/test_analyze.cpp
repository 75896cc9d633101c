#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using presslens::testing::fixture_file;

namespace {

// A failed document's message and code, or "" for one that did not fail.
std::string error_message(const Document& d) {
  return d.error ? d.error->message : "";
}
std::string error_code(const Document& d) {
  return d.error ? std::string(to_string(d.error->code)) : "";
}

}  // namespace

TEST_CASE("a batch with bad files reports each failure and keeps the rest") {
  std::vector<InputFile> files = testing::seed_files();
  files.push_back(fixture_file("pixel.png"));
  files.push_back(fixture_file("empty.txt"));
  files.push_back(fixture_file("whitespace-only.txt"));
  files.push_back({"missing.txt", {}, Error{ErrorCode::unreadable, "cannot open the file"}});
  const Batch batch = analyze(files);
  REQUIRE(batch.documents.size() == 9);
  CHECK_FALSE(batch.all_ok());
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK_FALSE(batch.documents[i].error);
    CHECK_FALSE(batch.documents[i].text.empty());
    CHECK(batch.documents[i].encoding == "UTF-8");
  }
  const auto& png = batch.documents[5];
  CHECK(png.name == "pixel.png");
  CHECK(error_message(png) == "not a text file: it looks like a PNG image");
  CHECK(error_code(png) == "binary_file");
  CHECK(png.blocks.empty());
  CHECK(error_message(batch.documents[6]) == "the file is empty");
  CHECK(error_message(batch.documents[7]) == "the file holds no text (only whitespace)");
  CHECK(error_message(batch.documents[8]) == "cannot open the file");
}

TEST_CASE("a file above the size limit gets an error, not an allocation") {
  AnalyzeOptions options;
  options.max_file_bytes = 1000;
  const std::vector<InputFile> files{{"big.txt", std::string(5000, 'a'), {}}};
  const Batch batch = analyze(files, options);
  REQUIRE(batch.documents.size() == 1);
  CHECK(error_code(batch.documents[0]) == "file_too_large");
}

TEST_CASE("a text above the analysis limit is analysed up to a paragraph, with a warning") {
  AnalyzeOptions options;
  options.max_text_bytes = 1000;
  std::string text;
  for (int i = 0; text.size() < 3000; ++i)
    text +=
        "Paragraph " + std::to_string(i) + " says that the minister met the envoy in Paris.\n\n";
  const std::vector<InputFile> files{{"long.txt", text, {}}, {"short.txt", "A short note.\n", {}}};
  const Batch batch = analyze(files, options);
  REQUIRE(batch.documents.size() == 2);
  const Document& cut = batch.documents[0];
  CHECK_FALSE(cut.error);
  CHECK(cut.text.size() <= 1000);
  CHECK(cut.text.size() > 500);
  // Cut between paragraphs: the last one analysed is whole.
  CHECK(cut.text.ends_with("in Paris."));
  REQUIRE_FALSE(cut.warnings.empty());
  CHECK(cut.warnings.back().find("only the first") != std::string::npos);
  CHECK(batch.documents[1].warnings.empty());
  // One long line is cut at a space, on a character boundary.
  std::string line;
  while (line.size() < 3000) line += "caf\u00e9 ";
  const std::vector<InputFile> one{{"line.txt", line, {}}};
  const Batch lined = analyze(one, options);
  REQUIRE(lined.documents.size() == 1);
  CHECK(lined.documents[0].text.size() <= 1000);
  CHECK(lined.documents[0].text.ends_with("caf\u00e9"));
  // A web page: its article text, up to the last paragraph that fits.
  std::string page = "<html><head><title>Talks</title></head><body><article>";
  for (int i = 0; page.size() < 6000; ++i)
    page +=
        "<p>Paragraph " + std::to_string(i) + " says that the minister met the envoy in Paris.</p>";
  page += "</article></body></html>";
  const std::vector<InputFile> pages{{"page.html", page, {}}};
  const Batch paged = analyze(pages, options);
  REQUIRE(paged.documents.size() == 1);
  CHECK_FALSE(paged.documents[0].error);
  CHECK(paged.documents[0].text.size() <= 1000);
  CHECK(paged.documents[0].text.size() > 500);
  CHECK(paged.documents[0].text.ends_with("in Paris."));
  REQUIRE_FALSE(paged.documents[0].warnings.empty());
  CHECK(paged.documents[0].warnings.back().find("only the first") != std::string::npos);
}

TEST_CASE("every seed's text is its kept body blocks, paragraphs separated by a blank line") {
  const Batch batch = analyze(testing::seed_files());
  for (const auto& document : batch.documents) {
    CAPTURE(document.name);
    std::string joined;
    for (const auto& block : document.blocks) {
      if (!block.in_text) continue;
      // Its text is held once, in the document's.
      CHECK(block.text.empty());
      CHECK(block_text(document, block) ==
            document.text.substr(block.in_text->start, block.in_text->end - block.in_text->start));
      joined += (joined.empty() ? "" : "\n\n") + std::string(block_text(document, block));
    }
    CHECK(joined == document.text);
    CHECK(document.text.find('\xA0') == std::string::npos);
    CHECK(document.text.find("\u00a0") == std::string::npos);
  }
}

TEST_CASE("records of a .jsonl file are documents with their fields") {
  const Batch batch = analyze(std::vector<InputFile>{fixture_file("records.jsonl")});
  REQUIRE(batch.documents.size() == 4);
  const auto& first = batch.documents[0];
  CHECK(first.name == "records.jsonl#1");
  CHECK(first.title == "Lavrov meets Moualem");
  CHECK(first.date == "2015-08-26");
  CHECK(first.source == "Example News");
  CHECK(first.text ==
        "Russian Foreign Minister Sergei Lavrov met Walid al-Moualem.\n\nThey spoke for an hour.");
  CHECK(error_message(batch.documents[1]) == "line 2 is not valid JSON");
  CHECK(batch.documents[2].date == "2015-11-17");
  CHECK(error_code(batch.documents[3]) == "invalid_record");
}

TEST_CASE("a publication date set by the user anchors relative dates") {
  AnalyzeOptions options;
  options.default_date = "2015-09-17";
  options.document_dates["001_bf7699d9b6ee942d.txt"] = "2015-12-15";
  const Batch batch = analyze(testing::seed_files(), options);
  const auto value_of = [](const Document& d, const std::string& text) {
    for (const auto& date : d.dates) {
      if (date.text == text) return date.value;
    }
    return std::string("(none)");
  };
  CHECK(batch.documents[0].date == "2015-09-17");
  CHECK(value_of(batch.documents[0], "Wednesday") == "2015-09-16");
  CHECK(batch.documents[1].date == "2015-12-15");
  CHECK(value_of(batch.documents[1], "early next year") == "2016");
  CHECK(value_of(batch.documents[1], "Tuesday") == "2015-12-15");
}

TEST_CASE("files with one name, or one name without extension, get names of their own") {
  const std::vector<InputFile> files{{"same.txt", "Lavrov met Kerry in Geneva.\n", {}},
                                     {"same.txt", "Kerry met Lavrov in Vienna.\n", {}},
                                     {"same.json", R"({"text":"Assad spoke in Damascus."})", {}}};
  const Batch batch = analyze(files);
  REQUIRE(batch.documents.size() == 3);
  CHECK(batch.documents[0].name == "same.txt");
  CHECK(batch.documents[1].name == "same (2).txt");
  CHECK(batch.documents[2].name == "same (3).json");
  CHECK(batch.documents[1].warnings ==
        std::vector<std::string>{
            "named same (2).txt here: another file of the batch is called same.txt"});
  const auto keys = nlohmann::json::parse(to_clean_json(batch));
  CHECK(keys.size() == 3);
  CHECK(keys.contains("same (2)"));
  CHECK(keys["same (3)"]["articleBody"] == "Assad spoke in Damascus.");
}
