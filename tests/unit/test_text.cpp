// The shared lexical layer (core/src/text/): sentences, words, case, hashes
// and the lexicon that every stage reads.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "text/case.hpp"
#include "text/fold.hpp"
#include "text/hash.hpp"
#include "text/lexicon.hpp"
#include "text/sentences.hpp"
#include "text/trim.hpp"
#include "text/words.hpp"

using namespace presslens;

namespace {

using Strings = std::vector<std::string>;

Strings sentences(const std::string& body) {
  Strings out;
  for (const auto& s : text::split_sentences(body))
    out.push_back(body.substr(s.start, s.end - s.start));
  return out;
}

Strings words_of(const std::vector<text::Word>& words) {
  Strings out;
  for (const auto& w : words) out.push_back(std::string(w.text));
  return out;
}

}  // namespace

TEST_CASE("trim drops the named blanks at both ends and nothing inside") {
  CHECK(presslens::text::trim(" \t a b \r\n\f") == "a b");
  CHECK(presslens::text::trim(" \t\n ").empty());
  CHECK(presslens::text::trim("").empty());
  CHECK(presslens::text::trim("\na\n", " ") == "\na\n");
  CHECK(presslens::text::trim("  x  ", " ") == "x");
}

TEST_CASE("sentences end at . ! ? before a word that is not lower case, and at line breaks") {
  CHECK(sentences("Talks resumed. They failed! Why? Nobody knows.") ==
        Strings{"Talks resumed.", "They failed!", "Why?", "Nobody knows."});
  CHECK(sentences("MOSCOW TALKS\n\nRussia said so") == Strings{"MOSCOW TALKS", "Russia said so"});
  CHECK(sentences("It rose 3.5 percent. 250 people died.") ==
        Strings{"It rose 3.5 percent.", "250 people died."});
  CHECK(sentences("").empty());
  CHECK(sentences("  \n\n ").empty());
}

TEST_CASE("a quote's closing mark stays with its sentence; a cue after it continues it") {
  CHECK(sentences("\u201cWho?\u201d he asked. \u201cWe will win.\u201d Then he left.") ==
        Strings{"\u201cWho?\u201d he asked.", "\u201cWe will win.\u201d", "Then he left."});
  CHECK(sentences("He said \"Never.\" (It was late.) They left...  Nobody knew.") ==
        Strings{"He said \"Never.\"", "(It was late.)", "They left...", "Nobody knew."});
  CHECK(sentences("He paused \u2026 and went on.") == Strings{"He paused \u2026 and went on."});
}

TEST_CASE("abbreviations, initials and dotted initials end no sentence") {
  CHECK(sentences("Mr. Lavrov met the U.S. Secretary of State. They talked.") ==
        Strings{"Mr. Lavrov met the U.S. Secretary of State.", "They talked."});
  // Month abbreviations before a day (the cross-index's old splitter cut here).
  CHECK(sentences("On Oct. 21, 2011, the first truck crossed. It was late.") ==
        Strings{"On Oct. 21, 2011, the first truck crossed.", "It was late."});
  CHECK(sentences("Alan John Percivale (A.J.P.) Taylor died. John F. Kennedy spoke.") ==
        Strings{"Alan John Percivale (A.J.P.) Taylor died.", "John F. Kennedy spoke."});
  CHECK(sentences("Boeing Co. 787 jets flew. Sen. Warren spoke at 5 p.m. Tuesday.") ==
        Strings{"Boeing Co. 787 jets flew.", "Sen. Warren spoke at 5 p.m. Tuesday."});
  // An acronym is no initial: "UK." ends a sentence.
  CHECK(sentences("He flew to the UK. The talks began.") ==
        Strings{"He flew to the UK.", "The talks began."});
}

TEST_CASE("sentence_at and sentence_openers find a word's sentence") {
  const std::string body = "One two. Three four.\nFive";
  const auto spans = text::split_sentences(body);
  REQUIRE(spans.size() == 3);
  CHECK(text::sentence_at(spans, 0) == 0);
  CHECK(text::sentence_at(spans, body.find("four")) == 1);
  CHECK(text::sentence_at(spans, body.size()) == 2);
  const auto words = text::plain_words(body);
  CHECK(text::sentence_openers(words, spans) == std::vector<bool>{true, false, true, false, true});
}

TEST_CASE("every document's sentences are split once, in stage 1, and kept") {
  const Batch batch = prepare_batch(testing::seed_files());
  for (const auto& d : batch.documents) {
    if (d.error) continue;
    CHECK(d.sentences == text::split_sentences(d.text));
    CHECK_FALSE(d.sentences.empty());
  }
}

TEST_CASE("words: marks are words of their own; U.S., Mr. and al-Assad's are one word each") {
  const std::string body = "Mr. al-Assad's forces, the U.S. said.";
  const auto words = text::words_in(body, 0, body.size());
  CHECK(words_of(words) == Strings{"Mr.", "al-Assad's", "forces", ",", "the", "U.S.", "said", "."});
  CHECK(words[1].possessive);
  CHECK(words[0].capitalised);
  CHECK_FALSE(words[1].capitalised);
  CHECK(words[1].lower == "al-assad's");
  CHECK(words[3].punct);
  CHECK(words[3].joined);        // "," right after "forces"
  CHECK_FALSE(words[0].joined);  // the first word
  CHECK(text::word_before(body, body.find("forces"))->text == "al-Assad's");
  CHECK(text::word_after(body, body.find(" said"))->text == "said");
}

TEST_CASE("US states by name, AP abbreviation and postal code") {
  CHECK(text::us_state("fla") == "florida");
  CHECK(text::us_state("fl") == "florida");
  CHECK(text::us_state("florida") == "florida");
  CHECK(text::us_state("nc") == "north carolina");
  CHECK(text::us_state("mass") == "massachusetts");
  CHECK(text::us_state("day").empty());
  CHECK(text::us_state("").empty());
  CHECK(text::us_state_abbreviated("calif") == "california");
  CHECK(text::us_state_abbreviated("va") == "virginia");
  CHECK(text::us_state_abbreviated("mass").empty());  // a word
  CHECK(text::us_state_abbreviated("nc").empty());    // initials of two words
  CHECK(text::us_state_abbreviated("fl").empty());    // a postal code
}

TEST_CASE("bracketed_word: the one word between brackets, and nothing else") {
  const std::string body = "artificial intelligence (AI) and the United Nations ( UN ) (two words)";
  CHECK(text::bracketed_word(body, body.find(" (AI"))->text == "AI");
  CHECK(text::bracketed_word(body, body.find("( UN"))->text == "UN");
  CHECK_FALSE(text::bracketed_word(body, body.find("(two")).has_value());
  CHECK_FALSE(text::bracketed_word(body, 0).has_value());  // a word first
  CHECK_FALSE(text::bracketed_word("(AI", 0).has_value());
}

// word_before() and word_after() read only the text next to `at`; they must
// give the word a scan of their whole reach gives, `joined` included.
TEST_CASE("word_before and word_after: the same word as scanning their whole reach") {
  const auto same = [](const std::optional<text::Word>& a, const std::optional<text::Word>& b) {
    if (!a || !b) return !a && !b;
    return a->start == b->start && a->end == b->end && a->text == b->text && a->lower == b->lower &&
           a->punct == b->punct && a->capitalised == b->capitalised &&
           a->possessive == b->possessive && a->joined == b->joined;
  };
  std::vector<std::string> texts{"  a  ", "x", "",
                                 "U.S.  forces -- Mr. Smith  said: \u201cno\u201d.",
                                 "\n\n\u00e9t\u00e9 l\u2019al-Assad\u2019s . . . A.B. 24/7 AT&T"};
  texts.push_back(std::string(300, 'a') + " b" + std::string(250, 'c') + "  d.e  " +
                  std::string(10, '-'));
  for (const auto& file : testing::seed_files()) texts.push_back(file.bytes);
  std::size_t checked = 0;
  for (const auto& t : texts) {
    const std::string_view text(t);
    for (std::size_t at = 0; at <= text.size(); ++at) {
      if (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
      // The reach of each, scanned whole (as they did before reading less).
      std::size_t from = at > 200 ? at - 200 : 0;
      while (from > 0 && text[from] != ' ' && text[from] != '\n') --from;
      const auto before = text::words_in(text, from, at);
      CHECK(same(text::word_before(text, at),
                 before.empty() ? std::nullopt : std::optional(before.back())));
      std::size_t to = std::min(text.size(), at + 200);
      while (to < text.size() && text[to] != ' ' && text[to] != '\n') ++to;
      const auto after = text::words_in(text, at, to);
      CHECK(same(text::word_after(text, at),
                 after.empty() ? std::nullopt : std::optional(after.front())));
      ++checked;
    }
  }
  CHECK(checked > 10000);
}

TEST_CASE("word_before and word_after give the scan's word wherever they are asked") {
  // Long words, joined words, marks without spaces, a long run without
  // whitespace, line breaks: what a scan of the whole window reads is what
  // they give (they look in a short window first).
  const std::string long_word(40, 'x');
  const std::string run = "a.b-c/d&e'f" + std::string(230, 'y') + "z";
  const std::string body = "Mr. Smith said (\"" + long_word + "\") U.S.-backed al-Assad's " + run +
                           " end.\nThe  Russian\u00a0President, \u201csaid\u201d: " + long_word +
                           "s " + "A";
  const auto reference_before = [&](std::size_t at) -> std::optional<text::Word> {
    std::size_t from = at > 200 ? at - 200 : 0;
    while (from > 0 && body[from] != ' ' && body[from] != '\n') --from;
    auto words = text::words_in(body, from, at);
    if (words.empty()) return std::nullopt;
    return words.back();
  };
  const auto reference_after = [&](std::size_t at) -> std::optional<text::Word> {
    std::size_t to = std::min(body.size(), at + 200);
    while (to < body.size() && body[to] != ' ' && body[to] != '\n') ++to;
    auto words = text::words_in(body, at, to);
    if (words.empty()) return std::nullopt;
    return words.front();
  };
  const auto same = [](const std::optional<text::Word>& a, const std::optional<text::Word>& b) {
    if (!a || !b) return !a && !b;
    return a->start == b->start && a->end == b->end && a->lower == b->lower &&
           a->punct == b->punct && a->joined == b->joined && a->capitalised == b->capitalised;
  };
  for (std::size_t at = 0; at <= body.size(); ++at) {
    if (at < body.size() && (static_cast<unsigned char>(body[at]) & 0xC0) == 0x80) continue;
    CAPTURE(at);
    CHECK(same(text::word_before(body, at), reference_before(at)));
    CHECK(same(text::word_after(body, at), reference_after(at)));
  }
}

TEST_CASE("plain words: no marks, a hyphen between letters joins, other marks break") {
  const std::string body = "A cease-fire, Assad's \u201cpeace\u201d plan";
  const auto words = text::plain_words(body);
  CHECK(words_of(words) == Strings{"A", "cease", "fire", "Assad", "s", "peace", "plan"});
  CHECK(words[2].joined);        // "fire" after "cease-"
  CHECK_FALSE(words[3].joined);  // after the comma
  CHECK_FALSE(words[5].joined);  // after the opening quote
  CHECK(words[3].capitalised);
  CHECK(words[3].lower == "assad");
}

TEST_CASE("case: ASCII lowering leaves other bytes; lower() lowers every script") {
  CHECK(text::ascii_lower("Z\u00FCrich MOSCOW") == "z\u00FCrich moscow");
  CHECK(text::lower("\u00D6STERREICH \u041C\u041E\u0421\u041A\u0412\u0410") ==
        "\u00F6sterreich \u043C\u043E\u0441\u043A\u0432\u0430");
  CHECK(text::is_ascii("plain"));
  CHECK_FALSE(text::is_ascii("Z\u00FCrich"));
}

TEST_CASE("fold: names through transliteration to ASCII") {
  CHECK(text::latin_ascii("Z\u00FCrich") == "Zurich");
  CHECK(text::latin_ascii("\u041C\u043E\u0441\u043A\u0432\u0430") == "Moskva");
  CHECK(text::ascii_fold("Walid al-Moualem \u2014 Mu\u02BFallem, Z\u00FCrich") ==
        "walid al-moualem - muallem, zurich");
}

// The table (tools/icu/fold_table.cpp) must say what ICU's transliterator
// says, in this build's ICU (native and wasm), for every code point it
// lists, alone and among other text.
TEST_CASE("fold: the fold table is ICU's fold of each code point it lists, in any company") {
  const auto icu = [](const std::string& s) { return text::ascii_lower(text::latin_ascii(s)); };
  const auto table = text::fold_table();
  REQUIRE(table.size() > 800);
  std::string all;
  for (std::size_t i = 0; i < table.size(); ++i) {
    std::string c;
    const auto code_point = static_cast<std::uint32_t>(table[i].code_point);
    if (code_point < 0x800) {
      c = {static_cast<char>(0xC0 | (code_point >> 6)),
           static_cast<char>(0x80 | (code_point & 0x3F))};
    } else {
      c = {static_cast<char>(0xE0 | (code_point >> 12)),
           static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)),
           static_cast<char>(0x80 | (code_point & 0x3F))};
    }
    all += c;
    for (const std::string& s :
         {c, "Ab" + c + "Cd", "1" + c + "2", c + c, "Jos" + c + " Mu" + c + "oz"}) {
      INFO("code point " << code_point << " in \"" << s << "\"");
      const auto folded = text::lower_latin_ascii_by_table(s);
      REQUIRE(folded.has_value());
      CHECK(*folded == icu(s));
    }
  }
  // Every code point of the table in one text.
  CHECK(text::lower_latin_ascii_by_table(all) == icu(all));
  // Text beyond the table goes to ICU.
  CHECK_FALSE(text::lower_latin_ascii_by_table("\u041C\u043E\u0441\u043A\u0432\u0430"));
  CHECK(text::lower_latin_ascii("\u041C\u043E\u0441\u043A\u0432\u0430") == "moskva");
  CHECK_FALSE(text::lower_latin_ascii_by_table("e\u0301"));  // a combining accent
  CHECK_FALSE(text::lower_latin_ascii_by_table("\xC3"));     // cut UTF-8
  CHECK(text::lower_latin_ascii_by_table("Z\u00FCrich \u00C6gir O\u2019Malley") ==
        "zurich aegir o'malley");
}

TEST_CASE("hash: FNV-1a and splitmix64 as published, the same in every build") {
  CHECK(text::fnv1a("") == 14695981039346656037ull);
  CHECK(text::fnv1a("a") == 0xaf63dc4c8601ec8cull);
  CHECK(text::fnv1a("foobar") == 0x85944171f73967e8ull);
  std::uint64_t state = 0;
  CHECK(text::splitmix64(state) == 0xe220a8397b1dcdafull);
  CHECK(text::splitmix64(state) == 0x6e789e6aa1b965f4ull);
  CHECK(text::seeded_fnv1a("a", 1) != text::seeded_fnv1a("a", 2));
  CHECK(text::fold_key(0) == 1u);  // never the empty slot
}

TEST_CASE("lexicon: months, weekdays, abbreviations, honorifics and pronouns") {
  CHECK(text::month_of("january") == 1);
  CHECK(text::month_of("sept") == 9);
  CHECK(text::month_of("dec") == 12);
  CHECK(text::month_of("septem") == 0);
  CHECK(text::weekday_of("sunday") == 7);
  CHECK(text::weekday_of("sun") == 0);
  CHECK(text::abbreviation("Mr") == text::Abbreviation::title);
  CHECK(text::abbreviation("MR") == text::Abbreviation::none);
  CHECK(text::abbreviation_lower("mr") == text::Abbreviation::title);
  CHECK(text::abbreviation("Jan") == text::Abbreviation::month);
  CHECK(text::abbreviation("Inc") == text::Abbreviation::company);
  CHECK(text::title_written_out("adm") == "admiral");
  CHECK(text::title_written_out("sens") == "senator");
  CHECK(text::title_written_out("mr") == "mr");
  CHECK(text::title_written_out("senator") == "senator");
  CHECK(text::honorific_gender("mrs.") == text::Gender::female);
  CHECK(text::honorific_gender("sir") == text::Gender::male);
  CHECK(text::pronoun_gender("himself") == text::Gender::male);
  CHECK(text::pronoun_gender("they") == text::Gender::unknown);
  CHECK(text::keeps_period("U.S"));
  CHECK(text::keeps_period("a.m"));
  CHECK(text::keeps_period("F"));
  CHECK(text::keeps_period("Sept"));
  CHECK_FALSE(text::keeps_period("UK"));
  CHECK_FALSE(text::keeps_period("said"));
  CHECK(text::is_name_attachment("backed"));
  CHECK(text::is_stop_word("the"));
  CHECK_FALSE(text::is_stop_word("peace"));
  // Every month by name and three letters, nothing shorter, longer or else.
  const char* const months[] = {"january",   "february", "march",    "april",
                                "may",       "june",     "july",     "august",
                                "september", "october",  "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    const std::string name = months[m - 1];
    CHECK(text::month_of(name) == m);
    CHECK(text::month_of(name.substr(0, 3)) == m);
    CHECK(text::month_of(name.substr(0, 2)) == 0);
    CHECK(text::month_of(name + "s") == 0);
  }
  CHECK(text::month_of("") == 0);
  CHECK(text::month_of("sep") == 9);
  CHECK(text::month_of("mayor") == 0);
  CHECK(text::month_of("January") == 0);  // lower case only
  // Stop words of every length; not their capitalised forms, not prefixes.
  for (const char* word : {"a", "i", "an", "of", "and", "the", "about", "because", "between"})
    CHECK(text::is_stop_word(word));
  for (const char* word : {"", "The", "th", "abou", "aboutt", "peace", "b"})
    CHECK_FALSE(text::is_stop_word(word));
}

TEST_CASE("plain_word_count counts the words plain_words gives") {
  for (const std::string text :
       {"", "   ", "The cease-fire held \u2014 \u201cmostly\u201d, said al-Assad's aide.",
        "-a- b--c \u00e9t\u00e9 x\u2019s 24/7 U.S. \u00abjoint\u00bb", "word"}) {
    CAPTURE(text);
    CHECK(text::plain_word_count(text) == text::plain_words(text).size());
  }
  CHECK(text::plain_word_count("one two, three-four") == 4);  // "four" joined to "three"
}
