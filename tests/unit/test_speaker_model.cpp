// The speaker model (docs/attribution.md): its file, its arithmetic, and
// what it does to the seeds' quotes.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "attribution/ranker.hpp"
#include "fixtures.hpp"
#include "presslens/speakers.hpp"

using namespace presslens;

namespace {

std::string model_bytes() {
  return testing::read_file(std::string(PRESSLENS_SOURCE_DIR) + "/models/speakers.bin");
}

}  // namespace

TEST_CASE("the shipped speaker model parses and writes back the same bytes") {
  const std::string bytes = model_bytes();
  auto model = attribution::SpeakerModel::parse(bytes);
  REQUIRE(model.ok());
  CHECK(model.value().serialize() == bytes);
  CHECK(model.value().weights.size() > 1000);
  CHECK_FALSE(model.value().chosen.points.empty());
  CHECK_FALSE(model.value().kept.points.empty());
}

TEST_CASE("a parsed model scores as the same weights held in memory do") {
  // parse() indexes the weights in a hash table; a model built in memory
  // (training) searches its sorted weights: the same sums, bit for bit.
  auto parsed = attribution::SpeakerModel::parse(model_bytes());
  REQUIRE(parsed.ok());
  const auto& model = parsed.value();
  REQUIRE(model.weights.size() > 100);
  attribution::SpeakerModel in_memory;
  in_memory.weights = model.weights;
  attribution::Candidate c;
  for (std::size_t i = 0; i < model.weights.size(); i += 7) {
    c.features.push_back(model.weights[i].first);
    c.features.push_back(model.weights[i].first + 1);  // mostly keys without a weight
  }
  c.features.push_back(0);
  CHECK(model.score(c) != 0);
  CHECK(model.score(c) == in_memory.score(c));
  attribution::Candidate none;
  none.features = {0, 1, 2};
  CHECK(model.score(none) == in_memory.score(none));
}

TEST_CASE("a damaged speaker model is refused with a message") {
  const std::string bytes = model_bytes();
  CHECK_FALSE(attribution::SpeakerModel::parse("").ok());
  CHECK_FALSE(attribution::SpeakerModel::parse("PLNERMDL").ok());
  CHECK_FALSE(attribution::SpeakerModel::parse(bytes.substr(0, bytes.size() / 2)).ok());
  CHECK_FALSE(attribution::SpeakerModel::parse(bytes + "x").ok());
  const auto status = load_speaker_model(bytes.substr(0, 40));
  CHECK_FALSE(status.ok());
  CHECK(status.error().message.find("speaker model") != std::string::npos);
}

TEST_CASE("the portable exp agrees with the library's to the last bits that matter") {
  for (double x : {0.0, -0.5, -1.0, -3.3, -10.0, -40.0, -300.0, 1.5, 20.0}) {
    CAPTURE(x);
    CHECK(attribution::portable_exp(x) == doctest::Approx(std::exp(x)).epsilon(1e-14));
  }
  CHECK(attribution::portable_exp(-1000) == 0);
}

TEST_CASE("calibration is monotone and stays between 0 and 1") {
  auto model = attribution::SpeakerModel::parse(model_bytes());
  REQUIRE(model.ok());
  for (const auto* c : {&model.value().chosen, &model.value().kept}) {
    double last = 0;
    for (int i = 0; i <= 100; ++i) {
      const double v = c->apply(i / 100.0);
      CHECK(v >= last - 1e-12);
      CHECK(v >= 0);
      CHECK(v <= 1);
      last = v;
    }
  }
  attribution::Calibration none;
  CHECK(none.apply(0.37) == 0.37);
}

TEST_CASE("with the model every seed quote has a confidence; exact rules keep their speaker") {
  const Batch& b = testing::analysed_seeds();
  REQUIRE(speaker_model_loaded());
  std::size_t quotes = 0;
  for (const auto& d : b.documents) {
    for (const auto& q : d.quotes) {
      ++quotes;
      REQUIRE(q.confidence);
      CHECK(*q.confidence >= 0);
      CHECK(*q.confidence <= 1);
      if (!q.speaker) CHECK(*q.confidence == 0);
    }
  }
  CHECK(quotes > 20);
}

TEST_CASE("words in quotes that nobody near them speaks get a low confidence") {
  // "Artificial Intelligence" was credited with a blogger's scare quotes at
  // 1.0 (a lone candidate took all the probability); nobody is now a
  // candidate the model weighs, never chosen, and what it takes the
  // confidence lacks.
  testing::load_shipped_models();
  const Batch b = analyze(std::vector<InputFile>{
      {"blog.txt",
       "Grow your newsletter\n\nArtificial Intelligence is changing how writers work. That is 27% "
       "of my loyal readers slowly going dormant while I publish posts about \u201cengagement "
       "strategies\u201d and \u201caudience building.\u201d\n\n\u201cThere is Mustang DNA in this "
       "car,\u201d said John Paul, who tests cars for the show.\n",
       {}}});
  REQUIRE(b.documents.size() == 1);
  std::size_t checked = 0;
  for (const auto& q : b.documents[0].quotes) {
    REQUIRE(q.confidence);
    if (q.text.starts_with("There is Mustang DNA")) {
      CHECK(q.speaker == "John Paul");
      CHECK(*q.confidence >= 0.9);
      ++checked;
    } else if (q.text.starts_with("engagement") || q.text.starts_with("audience")) {
      CHECK(*q.confidence < 0.5);
      ++checked;
    }
  }
  CHECK(checked == 3);
}

TEST_CASE("nobody is never chosen: it lowers the probability of whom the model chooses") {
  attribution::SpeakerModel model;
  const std::uint32_t near = attribution::feature_key("near");
  const std::uint32_t far = attribution::feature_key("far");
  const std::uint32_t nobody = attribution::feature_key("nobody");
  model.weights = {{near, 1.0F}, {far, 0.0F}, {nobody, 2.0F}};
  std::sort(model.weights.begin(), model.weights.end());
  attribution::QuoteCandidates q;
  attribution::Speaker warren, lavrov;
  warren.name = "Warren";
  lavrov.name = "Lavrov";
  q.candidates = {{warren, {near}}, {lavrov, {far}}, {attribution::Speaker{}, {nobody}}};
  q.nobody = 2;
  const attribution::Choice c = attribution::choose(model, q);
  REQUIRE(c.candidate == 0);
  // e^1 / (e^1 + e^0 + e^2)
  const double e = std::exp(1.0);
  CHECK(c.probability == doctest::Approx(e / (e + 1 + e * e)));
  q.rule = 1;
  q.by = attribution::Rule::after_subject;
  const attribution::Choice kept = attribution::decide(model, q);
  CHECK(kept.candidate == 1);
  CHECK(kept.probability == doctest::Approx(1 / (e + 1 + e * e)));
}
