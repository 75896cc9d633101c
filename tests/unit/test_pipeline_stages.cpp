// analyze() in stages (prepare, annotate, finish), and stage 2 carried to
// another module through its JSON: the result must not change by one byte.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "text/offsets.hpp"

using namespace presslens;

namespace {

// The seeds with files that fail, so that failed documents are in the slices.
std::vector<InputFile> mixed_batch() {
  auto files = testing::seed_files();
  files.insert(files.begin() + 2, testing::fixture_file("pixel.png"));
  files.push_back(testing::fixture_file("empty.txt"));
  files.push_back(testing::fixture_file("windows-1251.txt"));
  return files;
}

// Up to `count` CoNLL-2003 documents as plain articles (one sentence a
// paragraph), when the shared data is there.
std::vector<InputFile> conll_articles(std::size_t count) {
  std::ifstream in(std::string(PRESSLENS_SHARED_DIR) + "/data/conll2003/eng.testa");
  std::vector<InputFile> files;
  std::string line;
  std::string text;
  std::string sentence;
  auto flush_sentence = [&] {
    if (!sentence.empty()) text += sentence + "\n\n";
    sentence.clear();
  };
  auto flush_document = [&] {
    flush_sentence();
    if (!text.empty())
      files.push_back({"conll-" + std::to_string(files.size()) + ".txt", text, {}});
    text.clear();
  };
  while (files.size() < count && std::getline(in, line)) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush_document();
    } else if (line.empty()) {
      flush_sentence();
    } else {
      const std::string word = line.substr(0, line.find(' '));
      if (!sentence.empty() && word.find_first_of(",.;:!?)'") != 0) sentence += ' ';
      sentence += word;
    }
  }
  if (files.size() < count) flush_document();
  return files;
}

void require_model() {
  (void)testing::analysed_seeds();
}

// Stage 2 through the JSON exchange, `slice` documents at a time.
Batch analyze_through_json(std::span<const InputFile> files, std::size_t slice) {
  Batch batch = prepare_batch(files);
  std::span<Document> documents(batch.documents);
  for (std::size_t first = 0; first < documents.size(); first += slice) {
    const auto part = documents.subspan(first, std::min(slice, documents.size() - first));
    const auto inputs = annotation_inputs_json(part);
    REQUIRE(inputs.ok());
    const auto outputs = annotate_json(inputs.value());
    REQUIRE(outputs.ok());
    REQUIRE(apply_annotations_json(part, outputs.value()).ok());
  }
  finish_batch(batch);
  return batch;
}

}  // namespace

TEST_CASE("analyze is its three stages run in order") {
  require_model();
  const auto files = mixed_batch();
  Batch staged = prepare_batch(files);
  for (const auto& document : staged.documents) {
    CHECK(document.entities.empty());
    CHECK(document.dates.empty());
    if (!document.error) CHECK_FALSE(document.text.empty());
  }
  for (auto& document : staged.documents) annotate_document(document);
  finish_batch(staged);
  CHECK(to_json(staged) == to_json(analyze(files)));
}

TEST_CASE("stage 3 a step at a time: progress that counts, the same bytes") {
  require_model();
  const auto files = mixed_batch();
  Batch batch = prepare_batch(files);
  for (auto& document : batch.documents) annotate_document(document);
  BatchFinisher finisher(batch);
  // Clusters, then one step per document, then the cross-index's six parts.
  CHECK(finisher.total() == 1 + batch.documents.size() + 6);
  CHECK(finisher.part() == "names");
  std::vector<std::string> parts;
  std::size_t last = 0;
  while (finisher.step(3)) {
    CHECK(finisher.done() == last + 3);
    last = finisher.done();
    if (parts.empty() || parts.back() != finisher.part()) parts.emplace_back(finisher.part());
  }
  CHECK(finisher.done() == finisher.total());
  CHECK(finisher.part().empty());
  CHECK(parts == std::vector<std::string>{"quotes", "links"});
  CHECK_FALSE(finisher.step());
  CHECK(to_json(batch) == to_json(analyze(files)));
}

TEST_CASE("stage 3 a step at a time: a part of the cross-index that throws fails one document") {
  require_model();
  const auto files = testing::seed_files();
  Batch batch = prepare_batch(files);
  for (auto& document : batch.documents) annotate_document(document);
  // The heaviest document gets a paragraph past the end of its text: the
  // shared passages (the second part of the cross-index) throw on it.
  std::size_t heaviest = 0;
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto weight = [](const Document& x) { return x.text.size() + x.entities.size() * 64; };
    if (weight(batch.documents[d]) > weight(batch.documents[heaviest])) heaviest = d;
  }
  auto& broken = batch.documents[heaviest];
  Block bad = broken.blocks.front();
  bad.kind = BlockKind::paragraph;
  bad.in_text = text::make_span(broken.text.size() + 10, broken.text.size() + 20);
  broken.blocks.push_back(bad);
  const std::string name = broken.name;

  BatchFinisher finisher(batch);
  while (finisher.step()) {
  }
  CHECK(finisher.done() == finisher.total());
  const auto& failed = batch.documents[heaviest];
  CHECK(failed.name == name);
  REQUIRE(failed.error);
  CHECK(failed.error->code == ErrorCode::too_complex);
  CHECK(failed.entities.empty());
  std::size_t ok = 0;
  for (const auto& document : batch.documents) ok += document.error ? 0 : 1;
  CHECK(ok == batch.documents.size() - 1);
  // The cross-index ran again without it.
  CHECK_FALSE(batch.graph.nodes.empty());
  for (const auto& edge : batch.graph.edges) {
    for (const auto& [document, count] : edge.by_document) CHECK(document != heaviest);
  }
  // The identities no longer count it: none lists it, each counts the
  // mentions the other documents hold, and none is left with none.
  std::map<std::string, std::size_t> mentions;
  for (const auto& document : batch.documents) {
    for (const auto& e : document.entities) ++mentions[e.cluster];
  }
  for (const auto& c : batch.clusters) {
    CAPTURE(c.id);
    CHECK(std::find(c.documents.begin(), c.documents.end(), name) == c.documents.end());
    CHECK(c.mentions == mentions[c.id]);
    CHECK(c.mentions > 0);
  }
}

TEST_CASE("stage 2 through its JSON gives the same analysis, byte for byte") {
  require_model();
  const auto files = mixed_batch();
  const std::string expected = to_json(analyze(files));
  for (const std::size_t slice : {1u, 3u, 100u}) {
    CAPTURE(slice);
    CHECK(to_json(analyze_through_json(files, slice)) == expected);
  }
}

TEST_CASE("stage 2 through its JSON on a hundred Reuters articles") {
  const auto files = conll_articles(100);
  if (files.empty()) return;  // no shared data here
  require_model();
  CHECK(files.size() == 100);
  CHECK(to_json(analyze_through_json(files, 7)) == to_json(analyze(files)));
}

TEST_CASE("a failed document travels as null and gets nothing") {
  const std::vector<InputFile> files{testing::fixture_file("pixel.png")};
  Batch batch = prepare_batch(files);
  const auto inputs = annotation_inputs_json(batch.documents);
  REQUIRE(inputs.ok());
  CHECK(inputs.value() == "[null]");
  const auto outputs = annotate_json(inputs.value());
  REQUIRE(outputs.ok());
  CHECK(outputs.value() == "[null]");
  CHECK(apply_annotations_json(batch.documents, outputs.value()).ok());
}

TEST_CASE("numbers JSON cannot hold travel exactly too") {
  Document document;
  document.text = "x";
  std::vector<Document> documents{document};
  const std::string answer =
      R"([{"e":[],"d":[],"n":[[0,1,"x","inf","cardinal","","" ],[0,1,"x",0.1,"cardinal","",""],)"
      R"([0,1,"x","nan","cardinal","",""]],"w":["w1"]}])";
  REQUIRE(apply_annotations_json(documents, answer).ok());
  const auto& numbers = documents[0].numbers;
  REQUIRE(numbers.size() == 3);
  CHECK(std::isinf(numbers[0].value));
  CHECK(numbers[1].value == 0.1);
  CHECK(std::isnan(numbers[2].value));
  CHECK(documents[0].warnings == std::vector<std::string>{"w1"});
}

TEST_CASE("malformed annotation JSON is an error and changes nothing") {
  Document document;
  document.text = "Paris";
  document.entities.push_back({"Paris", EntityType::location, {0, 5}, {}});
  std::vector<Document> documents{document, document};
  const std::string good = R"({"e":[[0,5,"Paris","LOC"]],"d":[],"n":[],"w":[]})";
  for (const auto& bad :
       {std::string("not json"), std::string("{}"), "[" + good + "]", "[" + good + ",null]",
        "[" + good + R"(,{"e":[[0]],"d":[],"n":[],"w":[]}])",
        // Names the core does not know: a type, a number's kind, a date's modifier.
        "[" + good + R"(,{"e":[[0,5,"Paris","PLACE"]],"d":[],"n":[],"w":[]}])",
        "[" + good + R"(,{"e":[],"d":[],"n":[[0,5,"Paris",1,"count","",""]],"w":[]}])",
        "[" + good + R"(,{"e":[],"d":[[0,5,"Paris","2015",true,"soon"]],"n":[],"w":[]}])"}) {
    CAPTURE(bad);
    const Status status = apply_annotations_json(documents, bad);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::invalid_argument);
    CHECK(documents[0].entities.size() == 1);
    CHECK(documents[1].entities.size() == 1);
  }
  CHECK_FALSE(annotate_json("[{\"t\": 3}]").ok());
  CHECK_FALSE(annotate_json("{}").ok());
  CHECK(annotate_json(R"([{"t":"a","s":[0,1],"d":null,"h":[]}])").ok());
  CHECK_FALSE(annotate_json(R"([{"t":"a","s":[0,1],"d":null,"h":[1]}])").ok());
  CHECK_FALSE(annotate_json(R"([{"t":"a","s":[0],"d":null,"h":[]}])").ok());
  CHECK_FALSE(annotate_json(R"([{"t":"a","s":[0,2],"d":null,"h":[]}])").ok());  // past the text
  CHECK_FALSE(annotate_json(R"([{"t":"a","d":null,"h":[]}])").ok());            // no sentences
}
