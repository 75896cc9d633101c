// Corrections on the robust pipeline (issue 13's limits and guards): a kept
// batch corrected again says each limit it reached once, as analyze() does,
// and a document that fails while a correction is applied fails alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "allocation_limit.hpp"
#include "fixtures.hpp"
#include "presslens/analyze.hpp"
#include "presslens/correctable.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

using namespace presslens;

namespace {

// One paragraph naming "QAax, QBax, ..." (people), as stage 2 would leave it.
Document list_document(const std::string& name, std::size_t count) {
  std::string text;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < count; ++i) {
    names.push_back("Q" + std::string(1, static_cast<char>('A' + i % 26)) +
                    std::string(1, static_cast<char>('a' + i / 26)) + "x");
    text += (i ? ", " : "") + names.back();
  }
  text += ".";
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
    d.entities.push_back({n, EntityType::person, text::make_span(at, at + n.size()), ""});
    from = at + n.size();
  }
  return d;
}

std::size_t count_starting(const Document& d, const std::string& start) {
  return static_cast<std::size_t>(
      std::count_if(d.warnings.begin(), d.warnings.end(),
                    [&](const std::string& w) { return w.starts_with(start); }));
}

std::vector<Correction> list(const std::string& json) {
  auto parsed = parse_corrections("{\"corrections\": " + json + "}");
  REQUIRE(parsed.ok());
  return parsed.value();
}

}  // namespace

TEST_CASE("a kept batch whose graph is built again says the graph's limit once") {
  Batch batch;
  batch.documents.push_back(list_document("list.txt", 40));
  batch.documents.push_back(list_document("short.txt", 3));
  CorrectableBatch kept(batch);
  const std::string limit = "co-occurrence limited to the first 30 names";
  REQUIRE(count_starting(kept.batch().documents[0], limit) == 1);

  // A merge changes the mentions' clusters: the graph is built again.
  const auto merge = list(R"([{"op": "merge", "names": ["QAax", "QBax"]}])");
  const BatchChanges changes = kept.correct(merge);
  CHECK(changes.graph);
  CHECK(count_starting(kept.batch().documents[0], limit) == 1);
  Batch expected = batch;
  expected.corrections = merge;
  finish_batch(expected);
  CHECK(to_json(kept.batch()) == to_json(expected));
  // And undone, again once.
  kept.correct({});
  CHECK(count_starting(kept.batch().documents[0], limit) == 1);
}

TEST_CASE("a block correction drops the tagger's warnings about the text it changed") {
  (void)testing::analysed_seeds();  // the model is loaded
  std::string run = "The meeting was attended by";
  for (int i = 0; i < 60; ++i) run += " Kamarlo Venbel Tordrozan";
  const std::vector<InputFile> files{
      {"run.txt", "Sergei Lavrov met John Kerry in Geneva.\n\n" + run + ".\n", {}},
      testing::seed_files()[0]};
  Batch prepared = prepare_batch(files);
  for (auto& d : prepared.documents) annotate_document(d);
  REQUIRE(count_starting(prepared.documents[0], "1 run of capitalised words") == 1);
  CorrectableBatch kept(std::move(prepared));

  const auto removed = list(R"([{"op": "remove_block", "document": "run.txt", "block": 1}])");
  kept.correct(removed);
  CHECK(count_starting(kept.batch().documents[0], "1 run of capitalised words") == 0);
  AnalyzeOptions options;
  options.corrections = removed;
  CHECK(to_json(kept.batch()) == to_json(analyze(files, options)));

  kept.correct({});  // the block is back, and so is the warning, once
  CHECK(count_starting(kept.batch().documents[0], "1 run of capitalised words") == 1);
  options.corrections = std::vector<Correction>{};
  CHECK(to_json(kept.batch()) == to_json(analyze(files, options)));
}

TEST_CASE("a document that exhausts memory while a correction annotates it again fails alone") {
  (void)testing::analysed_seeds();
  std::vector<InputFile> files = testing::seed_files();
  std::string sentence = "Lavrov met Kerry in Geneva on Monday. ";
  std::string long_text = "Short first paragraph by Lavrov.\n\n";
  while (long_text.size() < (3 << 20)) long_text += sentence;
  files.push_back({"long.txt", long_text + "\n", {}});
  // Prepared with its long paragraph removed; annotated at ease.
  AnalyzeOptions options;
  options.corrections = list(R"([{"op": "remove_block", "document": "long.txt", "block": 1}])");
  Batch prepared = prepare_batch(files, options);
  for (auto& d : prepared.documents) annotate_document(d);
  REQUIRE_FALSE(prepared.documents.back().error);
  CorrectableBatch kept(std::move(prepared));

  BatchChanges changes;
  {
    // Restoring it asks stage 2 to read its first 2 MB again, in less memory
    // than that takes. (At 4 MB the wasm build's stage 2 now fits, its
    // figures and dates read a part at a time; see docs/robustness.md.)
    const testing::AllocationLimit limit(2 << 20);
    changes = kept.correct({});
  }
  const Document& failed = kept.batch().documents.back();
  REQUIRE(failed.error);
  CHECK(failed.error->code == ErrorCode::too_large);
  CHECK(failed.entities.empty());
  // It is sent whole; every other document is as analyze() makes it.
  CHECK(std::find(changes.whole.begin(), changes.whole.end(), kept.batch().documents.size() - 1) !=
        changes.whole.end());
  for (std::size_t i = 0; i + 1 < kept.batch().documents.size(); ++i) {
    CHECK_FALSE(kept.batch().documents[i].error);
    CHECK(kept.batch().documents[i].entities.size() ==
          testing::analysed_seeds().documents[i].entities.size());
  }
  const std::string json = changes_to_json(kept.batch(), changes);
  CHECK(json.find("\"error_code\":\"too_large\"") != std::string::npos);
  // A later correction leaves it failed, and works on the rest.
  kept.correct(list(R"([{"op": "merge", "names": ["Russia", "Moscow"]}])"));
  CHECK(kept.batch().documents.back().error);
}

TEST_CASE("UTF-16 offsets go back to bytes across a long text, and not into a surrogate pair") {
  std::string text;
  std::vector<std::size_t> bytes, units;
  std::size_t u = 0;
  for (int i = 0; i < 400; ++i) {
    const std::pair<std::string, std::size_t> pieces[]{
        {"ab", 2}, {"\u00e9", 1}, {"\u20ac", 1}, {"\U0001F600", 2}, {" ", 1}};
    for (const auto& [piece, width] : pieces) {
      bytes.push_back(text.size());
      units.push_back(u);
      text += piece;
      u += width;
    }
  }
  const text::Utf16OffsetMap map(text);
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    CAPTURE(k);
    REQUIRE(map.to_utf16(bytes[k]) == units[k]);
    CHECK(map.to_byte(units[k]) == bytes[k]);
  }
  CHECK(map.to_byte(u) == text.size());
  CHECK_FALSE(map.to_byte(u + 1));
  // Between the two halves of U+1F600.
  CHECK_FALSE(map.to_byte(units[3] + 1));
  CHECK_FALSE(map.to_byte(units[bytes.size() - 2] + 1));
}
