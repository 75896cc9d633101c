// Corrections applied by the core (docs/output.md, "Corrections"): made-up
// articles with their mentions given (no tagger) for the entity and quote
// operations, the cleaner's own blocks for the block operations, and the
// seeds for the whole pipeline.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "corrections/corrections.hpp"
#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/correctable.hpp"

using namespace presslens;
using Json = nlohmann::json;

namespace {

// Two articles; "\U0001F600" (two UTF-16 units, four bytes) sits before
// Trump in b.txt, so that UTF-16 and byte offsets differ there.
std::vector<Document> articles() {
  return {
      testing::tagged_document(
          "a.txt",
          "Donald Trump spoke in Ohio. \"We will win this state,\" Trump said. Hillary Clinton "
          "answered him. Election Day is near. Teneo paid Bill Clinton.",
          {{"Donald Trump", "PER"},
           {"Ohio", "LOC"},
           {"Trump", "PER"},
           {"Hillary Clinton", "PER"},
           {"Election Day", "MISC"},
           {"Teneo", "PER"},
           {"Bill Clinton", "PER"}}),
      testing::tagged_document(
          "b.txt",
          "\"It is over for them now,\" said Clinton. \U0001F600 Trump left Ohio on Tuesday.",
          {{"Clinton", "PER"}, {"Trump", "PER"}, {"Ohio", "LOC"}}),
  };
}

// Stage 3 of the articles with these corrections (and their stage 1 report).
Batch corrected(const std::string& list) {
  Batch batch;
  batch.documents = articles();
  const auto parsed = parse_corrections("{\"corrections\": [" + list + "]}");
  REQUIRE(parsed.ok());
  batch.corrections = parsed.value();
  corrections::apply_to_blocks(batch.documents, *batch.corrections, batch.correction_outcomes);
  finish_batch(batch);
  return batch;
}

Batch uncorrected() {
  Batch batch;
  batch.documents = articles();
  finish_batch(batch);
  return batch;
}

const EntityMention& mention(const Batch& b, std::size_t document, const std::string& text) {
  for (const auto& e : b.documents[document].entities) {
    if (e.text == text) return e;
  }
  FAIL("no mention " << text);
  return b.documents[document].entities.front();
}

bool has_mention(const Batch& b, const std::string& text) {
  for (const auto& d : b.documents) {
    for (const auto& e : d.entities) {
      if (e.text == text) return true;
    }
  }
  return false;
}

const Cluster& cluster_of(const Batch& b, std::size_t document, const std::string& text) {
  const Cluster* c = find_cluster(b.clusters, mention(b, document, text).cluster);
  REQUIRE(c);
  return *c;
}

const Cluster* cluster_named(const Batch& b, const std::string& name) {
  for (const auto& c : b.clusters) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

// The outcome reported for the correction at `index`.
Json outcome(const Batch& b, std::size_t index) {
  const Json out = Json::parse(to_json(b));
  for (const auto& o : out.at("corrections")) {
    if (o.at("index") == index) return o;
  }
  FAIL("no outcome for " << index);
  return {};
}

std::string status(const Batch& b, std::size_t index) {
  return outcome(b, index).at("status").get<std::string>();
}

std::string message(const Batch& b, std::size_t index) {
  const Json m = outcome(b, index).at("message");
  return m.is_null() ? std::string() : m.get<std::string>();
}

// UTF-16 offset of the first `text` in document `d`'s text (after `from`).
std::size_t utf16_at(const Batch& b, std::size_t d, const std::string& text, std::size_t from = 0) {
  const Json out = Json::parse(to_json(b));
  const auto& document = out.at("documents").at(d);
  for (const auto& e : document.at("entities")) {
    if (e.at("text") == text && e.at("start").get<std::size_t>() >= from)
      return e.at("start").get<std::size_t>();
  }
  for (const auto& q : document.at("quotes")) {
    if (q.at("text").get<std::string>().starts_with(text)) return q.at("start").get<std::size_t>();
  }
  FAIL("no " << text);
  return 0;
}

// The seeds prepared and annotated, kept for corrections (the first stages of
// analyze, as the page's worker runs them).
CorrectableBatch kept_seeds(const std::vector<InputFile>& files) {
  (void)testing::analysed_seeds();
  Batch prepared = prepare_batch(files);
  for (auto& d : prepared.documents) annotate_document(d);
  return CorrectableBatch(std::move(prepared));
}

// A corrections list from its JSON array.
std::vector<Correction> list(const std::string& text) {
  return parse_corrections("{\"corrections\": " + text + "}").value();
}

}  // namespace

TEST_CASE("the made-up articles cluster as the rules say, before any correction") {
  const Batch b = uncorrected();
  CHECK(mention(b, 0, "Trump").cluster == mention(b, 0, "Donald Trump").cluster);
  CHECK(mention(b, 1, "Trump").cluster == mention(b, 0, "Donald Trump").cluster);
  CHECK(mention(b, 0, "Hillary Clinton").cluster != mention(b, 0, "Bill Clinton").cluster);
  // "Clinton" fits two full names: it stays on its own.
  CHECK(cluster_of(b, 1, "Clinton").aliases == std::vector<std::string>{"Clinton"});
  CHECK(b.documents[0].quotes.size() == 1);
  CHECK(b.documents[0].quotes[0].speaker == "Donald Trump");
  CHECK(b.documents[1].quotes.size() == 1);
  CHECK(b.documents[1].quotes[0].speaker == "Clinton");
  // No corrections: no "corrections" key.
  CHECK_FALSE(Json::parse(to_json(b)).contains("corrections"));
}

TEST_CASE("merge: the identities of the names become one, and the quotes follow") {
  const Batch before = uncorrected();
  const Batch b = corrected(R"({"op": "merge", "names": ["Clinton", "Hillary Clinton"]})");
  CHECK(status(b, 0) == "applied");
  const Cluster& hillary = cluster_of(b, 0, "Hillary Clinton");
  CHECK(mention(b, 1, "Clinton").cluster == hillary.id);
  CHECK(hillary.name == "Hillary Clinton");
  CHECK(hillary.mentions == 2);
  CHECK(hillary.documents == std::vector<std::string>{"a.txt", "b.txt"});
  CHECK(hillary.corrected);
  CHECK(b.documents[1].quotes[0].speaker == "Hillary Clinton");
  CHECK(b.documents[1].quotes[0].speaker_cluster == hillary.id);
  // The larger identity keeps its id; the others keep theirs.
  CHECK(hillary.id == mention(before, 0, "Hillary Clinton").cluster);
  for (const char* other : {"Donald Trump", "Ohio", "Teneo", "Bill Clinton", "Election Day"})
    CHECK(mention(b, 0, other).cluster == mention(before, 0, other).cluster);
  CHECK(b.clusters.size() == before.clusters.size() - 1);
  // The graph's node for Clinton is gone; Hillary Clinton's has both documents.
  const auto node = std::find_if(b.graph.nodes.begin(), b.graph.nodes.end(),
                                 [&](const GraphNode& n) { return n.id == hillary.id; });
  REQUIRE(node != b.graph.nodes.end());
  CHECK(node->documents == 2);
  const auto clinton = mention(before, 1, "Clinton").cluster;
  CHECK(std::none_of(b.graph.nodes.begin(), b.graph.nodes.end(),
                     [&](const GraphNode& n) { return n.id == clinton; }));
}

TEST_CASE("merge: a name not in the batch changes nothing and is reported") {
  const Batch b = corrected(R"({"op": "merge", "names": ["Clinton", "Nobody At All"]})");
  CHECK(status(b, 0) == "not_found");
  CHECK(message(b, 0) == "no name \"Nobody At All\" in the batch");
  Json nothing = Json::parse(to_json(b));
  nothing.erase("corrections");
  CHECK(nothing == Json::parse(to_json(uncorrected())));
  const Batch same = corrected(R"({"op": "merge", "names": ["Trump", "Donald Trump"]})");
  CHECK(status(same, 0) == "applied");
  CHECK(message(same, 0) == "already one identity");
}

TEST_CASE("split: one mention joins another identity, or a new one") {
  const Batch before = uncorrected();
  // Trump in b.txt starts after the emoji: 33 UTF-16 units, 35 bytes in.
  const std::size_t at = utf16_at(before, 1, "Trump");
  CHECK(at == 44);
  CHECK(mention(before, 1, "Trump").span.start == 46);
  const std::string where = R"("document": "b.txt", "start": 44, "end": 49)";
  const Batch moved = corrected(R"({"op": "split", )" + where + R"(, "name": "Bill Clinton"})");
  CHECK(status(moved, 0) == "applied");
  CHECK(mention(moved, 1, "Trump").cluster == mention(moved, 0, "Bill Clinton").cluster);
  CHECK(cluster_of(moved, 0, "Donald Trump").mentions == 2);
  CHECK(cluster_of(moved, 0, "Bill Clinton").aliases ==
        std::vector<std::string>{"Bill Clinton", "Trump"});

  const Batch created = corrected(R"({"op": "split", )" + where + R"(, "name": "Ivanka Trump"})");
  CHECK(status(created, 0) == "applied");
  CHECK(message(created, 0) == "a new identity");
  const Cluster& ivanka = cluster_of(created, 1, "Trump");
  CHECK(ivanka.name == "Ivanka Trump");
  CHECK(ivanka.type == EntityType::person);
  CHECK(ivanka.mentions == 1);
  CHECK(ivanka.corrected);
  // A new identity gets a number after the rules' last.
  CHECK(ivanka.id == "c" + std::to_string(before.clusters.size() + 1));
  CHECK(cluster_of(created, 0, "Donald Trump").id == cluster_of(before, 0, "Donald Trump").id);

  const Batch missed = corrected(R"({"op": "split", "document": "b.txt", "start": 45, "end": 50,
                                     "name": "X"})");
  CHECK(status(missed, 0) == "not_found");
  CHECK(message(missed, 0) == "no name at 45-50 of \"b.txt\"");
  const Batch inside_pair = corrected(R"({"op": "split", "document": "b.txt", "start": 42,
                                          "end": 49, "name": "X"})");
  CHECK(status(inside_pair, 0) == "not_found");
  const Batch no_document = corrected(R"({"op": "split", "document": "c.txt", "start": 0,
                                          "end": 5, "name": "X"})");
  CHECK(status(no_document, 0) == "not_found");
  CHECK(message(no_document, 0) == "no document \"c.txt\" in the batch");
}

TEST_CASE("retype: the identity and its mentions take the type") {
  const Batch b = corrected(R"({"op": "retype", "name": "Teneo", "type": "ORG"})");
  CHECK(status(b, 0) == "applied");
  CHECK(mention(b, 0, "Teneo").type == EntityType::organisation);
  CHECK(cluster_of(b, 0, "Teneo").type == EntityType::organisation);
  CHECK(cluster_of(b, 0, "Teneo").corrected);
  const Json out = Json::parse(to_json(b));
  const auto node = std::find_if(out["graph"]["nodes"].begin(), out["graph"]["nodes"].end(),
                                 [&](const Json& n) { return n["label"] == "Teneo"; });
  REQUIRE(node != out["graph"]["nodes"].end());
  CHECK((*node)["type"] == "ORG");

  // By the name an identity bears when no mention is written so.
  const Batch renamed = corrected(R"({"op": "rename", "name": "Teneo", "to": "Teneo Holdings"},
                                     {"op": "retype", "name": "Teneo Holdings", "type": "ORG"})");
  CHECK(status(renamed, 1) == "applied");
  CHECK(cluster_of(renamed, 0, "Teneo").type == EntityType::organisation);

  const Batch missing = corrected(R"({"op": "retype", "name": "Tenneo", "type": "ORG"})");
  CHECK(status(missing, 0) == "not_found");
  CHECK(mention(missing, 0, "Teneo").type == EntityType::person);
}

TEST_CASE("not_a_name: the mentions go, with their identity") {
  const Batch before = uncorrected();
  const Batch b = corrected(R"({"op": "not_a_name", "name": "Election Day"})");
  CHECK(status(b, 0) == "applied");
  CHECK_FALSE(has_mention(b, "Election Day"));
  CHECK_FALSE(cluster_named(b, "Election Day"));
  CHECK(b.documents[0].entities.size() == before.documents[0].entities.size() - 1);
  // Every other identity keeps its id.
  for (const char* other : {"Donald Trump", "Ohio", "Teneo", "Bill Clinton", "Hillary Clinton"})
    CHECK(mention(b, 0, other).cluster == mention(before, 0, other).cluster);
  const Batch possessive = corrected(R"({"op": "not_a_name", "name": "Ohio"})");
  CHECK_FALSE(has_mention(possessive, "Ohio"));
  CHECK(status(corrected(R"({"op": "not_a_name", "name": "ohio"})"), 0) == "not_found");
}

TEST_CASE("speaker: a quote is given to an identity, to words, or to nobody") {
  const Batch before = uncorrected();
  const std::size_t at = utf16_at(before, 0, "We will win");
  const std::string quote = R"("document": "a.txt", "start": )" + std::to_string(at);
  const Batch b = corrected(R"({"op": "speaker", )" + quote + R"(, "speaker": "Hillary Clinton"})");
  CHECK(status(b, 0) == "applied");
  const Quote& q = b.documents[0].quotes[0];
  CHECK(q.speaker == "Hillary Clinton");
  CHECK(q.speaker_cluster == mention(b, 0, "Hillary Clinton").cluster);
  CHECK(q.corrected);
  CHECK(q.confidence == 1.0);  // the reader's word, never marked uncertain
  CHECK(Json::parse(to_json(b))["documents"][0]["quotes"][0]["corrected"] == true);
  CHECK_FALSE(Json::parse(to_json(before))["documents"][0]["quotes"][0].contains("corrected"));

  const Batch words =
      corrected(R"({"op": "speaker", )" + quote + R"(, "speaker": "a campaign aide"})");
  CHECK(words.documents[0].quotes[0].speaker == "a campaign aide");
  CHECK_FALSE(words.documents[0].quotes[0].speaker_cluster);
  CHECK(message(words, 0) == "no identity named \"a campaign aide\": credited as written");

  const Batch nobody = corrected(R"({"op": "speaker", )" + quote + R"(, "speaker": null})");
  CHECK(status(nobody, 0) == "applied");
  CHECK_FALSE(nobody.documents[0].quotes[0].speaker);
  CHECK_FALSE(nobody.documents[0].quotes[0].speaker_cluster);
  CHECK(nobody.documents[0].quotes[0].confidence == 1.0);

  const Batch missed = corrected(R"({"op": "speaker", "document": "a.txt", "start": 3,
                                     "speaker": "Hillary Clinton"})");
  CHECK(status(missed, 0) == "not_found");
  CHECK(message(missed, 0) == "no quote starts at 3 of \"a.txt\"");
}

TEST_CASE("rename and unmerge") {
  const Batch renamed = corrected(R"({"op": "rename", "name": "Trump", "to": "Donald J. Trump"})");
  CHECK(status(renamed, 0) == "applied");
  CHECK(cluster_of(renamed, 0, "Trump").name == "Donald J. Trump");
  CHECK(renamed.documents[0].quotes[0].speaker == "Donald J. Trump");
  // The identity is found by its new name afterwards.
  const Batch then = corrected(R"({"op": "rename", "name": "Trump", "to": "Donald J. Trump"},
      {"op": "split", "document": "b.txt", "start": 44, "end": 49, "name": "Donald J. Trump"},
      {"op": "rename", "name": "Nobody", "to": "X"})");
  CHECK(message(then, 1) == "already in that identity");
  CHECK(status(then, 2) == "not_found");

  const Batch before = uncorrected();
  const Batch apart = corrected(R"({"op": "unmerge", "name": "Trump"})");
  CHECK(status(apart, 0) == "applied");
  CHECK(mention(apart, 0, "Trump").cluster != mention(apart, 0, "Donald Trump").cluster);
  CHECK(mention(apart, 0, "Trump").cluster == mention(apart, 1, "Trump").cluster);
  CHECK(mention(apart, 0, "Donald Trump").cluster == mention(before, 0, "Donald Trump").cluster);
  CHECK(cluster_of(apart, 0, "Trump").name == "Trump");
  CHECK(status(corrected(R"({"op": "unmerge", "name": "Nobody"})"), 0) == "not_found");
}

TEST_CASE("outcomes come in list order, the invalid ones with their problem") {
  const Batch b = corrected(R"({"op": "speaker", "document": "a.txt", "start": 3, "speaker": null},
      {"op": "nope"}, {"op": "not_a_name", "name": "Election Day"}, 7,
      {"op": "keep_block", "document": "a.txt", "block": 99},
      {"op": "merge", "names": ["Trump", "Ohio"]})");
  const Json out = Json::parse(to_json(b)).at("corrections");
  REQUIRE(out.size() == 6);
  for (std::size_t i = 0; i < out.size(); ++i) CHECK(out[i]["index"] == i);
  CHECK(out[0]["status"] == "not_found");
  CHECK(out[1] == Json::parse(R"({"index": 1, "op": "nope", "status": "invalid",
                                  "message": "unknown operation \"nope\""})"));
  CHECK(out[2]["status"] == "applied");
  CHECK(out[2]["message"].is_null());
  CHECK(out[3]["op"] == "");
  CHECK(out[3]["status"] == "invalid");
  CHECK(out[4]["status"] == "not_found");
  CHECK(out[5]["status"] == "applied");
  // An empty list is reported as one.
  CHECK(Json::parse(to_json(corrected(""))).at("corrections") == Json::array());
}

TEST_CASE("name corrections apply in list order") {
  // Removed first: nothing left to merge.
  const Batch removed = corrected(R"({"op": "not_a_name", "name": "Election Day"},
                                     {"op": "merge", "names": ["Election Day", "Ohio"]})");
  CHECK(status(removed, 0) == "applied");
  CHECK(status(removed, 1) == "not_found");
  CHECK_FALSE(has_mention(removed, "Election Day"));
  // Merged first: the merged identity loses the mentions that are no names.
  const Batch merged = corrected(R"({"op": "merge", "names": ["Election Day", "Ohio"]},
                                    {"op": "not_a_name", "name": "Election Day"})");
  CHECK(status(merged, 0) == "applied");
  CHECK(status(merged, 1) == "applied");
  CHECK_FALSE(has_mention(merged, "Election Day"));
  CHECK(cluster_of(merged, 0, "Ohio").aliases == std::vector<std::string>{"Ohio"});
  CHECK(cluster_of(merged, 0, "Ohio").corrected);
  // A retype then a split into the retyped identity: the mention takes its type.
  const Batch typed = corrected(R"({"op": "retype", "name": "Teneo", "type": "ORG"},
      {"op": "split", "document": "a.txt", "start": 0, "end": 12, "name": "Teneo"})");
  CHECK(mention(typed, 0, "Donald Trump").type == EntityType::organisation);
  CHECK(mention(typed, 0, "Donald Trump").cluster == mention(typed, 0, "Teneo").cluster);
}

TEST_CASE("block corrections: the text follows, and the cleaner's decision is kept") {
  const std::vector<InputFile> files{
      // Under a headline (without one, the cleaner may take the first
      // sentence for the title).
      {"a.txt",
       "Russia upbeat on Geneva talks\nSupport The Moscow Times!\nRussia is optimistic about the "
       "talks, the minister said on "
       "Tuesday in Moscow.\nThe talks will resume in Geneva next week, officials said.\nThe "
       "opposition has not yet said whether it will attend.\n",
       {}}};
  const Batch plain = analyze(files);
  const auto& blocks_before = plain.documents[0].blocks;
  REQUIRE(blocks_before.size() == 5);
  REQUIRE(blocks_before[0].kind == BlockKind::title);
  REQUIRE_FALSE(blocks_before[1].kept);
  REQUIRE(blocks_before[3].kept);
  REQUIRE(plain.documents[0].text.find("Geneva") != std::string::npos);

  AnalyzeOptions options;
  options.corrections = parse_corrections(R"({"corrections": [
      {"op": "keep_block", "document": "a.txt", "block": 1},
      {"op": "remove_block", "document": "a.txt", "block": 3},
      {"op": "keep_block", "document": "a.txt", "block": 5},
      {"op": "remove_block", "document": "b.txt", "block": 0}]})")
                            .value();
  const Batch b = analyze(files, options);
  const Document& d = b.documents[0];
  CHECK(d.text.starts_with("Support The Moscow Times!\n\nRussia is optimistic"));
  CHECK(d.text.find("Geneva") == std::string::npos);
  CHECK(d.text.ends_with("whether it will attend."));
  CHECK(d.blocks[1].kept);
  CHECK(d.blocks[1].kind == BlockKind::paragraph);
  CHECK_FALSE(d.blocks[3].kept);
  CHECK(d.blocks[3].reason == "removed by a correction");
  const Json out = Json::parse(to_json(b));
  const Json& blocks = out["documents"][0]["blocks"];
  CHECK(blocks[1]["corrected"] == Json{{"kept", false},
                                       {"kind", to_string(blocks_before[1].kind)},
                                       {"reason", blocks_before[1].reason}});
  CHECK(blocks[3]["corrected"] == Json{{"kept", true}, {"kind", "paragraph"}, {"reason", nullptr}});
  CHECK_FALSE(blocks[2].contains("corrected"));
  CHECK(out["corrections"][2]["status"] == "not_found");
  CHECK(out["corrections"][2]["message"] == "\"a.txt\" has blocks 0 to 4");
  CHECK(out["corrections"][3]["message"] == "no document \"b.txt\" in the batch");
  // The last correction of a block wins.
  options.corrections = parse_corrections(R"({"corrections": [
      {"op": "remove_block", "document": "a.txt", "block": 2},
      {"op": "keep_block", "document": "a.txt", "block": 2}]})")
                            .value();
  CHECK(analyze(files, options).documents[0].text == plain.documents[0].text);
}

TEST_CASE("offsets of split and speaker refer to the text after the block corrections") {
  (void)testing::analysed_seeds();  // the entity model
  const std::vector<InputFile> files{
      {"a.txt",
       "Contribute Today\nSergei Lavrov met Walid al-Moualem in Moscow on Tuesday, the ministry "
       "said.\n\"We are ready for talks,\" Lavrov told reporters.\n",
       {}}};
  AnalyzeOptions keep;
  keep.corrections =
      parse_corrections(
          R"({"corrections": [{"op": "keep_block", "document": "a.txt", "block": 0}]})")
          .value();
  const Batch kept = analyze(files, keep);
  REQUIRE(kept.documents[0].text.starts_with("Contribute Today\n\n"));
  const Json out = Json::parse(to_json(kept));
  std::size_t quote_at = 0;
  for (const auto& q : out["documents"][0]["quotes"]) {
    if (q["text"].get<std::string>().starts_with("We are ready")) quote_at = q["start"];
  }
  REQUIRE(quote_at > 0);
  keep.corrections->push_back(parse_corrections(R"({"corrections": [{"op": "speaker",
      "document": "a.txt", "start": )" + std::to_string(quote_at) +
                                                R"(, "speaker": "Walid al-Moualem"}]})")
                                  .value()
                                  .front());
  const Batch both = analyze(files, keep);
  CHECK(Json::parse(to_json(both))["corrections"][1]["status"] == "applied");
  bool found = false;
  for (const auto& q : both.documents[0].quotes) {
    if (q.text.starts_with("We are ready")) {
      CHECK(q.speaker == "Walid al-Moualem");
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("a corrected batch, corrected again and again, is what analyze gives") {
  const auto files = testing::seed_files();
  CorrectableBatch kept = kept_seeds(files);
  const std::string plain = to_json(analyze(files));
  CHECK(to_json(kept.batch()) == plain);

  const std::vector<std::string> lists{
      R"([{"op": "merge", "names": ["Russia", "Moscow"]}])",
      // Speakers only, on top: the identities stand.
      R"([{"op": "speaker", "document": "002_07f4cbc89c93d9ec.txt", "start": 1588,
           "speaker": "Sergei Lavrov"}, {"op": "merge", "names": ["Russia", "Moscow"]}])",
      R"([{"op": "speaker", "document": "002_07f4cbc89c93d9ec.txt", "start": 1588,
           "speaker": null}, {"op": "merge", "names": ["Russia", "Moscow"]},
          {"op": "speaker", "document": "002_07f4cbc89c93d9ec.txt", "start": 3, "speaker": null}])",
      R"([{"op": "merge", "names": ["Russia", "Moscow"]}])",
      R"([{"op": "merge", "names": ["Russia", "Moscow"]}, {"op": "not_a_name", "name": "Western"}])",
      R"([{"op": "merge", "names": ["Russia", "Moscow"]}, {"op": "not_a_name", "name": "Western"},
          {"op": "keep_block", "document": "001_bf7699d9b6ee942d.txt", "block": 2}])",
      R"([{"op": "merge", "names": ["Russia", "Moscow"]}, {"op": "not_a_name", "name": "Western"},
          {"op": "keep_block", "document": "001_bf7699d9b6ee942d.txt", "block": 2},
          {"op": "retype", "name": "Islamic State", "type": "LOC"},
          {"op": "remove_block", "document": "003_db9d974d6a489a86.txt", "block": 5},
          {"op": "rename", "name": "Vladimir Putin", "to": "V. V. Putin"}])",
      R"([{"op": "merge", "names": ["Russia", "Moscow"]}])",
      R"([])",
  };
  for (const auto& list : lists) {
    CAPTURE(list);
    auto parsed = parse_corrections("{\"corrections\": " + list + "}");
    REQUIRE(parsed.ok());
    AnalyzeOptions options;
    options.corrections = parsed.value();
    const std::string expected = to_json(analyze(files, options));
    kept.correct(parsed.value());
    CHECK(to_json(kept.batch()) == expected);
  }
  // Back to no corrections: the same as before, with an empty report.
  auto json = Json::parse(to_json(kept.batch()));
  CHECK(json["corrections"] == Json::array());
  json.erase("corrections");
  CHECK(json == Json::parse(plain));
}

TEST_CASE("a corrected batch finished a step at a time: counted steps, then as analyze") {
  const auto files = testing::seed_files();
  (void)testing::analysed_seeds();
  auto corrections =
      parse_corrections(R"({"corrections": [{"op": "merge", "names": ["Russia", "Moscow"]}]})")
          .value();
  AnalyzeOptions options;
  options.corrections = corrections;
  Batch prepared = prepare_batch(files, options);
  for (auto& d : prepared.documents) annotate_document(d);
  const std::size_t documents = prepared.documents.size();
  CorrectableBatch kept(std::move(prepared), CorrectableBatch::Unfinished{});
  // Names, then one step per document, then the cross-index's six parts.
  CHECK(kept.total() == 1 + documents + 6);
  CHECK(kept.part() == "names");
  std::vector<std::string> parts;
  while (kept.step(2)) {
    if (parts.empty() || parts.back() != kept.part()) parts.emplace_back(kept.part());
  }
  CHECK(parts == std::vector<std::string>{"quotes", "links"});
  CHECK(kept.done() == kept.total());
  CHECK(kept.part().empty());
  CHECK_FALSE(kept.step(1));
  CHECK(to_json(kept.batch()) == to_json(analyze(files, options)));
  // Corrected afterwards, it is still what analyze gives.
  auto more = corrections;
  more.push_back(parse_corrections(R"({"corrections": [{"op": "remove_block",
      "document": "003_db9d974d6a489a86.txt", "block": 5}]})")
                     .value()
                     .front());
  const Json stories_before = Json::parse(to_json(kept.batch()))["stories"];
  const auto changes = kept.correct(more);
  options.corrections = more;
  CHECK(to_json(kept.batch()) == to_json(analyze(files, options)));
  // A text changed: the stories (from the passages) are sent again when
  // they changed, and only then.
  const Json stories = Json::parse(to_json(kept.batch()))["stories"];
  CHECK(changes.stories == (stories != stories_before));
  CHECK(Json::parse(changes_to_json(kept.batch(), changes)).contains("stories") == changes.stories);
}

TEST_CASE("a correction says what changed, and only that is written") {
  const auto files = testing::seed_files();
  CorrectableBatch kept = kept_seeds(files);
  // "Islamic State" appears in 000 and 003 only.
  BatchChanges changes =
      kept.correct(list(R"([{"op": "retype", "name": "Islamic State", "type": "LOC"}])"));
  std::vector<std::size_t> with_it;
  for (std::size_t d = 0; d < kept.batch().documents.size(); ++d) {
    const auto& entities = kept.batch().documents[d].entities;
    if (std::any_of(entities.begin(), entities.end(),
                    [](const EntityMention& e) { return e.text == "Islamic State"; }))
      with_it.push_back(d);
  }
  CHECK(changes.documents == with_it);
  CHECK(changes.clusters);
  CHECK(changes.graph);
  CHECK_FALSE(changes.passages);
  CHECK_FALSE(changes.timeline);
  const std::string delta_text = changes_to_json(kept.batch(), changes);
  // Written to a stream, the delta is the bytes nlohmann writes of it.
  CHECK(delta_text == nlohmann::ordered_json::parse(delta_text).dump() + "\n");
  const Json delta = Json::parse(delta_text);
  const Json full = Json::parse(to_json(kept.batch()));
  REQUIRE(delta["documents"].size() == with_it.size());
  for (std::size_t i = 0; i < with_it.size(); ++i) {
    CHECK(delta["indices"][i] == with_it[i]);
    // Not the text or blocks: what a name correction changes.
    const Json& part = delta["documents"][i];
    CHECK(part.size() == 4);
    for (const char* key : {"entities", "quotes", "nominals", "terms"})
      CHECK(part[key] == full["documents"][with_it[i]][key]);
  }
  // Of the clusters and the graph, only what changed: Islamic State's.
  REQUIRE(delta["clusters"]["set"].size() == 1);
  CHECK(delta["clusters"]["removed"] == Json::array());
  const Json& state = delta["clusters"]["set"][0];
  CHECK(state["name"] == "Islamic State");
  for (const auto& c : full["clusters"]) {
    if (c["id"] == state["id"]) CHECK(c == state);
  }
  REQUIRE(delta["graph"]["nodes"].size() == 1);
  CHECK(delta["graph"]["nodes"][0]["id"] == state["id"]);
  CHECK(delta["graph"]["nodes"][0]["type"] == "LOC");
  CHECK(delta["graph"]["edges"] == Json::array());
  CHECK(delta["graph"]["removed_nodes"] == Json::array());
  CHECK_FALSE(delta.contains("passages"));
  CHECK(delta["corrections"] == full["corrections"]);

  // The same list again: nothing changes.
  changes = kept.correct(list(R"([{"op": "retype", "name": "Islamic State", "type": "LOC"}])"));
  CHECK(changes.documents.empty());
  CHECK_FALSE(changes.clusters);
  CHECK_FALSE(changes.graph);

  // A block: that document, and the parts of the cross-index that changed.
  const Json before_block = Json::parse(to_json(kept.batch()));
  changes = kept.correct(list(R"([{"op": "retype", "name": "Islamic State", "type": "LOC"},
      {"op": "keep_block", "document": "001_bf7699d9b6ee942d.txt", "block": 2}])"));
  CHECK(std::find(changes.documents.begin(), changes.documents.end(), 1) !=
        changes.documents.end());
  CHECK(changes.whole == std::vector<std::size_t>{1});
  const Json with_block = Json::parse(changes_to_json(kept.batch(), changes));
  const auto at =
      std::find(changes.documents.begin(), changes.documents.end(), 1) - changes.documents.begin();
  const Json after_block = Json::parse(to_json(kept.batch()));
  CHECK(with_block["documents"][at] == after_block["documents"][1]);
  // Each part is sent when it changed, and only then.
  CHECK(changes.passages == (after_block["passages"] != before_block["passages"]));
  CHECK(changes.keyphrases == (after_block["keyphrases"] != before_block["keyphrases"]));
  CHECK(with_block.contains("passages") == changes.passages);
  CHECK(with_block.contains("keyphrases") == changes.keyphrases);
}

TEST_CASE("a block correction leaves every other identity its id") {
  const auto files = testing::seed_files();
  const Batch& plain = testing::analysed_seeds();
  AnalyzeOptions options;
  // 000's block 11 ("... Russia's Prosecutor General's Office has designated
  // The Moscow Times ...") comes back; 003's block 5 goes.
  options.corrections = parse_corrections(R"({"corrections": [
      {"op": "keep_block", "document": "000_f85d2e230b170ceb.txt", "block": 11},
      {"op": "remove_block", "document": "003_db9d974d6a489a86.txt", "block": 5}]})")
                            .value();
  const Batch b = analyze(files, options);
  REQUIRE(b.documents[0].text.find("Prosecutor General") != std::string::npos);
  std::size_t kept = 0, added = 0;
  for (const auto& c : b.clusters) {
    const Cluster* before = cluster_named(plain, c.name);
    if (before && before->type == c.type) {
      CHECK(c.id == before->id);
      ++kept;
    } else {
      // New to the batch: a number after the last one it had.
      CHECK(std::stoul(c.id.substr(1)) > plain.clusters.size());
      ++added;
    }
  }
  CHECK(kept > 40);
  CHECK(added > 0);
  // The same kept in a batch corrected step by step.
  Batch prepared = prepare_batch(files);
  for (auto& d : prepared.documents) annotate_document(d);
  CorrectableBatch kept_batch(std::move(prepared));
  const BatchChanges changes = kept_batch.correct(*options.corrections);
  CHECK(to_json(kept_batch.batch()) == to_json(b));
  // Only the two documents, and those whose quotes or mentions' clusters changed.
  CHECK(changes.documents.size() < b.documents.size());
}

TEST_CASE(
    "block corrections and their undo: what analyze gives, and the parts left out unchanged") {
  const auto files = testing::seed_files();
  CorrectableBatch kept = kept_seeds(files);
  // Each block correction, then undone; one on top of another; a name
  // correction on top of a block one (the documents' words and paragraphs,
  // their article groups and the batch's keys are reused from the run before).
  const std::vector<std::string> lists{
      R"([{"op": "remove_block", "document": "003_db9d974d6a489a86.txt", "block": 5}])",
      R"([])",
      R"([{"op": "keep_block", "document": "000_f85d2e230b170ceb.txt", "block": 11}])",
      R"([{"op": "keep_block", "document": "000_f85d2e230b170ceb.txt", "block": 11},
          {"op": "remove_block", "document": "003_db9d974d6a489a86.txt", "block": 5}])",
      R"([{"op": "keep_block", "document": "000_f85d2e230b170ceb.txt", "block": 11},
          {"op": "remove_block", "document": "003_db9d974d6a489a86.txt", "block": 5},
          {"op": "merge", "names": ["Russia", "Moscow"]}])",
      R"([{"op": "keep_block", "document": "000_f85d2e230b170ceb.txt", "block": 11}])",
      R"([])",
  };
  Json shown = Json::parse(to_json(kept.batch()));
  for (const auto& text : lists) {
    CAPTURE(text);
    AnalyzeOptions options;
    options.corrections = list(text);
    const std::string expected = to_json(analyze(files, options));
    const BatchChanges changes = kept.correct(list(text));
    CHECK(to_json(kept.batch()) == expected);
    // The page keeps what it was sent: a part left out must be as it was.
    const Json delta = Json::parse(changes_to_json(kept.batch(), changes));
    const Json full = Json::parse(expected);
    for (const char* part : {"passages", "claims", "keyphrases", "timeline", "stories"}) {
      CAPTURE(part);
      if (delta.contains(part)) shown[part] = delta[part];
      CHECK(shown[part] == full[part]);
    }
    shown = full;
  }
}

TEST_CASE("a retype keeps a name the rules took for a term") {
  // "Artificial Intelligence (AI)" beside "artificial intelligence" is a term
  // (identity::drop_terms); a user who means a name retypes it.
  const auto batch_with = [](const std::string& list) {
    Batch batch;
    batch.documents = {
        testing::tagged_document(
            "a.txt", "Artificial Intelligence (AI) is here. AI helps.",
            {{"Artificial Intelligence", "ORG"}, {"AI", "ORG"}, {"AI", "ORG"}}),
        testing::tagged_document("b.txt", "Firms use artificial intelligence. AI is big.",
                                 {{"AI", "ORG"}}),
    };
    const auto parsed = parse_corrections("{\"corrections\": [" + list + "]}");
    REQUIRE(parsed.ok());
    batch.corrections = parsed.value();
    finish_batch(batch);
    return batch;
  };
  const Batch plain = batch_with("");
  CHECK_FALSE(has_mention(plain, "AI"));
  CHECK(plain.clusters.empty());
  const Batch kept = batch_with(R"({"op": "retype", "name": "AI", "type": "ORG"})");
  REQUIRE(kept.clusters.size() == 1);
  CHECK(kept.clusters.front().type == EntityType::organisation);
  CHECK(mention(kept, 1, "AI").cluster == kept.clusters.front().id);
  CHECK(kept.documents[0].entities.size() == 3);
}

TEST_CASE("a batch corrected again drops and keeps a term as a fresh analysis does") {
  // The rules' terms go in every run of stage 3 from the mentions stage 2
  // found, and come back when a correction keeps them.
  testing::load_shipped_models();
  const std::vector<InputFile> files{
      {"a.txt",
       "Artificial Intelligence (AI) is changing how newsrooms work, editors said on Monday. "
       "AI tools now write summaries.",
       {}},
      {"b.txt",
       "Many firms use artificial intelligence to sort mail. AI is big business, analysts at "
       "Goldman Sachs said.",
       {}},
  };
  const auto with_ai = [](const Batch& b) {
    return std::any_of(b.documents.begin(), b.documents.end(), [](const Document& d) {
      return std::any_of(d.entities.begin(), d.entities.end(),
                         [](const EntityMention& e) { return e.text == "AI"; });
    });
  };
  const auto retype = list(R"([{"op": "retype", "name": "AI", "type": "ORG"}])");
  AnalyzeOptions options;
  options.corrections = retype;
  const Batch retyped = analyze(files, options);
  REQUIRE(with_ai(retyped));  // the tagger names it, and the correction keeps it
  const Batch plain = analyze(files);
  CHECK_FALSE(with_ai(plain));
  CorrectableBatch kept = kept_seeds(files);
  CHECK(to_json(kept.batch()) == to_json(plain));
  kept.correct(retype);
  CHECK(to_json(kept.batch()) == to_json(retyped));
  // None left: as an analysis with an empty list (ids as without one).
  kept.correct({});
  options.corrections = std::vector<Correction>{};
  const Batch emptied = analyze(files, options);
  CHECK(to_json(kept.batch()) == to_json(emptied));
  CHECK(emptied.clusters == plain.clusters);
}
