// The cross-index on the seeds and on small made-up batches: claims that
// agree and disagree, the 003 repeat, passages shared across articles, the
// co-occurrence graph, keyphrases, the timeline and their JSON.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "batch/cross_index.hpp"
#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/graph.hpp"
#include "text/lexicon.hpp"
#include "text/sentences.hpp"

using namespace presslens;

namespace {

const Batch& seeds() {
  static const Batch batch = analyze(testing::seed_files());
  return batch;
}

const ClaimGroup* group(const Batch& batch, const std::string& counted) {
  for (const auto& g : batch.claims) {
    if (g.counted == counted) return &g;
  }
  return nullptr;
}

std::string claim_text(const Batch& batch, const Claim& c) {
  return batch.documents[c.document].numbers[c.number].text;
}

Document made_up(std::string name, std::string text) {
  Document d;
  d.name = std::move(name);
  d.text = std::move(text);
  std::size_t start = 0;
  while (start <= d.text.size()) {
    auto end = d.text.find("\n\n", start);
    if (end == std::string::npos) end = d.text.size();
    Block block;
    block.text = d.text.substr(start, end - start);
    block.in_text = Span{start, end};
    d.blocks.push_back(std::move(block));
    start = end + 2;
  }
  d.sentences = text::split_sentences(d.text);  // as prepare_batch() does
  return d;
}

void mention(Document& d, const std::string& text, const std::string& type,
             const std::string& cluster, std::size_t from = 0) {
  const auto at = d.text.find(text, from);
  REQUIRE(at != std::string::npos);
  const auto parsed = parse_entity_type(type);
  REQUIRE(parsed);
  d.entities.push_back({text, *parsed, {at, at + text.size()}, cluster});
}

std::u16string utf16(const std::string& utf8) {
  std::u16string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (std::size_t k = 1; k < n; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    if (cp > 0xFFFF) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
    i += n;
  }
  return out;
}

}  // namespace

TEST_CASE("the war's age: in its fifth year, in its fourth year, four-year-old disagree") {
  const auto* age = group(seeds(), "age in years");
  REQUIRE(age);
  REQUIRE(age->claims.size() == 3);
  CHECK(seeds().documents[age->claims[0].document].name == testing::seed_names()[0]);
  CHECK(claim_text(seeds(), age->claims[0]) == "fifth");
  CHECK(age->claims[0].subject == "crisis");
  CHECK(seeds().documents[age->claims[1].document].name == testing::seed_names()[2]);
  CHECK(claim_text(seeds(), age->claims[1]) == "fourth");
  CHECK(age->claims[1].subject == "conflict");
  CHECK(seeds().documents[age->claims[2].document].name == testing::seed_names()[4]);
  CHECK(claim_text(seeds(), age->claims[2]) == "four-year-old");
  CHECK(age->claims[2].subject == "civil war");
  REQUIRE(age->agree.has_value());
  CHECK_FALSE(*age->agree);
  // Each claim's sentence holds its number.
  for (const auto& c : age->claims) {
    const auto& d = seeds().documents[c.document];
    const auto& n = d.numbers[c.number];
    CHECK(c.sentence.start <= n.span.start);
    CHECK(n.span.end <= c.sentence.end);
  }
}

TEST_CASE("the death toll: a quarter of a million people and some 250,000 agree") {
  const auto* killed = group(seeds(), "killed");
  REQUIRE(killed);
  REQUIRE(killed->claims.size() == 2);
  CHECK(claim_text(seeds(), killed->claims[0]) == "a quarter of a million");
  CHECK(claim_text(seeds(), killed->claims[1]) == "some 250,000");
  CHECK(killed->claims[0].value == 250000);
  CHECK(killed->claims[1].qualifier == Qualifier::approximately);
  REQUIRE(killed->agree.has_value());
  CHECK(*killed->agree);
}

TEST_CASE("claims of one article only have no agreement either way") {
  for (const auto& g : seeds().claims) {
    bool several = false;
    for (const auto& c : g.claims) several = several || c.document != g.claims.front().document;
    CHECK(g.agree.has_value() == several);
  }
}

TEST_CASE("003 repeats its lead: reported from the blocks, with the kept copy's span") {
  const auto& batch = seeds();
  const auto it = std::find_if(batch.passages.begin(), batch.passages.end(),
                               [](const Passage& p) { return p.kind == PassageKind::repeat; });
  REQUIRE(it != batch.passages.end());
  const auto& d = batch.documents[it->a.document];
  CHECK(d.name == testing::seed_names()[3]);
  CHECK(it->b.document == it->a.document);
  REQUIRE(it->a.span);
  CHECK(d.text.substr(it->a.span->start, it->a.span->end - it->a.span->start)
            .starts_with("Russian President Vladimir Putin worked Wednesday"));
  REQUIRE(it->b.block);
  CHECK(d.blocks[*it->b.block].kind == BlockKind::duplicate);
  CHECK_FALSE(it->b.span);
  CHECK(it->similarity > 0.9);
}

TEST_CASE("a paragraph reused across articles, verbatim and edited, is found with both spans") {
  auto files = testing::seed_files();
  std::string copy =
      "Wire copy\n\nAn unrelated opening paragraph about the weather in the capital city "
      "today.\n\n";
  copy +=
      "Russia has been the key international ally of Assad in the conflict, which is in its fourth "
      "year and "
      "where the situation on the ground has deteriorated as Islamic State, an al-Qaida offshoot, "
      "has grabbed "
      "large swathes of land.\n\n";
  copy +=
      "Lavrov said he wanted Syrian opposition groups to agree among themselves on a common "
      "approach before "
      "setting up talks with the government in Damascus. He did not specify which opposition "
      "groups should "
      "take part.\n";
  files.push_back({"wire.txt", copy, {}});
  const Batch batch = analyze(files);
  std::vector<const Passage*> with_wire;
  for (const auto& p : batch.passages) {
    if (batch.documents[p.b.document].name == "wire.txt") with_wire.push_back(&p);
  }
  REQUIRE(with_wire.size() == 2);
  const auto& wire = batch.documents[5];
  for (const auto* p : with_wire) {
    const auto& a = batch.documents[p->a.document];
    REQUIRE(p->a.span);
    REQUIRE(p->b.span);
    const auto a_text = a.text.substr(p->a.span->start, p->a.span->end - p->a.span->start);
    const auto b_text = wire.text.substr(p->b.span->start, p->b.span->end - p->b.span->start);
    if (p->kind == PassageKind::verbatim) {
      CHECK(a.name == testing::seed_names()[2]);
      CHECK(a_text == b_text);
      CHECK(p->similarity == 1.0);
    } else {
      CHECK(p->kind == PassageKind::near);
      CHECK(a.name == testing::seed_names()[1]);
      CHECK(a_text.starts_with("Lavrov said he wanted"));
      CHECK(b_text.starts_with("Lavrov said he wanted"));
      CHECK(p->similarity > 0.5);
      CHECK(p->similarity < 1.0);
    }
  }
}

TEST_CASE("co-occurrence: sentences and articles naming two clusters, with example sentences") {
  Batch batch;
  batch.documents.push_back(made_up(
      "a.txt", "Lavrov met Moualem in Moscow. Putin spoke later.\n\nLavrov and Moualem agreed."));
  batch.documents.push_back(made_up("b.txt", "Moualem thanked Lavrov. Kerry was absent."));
  auto& a = batch.documents[0];
  mention(a, "Lavrov", "PER", "c1");
  mention(a, "Moualem", "PER", "c2");
  mention(a, "Moscow", "LOC", "");
  mention(a, "Putin", "PER", "c3");
  mention(a, "Lavrov", "PER", "c1", 40);
  mention(a, "Moualem", "PER", "c2", 40);
  auto& b = batch.documents[1];
  mention(b, "Moualem", "PER", "c2");
  mention(b, "Lavrov", "PER", "c1");
  mention(b, "Kerry", "PER", "");
  const auto person = EntityType::person;
  batch.clusters = {{"c1", "Sergei Lavrov", person, {"Lavrov"}, {"a.txt", "b.txt"}, 3},
                    {"c2", "Walid al-Moualem", person, {"Moualem"}, {"a.txt", "b.txt"}, 3},
                    {"c3", "Vladimir Putin", person, {"Putin"}, {"a.txt"}, 1}};
  batch::cross_index(batch);
  const auto& g = batch.graph;
  REQUIRE(g.nodes.size() == 5);
  CHECK(g.nodes[0].id == "c1");
  CHECK(g.nodes[0].label == "Sergei Lavrov");
  CHECK(g.nodes[0].mentions == 3);
  CHECK(g.nodes[0].documents == 2);
  CHECK(g.nodes[2].id == "LOC:Moscow");
  REQUIRE(!g.edges.empty());
  const auto& top = g.edges.front();
  CHECK(g.nodes[top.source].id == "c1");
  CHECK(g.nodes[top.target].id == "c2");
  CHECK(top.sentences == 3);
  CHECK(top.documents == 2);
  REQUIRE(top.examples.size() == 3);
  CHECK(a.text.substr(top.examples[0].span.start,
                      top.examples[0].span.end - top.examples[0].span.start) ==
        "Lavrov met Moualem in Moscow.");
  CHECK(top.examples[2].document == 1);
  for (const auto& e : g.edges) {
    CHECK_FALSE(
        (g.nodes[e.source].id == "c1" && g.nodes[e.target].id == "c3"));  // never in one sentence
  }
  const auto graphml = export_graph(batch, GraphFormat::graphml);
  CHECK(graphml.find("<edge source=\"c1\" target=\"c2\"><data key=\"weight\">3</data>") !=
        std::string::npos);
  CHECK(export_graph(batch, GraphFormat::gexf).find("label=\"Walid al-Moualem\"") !=
        std::string::npos);
  const auto json = nlohmann::json::parse(export_graph(batch, GraphFormat::json));
  CHECK(json["edges"][0]["examples"][0]["end"] == 29);
  CHECK_FALSE(graph_format("dot"));
}

TEST_CASE("keyphrases: content-word phrases, ranked, per article and for the batch") {
  const auto& batch = seeds();
  REQUIRE(batch.document_keyphrases.size() == 5);
  for (const auto& phrases : batch.document_keyphrases) {
    CHECK(phrases.size() == 10);
    for (const auto& p : phrases) {
      CHECK_FALSE(text::is_stop_word(p.text));
      CHECK(p.count >= 1);
    }
    for (std::size_t i = 1; i < phrases.size(); ++i)
      CHECK(phrases[i - 1].score >= phrases[i].score);
  }
  REQUIRE(batch.keyphrases.size() >= 5);
  CHECK(batch.keyphrases[0].text == "Syria");
  CHECK(batch.keyphrases[0].documents == 5);
  const bool has_islamic_state =
      std::any_of(batch.keyphrases.begin(), batch.keyphrases.end(),
                  [](const Keyphrase& k) { return k.text == "Islamic State"; });
  CHECK(has_islamic_state);
}

TEST_CASE("timeline: articles by date, dated items resolved against the article date") {
  const std::string records =
      "{\"title\": \"B\", \"date\": \"2015-11-17\", \"text\": \"Lavrov spoke on Tuesday about the "
      "talks.\"}\n"
      "{\"title\": \"A\", \"date\": \"2015-09-16\", \"text\": \"The war began in 2011. Talks "
      "resume on Friday.\"}\n"
      "{\"title\": \"C\", \"text\": \"Nobody knows when.\"}\n";
  const Batch batch = analyze(std::vector<InputFile>{{"feed.jsonl", records, {}}});
  REQUIRE(batch.documents.size() == 3);
  CHECK(batch.timeline.documents == std::vector<std::size_t>{1, 0, 2});
  REQUIRE(batch.timeline.items.size() >= 3);
  const auto& first = batch.timeline.items.front();
  CHECK(batch.documents[first.document].dates[first.date].value == "2011");
  for (const auto& item : batch.timeline.items)
    CHECK(batch.documents[item.document].dates[item.date].resolved);
  const auto json = nlohmann::json::parse(to_json(batch));
  CHECK(json["timeline"]["documents"][0]["document"] == "feed.jsonl#2");
  CHECK(json["timeline"]["items"][0]["date"] == "2011");
}

TEST_CASE("the cross-index keys follow the contract's, in order, with UTF-16 offsets") {
  const auto json = nlohmann::ordered_json::parse(to_json(seeds()));
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"presslens", "documents", "clusters", "graph", "passages",
                                         "claims", "keyphrases", "timeline"});
  const auto& age = json["claims"];
  const auto it = std::find_if(age.begin(), age.end(),
                               [](const auto& g) { return g["counted"] == "age in years"; });
  REQUIRE(it != age.end());
  CHECK((*it)["agree"] == false);
  const auto& war = (*it)["claims"][2];
  CHECK(war["low"] == 4);
  // 004's text has curly quotes before the number: the offsets count UTF-16 units.
  const auto& d = json["documents"][4];
  const auto u16 = utf16(d["text"].get<std::string>());
  const auto start = war["start"].get<std::size_t>(), end = war["end"].get<std::size_t>();
  CHECK(u16.substr(start, end - start) == u"four-year-old");
  CHECK(d["text"].get<std::string>().find("four-year-old") != start);
}
