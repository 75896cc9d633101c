// The cross-index on the seeds and on small made-up batches: claims that
// agree and disagree, the 003 repeat, passages shared across articles, the
// co-occurrence graph, keyphrases, the timeline and their JSON.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <tuple>

#include "batch/cross_index.hpp"
#include "facts/facts.hpp"
#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/graph.hpp"
#include "text/lexicon.hpp"
#include "text/offsets.hpp"
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
    block.in_text = text::make_span(start, end);
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
  d.entities.push_back({text, *parsed, text::make_span(at, at + text.size()), cluster});
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

// The seeds' claims of the war's age: each read with its range and subject.
const ClaimGroup* group_of_claim(const Batch& batch, const std::string& text) {
  for (const auto& g : batch.claims) {
    for (const auto& c : g.claims) {
      if (claim_text(batch, c) == text) return &g;
    }
  }
  return nullptr;
}

TEST_CASE("the war's age: fifth year, fourth year and four-year-old are read, not compared") {
  // "the crisis", "the conflict" and "the civil war" are not said to be one
  // thing, and no article says when: nothing is flagged.
  struct Age {
    std::string text, subject;
    double low, high;
  };
  for (const Age& want : {Age{"fifth", "crisis", 4, 5}, Age{"fourth", "conflict", 3, 4},
                          Age{"four-year-old", "civil war", 4, 5}}) {
    const std::string& text = want.text;
    CAPTURE(text);
    const auto* age = group_of_claim(seeds(), text);
    REQUIRE(age);
    REQUIRE(age->claims.size() == 1);
    CHECK(age->measure == "age");
    CHECK(age->unit == "years");
    CHECK(age->subject == want.subject);
    CHECK(age->claims[0].low == doctest::Approx(want.low));
    CHECK(age->claims[0].high == doctest::Approx(want.high).epsilon(1e-6));
    CHECK_FALSE(age->agree.has_value());
    const auto& c = age->claims[0];
    const auto& n = seeds().documents[c.document].numbers[c.number];
    CHECK(c.sentence.start <= n.span.start);
    CHECK(n.span.end <= c.sentence.end);
  }
}

TEST_CASE("the death toll: a quarter of a million people and some 250,000 agree") {
  const auto* killed = group(seeds(), "killed");
  REQUIRE(killed);
  REQUIRE(killed->claims.size() == 2);
  CHECK(killed->measure == "killed");
  CHECK(killed->unit == "people");  // "has killed some 250,000" says none: it joins the one said
  CHECK(killed->subject == "conflict");
  CHECK(killed->why.find("same measure (killed)") != std::string::npos);
  CHECK(claim_text(seeds(), killed->claims[0]) == "a quarter of a million");
  CHECK(claim_text(seeds(), killed->claims[1]) == "some 250,000");
  CHECK(killed->claims[0].value == 250000);
  CHECK(killed->claims[1].qualifier == Qualifier::approximately);
  REQUIRE(killed->agree.has_value());
  CHECK(*killed->agree);
}

namespace {

// A made-up article with its dates and numbers read, and named mentions
// (text, type, cluster) in order.
Document figures(std::string name, std::string text, std::optional<std::string> date,
                 const std::vector<std::tuple<std::string, std::string, std::string>>& names) {
  Document d = made_up(std::move(name), std::move(text));
  d.date = std::move(date);
  d.dates = facts::find_dates(d.text, d.date);
  d.numbers = facts::find_numbers(d.text, d.dates, d.sentences);
  std::size_t from = 0;
  for (const auto& [mention_text, type, cluster] : names) {
    mention(d, mention_text, type, cluster, from);
    from = d.entities.back().span.end;
  }
  return d;
}

Batch cross_indexed(std::vector<Document> documents) {
  Batch b;
  b.documents = std::move(documents);
  b.clusters = {{"c1", "Hillary Clinton", EntityType::person, {}, {}, 1},
                {"c2", "Kentucky", EntityType::location, {}, {}, 1},
                {"c3", "Syria", EntityType::location, {}, {}, 1},
                {"c4", "Keith Lamont Scott", EntityType::person, {"Scott"}, {}, 1},
                {"c5", "Donald Trump", EntityType::person, {}, {}, 1}};
  batch::cross_index(b);
  return b;
}

std::size_t groups_across(const Batch& b) {
  std::size_t n = 0;
  for (const auto& g : b.claims) {
    bool several = false;
    for (const auto& c : g.claims) several = several || c.document != g.claims.front().document;
    n += several ? 1 : 0;
  }
  return n;
}

}  // namespace

TEST_CASE("a state's margin and a candidate's poll lead are not the same measured thing") {
  const Batch b = cross_indexed(
      {figures("a.txt", "Trump took Kentucky's 30-point margin in stride.", "2016-11-09",
               {{"Trump", "PER", "c5"}, {"Kentucky", "LOC", "c2"}}),
       figures("b.txt", "Clinton holds an 11-point lead in the new poll.", "2016-11-09",
               {{"Clinton", "PER", "c1"}}),
       figures("c.txt", "She did a 15-minute oxygen session before the 90-minute debate.",
               "2016-11-09", {})});
  CHECK(groups_across(b) == 0);
  for (const auto& g : b.claims) CHECK_FALSE(g.agree.has_value());
}

TEST_CASE("a number that names a model or a series is no figure") {
  // WCXB's review pages: "PixArt 3395 sensor" was a figure of 3,395
  // sensors, "Oral-B iO Series 10 showcases" one of 10 showcases.
  const Batch b = cross_indexed(
      {figures("a.txt",
               "The mouse has a flagship-grade PixArt 3395 sensor and weighs 53 grams. "
               "The Oral-B iO Series 10 showcases the most powerful cleaning.",
               "2025-03-01", {}),
       figures("b.txt",
               "\u201COnly 5 people came.\u201D Pro tip: Get 3 bids. One poll shows Ted Cruz 16 "
               "points ahead. The storm has killed 12 people in Ohio.",
               "2025-03-01", {{"Ted Cruz", "PER", "c6"}})});
  CHECK_FALSE(group_of_claim(b, "3395"));
  CHECK_FALSE(group_of_claim(b, "10"));
  CHECK(group_of_claim(b, "53"));
  CHECK(group_of_claim(b, "5"));
  CHECK(group_of_claim(b, "3"));
  CHECK(group_of_claim(b, "16"));
  CHECK(group_of_claim(b, "12"));
}

TEST_CASE("a war's age is measured against no one named in an earlier sentence") {
  // The name before the age ("Syria") is in another sentence: it is not
  // what the war's age is counted against.
  const auto age = [](std::string name) {
    return figures(std::move(name),
                   "The talks were held in Syria.\n\nThe war, now in its fifth year, goes on.",
                   "2016-03-01", {{"Syria", "LOC", "c3"}});
  };
  const Batch b = cross_indexed({age("a.txt"), age("b.txt")});
  const auto* g = group_of_claim(b, "fifth");
  REQUIRE(g);
  CHECK(g->subject == "war");
  CHECK(g->why.find("against") == std::string::npos);
}

TEST_CASE("the same measure, unit, subject and time: figures that differ are flagged, with why") {
  const auto war = [](std::string name, std::string number, std::optional<std::string> date) {
    return figures(std::move(name), "The war in Syria has killed " + number + " people.",
                   std::move(date), {{"Syria", "LOC", "c3"}});
  };
  const Batch dated =
      cross_indexed({war("a.txt", "250,000", "2016-03-01"), war("b.txt", "470,000", "2016-03-20")});
  REQUIRE(dated.claims.size() == 1);
  const auto& g = dated.claims[0];
  CHECK(g.measure == "killed");
  CHECK(g.unit == "people");
  CHECK(g.subject == "war");
  CHECK(g.time == "2016-03");
  REQUIRE(g.agree.has_value());
  CHECK_FALSE(*g.agree);
  CHECK(g.why == "same measure (killed), unit (people) and subject (war); same time (2016-03)");
  // A month apart, or with no date, they are not one measured thing in time.
  const Batch apart =
      cross_indexed({war("a.txt", "250,000", "2016-03-01"), war("b.txt", "470,000", "2016-04-20")});
  CHECK(groups_across(apart) == 0);
  const Batch undated =
      cross_indexed({war("a.txt", "250,000", std::nullopt), war("b.txt", "470,000", std::nullopt)});
  REQUIRE(undated.claims.size() == 1);
  CHECK_FALSE(undated.claims[0].agree.has_value());  // side by side, never "differ"
}

TEST_CASE("a person's age: Scott, 43, and the 43-year-old Keith Lamont Scott") {
  const Batch b =
      cross_indexed({figures("a.txt", "Protests followed after Keith Lamont Scott, 43, was killed.",
                             std::nullopt, {{"Keith Lamont Scott", "PER", "c4"}}),
                     figures("b.txt", "The police shot the 43-year-old Scott in his car.",
                             std::nullopt, {{"Scott", "PER", "c4"}}),
                     figures("c.txt", "A 31-year-old Clinton supporter spoke.", std::nullopt,
                             {{"Clinton", "PER", "c1"}})});
  REQUIRE(groups_across(b) == 1);
  const auto* age = group_of_claim(b, "43");
  REQUIRE(age);
  CHECK(age->subject == "Keith Lamont Scott");
  CHECK(age->measure == "age");
  REQUIRE(age->claims.size() == 2);
  REQUIRE(age->agree.has_value());
  CHECK(*age->agree);
  const auto* supporter = group_of_claim(b, "31-year-old");
  CHECK((supporter == nullptr || supporter->subject != "Hillary Clinton"));
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
  // Per article: two sentences in a.txt, one in b.txt; the page recounts from these.
  CHECK(top.by_document == std::vector<std::pair<std::size_t, std::size_t>>{{0, 2}, {1, 1}});
  CHECK(json["edges"][0]["by_document"] == nlohmann::json::array({{0, 2}, {1, 1}}));
  // Every sentence behind the edge, either way round; none for a pair never together.
  const auto sentences = link_sentences(batch, "c2", "c1");
  REQUIRE(sentences.size() == 3);
  CHECK(a.text.substr(sentences[1].span.start, sentences[1].span.end - sentences[1].span.start) ==
        "Lavrov and Moualem agreed.");
  CHECK(sentences[2].document == 1);
  CHECK(link_sentences(batch, "c1", "c3").empty());
  CHECK(link_sentences(batch, "c1", "LOC:Moscow").size() == 1);
  const std::string links_text = link_sentences_json(batch, "c1", "c2");
  CHECK(links_text.starts_with(R"({"source":"c1","target":"c2","sentences":[{"document":)"));
  CHECK(links_text == nlohmann::ordered_json::parse(links_text).dump());
  const auto links = nlohmann::json::parse(links_text);
  CHECK(links["sentences"].size() == 3);
  CHECK(links["sentences"][2] == nlohmann::json{{"document", "b.txt"}, {"start", 0}, {"end", 23}});
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
                                         "claims", "keyphrases", "timeline", "stories"});
  const auto& groups = json["claims"];
  const auto it = std::find_if(groups.begin(), groups.end(), [](const auto& g) {
    return g["claims"][0]["text"] == "four-year-old";
  });
  REQUIRE(it != groups.end());
  std::vector<std::string> group_keys;
  for (const auto& [key, value] : it->items()) group_keys.push_back(key);
  CHECK(group_keys == std::vector<std::string>{"counted", "measure", "unit", "subject",
                                               "subject_cluster", "time", "why", "agree",
                                               "claims"});
  CHECK((*it)["agree"].is_null());
  const auto& war = (*it)["claims"][0];
  CHECK(war["low"] == 4);
  // 004's text has curly quotes before the number: the offsets count UTF-16 units.
  const auto& d = json["documents"][4];
  const auto u16 = utf16(d["text"].get<std::string>());
  const auto start = war["start"].get<std::size_t>(), end = war["end"].get<std::size_t>();
  CHECK(u16.substr(start, end - start) == u"four-year-old");
  CHECK(d["text"].get<std::string>().find("four-year-old") != start);
}

TEST_CASE("syndicated copies are one story: edited copies join, a reused quote does not") {
  // Seed 001 four times: as it is, with its last paragraph cut, with an
  // outlet's paragraph added and a word changed, and a copy of the copy;
  // seed 000 borrows one of 001's paragraphs but is another story.
  auto files = testing::seed_files();
  const std::string original = files[1].bytes;
  auto paragraphs = [](const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
      auto end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      if (end > at) out.push_back(text.substr(at, end - at));
      at = end + 1;
    }
    return out;
  };
  auto join = [](const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n\n";
    return out;
  };
  auto lines = paragraphs(original);
  REQUIRE(lines.size() > 6);
  auto cut = lines;
  cut.pop_back();
  auto added = lines;
  added.insert(
      added.begin() + 3,
      "Our correspondent in the region adds that the talks were long expected by many observers.");
  const auto pos = added[5].find(" the ");
  if (pos != std::string::npos) added[5].replace(pos, 5, " this ");
  files.push_back({"wire-cut.txt", join(cut), {}});
  files.push_back({"wire-added.txt", join(added), {}});
  files.push_back({"wire-again.txt", join(added), {}});
  const Batch batch = analyze(files);
  REQUIRE(batch.stories.size() == 1);
  const auto& story = batch.stories.front();
  std::vector<std::string> names;
  for (const auto d : story.documents) names.push_back(batch.documents[d].name);
  CHECK(names == std::vector<std::string>{testing::seed_names()[1], "wire-cut.txt",
                                          "wire-added.txt", "wire-again.txt"});
  for (const auto shared : story.shared) CHECK(shared >= 0.8);
  const auto json = nlohmann::json::parse(to_json(batch));
  CHECK(json["stories"].size() == 1);
  CHECK(json["stories"][0]["documents"][3]["document"] == "wire-again.txt");
  CHECK(json["stories"][0]["documents"][3]["shared"] == 1.0);
  // No story among the seeds themselves.
  CHECK(seeds().stories.empty());
}
