// E-mail newsletters (.eml, .mbox): docs/formats.md. Fixtures in
// tests/fixtures/email/ are written by hand, with invented text.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/email.hpp"
#include "input/records.hpp"
#include "input/transfer_encoding.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;
using namespace presslens::input;

TEST_CASE("an .eml newsletter: subject, date, sender, its HTML part preferred, furniture removed") {
  const auto records = split_records("n.eml", testing::fixture("email/newsletter.eml"));
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 1);
  const auto& r = records.value()[0];
  CHECK(r.name == "n.eml");
  CHECK(r.title == "Morning briefing: caf\u00E9 rules and ferries");
  CHECK(r.date == "Tue, 17 Nov 2015 07:00:00 +0000");
  CHECK(r.source == "The Coastal Ledger Briefing");
  // The HTML part's headings and paragraphs, not the text/plain part (which
  // has no headings); the hidden preheader, the "view in your browser" link,
  // the footer and the tracking image are gone.
  CHECK(r.body ==
        "Morning briefing\n\nCaf\u00E9 tables on the square\n\nGood morning. The market board of "
        "Linden agreed on Thursday to let caf\u00E9s put tables on the square.\n\nRead more\n\n"
        "Ferry fares\n\nIsland ferry fares will rise by five percent in January, the operator "
        "said.\n");
  CHECK(r.headings == std::vector<std::string>{"Morning briefing", "Caf\u00E9 tables on the square",
                                               "Ferry fares"});
  REQUIRE(r.warnings.size() == 3);
  CHECK(r.warnings[0] ==
        "the newsletter's own links were removed (\"View this email in your browser\"): "
        "subscription and browser links, not its text");
  CHECK(r.warnings[1] == "1 tracking image (1x1 pixels) left out");
  CHECK(r.warnings[2] ==
        "the newsletter's footer was removed (6 lines from \"You are receiving this email "
        "because you signed up at ledger\")");
}

TEST_CASE("a message with only a text/plain part is read as before") {
  const auto records = split_records("p.eml", testing::fixture("email/plain-only.eml"));
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 1);
  const auto& r = records.value()[0];
  CHECK(r.title == "Market day moves to Saturday");
  CHECK(r.body ==
        "The Greenfield market will move from Friday to Saturday in December,\nthe town council "
        "said.\n\nTraders welcomed the change.\n");
  CHECK(r.headings.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] ==
        "the newsletter's footer was removed (3 lines from \"Unsubscribe: "
        "https://valley.example/unsub\")");
}

TEST_CASE("an HTML newsletter's headings are marked in the document, its furniture links gone") {
  const auto batch =
      prepare_batch(std::vector<InputFile>{testing::fixture_file("email/newsletter.eml")});
  REQUIRE(batch.documents.size() == 1);
  const auto& d = batch.documents[0];
  REQUIRE_FALSE(d.error);
  CHECK(d.format == InputFormat::email);
  std::vector<std::string> marked;
  for (const auto& block : d.blocks) {
    const std::string_view text = block_text(d, block);
    if (block.source_heading) marked.emplace_back(text);
    CHECK(text.find("Unsubscribe") == std::string::npos);
    CHECK(text.find("browser") == std::string::npos);
    CHECK(text.find("https://") == std::string::npos);
    CHECK(text.find("ferry fares and more") == std::string::npos);  // hidden preheader
  }
  CHECK(marked == std::vector<std::string>{"Morning briefing", "Caf\u00E9 tables on the square",
                                           "Ferry fares"});
}

TEST_CASE("tracking images: 1x1 by attributes or style, not larger ones") {
  const std::string html =
      "<p>Council news from the valley this week.</p>"
      "<img src=\"a.gif\" width=\"1\" height=\"1\"><img src=\"b.gif\" style=\"width:1px;height:0\">"
      "<img src=\"logo.png\" width=\"120\" height=\"1\"><img src=\"c.gif\" "
      "style=\"max-width:1px\">";
  const std::string message =
      "From: Valley <v@valley.example>\nSubject: News\nContent-Type: text/html\n\n" + html;
  const auto records = split_records("v.eml", message);
  REQUIRE(records.ok());
  const auto& r = records.value()[0];
  CHECK(r.body == "Council news from the valley this week.\n");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "2 tracking images (1x1 pixels) left out");
}

TEST_CASE("a mailbox: one document per message; base64 in ISO-8859-1, HTML only, no text") {
  const auto records = split_records("box.mbox", testing::fixture("email/newsletters.mbox"));
  REQUIRE(records.ok());
  const auto& r = records.value();
  REQUIRE(r.size() == 3);
  CHECK(r[0].name == "box.mbox#1");
  CHECK(r[0].title == "Tramway: le conseil a vot\u00E9");
  CHECK(r[0].source == "Eastbay Herald");
  CHECK(r[0].body ==
        "Le conseil municipal a vot\u00E9 mardi pour une nouvelle ligne de tram.\n\nLa mairie "
        "estime le co\u00FBt \u00E0 40 millions d'euros.\n");
  CHECK(r[1].title == "Repairs finished early");
  CHECK(r[1].body.find("\"We are grateful for your patience,\" said the county engineer.") !=
        std::string::npos);
  CHECK(r[1].body.find("color: red") == std::string::npos);
  CHECK(r[1].body.find("Unsubscribe") == std::string::npos);
  REQUIRE(r[2].error);
  CHECK(r[2].error->message == "the message has no text part");
}

TEST_CASE(
    "a line of spaces between headers and body ends the headers: no body line is taken for one") {
  // Read as a folded header line, the blank line let the body's first
  // paragraph ("...: ...") pass for a header, and it was lost.
  const auto records = split_records(
      "m.eml",
      "From: Town Hall <news@town.example>\r\nSubject: Market day\r\n \r\n"
      "Notice: the market moves to Saturday.\r\n\r\nTraders welcomed the change.\r\n");
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 1);
  const auto& r = records.value()[0];
  CHECK(r.title == "Market day");
  CHECK(r.body == "Notice: the market moves to Saturday.\n\nTraders welcomed the change.\n");
}

TEST_CASE("MIME decoding: quoted-printable, base64, encoded words") {
  CHECK(decode_quoted_printable("caf=C3=A9 =\r\nsoft break=3D") == "caf\xC3\xA9 soft break=");
  CHECK(decode_base64("aGVsbG8gd29ybGQ=") == "hello world");
  CHECK(decode_header_words("=?utf-8?B?Y2Fmw6k=?= =?utf-8?Q?_bar?= tail") == "caf\u00E9 bar tail");
  CHECK(decode_header_words("plain =? not a word") == "plain =? not a word");
}

TEST_CASE("what is an e-mail: by name, or by its first lines") {
  CHECK(is_email("a.eml", "anything"));
  CHECK(is_email("a.txt", "From: a@b\nSubject: hi\n\nbody"));
  CHECK_FALSE(is_email("a.txt", "From: the desk of the editor\nwe write.\n"));
  CHECK_FALSE(is_email("a.txt", "Subject: x\n\nno sender"));
}
