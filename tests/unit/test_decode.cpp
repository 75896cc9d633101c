#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/decode.hpp"

using presslens::ErrorCode;
using presslens::input::decode;
using presslens::testing::fixture;

namespace {
const std::string kExpected =
    "Sergei Lavrov met Walid al-Moualem in Moscow \u2014 the talks were \u201cvery "
    "productive\u201d.\n"
    "Z\u00fcrich, caf\u00e9, na\u00efve.\n";
}

TEST_CASE("UTF-8 with and without a BOM decodes to the same text") {
  const auto plain = decode(kExpected);
  const auto bom = decode(fixture("utf8-bom.txt"));
  REQUIRE(plain.ok());
  REQUIRE(bom.ok());
  CHECK(plain.value().encoding == "UTF-8");
  CHECK(bom.value().encoding == "UTF-8");
  CHECK(bom.value().text == kExpected);
  CHECK(bom.value().warnings.empty());
}

TEST_CASE("UTF-16 with a BOM, little and big endian, and without a BOM") {
  for (const auto& [file_name, encoding] :
       {std::pair{"utf16le-bom.txt", "UTF-16LE"}, std::pair{"utf16be-bom.txt", "UTF-16BE"},
        std::pair{"utf16le-nobom.txt", "UTF-16LE"}}) {
    const std::string file = file_name;  // (clang 14 cannot capture a structured binding)
    CAPTURE(file);
    const auto decoded = decode(fixture(file));
    REQUIRE(decoded.ok());
    CHECK(decoded.value().encoding == encoding);
    CHECK(decoded.value().text == kExpected);
  }
}

TEST_CASE("invalid UTF-8 sequences are replaced and reported") {
  const auto decoded = decode(fixture("invalid-utf8.txt"));
  REQUIRE(decoded.ok());
  CHECK(decoded.value().encoding == "UTF-8");
  REQUIRE(decoded.value().warnings.size() == 1);
  CHECK(decoded.value().warnings[0] == "2 invalid UTF-8 sequences replaced with U+FFFD");
  CHECK(decoded.value().text.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(decoded.value().text.ends_with(" end.\n"));
}

TEST_CASE("Windows-1252 is detected and converted") {
  const auto decoded = decode(fixture("windows-1252.txt"));
  REQUIRE(decoded.ok());
  CHECK(decoded.value().encoding == "windows-1252");
  CHECK(decoded.value().text.starts_with(
      "The minister\u2019s \u201cplan\u201d was called na\u00efve by critics in Z\u00fcrich"));
  CHECK(decoded.value().text.find("\u20ac5,000") != std::string::npos);
}

TEST_CASE("Cyrillic legacy encodings are detected and converted") {
  const std::string expected_start =
      "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442\u0440";
  for (const auto& [file_name, encoding] :
       {std::pair{"koi8-r.txt", "KOI8-R"}, std::pair{"windows-1251.txt", "windows-1251"}}) {
    const std::string file = file_name;
    CAPTURE(file);
    const auto decoded = decode(fixture(file));
    REQUIRE(decoded.ok());
    CHECK(decoded.value().encoding == encoding);
    CHECK(decoded.value().text.starts_with(expected_start));
  }
}

TEST_CASE("binary files get a clear error naming what they are") {
  const auto png = decode(fixture("pixel.png"));
  REQUIRE_FALSE(png.ok());
  CHECK(png.error().code == ErrorCode::binary_file);
  CHECK(png.error().message == "not a text file: it looks like a PNG image");

  const auto zeros = decode(std::string("abc\0\0\0\x01\x02\x03\0def", 13));
  REQUIRE_FALSE(zeros.ok());
  CHECK(zeros.error().code == ErrorCode::binary_file);
}

TEST_CASE("a few NUL bytes in an article are removed with a warning, not a binary file") {
  std::string text = kExpected + kExpected + kExpected;
  text.insert(10, 1, '\0');
  text.insert(50, 2, '\0');
  const auto decoded = decode(text);
  REQUIRE(decoded.ok());
  CHECK(decoded.value().encoding == "UTF-8");
  CHECK(decoded.value().text == kExpected + kExpected + kExpected);
  REQUIRE(decoded.value().warnings.size() == 1);
  CHECK(decoded.value().warnings[0] == "3 NUL bytes removed (the text was damaged)");
}

TEST_CASE("a windows-1252 paragraph inside UTF-8 is read by lines, and said") {
  // UTF-8 with em-dashes and quotes, then a pasted paragraph in windows-1252.
  const std::string utf8 =
      "Lavrov said \u2014 again \u2014 that the \u201ctalks\u201d will go on.\n";
  const std::string legacy =
      "The minister\x92s \x93plan\x94 was called na\xefve in Z\xfcrich \x96 by critics.\n";
  const auto decoded = decode(utf8 + utf8 + legacy + utf8);
  REQUIRE(decoded.ok());
  CHECK(decoded.value().encoding == "UTF-8");
  CHECK(decoded.value().text ==
        utf8 + utf8 +
            "The minister\u2019s \u201cplan\u201d was called na\u00efve in Z\u00fcrich "
            "\u2013 by critics.\n" +
            utf8);
  REQUIRE(decoded.value().warnings.size() == 1);
  CHECK(decoded.value().warnings[0] ==
        "1 line is not UTF-8 but windows-1252, read as such (line 3)");
}

TEST_CASE("UTF-8 with overlong sequences stays UTF-8: they are replaced and reported") {
  // Em-dashes (real UTF-8) and three overlong encodings of "/" and NUL.
  const std::string text =
      "Moscow \u2014 the talks \u2014 went on.\nA path \xc0\xaf and \xe0\x80\xaf and "
      "\xc0\x80 here.\n";
  const auto decoded = decode(text);
  REQUIRE(decoded.ok());
  CHECK(decoded.value().encoding == "UTF-8");
  CHECK(decoded.value().text ==
        "Moscow \u2014 the talks \u2014 went on.\nA path \uFFFD and \uFFFD and \uFFFD here.\n");
  REQUIRE(decoded.value().warnings.size() == 1);
  CHECK(decoded.value().warnings[0] == "3 invalid UTF-8 sequences replaced with U+FFFD");
  // Overlong sequences without any other UTF-8 are no legacy text either.
  const auto ascii = decode("plain \xc0\xaf text\n");
  REQUIRE(ascii.ok());
  CHECK(ascii.value().encoding == "UTF-8");
}

TEST_CASE("an empty file is an error") {
  const auto empty = decode(fixture("empty.txt"));
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().code == ErrorCode::empty_file);
  CHECK(empty.error().message == "the file is empty");
}

TEST_CASE("UTF-8 read once as Windows-1252 (mojibake) is repaired and reported") {
  // "Guantánamo", "Peña Nieto", "François", "it’s": each once encoded twice.
  const auto decoded = decode(
      "Detainees at Guant\u00C3\u00A1namo met Enrique Pe\u00C3\u00B1a Nieto and "
      "Fran\u00C3\u00A7ois "
      "Delattre; it\u00E2\u20AC\u2122s \u00C2\u00A3200.\n");
  REQUIRE(decoded.ok());
  CHECK(decoded.value().text ==
        "Detainees at Guant\u00E1namo met Enrique Pe\u00F1a Nieto and Fran\u00E7ois Delattre; "
        "it\u2019s \u00A3200.\n");
  REQUIRE(decoded.value().warnings.size() == 1);
  CHECK(decoded.value().warnings[0] ==
        "5 characters encoded twice (UTF-8 read as Windows-1252) repaired");
  // Text that only looks alike is left alone: a capital A with tilde before
  // a letter, "à" before a word, a price in pounds.
  const std::string plain = "S\u00C3O PAULO, \u00C0 la carte, \u00E0 bient\u00F4t, \u00A3200.\n";
  const auto kept = decode(plain);
  REQUIRE(kept.ok());
  CHECK(kept.value().text == plain);
  CHECK(kept.value().warnings.empty());
}

TEST_CASE("mojibake decomposed after the damage is repaired too") {
  // 22 of the 1,000-article corpus's files (PolNeAR's): "PeA\u0303\u00B1a
  // Nieto", the "\u00C3" of the damage written as "A" and a combining
  // tilde, was left as it was ("Nieto" became a MISC of its own).
  const auto decoded =
      decode("Enrique PeA\u0303\u00B1a Nieto said so; S\u00C3O PAULO, A\u0303 la.\n");
  REQUIRE(decoded.ok());
  CHECK(decoded.value().text == "Enrique Pe\u00F1a Nieto said so; S\u00C3O PAULO, A\u0303 la.\n");
  REQUIRE(decoded.value().warnings.size() == 1);
  CHECK(decoded.value().warnings[0] ==
        "1 character encoded twice (UTF-8 read as Windows-1252) repaired");
}
