#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "nlp/model.hpp"
#include "presslens/analyze.hpp"
#include "presslens/ner.hpp"

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
      if (entity.text == text && entity.type == type) return true;
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
  const std::vector<std::string_view> expected{"B-MISC", "O",     "O", "B-PER", "I-PER",
                                               "O",      "O",     "B-LOC", "O",
                                               "B-ORG",  "O",     "B-MISC", "O", "O"};
  CHECK(tags.value() == expected);
}

TEST_CASE("the seeds' people, organisations and places are found with their type") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  struct Expected {
    const char* text;
    const char* type;
  };
  for (const auto& [text, type] : std::vector<Expected>{{"Walid Muallem", "PER"},
                                                        {"Staffan de Mistura", "PER"},
                                                        {"Dmitry Peskov", "PER"},
                                                        {"Moaz al-Khatib", "PER"},
                                                        {"Khaled Khoja", "PER"},
                                                        {"Sergei Lavrov", "PER"},
                                                        {"SNC", "ORG"},
                                                        {"Interfax", "ORG"},
                                                        {"Kommersant", "ORG"},
                                                        {"Black Sea", "LOC"},
                                                        {"Damascus", "LOC"}}) {
    CAPTURE(text);
    CHECK(has_entity(batch, text, type));
  }
}

TEST_CASE("entity offsets point at their text; boilerplate is not tagged") {
  require_model();
  const Batch batch = analyze(testing::seed_files());
  for (const auto& document : batch.documents) {
    CHECK_FALSE(document.entities.empty());
    for (const auto& entity : document.entities) {
      CHECK(document.text.substr(entity.span.start, entity.span.end - entity.span.start) ==
            entity.text);
      CHECK(entity.cluster.empty());
    }
  }
  CHECK_FALSE(has_entity(batch, "Moscow Times", "ORG"));  // "Support The Moscow Times!"
}
