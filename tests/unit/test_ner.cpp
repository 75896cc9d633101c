#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "nlp/conll.hpp"
#include "nlp/gazetteer.hpp"
#include "nlp/model.hpp"
#include "nlp/tagger.hpp"
#include "nlp/viterbi.hpp"
#include "presslens/analyze.hpp"
#include "presslens/ner.hpp"
#include "text/hash.hpp"

using namespace presslens;

namespace {

const std::string& model_bytes() {
  static const std::string bytes =
      testing::read_file(std::string(PRESSLENS_SOURCE_DIR) + "/models/ner.bin");
  return bytes;
}

void require_model() {
  if (!ner_model_loaded()) REQUIRE(load_ner_model(model_bytes()).ok());
}

bool has_entity(const Batch& batch, const std::string& text, const std::string& type) {
  for (const auto& document : batch.documents) {
    for (const auto& entity : document.entities) {
      if (entity.text == text && to_string(entity.type) == type) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("the committed model loads; damaged copies are refused") {
  CHECK(load_ner_model(model_bytes()).ok());
  std::string damaged = model_bytes();
  damaged[damaged.size() / 2] ^= 0x20;
  const Status status = load_ner_model(damaged);
  CHECK_FALSE(status.ok());
  CHECK(status.error().message.find("checksum") != std::string::npos);
  CHECK_FALSE(load_ner_model(model_bytes().substr(0, 100)).ok());
  CHECK_FALSE(load_ner_model("PLNERMDL").ok());
  CHECK_FALSE(load_ner_model("").ok());
  CHECK(ner_model_loaded());  // a failed load keeps the model that was there
}

TEST_CASE("a model survives a serialise/parse round trip byte for byte") {
  auto model = nlp::parse_model(model_bytes());
  REQUIRE(model.ok());
  CHECK(nlp::serialize_model(model.value()) == model_bytes());
}

TEST_CASE("tagging CoNLL tokens gives IOB2 tags") {
  require_model();
  const std::vector<std::vector<std::string>> sentences{
      {"Russian", "Foreign", "Minister", "Sergei", "Lavrov", "said", "in", "Moscow", "."},
      {},
      {"EU", "rejects", "German", "call", "."}};
  auto tags = tag_sentences(sentences);
  REQUIRE(tags.ok());
  const std::vector<std::string_view> expected{"B-MISC", "O", "O",     "B-PER", "I-PER",  "O", "O",
                                               "B-LOC",  "O", "B-ORG", "O",     "B-MISC", "O", "O"};
  CHECK(tags.value() == expected);
}

TEST_CASE("tagging scores every key training sees (words' keys are scored once per spelling)") {
  auto model = nlp::parse_model(model_bytes());
  REQUIRE(model.ok());
  nlp::TokenDocument document;
  for (const std::vector<std::string>& sentence : std::vector<std::vector<std::string>>{
           {"Russian", "Foreign", "Minister", "Sergei", "Lavrov", "met", "Walid", "al-Moualem",
            "in", "Moscow", "."},
           {"MOSCOW", "1996-08-22"},
           {"Lavrov", "said", "Moualem", "and", "Lavrov", "would", "meet", "again", "in", "Moscow",
            "on", "Monday", "."}}) {
    document.sentence_starts.push_back(document.words.size());
    for (const auto& word : sentence) document.words.push_back(word);
  }
  // The trainer's view: every key of each token, scored token by token.
  const auto features =
      nlp::extract_features(document, model.value().gazetteer, model.value().classes);
  nlp::PredictionHistory history(features);
  std::vector<int> expected(document.words.size());
  std::vector<std::int32_t> expected_emissions;
  std::vector<std::uint32_t> keys;
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    std::vector<std::int32_t> emissions((end - begin) * nlp::kTagCount, 0);
    for (std::size_t i = begin; i < end; ++i) {
      keys.clear();
      features.token_keys(i, keys);
      history.features(features, begin, end, i, keys);
      for (const auto key : keys) {
        if (const std::int16_t* w = model.value().weights(key)) {
          for (int t = 0; t < nlp::kTagCount; ++t)
            emissions[(i - begin) * nlp::kTagCount + t] += w[t];
        }
      }
    }
    expected_emissions.insert(expected_emissions.end(), emissions.begin(), emissions.end());
    nlp::viterbi(emissions.data(), end - begin, model.value().transitions.data(), &expected[begin]);
    history.record(features, begin, end, &expected[begin]);
  }
  std::vector<std::int32_t> emissions;
  CHECK(nlp::tag_document(model.value(), document, &emissions) == expected);
  CHECK(emissions == expected_emissions);
  CHECK(std::count(expected.begin(), expected.end(), 0) < static_cast<long>(expected.size()));
}

// The best sequence by trying every allowed transition from every tag, in
// increasing order, a higher score alone winning: what `nlp::viterbi` must
// give, ties included.
template <class Score>
std::vector<int> exhaustive_viterbi(const std::vector<Score>& emissions, std::size_t n,
                                    const std::vector<Score>& transitions) {
  using nlp::kTagCount;
  const Score impossible = nlp::kImpossible<Score>;
  std::vector<Score> best(n * kTagCount, impossible);
  std::vector<int> back(n * kTagCount, 0);
  for (int t = 0; t < kTagCount; ++t) {
    if (nlp::allowed_transition(-1, t)) best[t] = emissions[t] + transitions[t];
  }
  for (std::size_t i = 1; i < n; ++i) {
    for (int t = 0; t < kTagCount; ++t) {
      bool any = false;
      for (int p = 0; p < kTagCount; ++p) {
        if (!nlp::allowed_transition(p, t) || best[(i - 1) * kTagCount + p] == impossible) continue;
        const Score s = best[(i - 1) * kTagCount + p] + transitions[(p + 1) * kTagCount + t];
        if (!any || s > best[i * kTagCount + t]) {
          best[i * kTagCount + t] = s;
          back[i * kTagCount + t] = p;
          any = true;
        }
      }
      if (any) best[i * kTagCount + t] += emissions[i * kTagCount + t];
    }
  }
  int tag = 0;
  for (int t = 1; t < kTagCount; ++t) {
    if (nlp::allowed_end(t) && best[(n - 1) * kTagCount + t] > best[(n - 1) * kTagCount + tag])
      tag = t;
  }
  std::vector<int> out(n);
  for (std::size_t i = n; i-- > 0;) {
    out[i] = tag;
    tag = back[i * kTagCount + static_cast<std::size_t>(tag)];
  }
  return out;
}

TEST_CASE_TEMPLATE("the Viterbi step finds what trying every transition finds, ties included",
                   Score, std::int32_t, float) {
  std::mt19937 random(7);
  // Scores from a few values, so that ties are common.
  std::uniform_int_distribution<int> value(-3, 3);
  std::uniform_int_distribution<std::size_t> length(1, 12);
  std::size_t named = 0;
  for (int round = 0; round < 2000; ++round) {
    std::vector<Score> transitions(nlp::kTransitionCount);
    for (auto& t : transitions) t = static_cast<Score>(value(random));
    const std::size_t n = length(random);
    std::vector<Score> emissions(n * nlp::kTagCount);
    for (auto& e : emissions) e = static_cast<Score>(value(random));
    std::vector<int> tags(n, -1);
    nlp::viterbi(emissions.data(), n, transitions.data(), tags.data());
    const auto expected = exhaustive_viterbi(emissions, n, transitions);
    REQUIRE(tags == expected);
    named += static_cast<std::size_t>(
        std::count_if(tags.begin(), tags.end(), [](int t) { return t != 0; }));
  }
  CHECK(named > 1000);  // the sequences hold names, not only O
}

TEST_CASE("the seeds' people, organisations and places are found with their type") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  struct Expected {
    const char* text;
    const char* type;
  };
  for (const auto& expected : std::vector<Expected>{{"Walid Muallem", "PER"},
                                                    {"Staffan de Mistura", "PER"},
                                                    {"Dmitry Peskov", "PER"},
                                                    {"Khaled Khoja", "PER"},
                                                    {"Sergei Lavrov", "PER"},
                                                    {"Moaz al-Khatib", "PER"},
                                                    {"SNC", "ORG"},
                                                    {"Kommersant", "ORG"},
                                                    {"National Coalition for Syrian "
                                                     "Revolutionary and Opposition Forces",
                                                     "ORG"},
                                                    {"Interfax", "ORG"},
                                                    {"Black Sea", "LOC"},
                                                    {"Damascus", "LOC"}}) {
    CAPTURE(std::string(expected.text));
    CHECK(has_entity(batch, expected.text, expected.type));
  }
}

TEST_CASE("the seeds: names beside a class noun or a hyphenated participle") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  // "the country's second city Aleppo": a city by the gazetteer and the noun before it.
  CHECK(has_entity(batch, "Aleppo", "LOC"));
  // "al-Qaeda-linked", "Western-backed", "Turkey-based National Coalition...":
  // the name is found without its participle.
  bool al_qaeda = false;
  for (const auto& document : batch.documents) {
    for (const auto& entity : document.entities) {
      CAPTURE(entity.text);
      CHECK(entity.text.find("-linked") == std::string::npos);
      CHECK(entity.text.find("-backed") == std::string::npos);
      CHECK(entity.text.find("-based") == std::string::npos);
      al_qaeda |= entity.text == "al-Qaeda";
    }
  }
  CHECK(al_qaeda);
  CHECK(has_entity(batch, "al-Qaeda", "ORG"));  // a group by WordNet; "al-" does not make it PER
}

// The model alone tags it PER: a 1996 training set has no names like it,
// and its look (an unknown capitalised word, then "al-X", as in "Bashar
// al-Assad") outweighs the noun beside it. An apposition to a group noun
// introduced by "a/an" and closed after the name retypes it (tagger.cpp).
TEST_CASE("the seeds: a name set beside 'an al-Qaeda-linked faction' is an organisation") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  CHECK(has_entity(batch, "Jabhat al-Nusra", "ORG"));
  CHECK_FALSE(has_entity(batch, "Jabhat al-Nusra", "PER"));
}

// Names newer than the 1996 training data: "Islamic State" ends like
// "United States" and the model alone tagged it LOC in 7 of its 8 seed
// mentions; "al-Qaida" beside it was LOC, "Arab Spring" ORG and "France-24"
// not found. models/known/ lists them; a name found that is exactly a known
// one takes its type (tagger.cpp).
TEST_CASE("the seeds: names the training data cannot know take their known type") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  int islamic_state = 0;
  for (const auto& document : batch.documents) {
    for (const auto& entity : document.entities) {
      if (entity.text != "Islamic State") continue;
      CAPTURE(document.name);
      CAPTURE(entity.span.start);
      CHECK(entity.type == EntityType::organisation);
      ++islamic_state;
    }
  }
  CHECK(islamic_state == 8);
  CHECK(has_entity(batch, "al-Qaida", "ORG"));
  CHECK_FALSE(has_entity(batch, "al-Qaida", "LOC"));
  CHECK(has_entity(batch, "Arab Spring", "MISC"));
  CHECK_FALSE(has_entity(batch, "Arab Spring", "ORG"));
  CHECK(has_entity(batch, "France-24", "ORG"));
}

TEST_CASE("known names: only names the tagger found, whole, and not inside a longer name") {
  require_model();
  auto one = [](const std::string& text) {
    return analyze(std::vector<InputFile>{{"a.txt", text, {}}});
  };
  // The model alone tags "Islamic" MISC and leaves "State" out.
  const Batch militants = one("Islamic State militants seized the town on Sunday.");
  CHECK(has_entity(militants, "Islamic State", "ORG"));
  CHECK_FALSE(has_entity(militants, "Islamic", "MISC"));
  // A known name in lowercase is not a name.
  const Batch lower = one("The army said the islamic state of the region was a myth.");
  for (const auto& entity : lower.documents.at(0).entities) CHECK(entity.text != "islamic state");
  // The longest known name wins.
  CHECK(has_entity(one("Fighters of the Islamic State of Iraq and Syria withdrew."),
                   "Islamic State of Iraq and Syria", "ORG"));
  // Facebook's owner since 2021, whose name is also a given name in the
  // lists (WCXB's pages: 60 mentions a person's).
  const Batch meta = one("Meta said on Tuesday that it would cut 600 jobs. Meta shares rose.");
  CHECK(has_entity(meta, "Meta", "ORG"));
  CHECK_FALSE(has_entity(meta, "Meta", "PER"));
}

TEST_CASE("a pronoun with a verb ('I’m') is not a name") {
  require_model();
  const std::string text =
      "Thousands of shootings. And I’m saying, where is this? But I’m working for you now. "
      "I’m not working for Trump.";
  const Batch batch = analyze(std::vector<InputFile>{{"a.txt", text, {}}});
  for (const auto& entity : batch.documents.at(0).entities) {
    CHECK(entity.text != "I’m");
  }
  CHECK(has_entity(batch, "Trump",
                   std::string(to_string(batch.documents.at(0).entities.at(0).type))));
  // Nor does it open one: "I’m Nancy" is no person's name.
  const Batch nancy = analyze(std::vector<InputFile>{
      {"b.txt", "Hillary Clinton spoke. I saw her later and said, I’m Nancy now.", {}}});
  for (const auto& entity : nancy.documents.at(0).entities) {
    CHECK(entity.text.find("I’m") == std::string::npos);
  }
}

TEST_CASE("a surname the article gives a person in full is a mention where the tagger missed it") {
  require_model();
  const std::string text =
      "Evangelicals and refugees\n\n"
      "Among those distressed is the National Association of Evangelicals. \"We are "
      "saddened,\" said Matthew Soerens, spokesman for World Relief. \"But we do not think "
      "so.\"\n\n"
      "Soerens argued that:\n\n"
      "Rather than turning away, the refugees are vetted. An anti-Soerens group and the "
      "Soerens-Smith plan were named on Monday.\n";
  const Batch batch = analyze(std::vector<InputFile>{{"a.txt", text, {}}});
  const auto& entities = batch.documents.at(0).entities;
  std::size_t alone = 0;
  for (const auto& e : entities) {
    if (e.text != "Soerens") continue;
    ++alone;
    CHECK(e.type == EntityType::person);
    CHECK(e.span.start == batch.documents.at(0).text.find("Soerens argued"));
  }
  // Joined by a hyphen it is part of another word.
  CHECK(alone == 1);
  const auto person = [&](const std::string& name) {
    for (const auto& e : entities) {
      if (e.text == name) return e.cluster;
    }
    return std::string("none");
  };
  CHECK(person("Soerens") == person("Matthew Soerens"));
}

TEST_CASE("apposition to a group noun: only 'a/an ... noun, NAME' closed after the name") {
  require_model();
  auto one = [](const std::string& text) {
    return analyze(std::vector<InputFile>{{"a.txt", text, {}}});
  };
  CHECK(has_entity(
      one("The assets went to a new company, Kissito (pronounced kiss-ee-toe), last year."),
      "Kissito", "ORG"));
  // The name goes on as the subject: no apposition.
  CHECK(has_entity(one("At a rally, Donald Trump likened the plan to a disaster."), "Donald Trump",
                   "PER"));
  // Not introduced as one of a kind.
  CHECK(has_entity(one("The league's disciplinary committee, Anatoly Gorokhovsky, met on Monday."),
                   "Anatoly Gorokhovsky", "PER"));
}

TEST_CASE("eng.testa: dev F1 holds, and the tags' digest is the same natively and in wasm") {
  const std::string path = std::string(PRESSLENS_SHARED_DIR) + "/data/conll2003/eng.testa";
  if (!std::ifstream(path)) return;  // the shared data is not beside this checkout
  require_model();
  const auto documents = nlp::read_conll(testing::read_file(path));
  std::vector<std::vector<std::vector<std::string>>> inputs;
  for (const auto& doc : documents) {
    auto& sentences = inputs.emplace_back();
    for (std::size_t s = 0; s < doc.document.sentence_starts.size(); ++s) {
      auto& words = sentences.emplace_back();
      for (std::size_t i = doc.document.sentence_starts[s]; i < doc.document.sentence_end(s); ++i)
        words.emplace_back(doc.document.words[i]);
    }
  }
  // Speed is bench_tag's business (tools/bench), natively and in wasm.
  std::vector<Result<std::vector<std::string_view>>> tagged;
  for (const auto& sentences : inputs) tagged.push_back(tag_sentences(sentences));
  nlp::ChunkCounts counts;
  std::uint64_t digest = text::kFnvOffset;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    REQUIRE(tagged[d].ok());
    const auto& doc = documents[d];
    std::vector<int> predicted;
    for (const auto tag : tagged[d].value()) {
      digest = text::fnv1a(tag, text::fnv1a_byte(' ', digest));
      // IOB2 out; BILOU for the counting (I closing an entity is L, B alone is U).
      predicted.push_back(
          tag == "O" ? 0
                     : nlp::make_tag(static_cast<int>(std::find(nlp::kTypes.begin(),
                                                                nlp::kTypes.end(), tag.substr(2)) -
                                                      nlp::kTypes.begin()),
                                     tag[0] == 'B' ? nlp::kBegin : nlp::kInside));
    }
    for (std::size_t s = 0; s < doc.document.sentence_starts.size(); ++s) {
      const std::size_t begin = doc.document.sentence_starts[s], end = doc.document.sentence_end(s);
      for (std::size_t i = begin; i < end; ++i) {  // IOB2 -> BILOU
        const bool closes = i + 1 == end || nlp::part_of(predicted[i + 1]) != nlp::kInside;
        if (predicted[i] == 0 || !closes) continue;
        const int type = nlp::type_of(predicted[i]);
        predicted[i] = nlp::make_tag(
            type, nlp::part_of(predicted[i]) == nlp::kBegin ? nlp::kUnit : nlp::kLast);
      }
      nlp::count_chunks(&doc.tags[begin], &predicted[begin], end - begin, counts);
    }
  }
  MESSAGE("eng.testa F1 " << counts.f1() << ", tag digest " << digest);
  CHECK(counts.f1() >= 93.0);
}

TEST_CASE("entity offsets point at their text; boilerplate is not tagged") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  for (const auto& document : batch.documents) {
    CHECK_FALSE(document.entities.empty());
    for (const auto& entity : document.entities) {
      CHECK(document.text.substr(entity.span.start, entity.span.end - entity.span.start) ==
            entity.text);
    }
  }
  CHECK_FALSE(has_entity(batch, "Moscow Times", "ORG"));  // "Support The Moscow Times!"
}

TEST_CASE("a gazetteer merges the entries of one key, in any order, and looks them up") {
  nlp::Gazetteer gazetteer;
  gazetteer.add(42, 0b001);
  gazetteer.add(7, 0b100);
  gazetteer.add(42, 0b010);
  gazetteer.finish();
  using Entries = std::vector<std::pair<std::uint32_t, nlp::ListMask>>;
  CHECK(gazetteer.entries() == Entries{{7, 0b100}, {42, 0b011}});
  CHECK(gazetteer.lookup(42) == 0b011);
  CHECK(gazetteer.lookup(7) == 0b100);
  CHECK(gazetteer.lookup(8) == 0);
  // Entries added after a finish join the ones there at the next.
  gazetteer.add(7, 0b001);
  gazetteer.add(3, 0b001);
  gazetteer.finish();
  CHECK(gazetteer.entries() == Entries{{3, 0b001}, {7, 0b101}, {42, 0b011}});
  CHECK(gazetteer.lookup(7) == 0b101);
}

TEST_CASE("a surname that is also a word of the language is a mention where it speaks") {
  require_model();
  // "May" is a month and a modal verb, "Rice" a noun: alone they are names
  // only as the subject of a verb of speech, never "in May" or "may".
  const std::string text =
      "Deal vote\n\n"
      "British Prime Minister Theresa May defended her deal on Tuesday. National Security "
      "Adviser Susan Rice was in Paris.\n\n"
      "\"This is the best deal available,\" May said in parliament. May told reporters the "
      "vote would go ahead. A report published in May said it would fail, and lawmakers may "
      "say so. Rice said the talks went well, and rice prices rose.\n";
  const Batch batch = analyze(std::vector<InputFile>{{"a.txt", text, {}}});
  const auto& d = batch.documents.at(0);
  std::vector<std::size_t> may, rice;
  for (const auto& e : d.entities) {
    if (e.text == "May") may.push_back(e.span.start);
    if (e.text == "Rice") rice.push_back(e.span.start);
  }
  CHECK(may == std::vector<std::size_t>{d.text.find("May said"), d.text.find("May told")});
  CHECK(rice == std::vector<std::size_t>{d.text.find("Rice said")});
  const auto cluster_of = [&](const std::string& name) {
    for (const auto& e : d.entities) {
      if (e.text == name) return e.cluster;
    }
    return std::string("none");
  };
  CHECK(cluster_of("May") == cluster_of("Theresa May"));
}

TEST_CASE("'Democrat of Vermont' is a party's member and a place, not one organisation") {
  require_model();
  const Batch b = analyze(std::vector<InputFile>{
      {"a.txt",
       "Senator Patrick J. Leahy of Vermont, the senior Democrat on the committee, spoke. "
       "\"The bill will fail,\" said Senator Bernie Sanders, Democrat of Vermont, on Tuesday. "
       "Representative Lamar Smith, Republican of Texas, disagreed.",
       {}}});
  CHECK_FALSE(has_entity(b, "Democrat of Vermont", "ORG"));
  CHECK_FALSE(has_entity(b, "Republican of Texas", "ORG"));
  CHECK(has_entity(b, "Vermont", "LOC"));
  CHECK(has_entity(b, "Texas", "LOC"));
}

TEST_CASE("a name cased like a brand is no person's; Mc, Mac, De, Di, La and Le are") {
  // WCXB's tax and website pages: "TurboTax", "TaxSlayer", "WordPress" were
  // typed PER. In CoNLL's training data such words are organisations or
  // other names but for surnames with these prefixes (McGrath, DeFreitas).
  require_model();
  const Batch b = analyze(std::vector<InputFile>{
      {"a.txt",
       "TurboTax is one of the most popular tax preparation programs. TurboTax offers a range "
       "of plans. Where TaxSlayer excels: TaxSlayer is an excellent budget-friendly choice. "
       "Choose WordPress or Webflow. WordPress grows with you. Senator Mitch McConnell and "
       "Betsy DeVos met LeBron James and Leonardo DiCaprio in Washington.",
       {}}});
  CHECK_FALSE(has_entity(b, "TurboTax", "PER"));
  CHECK_FALSE(has_entity(b, "TaxSlayer", "PER"));
  CHECK_FALSE(has_entity(b, "WordPress", "PER"));
  CHECK(has_entity(b, "Mitch McConnell", "PER"));
  CHECK(has_entity(b, "Betsy DeVos", "PER"));
  CHECK(has_entity(b, "LeBron James", "PER"));
  CHECK(has_entity(b, "Leonardo DiCaprio", "PER"));
}

TEST_CASE("a one-word name written three times with no sign of a person is no person's") {
  // WCXB's product pages: "Duolingo", "Zapier", "Gartner", "GPUs" and some
  // 300 more were people, each an identity of its own. A person named alone
  // that often is shown to be one: named in full, after a title, followed by
  // "he" or "she" (in the sentence or opening the next).
  require_model();
  const Batch b = analyze(std::vector<InputFile>{
      {"a.txt",
       "Duolingo is a language app. Duolingo offers short lessons every day, and many learners "
       "use Duolingo on the bus. Zapier connects web apps; Zapier runs a task when a form is "
       "sent, and Zapier keeps a log.\n\n"
       "Ambassador Jane Okafor arrived on Monday. Okafor met officials, and Okafor spoke at a "
       "dinner. The review of the phones was written by Tolliver. He tested six phones, and "
       "Tolliver liked two of them. Tolliver also wrote about laptops. Prime Minister Koizumi "
       "said the talks went well, and Koizumi thanked the hosts before Koizumi left Tokyo.",
       {}}});
  CHECK_FALSE(has_entity(b, "Duolingo", "PER"));
  CHECK_FALSE(has_entity(b, "Zapier", "PER"));
  CHECK(has_entity(b, "Okafor", "PER"));
  CHECK(has_entity(b, "Tolliver", "PER"));
  CHECK(has_entity(b, "Koizumi", "PER"));
  CHECK_FALSE(has_entity(b, "Tolliver", "ORG"));
}

TEST_CASE("an acronym its article spells out in small letters is a term, not a name") {
  // WCXB's pages: "artificial intelligence (AI)", "return on investment
  // (ROI)", "large language models (LLMs)" made organisations of AI, ROI
  // and LLMs. "The United Nations (UN)" stays a name.
  require_model();
  const Batch b = analyze(std::vector<InputFile>{
      {"a.txt",
       "Companies are adopting artificial intelligence (AI) quickly. AI tools write code, and "
       "large language models (LLMs) answer questions. LLMs need data. The return on "
       "investment (ROI) is unclear; ROI is hard to measure. The United Nations (UN) said the "
       "UN would study the matter.",
       {}}});
  for (const auto& entity : b.documents.at(0).entities) {
    CAPTURE(entity.text);
    CHECK(entity.text != "AI");
    CHECK(entity.text != "LLMs");
    CHECK(entity.text != "ROI");
  }
  CHECK(has_entity(b, "UN", "ORG"));
  CHECK(has_entity(b, "United Nations", "ORG"));
}

TEST_CASE("a party and state label is no name") {
  // The 1,000-article corpus: "(R-Fla.)", "(D-Va.)", "R-Texas" were
  // organisations or MISC of their own (200 mentions: "R-Fla" 20 times),
  // and "R-Ga" and "D-N.C" joined the Republican Governors Association and
  // the Democratic National Convention by their initials.
  require_model();
  const Batch b = analyze(std::vector<InputFile>{
      {"a.txt",
       "Sen. Marco Rubio (R-Fla.) said the bill would fail. Rep. Tim Kaine, D-Va., disagreed. "
       "Sen. Ted Cruz (R-Texas) and Rep. G.K. Butterfield (D-N.C.) spoke, as did Sen. Bernie "
       "Sanders (I-Vt.). Traffic on I-95 was slow on D-Day.",
       {}}});
  for (const auto& entity : b.documents.at(0).entities) {
    CAPTURE(entity.text);
    const std::string_view label = "RDI";
    CHECK_FALSE((entity.text.size() > 2 && entity.text[1] == '-' &&
                 label.find(entity.text[0]) != std::string_view::npos && entity.text[2] >= 'A' &&
                 entity.text[2] <= 'Z' && entity.text != "D-Day"));
  }
  CHECK(has_entity(b, "Tim Kaine", "PER"));
  CHECK(has_entity(b, "Ted Cruz", "PER"));
}

TEST_CASE("an interjection is no name") {
  // The 1,000-article corpus: "'Oh, he's going to make a mistake'", "Oh
  // well, I don't wanna say so" made a place "Oh" of 23 mentions.
  require_model();
  const Batch b = analyze(std::vector<InputFile>{
      {"a.txt",
       "\"Oh, he is going to make a mistake,\" Paul Begala said. \"Oh well, I do not wanna say "
       "so,\" Bernie Sanders responded. \"Whoa. Alas, we lost,\" said Tim Kaine.",
       {}}});
  for (const auto& entity : b.documents.at(0).entities) {
    CAPTURE(entity.text);
    CHECK(entity.text != "Oh");
    CHECK(entity.text != "Whoa");
    CHECK(entity.text != "Alas");
  }
  CHECK(has_entity(b, "Bernie Sanders", "PER"));
}
