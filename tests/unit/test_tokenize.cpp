#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "nlp/tokenize.hpp"

using presslens::nlp::conll_form;
using presslens::nlp::tokenize;

namespace {

std::vector<std::string> words(const std::string& text) {
  auto result = tokenize(text);
  REQUIRE(result.ok());
  std::vector<std::string> out;
  for (const auto& t : result.value()) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("possessives split off as CoNLL does, straight or curly") {
  CHECK(words("Assad's forces") == Words{"Assad", "'s", "forces"});
  CHECK(words("Russia\u2019s role") == Words{"Russia", "\u2019s", "role"});
  CHECK(words("the ministers' talks") == Words{"the", "ministers", "'", "talks"});
  CHECK(words("it doesn't") == Words{"it", "does", "n't"});
  CHECK(words("O'Brien said") == Words{"O'Brien", "said"});
}

TEST_CASE("a left quotation mark typed for the apostrophe still makes a possessive") {
  // Scraped pages often write "Trump‘s" (U+2018): the name must not take the "s".
  CHECK(words("Donald Trump‘s campaign") == Words{"Donald", "Trump", "‘s", "campaign"});
  CHECK(conll_form("‘s") == "'s");
  // A quotation that opens after a word is left alone.
  CHECK(words("He said ‘so’") == Words{"He", "said", "‘", "so", "’"});
  CHECK(words("the word‘s’ end").front() == "the");
}

TEST_CASE("abbreviations and initials keep their period") {
  CHECK(words("the U.S. and the U.N. met") == Words{"the", "U.S.", "and", "the", "U.N.", "met"});
  CHECK(words("Mr. Putin and Dr. Smith") == Words{"Mr.", "Putin", "and", "Dr.", "Smith"});
  CHECK(words("John F. Kennedy") == Words{"John", "F.", "Kennedy"});
  CHECK(words("It ended.") == Words{"It", "ended", "."});
}

TEST_CASE("hyphenated and particle names stay one token") {
  CHECK(words("Bashar al-Assad and al-Qaida") == Words{"Bashar", "al-Assad", "and", "al-Qaida"});
  CHECK(words("a state-run, 10-year-old plan") ==
        Words{"a", "state-run", ",", "10-year-old", "plan"});
  // A participle after a name is split off, so that the name stands alone.
  CHECK(words("Western-backed rebels and an al-Qaeda-linked faction") ==
        Words{"Western", "-backed", "rebels", "and", "an", "al-Qaeda", "-linked", "faction"});
  CHECK(words("AT&T shares") == Words{"AT&T", "shares"});
  CHECK(words("on 1996-08-22") == Words{"on", "1996-08-22"});
  CHECK(words("Staffan de Mistura") == Words{"Staffan", "de", "Mistura"});
}

TEST_CASE("quotes and dashes are tokens of their own") {
  CHECK(words("\u201cWe agree,\u201d he said") ==
        Words{"\u201c", "We", "agree", ",", "\u201d", "he", "said"});
  CHECK(words("\"So far\" - Lavrov") == Words{"\"", "So", "far", "\"", "-", "Lavrov"});
  CHECK(words("Moscow\u2014and Damascus") == Words{"Moscow", "\u2014", "and", "Damascus"});
  CHECK(conll_form("\u201c") == "\"");
  CHECK(conll_form("\u2019s") == "'s");
  CHECK(conll_form("\u2014") == "--");
}

TEST_CASE("offsets are byte offsets into the text") {
  const std::string text = "\u00c9mile Zola\u2019s book";
  auto result = tokenize(text);
  REQUIRE(result.ok());
  const auto& tokens = result.value();
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].start == 0);
  CHECK(tokens[0].end == 6);  // "Émile": É is two bytes
  CHECK(text.substr(tokens[2].start, tokens[2].end - tokens[2].start) == "\u2019s");
}

namespace {

// Random texts from pieces of every class the rules written out cover:
// letters (accented too), digits, the marks that join them, spaces, line
// ends and other punctuation, in runs that make the rules' cases common
// ("a.b", "3,000", "x_1", "don’t", "a:b").
std::string random_text(std::mt19937& random) {
  static const std::vector<std::string> kPieces{
      "a",      "Z",      "é",      "ß",      "7",      "0",      ".",      ",",      ";",
      ":",      "'",      "_",      " ",      "  ",     "\t",     "\n",     "\r\n",   "\r",
      "\v",     "\f",     "-",      "&",      "\"",     "(",      "?",      "\u00A0", "\u2019",
      "\u2018", "\u201C", "\u201D", "\u2014", "\u2026", "\u00B7", "\u2024", "$",      "%",
      "/",      "@",      "#",      "!",      "*",      "+",      "<",      "=",      ">",
      "[",      "\\",     "]",      "^",      "`",      "{",      "|",      "}",      "~",
      "\x01",   "\x7F",   "\u0387", "\u05F4", "\u2027", "\u00A7", "\u00A9", "\u2122", "\u2764",
      "\u263A", "\u00E6", "\u0394", "\u0436", "\u00BD", "\u2028"};
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  std::string text;
  for (int n = length(random); n > 0; --n) text += kPieces[piece(random)];
  return text;
}

}  // namespace

TEST_CASE("word segments found without ICU's iterator are ICU's, on 20,000 random texts") {
  std::mt19937 random(11);
  std::size_t segments = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(random);
    const auto fast = presslens::nlp::fast_word_segments(text);
    REQUIRE(fast.has_value());
    const auto icu = presslens::nlp::icu_word_segments(text);
    REQUIRE(icu.ok());
    INFO("text: ", text);
    REQUIRE(*fast == icu.value());
    segments += fast->size();
  }
  CHECK(segments > 100000);
}

TEST_CASE("a text with a character the written-out rules leave to ICU goes to ICU") {
  using presslens::nlp::fast_word_segments;
  CHECK_FALSE(fast_word_segments("cafe\u0301 au lait").has_value());  // a combining accent
  CHECK_FALSE(fast_word_segments("soft\u00ADhyphen").has_value());    // a format character
  CHECK_FALSE(fast_word_segments("I \U0001F600 NY").has_value());     // an emoji past U+2E80
  CHECK_FALSE(fast_word_segments("\u2764\u200D\u2764").has_value());  // a joiner
  CHECK_FALSE(fast_word_segments("\u6771\u4EAC").has_value());        // Han, split by a dictionary
  CHECK_FALSE(fast_word_segments("\u0E20\u0E32\u0E29\u0E32").has_value());  // Thai
  CHECK_FALSE(fast_word_segments("bad \xC3 byte").has_value());             // not UTF-8
  // ... and is split as before.
  CHECK(words("cafe\u0301 au lait") == Words{"cafe\u0301", "au", "lait"});
  CHECK(fast_word_segments("Trump\u2019s U.S. plan, 3,000.5 votes").has_value());
}
