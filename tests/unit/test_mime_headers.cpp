// The MIME header reader that e-mail messages and web archives share.
#include <doctest/doctest.h>

#include "input/mime_headers.hpp"

using namespace presslens::input;

TEST_CASE("MIME headers: folded lines are unfolded, names found in any case, the body follows") {
  const std::string raw =
      "From: \"Valley Weekly\"\r\n"
      "  <news@valley.example>\r\n"
      "Subject: Market day\r\n"
      "\tmoves to Saturday\r\n"
      "Content-Type: multipart/alternative;\r\n"
      "\tboundary=\"alt\"\r\n"
      "not a header line\r\n"
      "\r\n"
      "The body.\r\nX-Not: a header\r\n";
  const auto entity = read_mime_entity(raw);
  REQUIRE(entity.headers.fields.size() == 3);
  CHECK(entity.headers.fields[0].name == "from");
  CHECK(entity.headers.get("FROM") == "\"Valley Weekly\" <news@valley.example>");
  CHECK(entity.headers.get("subject") == "Market day moves to Saturday");
  CHECK(entity.headers.get("Content-Type") == "multipart/alternative; boundary=\"alt\"");
  CHECK(entity.headers.get("x-not").empty());
  CHECK(entity.body == "The body.\r\nX-Not: a header\r\n");
}

TEST_CASE("MIME headers: a line of spaces ends them; without a blank line there is no body") {
  std::size_t at = 0;
  const std::string_view text = "Date: Wed, 18 Nov 2015\n  \nSubject: not a header\n";
  const auto headers = read_mime_headers(text, at);
  CHECK(headers.get("date") == "Wed, 18 Nov 2015");
  CHECK(headers.get("subject").empty());
  CHECK(text.substr(at) == "Subject: not a header\n");

  const auto entity = read_mime_entity("Subject: only headers\n");
  CHECK(entity.headers.get("subject") == "only headers");
  CHECK(entity.body.empty());
}

TEST_CASE("MIME parameters: quoted or not, names in any case, spaces around '='") {
  const std::string type =
      "Multipart/Related; type=\"text/html\";\tBOUNDARY = \"----=_Part; 1\"; charset=UTF-8";
  CHECK(media_type(type) == "multipart/related");
  CHECK(mime_parameter(type, "boundary") == "----=_Part; 1");
  CHECK(mime_parameter(type, "Type") == "text/html");
  CHECK(mime_parameter(type, "charset") == "UTF-8");
  CHECK(mime_parameter(type, "start").empty());
  // A parameter is named after a ';': not inside the media type, nor as part of a longer name.
  CHECK(mime_parameter("text/plain; xcharset=koi8-r", "charset").empty());
  CHECK(mime_parameter("charset=koi8-r", "charset").empty());
  CHECK(mime_parameter("text/plain; format=flowed; delsp=yes", "format") == "flowed");
  CHECK(mime_parameter("text/plain; charset=\"unclosed", "charset") == "unclosed");
  CHECK(media_type("") == "");
}

TEST_CASE("MIME bodies: the transfer encoding is undone, whatever its case") {
  const auto qp =
      read_mime_entity("Content-Transfer-Encoding: Quoted-Printable\n\ncaf=C3=A9 =\nau lait");
  const auto qp_body = undo_transfer_encoding(qp);
  CHECK(qp_body.transformed);
  CHECK(qp_body.bytes == "caf\xC3\xA9 au lait");
  const auto b64 =
      undo_transfer_encoding(read_mime_entity("content-transfer-encoding: BASE64\n\nY2Fmw6k=\n"));
  CHECK(b64.transformed);
  CHECK(b64.bytes == "caf\xC3\xA9");
  const auto plain =
      undo_transfer_encoding(read_mime_entity("Content-Transfer-Encoding: 8bit\n\ncaf=C3=A9"));
  CHECK_FALSE(plain.transformed);
  CHECK(plain.bytes == "caf=C3=A9");
}
