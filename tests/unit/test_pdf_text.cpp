// PDF text (web/pdf-text.js's output): furniture removed with reasons, scans
// refused, exports split (docs/formats.md).
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/pdf_text.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using namespace presslens::input;

TEST_CASE("PDF text: running headers, footers and page numbers go, each named") {
  const std::string text =
      "%PDF-TEXT presslens 1 pages=3\n"
      "The Northern Courier - 17 November 2015\nRail strike called off\nRail workers called "
      "off the strike, the union said.\nPage 1 of 3\n\f"
      "The Northern Courier - 18 November 2015\nThe operator said services would run as "
      "normal.\nwww.courier.example\nPage 2 of 3\n\f"
      "The Northern Courier - 19 November 2015\nTalks resume on Monday.\nwww.courier.example\n"
      "Page 3 of 3";
  REQUIRE(is_pdf_text(text));
  const auto records = read_pdf_text("strike.pdf", text);
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 1);
  const auto& r = records.value()[0];
  CHECK(r.name == "strike.pdf");
  CHECK(r.body ==
        "Rail strike called off\nRail workers called off the strike, the union said.\nThe "
        "operator said services would run as normal.\nTalks resume on Monday.\n");
  CHECK(r.warnings ==
        std::vector<std::string>{"running header removed from 3 pages: \"The Northern Courier - 17 "
                                 "November 2015\"",
                                 "running footer removed from 2 pages: \"www.courier.example\"",
                                 "page numbers removed from 3 pages"});
}

TEST_CASE("PDF text: one page keeps its lines; a line on one page of three is no header") {
  const auto one = read_pdf_text("a.pdf", "%PDF-TEXT presslens 1 pages=1\nHeadline\nBody text.\n");
  REQUIRE(one.ok());
  CHECK(one.value()[0].body == "Headline\nBody text.\n");
  CHECK(one.value()[0].warnings.empty());
  const auto three = read_pdf_text(
      "b.pdf", "%PDF-TEXT presslens 1 pages=3\nA title\nOne.\n\fTwo.\nMore.\n\fThree.\nEnd.");
  REQUIRE(three.ok());
  CHECK(three.value()[0].body == "A title\nOne.\nTwo.\nMore.\nThree.\nEnd.\n");
}

TEST_CASE("a PDF without text (a scan) is an error of its own") {
  const auto batch = analyze(std::vector<InputFile>{
      {"scan.pdf", "%PDF-TEXT presslens 1 pages=2\n\f", {}},
      {"ok.pdf", "%PDF-TEXT presslens 1 pages=1\nMayor Lina Kowalski opened the line.", {}}});
  REQUIRE(batch.documents.size() == 2);
  REQUIRE(batch.documents[0].error);
  CHECK(batch.documents[0].error->message ==
        "the PDF has no text layer (none of its 2 pages holds text: a scan?); Presslens reads no "
        "text from images");
  CHECK_FALSE(batch.documents[1].error);
  CHECK(batch.documents[1].text == "Mayor Lina Kowalski opened the line.");
}

TEST_CASE("a PDF pdf.js could not open is an error saying why") {
  const auto records =
      read_pdf_text("locked.pdf", "%PDF-TEXT presslens 1 error=it is password-protected\n");
  REQUIRE_FALSE(records.ok());
  CHECK(records.error().message == "the PDF could not be read: it is password-protected");
}

TEST_CASE("a PDF file itself is refused by the core with where to read it") {
  const auto batch = analyze(std::vector<InputFile>{{"x.pdf", "%PDF-1.4\n%\xE2\xE3\n1 0 obj", {}}});
  REQUIRE(batch.documents.at(0).error);
  CHECK(batch.documents[0].error->code == ErrorCode::binary_file);
  CHECK(batch.documents[0].error->message.starts_with(
      "a PDF document: PDF files are read by the page and by the node CLI"));
}

TEST_CASE("a LexisNexis export printed to PDF gives its articles") {
  auto text = testing::fixture("exports/lexisnexis.txt");
  const auto records = read_pdf_text("ln.pdf", "%PDF-TEXT presslens 1 pages=1\n" + text);
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 2);
  CHECK(records.value()[0].database == "LexisNexis");
  CHECK(records.value()[0].byline == "Anna Petrova");
}
