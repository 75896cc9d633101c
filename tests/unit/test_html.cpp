// Web pages and web archives: read in the core, the article found among the
// page's furniture, its metadata, and bad pages each failing alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using presslens::testing::fixture;
using presslens::testing::fixture_file;

namespace {

Batch read(std::vector<InputFile> files) {
  return prepare_batch(files);
}

Document read_one(InputFile file) {
  Batch batch = read({std::move(file)});
  REQUIRE(batch.documents.size() == 1);
  return std::move(batch.documents[0]);
}

const Block* find_block(const Document& d, std::string_view text) {
  for (const auto& b : d.blocks) {
    if (block_text(d, b) == text) return &b;
  }
  return nullptr;
}

std::string error_code(const Document& d) {
  return d.error ? std::string(to_string(d.error->code)) : "";
}

const std::string kCafesText =
    "The cafés of Zürich open early, and by seven the naïve visitor finds every table taken by "
    "people reading the morning papers.\n\nMost of them serve coffee with a small chocolate, a "
    "custom that the owners say goes back more than a century.";

}  // namespace

TEST_CASE("a saved web page: the article, its metadata, and every removal explained") {
  const Document d = read_one(fixture_file("article.html"));
  REQUIRE_FALSE(d.error);
  CHECK(d.format == InputFormat::html);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.title == "Council Extends the Tram Line North");  // not "... | The Example Courier"
  CHECK(d.date == "2019-11-19");
  CHECK(d.date_source == DateSource::metadata);
  CHECK(d.author == "Jane Writer");
  CHECK(d.source == "The Example Courier");
  CHECK(d.url == "https://courier.example/news/2019/11/19/tram-line-north/");
  CHECK(d.text.starts_with("The city council voted on Tuesday"));
  CHECK(d.text.ends_with("the mayor told reporters after the vote."));
  CHECK(d.text.find("A decade of argument") != std::string::npos);
  // Markup, styles, scripts, menus, comments, related links and captions are not the article.
  for (const char* furniture : {"<p", "Georgia", "analytics", "Sign in", "tramfan", "Finally",
                                "Bus fares", "Privacy Policy", "Photo by Ann Lee", "Tweet"}) {
    CAPTURE(furniture);
    CHECK(d.text.find(furniture) == std::string::npos);
  }
  // Each block that is not the article says why.
  for (const auto& b : d.blocks) {
    CAPTURE(block_text(d, b));
    if (!b.kept) CHECK_FALSE(b.reason.empty());
  }
  const Block* comment = find_block(
      d,
      "Finally, after all these years of waiting and waiting, the council did the right thing "
      "for once.");
  REQUIRE(comment);
  CHECK_FALSE(comment->kept);
  CHECK(comment->reason == "comments");
}

TEST_CASE("web archives: quoted-printable and base64 parts, the part's charset and address") {
  const Document qp = read_one(fixture_file("cafes.mhtml"));
  REQUIRE_FALSE(qp.error);
  CHECK(qp.format == InputFormat::mhtml);
  CHECK(qp.encoding == "UTF-8");
  CHECK(qp.title == "Cafés of Zürich");
  CHECK(qp.text == kCafesText);
  CHECK(qp.url == "https://cafes.example/zurich");
  CHECK(qp.bytes == fixture("cafes.mhtml").size());

  const Document b64 = read_one(fixture_file("cafes-base64.mht"));
  REQUIRE_FALSE(b64.error);
  CHECK(b64.format == InputFormat::mhtml);
  CHECK(b64.encoding == "windows-1252");  // the part says iso-8859-1: its superset, as browsers
  CHECK(b64.title == "Cafés of Zürich");
  CHECK(b64.text == kCafesText);
  CHECK(b64.url == "http://cafes.example/old");
}

TEST_CASE("a page's declared encoding is read before detection") {
  const Document d = read_one(fixture_file("latin1.html"));
  REQUIRE_FALSE(d.error);
  CHECK(d.encoding == "windows-1252");
  CHECK(d.title == "Cafés of Zürich");
  CHECK(d.text == kCafesText);
}

TEST_CASE("a page saved as .txt is read as a page; the address it was saved from is whole") {
  const Document d = read_one(fixture_file("saved-page.txt"));
  REQUIRE_FALSE(d.error);
  CHECK(d.format == InputFormat::html);
  CHECK(d.title == "Markets Rally as Inflation Cools");
  CHECK(d.url == "https://news.example/2016/10/12/markets-rally-as-inflation-cools");
  CHECK(d.date == "2016-10-12");
  CHECK(d.date_source == DateSource::address);
  CHECK(d.text.starts_with("Stocks rose sharply on Wednesday"));
  CHECK(d.text.find("Home") == std::string::npos);
}

TEST_CASE("bad pages: each gets an error or a best-effort article, and the batch goes on") {
  const std::string article = fixture("article.html");
  std::vector<InputFile> files;
  // Cut off in the middle of the second paragraph (and of a tag).
  const auto cut = article.find("the budget, already") + 8;
  files.push_back({"truncated.html", article.substr(0, cut) + "<di", {}});
  // 100,000 nested divs around one paragraph.
  std::string nested = "<html><body>";
  for (int i = 0; i < 100000; ++i) nested += "<div>";
  nested += "<p>The paragraph at the bottom of a very deep page is still found by the reader.</p>";
  for (int i = 0; i < 100000; ++i) nested += "</div>";
  files.push_back({"nested.html", nested + "</body></html>", {}});
  // Binary junk named .html (a PNG's first bytes, then noise).
  std::string junk = fixture("pixel.png");
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xFF));
  files.push_back({"junk.html", junk, {}});
  // Control bytes throughout, no recognisable format.
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise.push_back(static_cast<char>((i * 131 + 7) % 32));
  files.push_back({"noise.htm", noise, {}});
  files.push_back({"empty.html", "", {}});
  files.push_back(
      {"markup-only.html", "<html><head><style>p{}</style></head><body></body></html>", {}});
  files.push_back(fixture_file("article.html"));

  const Batch batch = read(files);
  REQUIRE(batch.documents.size() == files.size());
  const auto& truncated = batch.documents[0];
  REQUIRE_FALSE(truncated.error);
  CHECK(truncated.title == "Council Extends the Tram Line North");
  CHECK(truncated.text.starts_with("The city council voted on Tuesday"));
  CHECK(truncated.text.find("while critics warned") != std::string::npos);

  const auto& deep = batch.documents[1];
  REQUIRE_FALSE(deep.error);
  CHECK(deep.text ==
        "The paragraph at the bottom of a very deep page is still found by the reader.");

  CHECK(error_code(batch.documents[2]) == "binary_file");
  CHECK(error_code(batch.documents[3]) == "binary_file");
  CHECK(error_code(batch.documents[4]) == "empty_file");
  CHECK(error_code(batch.documents[5]) == "empty_file");
  CHECK(batch.documents[5].error->message == "the page holds no text");

  const auto& good = batch.documents[6];
  REQUIRE_FALSE(good.error);
  CHECK(good.title == "Council Extends the Tram Line North");
}

TEST_CASE("a page over the size cap is refused; a large one is read in part, with a warning") {
  std::string big = "<html><head><title>A long page</title></head><body><article>";
  const std::string paragraph =
      "<p>Every paragraph of this long page says the same thing about the tram line, again and "
      "again, so that the page grows past what the reader parses.</p>\n";
  while (big.size() < (9u << 20)) big += paragraph;
  big += "</article></body></html>";

  AnalyzeOptions small_cap;
  small_cap.max_file_bytes = 4u << 20;
  const std::vector<InputFile> files{{"big.html", big, {}}};
  const Batch refused = prepare_batch(files, small_cap);
  REQUIRE(refused.documents.size() == 1);
  CHECK(error_code(refused.documents[0]) == "file_too_large");

  const Batch read_part = prepare_batch(files);
  REQUIRE(read_part.documents.size() == 1);
  const auto& d = read_part.documents[0];
  REQUIRE_FALSE(d.error);
  CHECK(d.title == "A long page");
  CHECK(d.text.starts_with("Every paragraph of this long page"));
  CHECK(d.text.size() <= (8u << 20));
  CHECK(std::any_of(d.warnings.begin(), d.warnings.end(),
                    [](const std::string& w) { return w.find("MB") != std::string::npos; }));
}

TEST_CASE("a paragraph the page repeats (a copy for another screen) is read once") {
  const std::string story =
      "<p>The council voted on Tuesday to extend the tram line north to the new hospital, after "
      "a decade of argument about its cost.</p>"
      "<p>Work is to begin next spring, and the first trams should run in three years, the mayor "
      "told reporters after the vote.</p>";
  const Document d = read_one(
      {"copies.html", "<!DOCTYPE html><html><head><title>Tram line</title></head><body><article>" +
                          story + "</article><div class=\"story-mobile\">" + story +
                          "</div></body></html>"});
  REQUIRE_FALSE(d.error);
  const auto count = [&](std::string_view s) {
    std::size_t n = 0;
    for (auto at = d.text.find(s); at != std::string::npos; at = d.text.find(s, at + 1)) ++n;
    return n;
  };
  CHECK(count("to extend the tram line north") == 1);
  CHECK(count("the first trams should run") == 1);
  std::size_t copies = 0;
  for (const auto& b : d.blocks) {
    if (b.kind != BlockKind::duplicate || b.kept) continue;
    CHECK(b.reason.starts_with("duplicate of block "));
    ++copies;
  }
  CHECK(copies >= 2);
}
