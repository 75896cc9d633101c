// Bounded work on hostile input (issue 13, docs/robustness.md): where a stage
// needs a bound it caps one document, says so in that document's warnings,
// and leaves the rest of the batch alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "allocation_limit.hpp"
#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "fixtures.hpp"
#include "identity/identity.hpp"
#include "input/blocks.hpp"
#include "presslens/analyze.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"

using namespace presslens;

namespace {

// A document of one paragraph whose mentions are the given names, found in order.
Document named(const std::string& name, const std::string& text,
               const std::vector<std::string>& names) {
  Document d;
  d.name = name;
  d.text = text;
  d.blocks.push_back(Block{.text = text,
                           .source_end = static_cast<std::uint32_t>(text.size()),
                           .in_text = text::make_span(0, text.size())});
  d.sentences = text::split_sentences(text);
  std::size_t from = 0;
  for (const auto& n : names) {
    const auto at = text.find(n, from);
    REQUIRE(at != std::string::npos);
    d.entities.push_back({n, EntityType::person, text::make_span(at, at + n.size()), ""});
    from = at + n.size();
  }
  return d;
}

// "Name0, Name1, ..." and the names, with a full stop at the end.
std::pair<std::string, std::vector<std::string>> list_sentence(std::size_t count,
                                                               const std::string& prefix) {
  std::string text;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < count; ++i) {
    names.push_back(prefix + std::string(1, static_cast<char>('A' + i % 26)) +
                    std::string(1, static_cast<char>('a' + i / 26)) + "x");
    text += (i ? ", " : "") + names.back();
  }
  return {text + ".", names};
}

// The i-th of some 5,000 made-up given names ("Babob", "Bacod", ...), each
// two letters apart from the others.
std::string given_name(std::size_t i) {
  constexpr std::string_view kConsonants = "bcdfghklmnprstvz";
  return {static_cast<char>('A' + i % 20), 'a', kConsonants[(i / 20) % 16], 'o',
          kConsonants[(i / 320) % 16]};
}

bool has_warning(const Document& d, const std::string& part) {
  return std::any_of(d.warnings.begin(), d.warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("the graph pairs only the first 30 names of a sentence, and says so") {
  const auto [text, names] = list_sentence(40, "Q");
  Batch batch;
  batch.documents.push_back(named("list.txt", text, names));
  const auto [short_text, short_names] = list_sentence(3, "R");
  batch.documents.push_back(named("short.txt", short_text, short_names));
  batch::cross_index(batch);
  // 30 * 29 / 2 pairs from the list, 3 from the short sentence.
  CHECK(batch.graph.edges.size() == 435 + 3);
  CHECK(has_warning(batch.documents[0], "co-occurrence limited to the first 30 names"));
  CHECK(batch.documents[1].warnings.empty());
  // The names paired are the first ones of the sentence.
  for (const auto& e : batch.graph.edges) {
    for (const auto node : {e.source, e.target}) {
      const auto& id = batch.graph.nodes[node].id;
      CHECK(std::find(names.begin() + 30, names.end(), id.substr(4)) == names.end());
    }
  }
}

TEST_CASE("a document of nothing but lists adds a bounded number of pairs to the graph") {
  std::string text;
  std::vector<std::string> names;
  for (char c = 'A'; c < 'A' + 10; ++c) {  // ten sentences of 30 names: 4,350 pairs
    const auto [sentence, some] = list_sentence(30, std::string("P") + c);
    text += (text.empty() ? "" : " ") + sentence;
    names.insert(names.end(), some.begin(), some.end());
  }
  Batch batch;
  batch.documents.push_back(named("lists.txt", text, names));
  batch::cross_index(batch);
  std::size_t pairs = 0;
  for (const auto& e : batch.graph.edges) pairs += e.sentences;
  CHECK(pairs == 2000);
  CHECK(has_warning(batch.documents[0], "co-occurrence limited to the first 2000 pairs"));
}

namespace {

std::string repeated(const std::string& piece, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += piece;
  return out;
}

const Document* document_named(const Batch& batch, const std::string& name) {
  for (const auto& d : batch.documents) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a file that exhausts memory while it is read fails alone, as too_large") {
  testing::analysed_seeds();  // the model is loaded
  std::vector<InputFile> files = testing::seed_files();
  files.insert(
      files.begin() + 2,
      InputFile{"huge.txt", repeated("Lavrov said the talks would go on. ", 12 << 20), {}});
  Batch batch;
  {
    const testing::AllocationLimit limit(8 << 20);
    batch = analyze(files);
  }
  REQUIRE(batch.documents.size() == 6);
  const Document* huge = document_named(batch, "huge.txt");
  REQUIRE(huge);
  CHECK(huge->error->code == ErrorCode::too_large);
  CHECK(huge->entities.empty());
  CHECK(huge->text.empty());
  for (const auto& d : batch.documents) {
    if (&d != huge) CHECK_FALSE(d.error);
  }
  CHECK(document_named(batch, "001_bf7699d9b6ee942d.txt")->entities.size() ==
        testing::analysed_seeds().documents[1].entities.size());
}

TEST_CASE("a document that exhausts memory while it is annotated fails alone") {
  testing::analysed_seeds();
  std::vector<InputFile> files = testing::seed_files();
  files.push_back({"long.txt", repeated("Lavrov met Kerry in Geneva on Monday. ", 3 << 20), {}});
  Batch batch = prepare_batch(files);
  REQUIRE_FALSE(batch.documents.back().error);
  {
    // Its dates and names alone need more than this; a seed article's far
    // less. (At 4 MB the wasm build's stage 2 now fits its first 2 MB: it
    // reads figures and dates a part at a time.)
    const testing::AllocationLimit limit(2 << 20);
    for (auto& d : batch.documents) annotate_document(d);
  }
  finish_batch(batch);
  REQUIRE(batch.documents.back().error);
  CHECK(batch.documents.back().error->code == ErrorCode::too_large);
  CHECK(batch.documents.back().entities.empty());
  for (std::size_t i = 0; i + 1 < batch.documents.size(); ++i) {
    CHECK_FALSE(batch.documents[i].error);
    CHECK(batch.documents[i].entities.size() ==
          testing::analysed_seeds().documents[i].entities.size());
  }
  // Its error is in the JSON, with the code.
  const auto json = to_json(batch);
  CHECK(json.find("\"error_code\":\"too_large\"") != std::string::npos);
}

// Native only: in the wasm build (32-bit records) no allocation of the
// grouping reaches the limit, and the document fails in a later step.
#ifndef __EMSCRIPTEN__
TEST_CASE(
    "a document that exhausts memory while names are grouped fails alone, the rest as before") {
  testing::analysed_seeds();
  std::vector<InputFile> files = testing::seed_files();
  // 1,000 different people (the most a document names, text::max_names):
  // the table of their names' keys needs allocations of 256 KB and more.
  const std::string consonants = "bcdfghklmnprstvz";
  std::string text = "The people of the county\n";
  for (std::size_t i = 0; i < 6000; ++i) {
    const std::string given = given_name(i);
    const std::string surname = {static_cast<char>('A' + (i / 7) % 20), 'e',
                                 consonants[(i / 140) % 16], 'i', consonants[i % 16]};
    text += "Mr. " + given + " " + surname + " spoke on Monday.\n";
  }
  files.push_back({"people.txt", text, {}});
  Batch batch = prepare_batch(files);
  for (auto& d : batch.documents) annotate_document(d);
  REQUIRE_FALSE(batch.documents.back().error);
  REQUIRE(batch.documents.back().entities.size() == 1000);
  {
    const testing::AllocationLimit limit(200 << 10);
    finish_batch(batch);
  }
  REQUIRE(batch.documents.back().error);
  CHECK(batch.documents.back().error->code == ErrorCode::too_large);
  // The others' names are as the seeds alone give them: their types and
  // identities as they were before the step that failed, then found again.
  const Batch& alone = testing::analysed_seeds();
  for (std::size_t i = 0; i + 1 < batch.documents.size(); ++i) {
    CAPTURE(i);
    REQUIRE_FALSE(batch.documents[i].error);
    CHECK(batch.documents[i].entities == alone.documents[i].entities);
  }
  CHECK(batch.clusters.size() == alone.clusters.size());
}
#endif

// Native only: in the wasm build (32-bit records) a 2 MB text's stage 2 now
// needs less than 4 MB in any one allocation (figures and dates are read a
// part at a time, mentions are capped), while reading and writing the
// worker's JSON need more, so no limit fails stage 2 alone there. The two
// tests above fail stage 2 under a limit in both builds.
#ifndef __EMSCRIPTEN__
TEST_CASE("a document that fails in another worker's stage 2 fails in the batch too") {
  testing::analysed_seeds();
  std::vector<InputFile> files = testing::seed_files();
  files.push_back({"long.txt", repeated("Lavrov met Kerry in Geneva on Monday. ", 3 << 20), {}});
  Batch batch = prepare_batch(files);
  const auto inputs = annotation_inputs_json(batch.documents);
  REQUIRE(inputs.ok());
  Result<std::string> outputs = std::string();
  {
    const testing::AllocationLimit limit(4 << 20);
    outputs = annotate_json(inputs.value());
  }
  REQUIRE(outputs.ok());
  REQUIRE(apply_annotations_json(batch.documents, outputs.value()).ok());
  finish_batch(batch);
  REQUIRE(batch.documents.back().error);
  CHECK(batch.documents.back().error->code == ErrorCode::too_large);
  CHECK(batch.documents.back().text.empty());
  CHECK_FALSE(batch.documents.front().error);
  CHECK_FALSE(batch.documents.front().entities.empty());
}
#endif

namespace {

std::vector<std::string> entity_texts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& e : d.entities) out.push_back(e.text);
  return out;
}

Document annotated(const std::string& name, const std::string& text) {
  testing::analysed_seeds();  // the model is loaded
  const InputFile file{name, text, {}};
  Batch batch = prepare_batch({&file, 1});
  REQUIRE(batch.documents.size() == 1);
  annotate_document(batch.documents[0]);
  return batch.documents[0];
}

// `text` analysed as one file, with the models loaded.
Batch analysed(const std::string& name, const std::string& text) {
  testing::analysed_seeds();  // the models are loaded
  const InputFile file{name, text, {}};
  Batch batch = analyze({&file, 1});
  REQUIRE(batch.documents.size() == 1);
  return batch;
}

}  // namespace

TEST_CASE("a run of capitalised words with no end is no name, and the document says so") {
  std::string run = "The meeting was attended by";
  for (int i = 0; i < 60; ++i) run += " Kamarlo Venbel Tordrozan";
  // Under a headline, so that the run is in the body.
  const Document d = annotated(
      "run.txt", "Talks in Geneva\n\n" + run + ".\n\nSergei Lavrov met John Kerry in Geneva.\n");
  CHECK(entity_texts(d) == std::vector<std::string>{"Sergei Lavrov", "John Kerry", "Geneva"});
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].ends_with("longer than 16 words not taken for a name"));
}

TEST_CASE("bidi controls and zero-width characters are not part of a name") {
  const Document d = annotated(
      "spoof.txt",
      "Foreign Minister Sergei \u202eLavrov\u202c met John\u200d Kerry in Geneva on Monday.\n");
  const auto names = entity_texts(d);
  CHECK(std::find(names.begin(), names.end(), "Sergei Lavrov") != names.end());
  CHECK(std::find(names.begin(), names.end(), "John Kerry") != names.end());
  for (const auto& n : names) {
    CHECK(n.find("\u202e") == std::string::npos);
    CHECK(n.find("\u200d") == std::string::npos);
  }
}

TEST_CASE("mentions per document are capped: one per 32 bytes of text, at least 1000") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Lavrov met Kerry. ";  // 54 KB, 6,000 mentions
  const Document d = annotated("dense.txt", text + "\n");
  CHECK(d.entities.size() == std::max<std::size_t>(1000, d.text.size() / 32));
  REQUIRE_FALSE(d.warnings.empty());
  CHECK(d.warnings.back().starts_with("names limited to the first 1687 mentions"));
}

TEST_CASE("figures and dates per document are capped as names are, and the document says so") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "It cost 12 dollars on Monday. ";  // 90 KB
  const Document d = annotated("dense.txt", text + "\n");
  const std::size_t max = std::max<std::size_t>(1000, d.text.size() / 32);
  CHECK(max == 2812);
  CHECK(d.numbers.size() == max);
  CHECK(d.dates.size() == max);
  CHECK(has_warning(d, "figures limited to the first 2812 of this document (188 more)"));
  CHECK(has_warning(d, "dates limited to the first 2812 of this document (188 more)"));
  // The figures kept are the first: each sentence's, in order.
  CHECK(d.numbers.back().span.start < d.text.size() - 188 * 30);
}

TEST_CASE("reported speech is not read in a sentence over 4 KB, and the document says so") {
  std::string run_on = "Lavrov said the talks would go on";
  while (run_on.size() < 5000) run_on += " and on";
  const std::string text = "Kerry said the talks had gone well in Geneva on Tuesday. " + run_on +
                           ".\nLavrov said the ministers would meet again next week in Vienna.\n";
  const Batch batch = analysed("run-on.txt", text);
  const Document& d = batch.documents[0];
  std::vector<std::string> reported;
  for (const auto& q : d.quotes) {
    if (q.kind == QuoteKind::indirect && q.speaker) reported.push_back(*q.speaker);
  }
  CHECK(reported == std::vector<std::string>{"Kerry", "Lavrov"});
  CHECK(has_warning(d, "1 sentence longer than 4 KB not read for reported speech"));
}

TEST_CASE("quotes per document are capped: one per 256 bytes of text, at least 1000") {
  // 1,500 quotes left open, each its paragraph (after a headline): one
  // mark a quote.
  std::string text = "A day of promises\n";
  for (int i = 0; i < 1500; ++i) {
    text += "Anna Berg spoke. She said: \"We will go on " + std::to_string(i) + " times.\n";
  }
  const Batch batch = analysed("quotes.txt", text);
  const Document& d = batch.documents[0];
  CHECK(attribution::max_quotes(d.text.size()) == 1000);
  CHECK(d.quotes.size() == 1000);
  CHECK(has_warning(
      d,
      "quotes limited to the first 1000 quoted passages and 1000 reported clauses of this "
      "document (500 more)"));
  // The quotes kept are the first, each still with its speaker.
  REQUIRE_FALSE(d.quotes.empty());
  CHECK(d.quotes.back().span.end < d.text.size() * 2 / 3 + 100);
  CHECK(std::all_of(d.quotes.begin(), d.quotes.end(),
                    [](const Quote& q) { return q.speaker == "Anna Berg"; }));
  CHECK(attribution::max_quotes(512 * 1024) == 2048);
}

TEST_CASE("a text of more quote marks than its quotes may have is read for quotes up to them") {
  // 3,000 closed quotes, 6,000 marks: quotes are read up to the 2,000th.
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Anna Berg spoke. \"We will,\" she said. ";  // 114 KB
  const Batch batch = analysed("quotes.txt", text + "\n");
  const Document& d = batch.documents[0];
  CHECK(d.quotes.size() == 1000);
  const std::size_t end = 1000 * 38 + 17;  // the 1,001st quote's sentence starts here
  CHECK(has_warning(d, "quotes read in the first " + std::to_string(end) +
                           " bytes of this document (2000 quote marks; " +
                           std::to_string(d.text.size() - end) + " bytes more not read)"));
  CHECK(std::all_of(d.quotes.begin(), d.quotes.end(), [&](const Quote& q) {
    return q.speaker == "Anna Berg" && q.sentence.end <= end;
  }));
  // The names past it are found and named all the same.
  REQUIRE_FALSE(d.entities.empty());
  CHECK(d.entities.back().span.start > d.text.size() - 40);
}

TEST_CASE("lines past the first 10,000 are read in blocks of 512 bytes or more, text and all") {
  std::string text;
  for (int i = 0; i < 12000; ++i) text += "Line " + std::to_string(i) + "\n";
  const std::vector<Block> blocks = input::split_blocks(text);
  REQUIRE(blocks.size() > 10000);
  CHECK(blocks[9999].text == "Line 9999");
  CHECK(blocks[10000].text.starts_with("Line 10000\nLine 10001\n"));
  CHECK(blocks[10000].text.size() >= 512);
  CHECK(blocks.back().text.ends_with("Line 11999"));
  // Every line's text is in a block, in order.
  std::string joined;
  for (const auto& b : blocks) joined += b.text + "\n";
  CHECK(joined == text);
  std::size_t joined_lines = 0;
  input::split_blocks(text, &joined_lines);
  CHECK(joined_lines == 2000);
  const Document d = annotated("lines.txt", text);
  CHECK(has_warning(d, "the 2000 lines after the first 10000 were read in blocks of 512 bytes"));
}

TEST_CASE("a long text is tagged in parts, and names are found in every part") {
  std::string text;
  std::size_t paragraphs = 0;
  while (text.size() < 700 * 1024) {
    // Each paragraph different: the cleaner removes repeated ones.
    text +=
        "Russia is optimistic about the talks, Foreign Minister Sergei Lavrov said in Moscow "
        "on Tuesday, before meeting John Kerry for the " +
        std::to_string(++paragraphs) +
        "th time. The two men will speak again later this month, and both said they hoped "
        "that the next round of talks would go further than the last.\n\n";
  }
  const Document d = annotated("long.txt", text);
  std::size_t lavrov = 0;
  std::size_t last = 0;
  for (const auto& e : d.entities) {
    if (e.text == "Sergei Lavrov") ++lavrov, last = e.span.start;
  }
  // Every paragraph's Lavrov, the last one in the third part.
  CHECK(lavrov == paragraphs);
  CHECK(last > 512 * 1024);
  CHECK(d.warnings.empty());
}

TEST_CASE("a text dense in marks is tagged in parts of at most 65,536 tokens, names in every one") {
  // A paragraph of 400 quoted terms (1,200 tokens in 1,600 bytes) and a
  // name, 160 times: 262 KB, one part by its bytes, 192,000 tokens.
  std::string text = "A day of terms\n";
  for (int p = 0; p < 160; ++p) {
    for (int i = 0; i < 400; ++i) text += "\"x\" ";
    text += "Sergei Lavrov spoke on day " + std::to_string(p) + ".\n";
  }
  testing::analysed_seeds();  // the models are loaded
  testing::HeapPeak peak;
  const Document d = annotated("marks.txt", text);
  std::size_t lavrov = 0;
  for (const auto& e : d.entities) lavrov += e.text == "Sergei Lavrov" ? 1 : 0;
  CHECK(lavrov == 160);
  // 21 bytes a byte, in parts of some 65,536 tokens. One part of 193,000
  // tokens, the tokenizer's and the tagger's tables for all of them, 59.
  MESSAGE("annotated: " << peak.bytes() << " bytes at most for " << text.size());
  CHECK(peak.bytes() < 30 * text.size());
}

TEST_CASE("names are compared with at most 256 others sharing a key, and the document says so") {
  // 300 different people called Smith ("Bacod Smith", "Bacof Smith", ...):
  // every one shares the surname's keys with every other.
  std::string text;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < 300; ++i) {
    std::string given = given_name(i);
    names.push_back(given + " Smith");
    text += names.back() + " spoke. ";
  }
  Batch batch;
  batch.documents.push_back(named("smiths.txt", text, names));
  batch.documents.push_back(named("one.txt", "Maria Lopez spoke.", {"Maria Lopez"}));
  identity::cluster_batch(batch);
  CHECK(has_warning(batch.documents[0], "names compared with the first 256"));
  CHECK(batch.documents[1].warnings.empty());
  // Every mention still has its person, and the people are not lumped together.
  for (const auto& e : batch.documents[0].entities) CHECK(!e.cluster.empty());
  CHECK(batch.clusters.size() > 256);
}

TEST_CASE("an analysis whose names were compared with only the first 256 sharing a key says so") {
  testing::analysed_seeds();  // the models are loaded
  // 300 different people called Smith, each with a line of their own.
  std::string text = "The Smiths of the county\n";
  for (std::size_t i = 0; i < 300; ++i) {
    const std::string given = given_name(i);
    text += "Mr. " + given + " Smith spoke on Monday.\n";
  }
  const std::vector<InputFile> files{{"smiths.txt", text, {}},
                                     {"one.txt", "Maria Lopez spoke in Madrid on Monday.\n", {}}};
  const Batch batch = analyze(files);
  REQUIRE(batch.documents.size() == 2);
  CHECK(has_warning(batch.documents[0], "names compared with the first 256"));
  CHECK_FALSE(has_warning(batch.documents[1], "names compared with the first 256"));
  // Analysed with corrections (none applies), the document says so once.
  AnalyzeOptions options;
  options.corrections = std::vector<Correction>{};
  const Batch again = analyze(files, options);
  std::size_t said = 0;
  for (const auto& w : again.documents[0].warnings)
    said += w.starts_with("names compared with the first 256") ? 1 : 0;
  CHECK(said == 1);
}

TEST_CASE("different names per document are capped: one per 512 bytes, at least 1000") {
  // 1,200 different people, each named once (42 KB).
  std::string text = "The people of the county\n";
  for (std::size_t i = 0; i < 1200; ++i) {
    const std::string given = given_name(i);
    text += "Mr. " + given + " Smith spoke on Monday.\n";
  }
  const Batch batch = analysed("people.txt", text);
  const Document& d = batch.documents[0];
  CHECK(text::max_names(d.text.size()) == 1000);
  std::set<std::string> names;
  for (const auto& e : d.entities) names.insert(e.text);
  CHECK(names.size() == 1000);
  CHECK(has_warning(d, "names limited to the first 1000 different names of this document ("));
  // The names kept are the first.
  CHECK(d.entities.back().span.start < d.text.size() * 5 / 6 + 100);
}

TEST_CASE("a bare name that fits hundreds of people is one identity, not one for each mention") {
  // 900 people called Smith, each followed by a bare "Smith" that fits
  // every one of them (the first 674 of each, as max_mentions keeps 1,348
  // mentions). The bare Smiths are one unresolved identity from the first;
  // they once were one each, up to the document's bound of 1000 identities.
  std::string text = "The Smiths of the county\n";
  for (std::size_t i = 0; i < 900; ++i) {
    const std::string given = given_name(i);
    text += "Mr. " + given + " Smith spoke on Monday. Smith agreed.\n";
  }
  const Batch batch = analysed("smiths.txt", text);
  const Document& d = batch.documents[0];
  std::set<std::string> bare;  // the identities of bare Smiths
  std::set<std::string> people;
  std::size_t without = 0;
  for (const auto& e : d.entities) {
    if (e.cluster.empty()) ++without;
    (e.text == "Smith" ? bare : people).insert(e.cluster);
  }
  CHECK(without == 0);
  CHECK(bare.size() == 1);
  CHECK(people.size() > 600);  // 674 named, a few given names one spelling of another
  CHECK(batch.clusters.size() == people.size() + 1);
}

TEST_CASE("a storm of names costs a few comparisons a mention, not one for every group") {
  // 400 Smiths with different given names and 400 councils with different
  // last words: every mention shares the keys of its surname or first word
  // with every other (docs/robustness.md, "Time: the fourth round"). A full
  // name is compared only with the Smiths of its given name's initial, a
  // council only with the councils of its last word: before, each was
  // compared with up to 256 groups.
  const std::string consonants = "bcdfghklmnprstvz";
  std::string text;
  std::vector<std::pair<std::string, EntityType>> mentions;
  for (std::size_t i = 0; i < 400; ++i) {
    const std::string word = {consonants[i % 16], 'a', consonants[(i / 16) % 16], 'o',
                              consonants[i / 256]};
    std::string given = word;
    given[0] = static_cast<char>('A' + i % 20);
    mentions.emplace_back(given + " Smith", EntityType::person);
    mentions.emplace_back("National Council " + word, EntityType::organisation);
  }
  Document d;
  d.name = "storm.txt";
  for (const auto& [name, type] : mentions) {
    d.entities.push_back(
        {name, type, text::make_span(d.text.size(), d.text.size() + name.size()), ""});
    d.text += name + " spoke. ";
  }
  d.blocks.push_back(Block{.text = d.text,
                           .source_end = static_cast<std::uint32_t>(d.text.size()),
                           .in_text = text::make_span(0, d.text.size())});
  d.sentences = text::split_sentences(d.text);
  Batch batch;
  batch.documents.push_back(std::move(d));
  const std::size_t before = identity::group_comparisons();
  identity::cluster_batch(batch);
  const std::size_t comparisons = identity::group_comparisons() - before;
  // 18,410 comparisons; comparing every candidate (as before) made 334,980.
  MESSAGE("find_identities: " << comparisons << " comparisons for " << mentions.size()
                              << " mentions");
  CHECK(comparisons < 40 * mentions.size());
  // Neighbours are not lumped together.
  const auto& entities = batch.documents[0].entities;
  for (std::size_t i = 2; i < entities.size(); i += 2) {
    CHECK(entities[i].cluster != entities[i - 2].cluster);      // two Smiths
    CHECK(entities[i + 1].cluster != entities[i - 1].cluster);  // two councils
  }
}
