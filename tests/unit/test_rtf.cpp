// RTF files and Factiva exports (docs/formats.md). Fixtures in
// tests/fixtures/rtf/ are written by hand, with invented text.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/records.hpp"
#include "input/rtf.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using namespace presslens::input;

TEST_CASE("RTF: paragraphs as lines, escapes decoded, tables, headers and notes skipped") {
  const auto rtf = rtf_to_text(testing::fixture("rtf/article.rtf"));
  CHECK(rtf.warnings.empty());
  CHECK(rtf.text ==
        "Caf\u00E9 owners welcome the new market rules\n"
        "The market board of Linden agreed on Thursday to let caf\u00E9s put tables on the "
        "square \u2013\u00A0a change owners had sought for years.\n"
        "\u201CWe are delighted,\u201D said Ana\u00EFs Moreau, who runs a bakery there.\n"
        "Prices stay the same: \u20AC2 a table a day.\n"
        "The board's notice is online.\n");
}

TEST_CASE("RTF: the code page, surrogate pairs, \\bin data and deep nesting") {
  CHECK(rtf_to_text("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}").text ==
        "\u041F\u0440\u0438\u0432\u0435\u0442");
  CHECK(rtf_to_text("{\\rtf1 a\\u-10179?\\u-8704?b}").text == "a\U0001F600b");
  CHECK(rtf_to_text("{\\rtf1 x{\\bin3 }}}}y}").text == "xy");
  const std::string deep =
      "{\\rtf1 a" + std::string(100000, '{') + "b" + std::string(100000, '}') + "c}";
  CHECK(rtf_to_text(deep).text == "ac");
  const auto unknown = rtf_to_text("{\\rtf1\\ansicpg99999 caf\\'e9}");
  CHECK(unknown.text == "caf\u00E9");
  REQUIRE(unknown.warnings.size() == 1);
  CHECK(unknown.warnings[0] ==
        "the charset \"windows-99999\" is not one Presslens reads; read as windows-1252");
}

TEST_CASE("an RTF file is one document; a LexisNexis RTF export gives its articles") {
  const auto one = split_records("a.rtf", testing::fixture("rtf/article.rtf"));
  REQUIRE(one.ok());
  REQUIRE(one.value().size() == 1);
  CHECK(one.value()[0].body.starts_with("Caf\u00E9 owners"));

  const auto ln = split_records("ln.rtf", testing::fixture("rtf/lexisnexis.rtf"));
  REQUIRE(ln.ok());
  REQUIRE(ln.value().size() == 1);
  const auto& r = ln.value()[0];
  CHECK(r.name == "ln.rtf");
  CHECK(r.database == "LexisNexis");
  CHECK(r.title == "Harbour tunnel opens to cyclists");
  CHECK(r.source == "The Northern Courier");
  CHECK(r.length == 27);
  CHECK(r.body ==
        "Cyclists may use the harbour tunnel from Monday, the port authority said, after a trial "
        "that ran without incident.");
  CHECK(r.warnings.empty());  // "1 of 1 DOCUMENT"
}

TEST_CASE("a Factiva RTF export with its codes: HD, BY, WC, PD, SN, LA, LP, TD, AN") {
  const auto records = split_records("fv.rtf", testing::fixture("rtf/factiva.rtf"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 2);
  CHECK(r[0].name == "fv.rtf#1");
  CHECK(r[0].title == "Rail strike called off after late-night talks");
  CHECK(r[0].byline == "Anna Petrova");
  CHECK(r[0].length == 38);
  CHECK(r[0].date == "17 November 2015");
  CHECK(r[0].source == "The Northern Courier");
  CHECK(r[0].language == "English");
  CHECK(r[0].database == "Factiva");
  CHECK(r[0].database_id == "NRTHC00020151117ebbh0001a");
  CHECK(r[0].body ==
        "Rail workers called off Wednesday's strike after talks that ran past midnight, the union "
        "said.\n\"We have an offer our members can vote on,\" said union secretary Paul "
        "Adeyemi.\nThe operator said services would run as normal.");
  CHECK(r[1].title == "Library opens on Sundays");
  CHECK(r[1].database_id == "EBHRLD0020151116ebbg0002b");
  CHECK_FALSE(r[1].byline);
}

TEST_CASE("a Factiva export without codes: the header lines, the text, the Document line") {
  const auto records = split_records("fv.txt", testing::fixture("rtf/factiva-plain.txt"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 2);
  CHECK(r[0].title == "Rail strike called off after late-night talks");
  CHECK(r[0].section == "Transport");
  CHECK(r[0].byline == "Anna Petrova");
  CHECK(r[0].length == 38);
  CHECK(r[0].date == "17 November 2015");
  CHECK(r[0].source == "The Northern Courier");
  CHECK(r[0].language == "English");
  CHECK(r[0].database_id == "NRTHC00020151117ebbh0001a");
  CHECK(r[0].body ==
        "Rail workers called off Wednesday's strike after talks that ran past midnight, the union "
        "said.\n\n\"We have an offer our members can vote on,\" said union secretary Paul "
        "Adeyemi.");
  CHECK(r[1].title == "Library opens on Sundays");
  CHECK(r[1].source == "Eastbay Herald");
  CHECK_FALSE(r[1].section);
  CHECK(r[1].body ==
        "The city library will open on Sundays from next month, its director announced.");
}

TEST_CASE("an RTF export analysed: documents with their dates") {
  const auto batch =
      analyze(std::vector<InputFile>{{"fv.rtf", testing::fixture("rtf/factiva.rtf"), {}}});
  REQUIRE(batch.documents.size() == 2);
  CHECK(batch.documents[0].date == "2015-11-17");
  CHECK(batch.documents[0].database == "Factiva");
  CHECK(batch.documents[0].text.starts_with("Rail workers called off"));
}
