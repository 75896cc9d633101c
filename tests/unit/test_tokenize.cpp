#include <doctest/doctest.h>

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
