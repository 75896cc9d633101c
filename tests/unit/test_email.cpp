// E-mail newsletters (.eml, .mbox): docs/formats.md. Fixtures in
// tests/fixtures/email/ are written by hand, with invented text.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/email.hpp"
#include "input/records.hpp"
#include "input/transfer_encoding.hpp"

using namespace presslens;
using namespace presslens::input;

TEST_CASE("an .eml newsletter: subject, date, sender, the text part, furniture removed") {
  const auto records = split_records("n.eml", testing::fixture("email/newsletter.eml"));
  REQUIRE(records.ok());
  REQUIRE(records.value().size() == 1);
  const auto& r = records.value()[0];
  CHECK(r.name == "n.eml");
  CHECK(r.title == "Morning briefing: caf\u00E9 rules and ferries");
  CHECK(r.date == "Tue, 17 Nov 2015 07:00:00 +0000");
  CHECK(r.source == "The Coastal Ledger Briefing");
  CHECK(r.body ==
        "Good morning. The market board of Linden agreed on Thursday to let caf\u00E9s put tables "
        "on the square.\n\nRead more\n\nIsland ferry fares will rise by five percent in January, "
        "the operator said.\n");
  REQUIRE(r.warnings.size() == 3);
  CHECK(r.warnings[0] ==
        "read from the message's text/plain part (its HTML part needs the HTML reader, not yet "
        "in this build)");
  CHECK(r.warnings[1].starts_with(
      "the newsletter's footer was removed (7 lines from \"You are receiving this email"));
  CHECK(r.warnings[2] == "the \"view in your browser\" line was removed");
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
