// Word documents: ZIP + DEFLATE + XML read by the core (docs/formats.md).
// The fixtures in tests/fixtures/docx/ are written by tools/fixtures/make_docx.py.
#include <doctest/doctest.h>

#include <algorithm>

#include "fixtures.hpp"
#include "input/docx.hpp"
#include "input/inflate.hpp"
#include "input/xml_reader.hpp"
#include "input/zip.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using namespace presslens::input;

namespace {

std::string docx(const std::string& name) {
  return testing::fixture("docx/" + name);
}

Batch analyze_one(const std::string& name, const std::string& bytes) {
  return analyze(std::vector<InputFile>{{name, bytes, {}}});
}

}  // namespace

TEST_CASE("a DOCX: paragraphs as lines, headings kept, the Title style as title") {
  for (const auto* name : {"article.docx", "article-stored.docx"}) {
    CAPTURE(name);
    const auto text = read_docx_text(docx(name));
    REQUIRE(text.ok());
    const auto& p = text.value().paragraphs;
    REQUIRE(p.size() == 6);
    CHECK(text.value().title == "Tram line to reach the airport by 2018");
    CHECK(p[1] == "Plans and costs");  // a heading (style "heading 1", id in German)
    // Deleted text, the note's mark and field codes are not part of it.
    CHECK(p[2] ==
          "The city council of Eastbay approved a tram line to the airport on Tuesday, at a cost "
          "of \u20AC40 million & more.");
    CHECK(p[3] == "\"It will change how people travel,\" said the mayor, Lina Kowalski.");
    CHECK(p[4] == "Stops: 12");  // table cells, one line each
    CHECK(p[5] == "Length: 9 km");
    CHECK(text.value().warnings.empty());
    CHECK(text.value().headings == std::vector<std::string>{"Plans and costs"});
  }
}

TEST_CASE("a DOCX is a document of the batch; footnotes are not read") {
  const auto batch = analyze_one("plan.docx", docx("article.docx"));
  REQUIRE(batch.documents.size() == 1);
  const auto& d = batch.documents[0];
  REQUIRE_FALSE(d.error);
  CHECK(d.title == "Tram line to reach the airport by 2018");
  CHECK(d.encoding == "UTF-8");
  CHECK(d.text.find("a tram line to the airport on Tuesday") != std::string::npos);
  CHECK(d.text.find("footnote") == std::string::npos);
  CHECK(d.text.find("PAGE") == std::string::npos);
  // The heading the document marks (style "heading 1") stays, as a heading.
  CHECK(d.text.starts_with("Plans and costs\n\nThe city council of Eastbay"));
  const auto heading = std::find_if(d.blocks.begin(), d.blocks.end(), [&](const Block& b) {
    return block_text(d, b) == "Plans and costs";
  });
  REQUIRE(heading != d.blocks.end());
  CHECK(heading->kept);
  CHECK(heading->kind == BlockKind::heading);
  CHECK(heading->source_heading);
}

TEST_CASE("a Nexis Uni DOCX export gives one document per article with its fields") {
  const auto records = read_docx("nu.docx", docx("nexis-uni.docx"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 2);
  CHECK(r[0].name == "nu.docx#1");
  CHECK(r[0].title == "Ferry fares to rise in January");
  CHECK(r[0].source == "The Coastal Ledger");
  CHECK(r[0].date == "November 17, 2015 Tuesday");
  CHECK(r[0].section == "NEWS; Pg. 2");
  CHECK(r[0].length == 52);
  CHECK(r[0].byline == "Marta Ilves");  // "Byline:" and a non-breaking space
  CHECK(r[0].language == "ENGLISH");
  CHECK(r[0].database == "Nexis Uni");
  CHECK(r[0].body ==
        "Island ferry fares will rise by five percent in January, the operator said on "
        "Monday.\n\"Fuel costs have doubled,\" said its director, Jonas Reed.");
  // "Documents (3)" on the cover, two articles in the file.
  REQUIRE(r[0].warnings.size() == 1);
  CHECK(r[0].warnings[0] == "the export says it holds 3 articles, but 2 were found in this file");
  CHECK(r[1].title == "Bridge repairs finished early");
  CHECK(r[1].source == "Valley Weekly");
  CHECK(r[1].byline == "Tomas Berg");
  CHECK(r[1].body ==
        "Repairs to the Greenfield bridge were finished two weeks early, the county said.");
}

TEST_CASE("a zip bomb, a cut-off archive and a ZIP without Word in it are errors of that file") {
  const auto bomb = analyze_one("bomb.docx", docx("bomb.docx"));
  REQUIRE(bomb.documents.at(0).error);
  CHECK(bomb.documents[0].error->code == ErrorCode::file_too_large);
  CHECK(bomb.documents[0].error->message ==
        "\"word/document.xml\" expands more than 200 times its compressed size (a zip bomb?); it "
        "is not read");

  const auto cut = analyze_one("cut.docx", docx("truncated.docx"));
  REQUIRE(cut.documents.at(0).error);
  CHECK(cut.documents[0].error->code == ErrorCode::undecodable);
  CHECK(cut.documents[0].error->message.starts_with("the ZIP archive is damaged: "));

  const auto other = analyze_one("other.docx", docx("not-word.docx"));
  REQUIRE(other.documents.at(0).error);
  CHECK(other.documents[0].error->message ==
        "not a text file: it looks like a ZIP archive (with no Word document in it)");

  // The other files of the batch are still read.
  const auto batch = analyze(std::vector<InputFile>{{"bomb.docx", docx("bomb.docx"), {}},
                                                    {"plan.docx", docx("article.docx"), {}}});
  REQUIRE(batch.documents.size() == 2);
  CHECK(batch.documents[0].error);
  CHECK_FALSE(batch.documents[1].error);
}

TEST_CASE("the total cap stops an archive whose parts each stay under the ratio") {
  const std::string bytes = docx("article-stored.docx");  // the archive reads it in place
  auto archive = ZipArchive::open(bytes, {20000, 1500, 200});
  REQUIRE(archive.ok());
  const ZipEntry* document = archive.value().find("word/document.xml");
  REQUIRE(document);
  CHECK(archive.value().read(*archive.value().find("word/styles.xml")).ok());
  const auto second = archive.value().read(*document);
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().message == "\"word/document.xml\" is too large (more than 1,500 bytes)");
}

TEST_CASE("inflate: damaged streams and the output bound") {
  // A stored block "abc": header bits 1 (last) + 00 (stored), then LEN/NLEN.
  const std::string stored(
      "\x01\x03\x00\xFC\xFF"
      "abc",
      8);
  CHECK(inflate(stored, 100).bytes == "abc");
  CHECK(inflate(stored, 100).status == InflateStatus::ok);
  CHECK(inflate(stored, 2).status == InflateStatus::too_large);
  CHECK(inflate(stored.substr(0, 6), 100).status == InflateStatus::corrupt);
  CHECK(inflate(std::string("\x07", 1), 100).status == InflateStatus::corrupt);  // block type 3
  CHECK(inflate("", 100).status == InflateStatus::corrupt);
}

TEST_CASE("crc32 is the ZIP one") {
  CHECK(crc32("123456789") == 0xCBF43926u);
  CHECK(crc32("") == 0u);
}

TEST_CASE("the XML reader: entities, CDATA, self-closing tags, no DTD expansion") {
  XmlReader reader(
      "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'boom'>]><r k=\"&lt;v&#x41;\"><!-- c -->"
      "t &amp; &a; &#169;<e/><![CDATA[<raw>]]></r>");
  std::vector<std::string> seen;
  for (const XmlEvent* e = &reader.next(); e->kind != XmlEvent::Kind::done; e = &reader.next()) {
    if (e->kind == XmlEvent::Kind::start)
      seen.push_back("<" + std::string(e->name) + " " + std::string(e->attribute("k")));
    if (e->kind == XmlEvent::Kind::end) seen.push_back("/" + std::string(e->name));
    if (e->kind == XmlEvent::Kind::text) seen.push_back(e->text);
  }
  CHECK_FALSE(reader.failed());
  CHECK(seen == std::vector<std::string>{"<r <vA", "t & &a; \u00A9", "<e ", "/e", "<raw>", "/r"});
  XmlReader broken("<a><b attr=oops></a>");
  while (broken.next().kind != XmlEvent::Kind::done) {
  }
  CHECK(broken.failed());
}
