#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "input/blocks.hpp"
#include "input/normalize.hpp"

using presslens::input::normalize_text;
using presslens::input::split_blocks;

TEST_CASE("non-breaking spaces, CRLF, soft hyphens and zero-width spaces are normalised") {
  const auto normalized = normalize_text(presslens::testing::fixture("nbsp.txt"));
  REQUIRE(normalized.ok());
  CHECK(normalized.value() ==
        "Moscow, an ally of the Syrian government.\n\nSecondline here. Done now.\n");
}

TEST_CASE("text is NFC-normalised") {
  // "Zu" + combining diaeresis + "rich" becomes the precomposed form.
  const auto normalized = normalize_text("Zu\u0308rich");
  REQUIRE(normalized.ok());
  CHECK(normalized.value() == "Z\u00fcrich");
}

TEST_CASE("lines are trimmed and space runs collapsed") {
  const auto normalized = normalize_text("  a \t b  \r c\u2003d  \n\n\n  ");
  REQUIRE(normalized.ok());
  CHECK(normalized.value() == "a b\nc d\n\n\n");
}

TEST_CASE("blocks are the non-empty lines, with their offsets") {
  const std::string text = "Title line\n\nFirst paragraph.\nSecond.\n";
  const auto blocks = split_blocks(text);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].text == "Title line");
  CHECK(blocks[1].text == "First paragraph.");
  CHECK(blocks[2].text == "Second.");
  for (const auto& block : blocks) {
    CHECK(text.substr(block.source_start, block.source_end - block.source_start) == block.text);
  }
}
