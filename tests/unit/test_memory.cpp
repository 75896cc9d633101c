// Memory in proportion to the input (issue 13, docs/robustness.md, "Memory
// under 10x the input"): the most heap a stage holds at once, counted by the
// test program's operator new (allocation_limit.cpp), per byte or token of
// its input. Counted bytes do not depend on timing, so the bounds are exact
// figures with room, not measurements of a machine.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "allocation_limit.hpp"
#include "attribution/attribution.hpp"
#include "attribution/speakers.hpp"
#include "attribution/units.hpp"
#include "batch/cross_index.hpp"
#include "clean/clean.hpp"
#include "facts/facts.hpp"
#include "fixtures.hpp"
#include "identity/identity.hpp"
#include "input/blocks.hpp"
#include "nlp/entities.hpp"
#include "nlp/tagger.hpp"
#include "pipeline/stages.hpp"
#include "presslens/analyze.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"

using namespace presslens;

namespace {

// A made-up name of `digits` syllables after `first` ("Sbanbap"), each a
// digit of n: two names differ in two letters at least, and in skeleton.
std::string made_up_name(char first, int n, int digits) {
  std::string w(1, first);
  for (int d = 0; d < digits; ++d, n /= 10) {
    w += "bcdfghjklm"[n % 10];
    w += 'a';
    w += "npqrstvwxz"[n % 10];
  }
  return w;
}

// Names `count` different people once each ("Given Surname spoke."), the
// people numbered from `first`, with their mentions as the tagger gives them.
void name_people(Document& document, int first, int count) {
  for (int p = first; p < first + count; ++p) {
    const std::string name = made_up_name('G', p, 5) + " " + made_up_name('S', p, 5);
    const std::size_t start = document.text.size();
    document.text += name;
    document.entities.push_back(
        {name, EntityType::person, text::make_span(start, document.text.size()), std::string()});
    document.text += " spoke. ";
  }
}

// The most heap held at once while `text` is analysed as one file, its
// result included, per byte of text.
double analysis_heap_per_byte(const std::string& name, const std::string& text) {
  testing::analysed_seeds();  // the models are loaded
  const InputFile file{name, text, {}};
  testing::HeapPeak peak;
  {
    const Batch batch = analyze({&file, 1});
    REQUIRE(batch.documents.size() == 1);
    CHECK_FALSE(batch.documents[0].error);
  }
  const double per_byte = static_cast<double>(peak.bytes()) / static_cast<double>(text.size());
  MESSAGE(name << ": " << peak.bytes() << " bytes at most for " << text.size() << " (" << per_byte
               << " a byte)");
  return per_byte;
}

}  // namespace

TEST_CASE("a batch analysed from files it is given lets their bytes go once it has read them") {
  testing::analysed_seeds();  // the models are loaded
  std::string text;
  while (text.size() < 1000000) {
    text += "The council met on Tuesday to discuss the new tram line, which runs north. ";
    text += "Residents said the works had gone on for too long.\n\n";
  }
  const auto peak_of = [&](bool given) {
    std::vector<InputFile> files{{"tram.txt", text, {}}};
    testing::HeapPeak peak;
    {
      const Batch batch = given ? analyze(std::move(files)) : analyze(files);
      REQUIRE(batch.documents.size() == 1);
    }
    return peak.bytes();
  };
  const std::size_t kept = peak_of(false), given = peak_of(true);
  MESSAGE("analyze: " << kept << " bytes at most with the files kept, " << given << " given");
  // The file's megabyte is not held while the later stages run.
  CHECK(given + text.size() * 9 / 10 <= kept);
}

TEST_CASE("a document's words for the tagger cost their letters and a few bytes each") {
  nlp::TokenDocument document;
  testing::HeapPeak peak;
  for (int i = 0; i < 100000; ++i) document.words.push_back(i % 2 ? "Lavrov" : "said");
  MESSAGE("100,000 words: " << peak.bytes() << " bytes at most");
  CHECK(document.words.size() == 100000);
  CHECK(document.words[99999] == "Lavrov");
  CHECK(document.words[99998] == "said");
  // Five letters and four bytes of their end, grown by doubling: some 20
  // bytes a word at most. A std::string each took 32, 64 while growing.
  CHECK(peak.bytes() < 24 * 100000);
}

TEST_CASE("tagging holds one sentence's feature keys at a time, not every token's") {
  testing::analysed_seeds();
  const nlp::NerModel* model = nlp::loaded_model();
  REQUIRE(model != nullptr);
  // 4,000 sentences of 10 tokens (110 distinct words).
  nlp::TokenDocument document;
  for (int s = 0; s < 4000; ++s) {
    document.sentence_starts.push_back(document.words.size());
    for (const std::string& word :
         std::vector<std::string>{"Sergei", "Lavrov", "met", "John", "Kerry", "in", "Geneva", "on",
                                  std::to_string(s % 100) + "th", "."}) {
      document.words.push_back(word);
    }
  }
  const std::size_t tokens = document.words.size();
  testing::HeapPeak peak;
  const std::vector<int> tags = nlp::tag_document(*model, document);
  const std::size_t per_token = peak.bytes() / tokens;
  MESSAGE("tag_document: " << peak.bytes() << " bytes at most for " << tokens << " tokens");
  CHECK(tags.size() == tokens);
  // The tags, each token's word number, name and capital: some 14 bytes a
  // token. Tables to find a word sized for every token, and a pointer a
  // token to its word, made it 31; the keys of every token (some 24 of 4
  // bytes, and their places) and every token's scores were some 200 more.
  CHECK(per_token < 18);
}

namespace {

// The most heap find_entities() holds at once on `text`, one paragraph, and
// the names it found.
std::pair<std::size_t, std::size_t> entities_heap(const std::string& text) {
  Document d;
  d.text = text;
  d.blocks.push_back(Block{.text = text,
                           .source_end = static_cast<std::uint32_t>(text.size()),
                           .in_text = text::make_span(0, text.size())});
  d.sentences = text::split_sentences(d.text);
  testing::HeapPeak peak;
  nlp::find_entities(d);
  return {peak.bytes(), d.entities.size()};
}

}  // namespace

TEST_CASE("the tagger holds a bounded run of words at a time, however long the sentence") {
  testing::analysed_seeds();
  // 10,000 made-up names (98 KB): with no full stop, and with one after
  // every 16th name.
  std::string run, sentences;
  for (int n = 0; n < 10000; ++n) {
    const std::string name = made_up_name('G', n, 3);
    run += name + ' ';
    sentences += name + (n % 16 == 15 ? ". " : " ");
  }
  const auto [one, none] = entities_heap(run);
  const auto [many, names] = entities_heap(sentences);
  CHECK(none == 0);  // a run of more than 16 capitalised words is no name
  CHECK(names > 0);
  MESSAGE("find_entities: " << one << " bytes at most on one sentence, " << many << " on "
                            << 10000 / 16 << " of 16 names, for " << run.size() << " bytes");
  // The sentences' text has more marks and bytes. One sentence of 10,000
  // words held each word's path, context and lower-case form besides: 40%
  // more.
  CHECK(one <= many + many / 20);
  // Some 81 bytes a word: its place, tag, word number and spelling, the
  // distinct words' descriptions and scores. Places of 16 bytes made it 90.
  CHECK(one < 84 * 10000);
}

TEST_CASE("names found in a long text are held once, never twice while their list grows") {
  testing::analysed_seeds();
  // 120,000 lines of one word each (four parts of the tagger): names, and
  // the same words in lower case, which are none.
  static constexpr std::array<std::string_view, 4> kNames{"Lavrov", "Kerry", "Moscow", "Assad"};
  std::string names, words;
  for (std::size_t i = 0; i < 120000; ++i) (names += kNames[i * 7 % 5 % 4]) += ".\n";
  std::transform(names.begin(), names.end(), std::back_inserter(words),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  const auto [with_names, found] = entities_heap(names);
  const auto [without, none] = entities_heap(words);
  REQUIRE(found > 20000);
  REQUIRE(none == 0);
  // What the names cost above the tagger's tables (of one part at a time).
  const std::size_t per_name = (with_names - without) / found;
  MESSAGE("find_entities: " << with_names << " bytes at most for " << found << " names, " << without
                            << " for none (" << per_name << " a name)");
  // A mention is 88 bytes. A list grown by doubling held the old and the new
  // room at once: up to three times that.
  CHECK(per_name < sizeof(EntityMention) + sizeof(EntityMention) / 8);
}

TEST_CASE("tagging holds a few bytes for each distinct word, not each word's keys") {
  testing::analysed_seeds();
  const nlp::NerModel* model = nlp::loaded_model();
  REQUIRE(model != nullptr);
  // 20,000 words of five letters, each different, in sentences of ten.
  nlp::TokenDocument document;
  for (int n = 0; n < 20000; ++n) {
    if (n % 10 == 0) document.sentence_starts.push_back(document.words.size());
    std::string word(1, n % 3 ? 'k' : 'K');
    for (int d = 0, rest = n; d < 4; ++d, rest /= 26) word += static_cast<char>('a' + rest % 26);
    document.words.push_back(word);
  }
  testing::HeapPeak peak;
  const std::vector<int> tags = nlp::tag_document(*model, document);
  MESSAGE("tag_document: " << peak.bytes() << " bytes at most for 20,000 distinct words");
  CHECK(tags.size() == 20000);
  // Each word's description (its spelling, lower-case form and shapes, some
  // 220 bytes) and its scores as each of five neighbours (170): 423 bytes.
  // Every word's keys held at once, scores of four bytes, and descriptions
  // grown by doubling made it 710.
  CHECK(peak.bytes() < 480 * 20000);
}

TEST_CASE("quotes cost memory in proportion to the text, not to quotes times their context") {
  // 5,000 quoted terms on one line: each read up to 120 words either side.
  // The first 1000 are read (attribution::max_quotes): 113 bytes a byte.
  // Reading all 5,000, each quote's record (some 800 bytes) cost 200 bytes
  // a byte; keeping every quote's words around it besides, over 2,000.
  std::string pairs;
  while (pairs.size() < 20 * 1024) pairs += "\"x\" ";
  CHECK(analysis_heap_per_byte("quote-pairs.txt", pairs) < 130);
}

TEST_CASE("the identity stage holds each distinct name once, not once per mention and group") {
  // 4 articles of 3,000 mentions: 1,000 people, each named in full, by
  // surname, and with a title ("Mr. Smith"); full names and surnames of
  // people of other articles too.
  // Names of distinct syllables ("Sbanbap"), two letters apart and of
  // other skeletons, so that no two people match.
  const auto word = [](char first, int n) { return made_up_name(first, n, 3); };
  Batch batch;
  for (int d = 0; d < 4; ++d) {
    Document& document = batch.documents.emplace_back();
    document.name = "names" + std::to_string(d) + ".txt";
    const auto mention = [&](const std::string& before, const std::string& name) {
      document.text += before;
      const std::size_t start = document.text.size();
      document.text += name;
      document.entities.push_back(
          {name, EntityType::person, text::make_span(start, document.text.size()), std::string()});
      document.text += " said. ";
    };
    for (int p = 0; p < 1000; ++p) {
      const std::string given = word('G', (p + d * 250) % 1000);
      const std::string surname = word('S', p);
      mention("", given + " " + surname);
      mention("Mr. ", surname);
      mention("", surname);
    }
  }
  std::size_t mentions = 0;
  for (const auto& document : batch.documents) mentions += document.entities.size();
  std::size_t identities = 0;
  testing::HeapPeak peak;
  identities = identity::find_identities(batch).size();
  const std::size_t per_mention = peak.bytes() / mentions;
  MESSAGE("find_identities: " << peak.bytes() << " bytes at most for " << mentions << " mentions");
  CHECK(identities == 4000);  // the people of each article
  // Each mention in its group (20 bytes), each distinct name's parts once,
  // and the groups' keys (a surname's skeleton and deletions, in the
  // article's indexes and the batch's, by their hashes): 508 bytes a
  // mention. Each key a hash table's node and a list of its own made it
  // 650; the keys as strings 775 (the batch's numbering of them by string
  // 680); each member's and group's copy of its name's parts and
  // signature, and each article group's copy in the batch's, 1,520.
  CHECK(per_mention < 560);
}

TEST_CASE("what identities are undone to, should finding them fail, is a few bytes a mention") {
  // 50,000 mentions, in no cluster yet (as stage 2 leaves them).
  Batch batch;
  Document& d = batch.documents.emplace_back();
  d.name = "many.txt";
  for (int i = 0; i < 50000; ++i) {
    const std::size_t start = d.text.size();
    d.text += "Smith agreed. ";
    d.entities.push_back({"Smith", EntityType::person, text::make_span(start, start + 5), ""});
  }
  std::size_t held = 0;
  {
    testing::HeapPeak peak;
    pipeline::Attribution step(
        batch,
        [&](const Batch&, bool) {
          held = peak.bytes();  // all that is held when finding begins
          return pipeline::Found{};
        },
        nullptr);
    step.identify();
  }
  MESSAGE("before finding identities: " << held << " bytes held for 50,000 mentions");
  // Each mention's type (a cluster's name only where one has it): some
  // 4 bytes a mention. A name and a type each took 40.
  CHECK(held < 8 * 50000);
}

TEST_CASE("every article's groups are held with no room to spare until the batch's are merged") {
  // 400 articles naming 33 people each, once, none in two articles: an
  // article's groups grow to room for 64.
  Batch batch;
  for (int d = 0; d < 400; ++d) {
    Document& document = batch.documents.emplace_back();
    document.name = "people" + std::to_string(d) + ".txt";
    name_people(document, d * 33, 33);
  }
  testing::HeapPeak peak;
  const std::size_t identities = identity::find_identities(batch).size();
  const std::size_t per_person = peak.bytes() / 13200;
  MESSAGE("find_identities: " << peak.bytes() << " bytes at most for 13,200 people");
  CHECK(identities == 13200);
  // 1,722 bytes a person: the article's group (some 180 bytes) and its
  // keys, the batch's (identity/postings.hpp). Each key a hash table's node
  // and a list of its own made it 2,204; each article's groups holding
  // room for 64 besides, 2,418.
  CHECK(per_person < 1850);
}

TEST_CASE("writing a batch's JSON holds a long text and its blocks a piece at a time") {
  // One document of a 2 MB paragraph: its text and its block's.
  std::string text;
  while (text.size() < 2000000) text += "Numbers rose by 4.5% to 1,200 in \"2024\".\t";
  Batch batch;
  Document& d = batch.documents.emplace_back();
  d.name = "storm.txt";
  d.text = text;
  d.blocks.push_back(Block{.text = text,
                           .source_end = static_cast<std::uint32_t>(text.size()),
                           .in_text = text::make_span(0, text.size())});
  for (const bool pretty : {false, true}) {
    std::size_t written = 0, largest = 0;
    testing::HeapPeak peak;
    write_json(batch, {.pretty = pretty}, [&](std::string_view piece) {
      written += piece.size();
      largest = std::max(largest, piece.size());
    });
    MESSAGE("write_json: " << peak.bytes() << " bytes at most, pieces of " << largest
                           << " at most, for " << written);
    CHECK(written > 2 * text.size());
    // The pieces handed on, and the room to make them. The text escaped
    // whole, and the block's copied into a Json, took 4 and 2 MB.
    CHECK(peak.bytes() < 600000);
  }
}

TEST_CASE("a file of many records holds each record's document once while it is read") {
  // 4,000 short records in one .jsonl (of some 330 bytes: a file may hold
  // one per 256 bytes): a document each.
  std::string jsonl;
  for (int i = 0; i < 4000; ++i) {
    jsonl += "{\"title\":\"R" + std::to_string(i) + "\",\"text\":\"" + made_up_name('P', i, 4) +
             " said so on Monday, and said it again on Tuesday to the council of the "
             "county, which met in the town hall for the third time this year to decide "
             "on the budget of the next five years and on the new bridge over the river "
             "that the county has wanted for some twenty years now.\"}\n";
  }
  const InputFile file{"records.jsonl", jsonl, {}};
  std::size_t bytes = 0, documents = 0;
  {
    testing::HeapPeak peak;
    documents = prepare_batch({&file, 1}).documents.size();
    bytes = peak.bytes();
  }
  MESSAGE("prepare_batch: " << bytes << " bytes at most for " << documents << " records");
  CHECK(documents == 4000);
  // 2,224 bytes a record (an 880-byte Document, its blocks and the record
  // read). The documents grown one at a time (held twice while the list
  // grew) made it 2,630.
  CHECK(bytes / documents < 2400);
}

TEST_CASE("a file's blocks cost a small record a line") {
  // 10,000 short lines (a list of names): one block each, its text within
  // the block (short strings are kept inline).
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "Name " + std::to_string(i % 100) + "\n";
  std::size_t per_line = 0;
  {
    testing::HeapPeak peak;
    const std::vector<Block> blocks = input::split_blocks(text);
    REQUIRE(blocks.size() == 10000);
    CHECK(blocks[7].text == "Name 7");
    per_line = peak.bytes() / blocks.size();
    MESSAGE("split_blocks: " << peak.bytes() << " bytes at most for " << blocks.size() << " lines");
  }
  // 120 bytes a block. The index of the block it repeats and its place in
  // the source in 8 bytes each made it 136; the decision before a
  // correction (56 bytes, on the heap now, where a correction made one) and
  // the padding of the flags, 200.
  CHECK(per_line < 125);
}

TEST_CASE("attribution holds a text's words as a small record each") {
  // 300,000 words and marks: "Smith said." sentences, ten to a paragraph.
  std::string text;
  for (int p = 0; p < 10000; ++p) {
    for (int s = 0; s < 10; ++s) text += "Smith said.  ";
    text.back() = '\n';
  }
  std::size_t words = 0, per_word = 0;
  {
    testing::HeapPeak peak;
    const attribution::TextUnits units = attribution::read_units(text, {});
    words = units.words.size();
    REQUIRE(words == 300000);
    CHECK(units.words[4].lower == "said");
    per_word = peak.bytes() / words;
    MESSAGE("read_units: " << peak.bytes() << " bytes at most for " << words << " words");
  }
  // 8 bytes a word, the paragraphs (a span and a sentence each) 2 more: 10.
  // A list of sentences a paragraph made it 11; 12 bytes a word with room
  // for one every 4 bytes, 16; a text::Word each (72 bytes: a view and a
  // lowercase copy besides), 75.
  CHECK(per_word < 11);
}

TEST_CASE("attribution reads a paragraph's sentences where the document holds them") {
  // 100,000 one-name lines, a sentence each, as the document's splitter
  // gives them: the short-lines storm of bench_robust.
  std::string text;
  std::vector<Span> sentences;
  for (int line = 0; line < 100000; ++line) {
    const std::size_t start = text.size();
    text += "Kerry";
    sentences.push_back(text::make_span(start, text.size()));
    text += '\n';
  }
  text.pop_back();
  std::size_t per_line = 0;
  {
    testing::HeapPeak peak;
    const attribution::TextUnits units = attribution::read_units(text, sentences);
    REQUIRE(units.paragraphs.size() == 100000);
    CHECK(units.sentences_in(7).size() == 1);
    CHECK(units.sentences_in(7)[0] == sentences[7]);
    CHECK(units.sentences_in(99999)[0] == sentences[99999]);
    per_line = peak.bytes() / units.paragraphs.size();
    MESSAGE("read_units: " << peak.bytes() << " bytes at most for 100,000 lines");
  }
  // A word (8 bytes) and a paragraph's place (8): 16. Where its sentences
  // lie among the document's (8 more) made it 24; the paragraph's place as
  // a Span (16 bytes) 32; a copy of each sentence (16 bytes) and where each
  // paragraph's begin (4), with the room the lists grew to, 66.
  CHECK(per_line < 20);
}

TEST_CASE("a document's text is made at its size, not grown to up to twice that") {
  // 1,000 kept paragraphs of 99 bytes: the text is held as long as the
  // document (the 1,000 articles of bench_pipeline: 6.7 MB of texts for 4.9
  // MB of files, while grown a block at a time).
  Document d;
  for (int b = 0; b < 1000; ++b) {
    Block block;
    block.kind = BlockKind::paragraph;
    block.text = std::string(98, 'a') + '.';
    d.blocks.push_back(std::move(block));
  }
  clean::assemble_text(d);
  REQUIRE(d.text.size() == 1000 * 99 + 999 * 2);
  CHECK(d.text.capacity() - d.text.size() <= 16);
}

TEST_CASE("a block of the body lends its text to the document's, and takes it back on leaving") {
  // Held once: every storm of bench_robust held its text twice, in the
  // blocks and in the document (2 MB each for 2 MB of input).
  const std::vector<std::string> texts = {std::string(40, 'a') + '.', std::string(50, 'b') + '.',
                                          std::string(60, 'c') + '.'};
  Document d;
  for (const auto& text : texts) d.blocks.push_back(Block{.text = text});
  const auto joined = [&](std::initializer_list<std::size_t> blocks) {
    std::string out;
    for (const std::size_t b : blocks) out += (out.empty() ? "" : "\n\n") + texts[b];
    return out;
  };
  CHECK(clean::assemble_text(d));
  CHECK(d.text == joined({0, 1, 2}));
  for (std::size_t b = 0; b < texts.size(); ++b) {
    CHECK(d.blocks[b].text.capacity() < texts[b].size());
    CHECK(block_text(d, d.blocks[b]) == texts[b]);
  }
  d.blocks[1].kept = false;  // as a correction removes it
  CHECK(clean::assemble_text(d));
  CHECK(d.text == joined({0, 2}));
  CHECK_FALSE(d.blocks[1].in_text);
  CHECK(d.blocks[1].text == texts[1]);
  CHECK(block_text(d, d.blocks[2]) == texts[2]);
  d.blocks[1].kept = true;
  CHECK(clean::assemble_text(d));
  CHECK(d.text == joined({0, 1, 2}));
  CHECK_FALSE(clean::assemble_text(d));  // nothing changed
  for (std::size_t b = 0; b < texts.size(); ++b) CHECK(block_text(d, d.blocks[b]) == texts[b]);
}

TEST_CASE("attribution holds a small record a word even when the text is one line") {
  // 300,000 words and marks on one line: no line break to read it by parts.
  std::string text;
  for (int s = 0; s < 100000; ++s) text += "Smith said. ";
  std::size_t words = 0, per_word = 0;
  {
    testing::HeapPeak peak;
    const attribution::TextUnits units = attribution::read_units(text, {});
    words = units.words.size();
    REQUIRE(words == 300000);
    per_word = peak.bytes() / words;
    MESSAGE("read_units, one line: " << peak.bytes() << " bytes at most for " << words << " words");
  }
  // Read a word at a time, 8 bytes each. 12 bytes with room for one every
  // 4 bytes made it 13; the line's text::Words all held at once (72 bytes
  // each), 84.
  CHECK(per_word < 10);
}

TEST_CASE("a text of more words than the word table expected keeps no room to spare") {
  // A word or mark every 3.3 bytes ("Ann said."), where the table makes
  // room for one every 4: it grew to room for 200,000 and kept that room
  // while attribution ran (the said-storm of bench_robust: 12.6 MB where
  // 8.1 MB is held now).
  std::string text;
  while (text.size() < 400000) text += "Ann said. ";
  const attribution::WordTable table(text);
  REQUIRE(table.size() == 120000);
  CHECK(table.room() <= table.size() / 4);
}

TEST_CASE("the word table never holds its words twice while it grows, however dense the text") {
  // A word or mark every byte and a third (the quote-pairs storm, `"x" `):
  // the table grew by doubling from room for one every 4 bytes, and held
  // the old and the new at once (24 bytes a word at the most, the
  // quote-storm of bench_robust 21 MB of table at its peak for 2 MB).
  std::string text;
  while (text.size() < 400000) text += "\"x\" ";
  std::size_t words = 0, per_word = 0;
  {
    testing::HeapPeak peak;
    const attribution::WordTable table(text);
    words = table.size();
    per_word = peak.bytes() / words;
    MESSAGE("word table: " << peak.bytes() << " bytes at most for " << words << " words");
  }
  REQUIRE(words == 300000);
  CHECK(per_word < 9);
}

TEST_CASE("key phrases read a long line's words one at a time") {
  // One line of 300,000 words: "the big storm." again and again.
  Batch b;
  Document d;
  d.name = "long.txt";
  for (int s = 0; s < 100000; ++s) d.text += "the big storm. ";
  d.sentences.push_back(text::make_span(0, d.text.size()));
  b.documents.push_back(std::move(d));
  std::size_t per_word = 0;
  {
    testing::HeapPeak peak;
    batch::find_keyphrases(b, nullptr);
    REQUIRE_FALSE(b.keyphrases.empty());
    CHECK(b.keyphrases[0].text == "big storm");
    per_word = peak.bytes() / 300000;
    MESSAGE("find_keyphrases: " << peak.bytes() << " bytes at most for 300,000 words");
  }
  // One phrase, counted 100,000 times: a few kilobytes in all. The words
  // all held at once (72 bytes each, and the sentence openers) made it 188.
  CHECK(per_word < 8);
}

TEST_CASE("key phrases hold a small record each, not their text") {
  // 20,000 articles' worth of distinct phrases in one text: "The Sbanbap
  // Sbanbap of ..." in 40,000 sentences, each phrase once.
  Batch b;
  Document d;
  d.name = "phrases.txt";
  for (int p = 0; p < 40000; ++p) {
    const std::size_t start = d.text.size();
    d.text += "The " + made_up_name('S', p, 5) + " " + made_up_name('B', p, 5) + " of it. ";
    d.sentences.push_back(text::make_span(start, d.text.size() - 1));
  }
  b.documents.push_back(std::move(d));
  std::size_t per_phrase = 0;
  {
    testing::HeapPeak peak;
    batch::find_keyphrases(b, nullptr);
    REQUIRE(b.document_keyphrases.size() == 1);
    CHECK(b.document_keyphrases[0].size() == 10);
    per_phrase = peak.bytes() / 40000;
    MESSAGE("find_keyphrases: " << peak.bytes() << " bytes at most for 40,000 phrases");
  }
  // 139 bytes: the record (32 bytes), the slot that finds it again, and
  // the batch's count of it. It was 400 with the phrase's text twice in each
  // record (lower-case and as written), 200 with room to grow in the records'
  // vector, 157 with the batch's counts in a vector (held twice while it
  // grew).
  CHECK(per_phrase < 150);
}

TEST_CASE("shared passages hold a paragraph's word 3-grams, not its words") {
  // One paragraph of 200,000 words ("w0 w1 ..."): each word's 3-gram hash
  // (8 bytes) is needed at once; the words themselves are read one by one.
  Document d;
  d.name = "long.txt";
  for (int w = 0; w < 200000; ++w) d.text += "w" + std::to_string(w) + ' ';
  Block paragraph;
  paragraph.kind = BlockKind::paragraph;
  paragraph.in_text = text::make_span(0, d.text.size());
  d.blocks.push_back(std::move(paragraph));
  const std::vector<Document> documents{d, d};
  std::size_t per_word = 0;
  {
    testing::HeapPeak peak;
    const auto passages = batch::find_passages(documents, {});
    REQUIRE_FALSE(passages.empty());
    per_word = peak.bytes() / (2 * 200000);
    MESSAGE("find_passages: " << peak.bytes() << " bytes at most for 400,000 words");
  }
  // 13 bytes a word: the 3-grams (8 bytes a word, more while the vector
  // grows). A text::Word each (72 bytes: a view and a lowercase copy
  // besides) made it 76.
  CHECK(per_word < 24);
}

TEST_CASE("shared passages hold a small record a paragraph") {
  // Two articles of 10,000 paragraphs of 12 words each, none shared.
  std::vector<Document> documents(2);
  int n = 0;
  for (auto& d : documents) {
    d.name = "paragraphs.txt";
    for (int p = 0; p < 10000; ++p) {
      Block paragraph;
      paragraph.kind = BlockKind::paragraph;
      const std::size_t start = d.text.size();
      for (int w = 0; w < 12; ++w) d.text += made_up_name('w', n++, 6) + ' ';
      paragraph.in_text = text::make_span(start, d.text.size());
      d.blocks.push_back(std::move(paragraph));
      d.text += '\n';
    }
  }
  std::size_t per_paragraph = 0;
  {
    testing::HeapPeak peak;
    const auto passages = batch::find_passages(documents, {});
    CHECK(passages.empty());
    per_paragraph = peak.bytes() / 20000;
    MESSAGE("find_passages: " << peak.bytes() << " bytes at most for 20,000 paragraphs");
  }
  // 404 bytes: the record (a place and the 24 band keys of the MinHash
  // signature, 256 bytes), its ten 3-grams, the bands' buckets. It was 1,048
  // with the signature's 48 hashes, the 3-grams' and the records' vectors
  // holding room to grow.
  CHECK(per_paragraph < 480);
}

TEST_CASE("shared passages are listed and put in order without room to spare") {
  // One paragraph written 10,000 times in an article (the repeated-paragraph
  // storm of bench_robust): a verbatim passage for each copy.
  Document d;
  d.name = "repeated.txt";
  const std::string paragraph =
      "Moscow sees a growing chance to reach an agreement on fighting terrorism, a source said.";
  for (int p = 0; p < 10000; ++p) {
    Block block;
    block.kind = BlockKind::paragraph;
    if (!d.text.empty()) d.text += "\n\n";
    block.in_text = text::make_span(d.text.size(), d.text.size() + paragraph.size());
    d.text += paragraph;
    d.blocks.push_back(std::move(block));
  }
  const std::vector<Document> documents{std::move(d)};
  std::size_t passages = 0, per_passage = 0;
  {
    testing::HeapPeak peak;
    passages = batch::find_passages(documents, {}).size();
    per_passage = peak.bytes() / 9999;
    MESSAGE("find_passages: " << peak.bytes() << " bytes at most for " << passages << " passages");
  }
  CHECK(passages == 9999);
  // 537 bytes: the paragraphs' 3-grams and bands, read before any passage
  // is made. Each band's pairs held until all 24 were read (the same pair
  // 24 times), a list and an index entry a passage and a stable sort's copy
  // of half the passages made it 1,031.
  CHECK(per_passage < 600);
}

TEST_CASE("a mention's gender votes are held in a byte each") {
  // 50,000 mentions, each of a person named with an honorific and a pronoun
  // after: every mention's votes are held while its article is grouped, and
  // the page keeps them for every article.
  Document d;
  d.name = "votes.txt";
  for (int m = 0; m < 50000; ++m) {
    d.text += "Mrs. ";
    const std::string name = made_up_name('P', m, 5);
    const std::size_t at = d.text.size();
    d.text += name + " said she would. ";
    d.entities.push_back(
        {name, EntityType::person, text::make_span(at, at + name.size()), std::string()});
  }
  std::size_t per_mention = 0;
  {
    testing::HeapPeak peak;
    const auto votes = identity::gender_votes(d);
    REQUIRE(votes.size() == 50000);
    CHECK(votes[7].female == 2);
    CHECK(votes[7].named_female == 1);
    per_mention = peak.bytes() / 50000;
  }
  // 4 bytes. An int each made it 16.
  CHECK(per_mention < 8);
}

TEST_CASE("the co-occurrence graph holds each edge once") {
  // 5,000 sentences naming four people each, never the same pair twice:
  // 30,000 edges, each with one example sentence.
  Batch b;
  Document& d = b.documents.emplace_back();
  d.name = "pairs.txt";
  int person = 0;
  for (int s = 0; s < 5000; ++s) {
    const std::size_t start = d.text.size();
    for (int k = 0; k < 4; ++k) {
      const std::string name = made_up_name('P', person++, 5);
      const std::size_t at = d.text.size();
      d.text += name + " and ";
      d.entities.push_back(
          {name, EntityType::person, text::make_span(at, at + name.size()), std::string()});
    }
    d.text += "others met. ";
    d.sentences.push_back(text::make_span(start, d.text.size() - 1));
  }
  std::size_t per_edge = 0;
  {
    batch::DocumentWarnings warnings;
    testing::HeapPeak peak;
    const Graph graph = batch::build_graph(b, warnings);
    REQUIRE(graph.edges.size() == 30000);
    per_edge = peak.bytes() / 30000;
    MESSAGE("build_graph: " << peak.bytes() << " bytes at most for 30,000 edges");
    // The graph is held to the end of the batch: its 20,000 nodes (88 bytes
    // each) without the room they grew to (32,768 of them).
    REQUIRE(graph.nodes.size() == 20000);
    CHECK(graph.nodes.capacity() - graph.nodes.size() <= graph.nodes.size() / 4);
  }
  // 493 bytes: the edge (80 bytes) in the map it is counted in, its example
  // and its article's count, then in the graph; the nodes. The graph's
  // vector growing while the map was still whole made it 544.
  CHECK(per_edge < 520);
}

namespace {

// About `bytes` of one line of sentences without a figure, then one with.
std::string long_line_with_a_figure(std::size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += "The talks went on and on in the hall. ";
  return text + "The storm killed 12 people in the town.";
}

}  // namespace

TEST_CASE("dates and numbers are read a part at a time, not with every word of the text held") {
  // 2 MB on one line: some 440,000 words, of which one a figure.
  const std::string text = long_line_with_a_figure(2 << 20);
  const std::vector<Span> sentences = text::split_sentences(text);
  std::size_t dates_peak = 0, numbers_peak = 0;
  // The readers' word lists are made on first use, not counted here.
  facts::find_numbers("some 12 on Monday", facts::find_dates("on Monday", std::nullopt), {});
  {
    testing::HeapPeak peak;
    CHECK(facts::find_dates(text, std::nullopt).empty());
    dates_peak = peak.bytes();
  }
  {
    testing::HeapPeak peak;
    const auto numbers = facts::find_numbers(text, {}, sentences);
    REQUIRE(numbers.size() == 1);
    CHECK(numbers[0].value == 12);
    numbers_peak = peak.bytes();
  }
  MESSAGE("find_dates: " << dates_peak << " bytes at most, find_numbers: " << numbers_peak
                         << ", for " << text.size() << " bytes");
  // A part's words (32 KB of text, some 7,000 words of 72 bytes): about half
  // a megabyte. Every word of the text held at once (72 bytes each, for
  // words of 4.6 bytes) made it some 30 bytes a byte.
  CHECK(dates_peak < text.size() / 2);
  CHECK(numbers_peak < text.size() / 2);
}

TEST_CASE("claims hold a figure's reading or its group while grouping, not both") {
  // 20,000 figures, each the death toll of a different made-up place (the
  // 201 that read as years are no amounts): a group each.
  Document d;
  d.name = "tolls.txt";
  for (int i = 0; i < 20000; ++i) {
    d.text += "The war in " + made_up_name('P', i, 5) + " has killed " + std::to_string(100 + i) +
              " people. ";
  }
  d.sentences = text::split_sentences(d.text);
  d.numbers = facts::find_numbers(d.text, {}, d.sentences);
  const std::size_t figures = d.numbers.size();
  REQUIRE(figures == 19799);
  const std::vector<Document> documents{std::move(d)};
  std::size_t bytes = 0, groups = 0;
  {
    testing::HeapPeak peak;
    groups = batch::find_claims(documents, {}).size();
    bytes = peak.bytes();
  }
  MESSAGE("find_claims: " << bytes << " bytes at most for " << figures << " figures");
  CHECK(groups == figures);
  // 670 bytes a figure. Groups grown by doubling (as much room to spare,
  // and twice while grown) made it 891; every reading and every group held
  // at once, 1,490.
  CHECK(bytes / figures < 720);
}

TEST_CASE("claims hand back their groups as grown, not moved to a list made for them") {
  // Number words and figures in a random order, as in the number-storm of
  // bench_robust: most figures are about nothing named, a group each.
  const std::array<std::string_view, 10> words = {
      "one",  "two",     "hundred", "thousand", "a quarter of a million",
      "12.5", "percent", "$4",      "million",  "five-year-old"};
  Document d;
  d.name = "figures.txt";
  std::uint32_t state = 11;
  for (std::size_t i = 0; i < 60000; ++i) {
    state = state * 1664525u + 1013904223u;
    d.text += words[(state >> 16) % words.size()];
    d.text += ' ';
  }
  d.sentences = text::split_sentences(d.text);
  d.numbers = facts::find_numbers(d.text, {}, d.sentences);
  const std::vector<Document> documents{std::move(d)};
  std::size_t bytes = 0, groups = 0, alone = 0;
  {
    testing::HeapPeak peak;
    const auto found = batch::find_claims(documents, {});
    bytes = peak.bytes();
    groups = found.size();
    for (const auto& g : found) alone += g.subject.empty() && g.claims.size() == 1;
  }
  MESSAGE("find_claims: " << bytes << " bytes at most for " << groups << " groups of "
                          << documents[0].numbers.size() << " figures");
  REQUIRE(groups > 5000);
  CHECK(alone > groups * 9 / 10);
  // 666 bytes a group: the peak is now the readings, held before grouping.
  // Moved at the end to a list made for them (each group's 264 bytes held
  // twice at the start of the move), 726.
  CHECK(bytes / groups < 700);
}

TEST_CASE("claims read a figure with the words of its part of the text, and keep none") {
  Document d;
  d.name = "long.txt";
  d.text = long_line_with_a_figure(2 << 20);
  d.sentences = text::split_sentences(d.text);
  d.numbers = facts::find_numbers(d.text, {}, d.sentences);
  REQUIRE(d.numbers.size() == 1);
  const std::vector<Document> documents{std::move(d)};
  std::size_t bytes = 0;
  {
    testing::HeapPeak peak;
    const auto groups = batch::find_claims(documents, {});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].counted == "killed");
    bytes = peak.bytes();
  }
  MESSAGE("find_claims: " << bytes << " bytes at most for " << documents[0].text.size());
  // A part's words, as above. The text's words all held at once (and, in
  // the page, kept with a copy of the text for the next run) made it some
  // 28 bytes a byte.
  CHECK(bytes < documents[0].text.size() / 2);
}

TEST_CASE("a file of short lines costs memory in proportion to its lines") {
  // 100,000 lines of one name each (500 KB): a block, the cleaner's evidence
  // and features for each line, the names' mentions.
  static constexpr std::array<std::string_view, 8> kNames{"Tom",  "Lavrov", "Kerry", "Moscow",
                                                          "Iran", "Assad",  "UN",    "Paris"};
  std::string text;
  // In no repeating order (a repeated run of lines would be removed).
  std::uint32_t state = 1;
  for (std::size_t i = 0; i < 100000; ++i) {
    state = state * 1664525u + 1013904223u;
    (text += kNames[state >> 29]) += '\n';
  }
  // 22.4 bytes a byte: past the first 10,000 lines, blocks of 512 bytes or
  // more, attribution's paragraphs' sentences in one list, and those it
  // reads for reported speech asked of in turn (the names and the sentences
  // hold most of the rest). A list of those made it 23.5; a list of
  // sentences a paragraph 33.7 (39 before the quotes' and names' caps); a
  // block a line, 59.
  CHECK(analysis_heap_per_byte("short-lines.txt", text) < 23);
}

TEST_CASE("a text of quote marks costs memory in proportion to the quotes read, not the marks") {
  // 100,000 quoted terms: 400 KB, 300,000 words and marks, of which the
  // first 1,600 quotes are read (attribution::max_quotes; the text up to
  // its 3,200th mark).
  Document d;
  while (d.text.size() < 400 * 1024) d.text += "\"x\" ";
  d.sentences = text::split_sentences(d.text);
  std::size_t bytes = 0;
  {
    testing::HeapPeak peak;
    attribution::find_quotes(d, {}, {});
    bytes = peak.bytes();
  }
  MESSAGE("find_quotes: " << bytes << " bytes at most for " << d.text.size());
  CHECK(d.terms.size() == 1600);
  // 2.2 bytes a byte: the records of the 1,600 read (some 570 bytes each).
  // Read to the end, the word table and every passage made it 33.
  CHECK(bytes < 3 * d.text.size());
}

TEST_CASE("a page of short quotes costs memory in proportion to its quotes' text") {
  // 10,000 quotes with a pronoun and a cue between sentences naming people:
  // each quote's record and its speaker are needed, its context's words not.
  static constexpr std::array<std::string_view, 4> kNames{"Anna", "Sergei", "Olga", "John"};
  std::string text;
  for (std::size_t i = 0; i < 10000; ++i) {
    text += std::string(kNames[i % 4]) + " said. \"We will,\" he said. ";
  }
  // 27.7 bytes a byte: the first 1289 quotes are read (attribution::
  // max_quotes, one per 256 bytes). All 10,000 read, 35.3 (the quotes'
  // records, 350 bytes each while read, 210 in the document, were some 18);
  // the quoted segments and their word counts holding room to grow besides,
  // 36.4; every context's three emptied word lists kept until all were
  // read, 53.
  CHECK(analysis_heap_per_byte("said.txt", text) < 30);
}

namespace {

// The most heap a SpeakerResolver of `d` (no names, no clusters) holds at
// once while it is made, besides its word table.
std::size_t resolver_heap(const Document& d) {
  const attribution::WordTable words(d.text);
  const auto segments = attribution::quoted_segments(d.text, attribution::paragraphs(d.text));
  testing::HeapPeak peak;
  const attribution::SpeakerResolver resolver(d, {}, {}, segments, words);
  MESSAGE("SpeakerResolver: " << peak.bytes() << " bytes at most for " << d.text.size());
  return peak.bytes();
}

}  // namespace

TEST_CASE("a speaker's descriptions are kept only where one could be fuller than a phrase") {
  // 20,000 sentences of three descriptions ("The Kbab", "The Kbab Sbab",
  // "the Pbab"), each of a different noun: only the one of three words
  // could be fuller than the two words of the shortest phrase asked about.
  Document d;
  for (int i = 0; i < 20000; ++i) {
    d.text += "The " + made_up_name('K', i, 5) + " " + made_up_name('S', i, 5) + " met the " +
              made_up_name('P', i, 5) + ". ";
  }
  const std::size_t bytes = resolver_heap(d);
  // Some 150 bytes a sentence: the noun of the three words (a table's entry
  // of its lower-case spelling) and its description, and each word's kind
  // while they are read. Every "the X" kept made it 480.
  CHECK(bytes < 180 * 20000);
}

TEST_CASE("a paragraph said again and again keeps what its descriptions would name once") {
  // 20,000 times the same sentence of two descriptions of the same noun.
  Document d;
  for (int i = 0; i < 20000; ++i)
    d.text += "A Russian diplomatic source met the former diplomatic source. ";
  const std::size_t bytes = resolver_heap(d);
  // Each word's kind while they are read (a byte each, 200 KB): the choice
  // is made once. A record of each description made it 5.3 MB.
  CHECK(bytes < 260000);
}

TEST_CASE("the descriptions a speaker may be named by cost a small record each") {
  // 20,000 sentences, each with a description ("a senior official") that
  // may name a later speaker and each reported speech: 1.1 MB on one line.
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "A senior official in the city said the plan would work. ";
  // 13.6 bytes a byte: a description is 24 bytes, with the choice among
  // those before it, and the reported speech's records (352 bytes each) are
  // never copied to a larger vector while they are held, and are held for
  // the first 4,375 (attribution::max_quotes). All 20,000 held made it 25;
  // descriptions of four lists of 8-byte fields 38, and that copying then 30.
  CHECK(analysis_heap_per_byte("officials.txt", text) < 15);
}

TEST_CASE("the speaker resolver's indexes of mentions take a few bytes a mention") {
  // 50,000 people named once each: every mention is in the resolver's
  // lists of names in text order, of persons, and of whom "he" and "she"
  // may point back to.
  Document d;
  name_people(d, 0, 50000);
  const std::size_t per_mention = resolver_heap(d) / 50000;
  MESSAGE(per_mention << " bytes a mention");
  // Some 31: a pointer a mention, and 4 bytes in each list with the room
  // they grew to (and each word's kind, a byte). Indices and offsets of 8
  // bytes, and the lists of mentions grown, made it 57.
  CHECK(per_mention < 36);
}

TEST_CASE("a text's sentences, names and dates hold their places in 4 bytes an offset") {
  // 100,000 sentences of one word: every later stage reads the document's
  // list of their places, held from the split to the end.
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "Yes.\n";
  std::size_t per_sentence = 0;
  {
    testing::HeapPeak peak;
    const auto sentences = text::split_sentences(text);
    REQUIRE(sentences.size() == 100000);
    per_sentence = peak.bytes() / sentences.size();
  }
  MESSAGE(per_sentence << " bytes a sentence at most while they are split");
  // 8 bytes a place, and up to twice the room while the list grows (held
  // with the old room as it moves): some 16. Offsets of 8 bytes made it 31.
  CHECK(per_sentence < 20);
  CHECK(sizeof(EntityMention) <= 80);  // was 88
  CHECK(sizeof(DateMention) <= 80);    // was 88
}

TEST_CASE("an annotated document's sentences, dates, figures and names hold no room to spare") {
  testing::analysed_seeds();  // the models are loaded
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += "Lavrov met Kerry in Geneva on " + std::to_string(i % 28 + 1) + " March 2015 with " +
            std::to_string(i + 2) + " aides.\n";
  }
  const InputFile file{"met.txt", text, {}};
  Batch batch = prepare_batch({&file, 1});
  REQUIRE(batch.documents.size() == 1);
  Document& d = batch.documents[0];
  annotate_document(d);
  REQUIRE(d.entities.size() >= 500);
  REQUIRE(d.numbers.size() >= 250);
  // Grown one at a time, each list had up to twice the room it needed, held
  // while the later stages ran.
  CHECK(d.sentences.capacity() == d.sentences.size());
  CHECK(d.dates.capacity() == d.dates.size());
  CHECK(d.numbers.capacity() == d.numbers.size());
  CHECK(d.entities.capacity() == d.entities.size());
}

TEST_CASE("an article's groups list their members at their number, not grown by doubling") {
  // One article naming 200 people 65 times each, in turn: 13,000 mentions
  // in 200 groups, each listed while the others grow.
  Batch batch;
  Document& document = batch.documents.emplace_back();
  document.name = "people.txt";
  for (int round = 0; round < 65; ++round) name_people(document, 0, 200);
  testing::HeapPeak peak;
  const auto found = identity::find_identities(batch);
  const std::size_t per_mention = peak.bytes() / document.entities.size();
  MESSAGE("find_identities: " << peak.bytes() << " bytes at most for " << document.entities.size()
                              << " mentions");
  CHECK(found.size() == 200);
  // Some 91 bytes a mention: the member (20 bytes) with its group's number
  // while the article is placed, and each person's keys and group, then
  // identity. Each group's members grown by doubling (65 in room for 128)
  // made it 109.
  CHECK(per_mention < 100);
}

TEST_CASE("the identity stage's memory a distinct person, when no two match") {
  // One article naming 30,000 different people once each ("Given Surname",
  // two letters apart): 30,000 groups, none merging.
  Batch batch;
  Document& document = batch.documents.emplace_back();
  document.name = "people.txt";
  name_people(document, 0, 30000);
  testing::HeapPeak peak;
  const auto found = identity::find_identities(batch);
  const std::size_t identities = found.size();
  const std::size_t per_mention = peak.bytes() / 30000;
  MESSAGE("find_identities: " << peak.bytes() << " bytes at most for 30,000 people");
  CHECK(identities == 30000);
  // 2,701 bytes a person, most of it the article's index of keys: some 49
  // keys a name (a skeleton and its deletions), each a slot of a table of
  // numbered keys and a group held inline (identity/postings.hpp). Each key
  // a hash table's node and a list of its own made it 4,840; copying the
  // article's groups to give back room they hardly had (their vector full
  // to 92%) besides, 5,015.
  CHECK(per_mention < 2900);
}
