#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "presslens/presslens.hpp"
#include "text/utf8.hpp"

using namespace presslens;
using nlohmann::json;

TEST_CASE("UTF-16 offsets count surrogate pairs as two units") {
  const std::string text = "a\u00e9b\U0001F600c";  // 1 + 2 + 1 + 4 + 1 bytes
  const text::Utf16OffsetMap map(text);
  CHECK(map.to_utf16(0) == 0);
  CHECK(map.to_utf16(1) == 1);  // before é
  CHECK(map.to_utf16(3) == 2);  // after é
  CHECK(map.to_utf16(4) == 3);  // before the emoji
  CHECK(map.to_utf16(8) == 5);  // after it: two UTF-16 units
  CHECK(map.to_utf16(9) == 6);
}

TEST_CASE("UTF-16 offsets hold across a long text of every script") {
  std::string text;
  for (int i = 0; i < 300; ++i)
    text += "Lavrov \u041b\u0430\u0432\u0440\u043e\u0432 \u5317\u4eac \U0001F600 ";
  const text::Utf16OffsetMap map(text);
  std::size_t units = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    if (i == text.size() || (c & 0xC0) != 0x80) {
      CAPTURE(i);
      REQUIRE(map.to_utf16(i) == units);
    }
    if (i < text.size() && (c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
}

TEST_CASE("analyze JSON has the contract's shape") {
  const Batch batch = analyze(testing::seed_files());
  const json out = json::parse(to_json(batch));
  CHECK(out["presslens"] == std::string(version()));
  REQUIRE(out["documents"].size() == 5);
  const auto& d = out["documents"][0];
  CHECK(d["name"] == "000_f85d2e230b170ceb.txt");
  CHECK(d["encoding"] == "UTF-8");
  for (const char* key : {"title", "dateline", "credit", "date", "text", "blocks", "entities",
                          "quotes", "numbers", "dates", "warnings", "error"}) {
    CAPTURE(key);
    CHECK(d.contains(key));
  }
  CHECK(d["error"].is_null());
  CHECK(out["clusters"].is_array());
  const auto& block = d["blocks"][0];
  for (const char* key : {"text", "kept", "kind", "reason"}) {
    CAPTURE(key);
    CHECK(block.contains(key));
  }
}

TEST_CASE("block offsets in the JSON are UTF-16 positions in text") {
  // Seed 000 has em dashes (one UTF-16 unit, three UTF-8 bytes).
  const Batch batch = analyze(testing::seed_files());
  const json out = json::parse(to_json(batch));
  for (const auto& d : out["documents"]) {
    const std::string utf8 = d["text"];
    std::u16string utf16;
    for (std::size_t i = 0; i < utf8.size();) {  // decode via the offset map's own rules
      const auto c = static_cast<unsigned char>(utf8[i]);
      const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      utf16.push_back(u'x');
      if (len == 4) utf16.push_back(u'x');
      i += static_cast<std::size_t>(len);
    }
    for (const auto& block : d["blocks"]) {
      if (block["start"].is_null()) continue;
      const std::size_t start = block["start"], end = block["end"];
      CHECK(end <= utf16.size());
      CHECK(end - start == [&] {  // the block's length in UTF-16 units
        std::size_t units = 0;
        const std::string b = block["text"];
        for (std::size_t i = 0; i < b.size();) {
          const auto c = static_cast<unsigned char>(b[i]);
          const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          units += len == 4 ? 2 : 1;
          i += static_cast<std::size_t>(len);
        }
        return units;
      }());
    }
  }
}

TEST_CASE("clean --json keys are file names without their extension") {
  const Batch batch = analyze(testing::seed_files());
  const json out = json::parse(to_clean_json(batch));
  REQUIRE(out.size() == 5);
  CHECK(out.contains("000_f85d2e230b170ceb"));
  CHECK(out["000_f85d2e230b170ceb"]["articleBody"] == batch.documents[0].text);
  CHECK(name_without_extension("feed.jsonl#3") == "feed#3");
  CHECK(name_without_extension("dir.v2/README") == "dir.v2/README");
}

TEST_CASE("typed results are written under the contract's names") {
  CHECK(to_string(EntityType::person) == "PER");
  CHECK(to_string(EntityType::misc) == "MISC");
  CHECK(parse_entity_type("ORG") == EntityType::organisation);
  CHECK_FALSE(parse_entity_type("org"));
  CHECK(to_string(QuoteKind::indirect) == "indirect");
  CHECK(to_string(NumberKind::money) == "money");
  CHECK(to_string(Qualifier::more_than) == "more than");
  CHECK(to_string(Qualifier::none).empty());
  CHECK(to_string(DateModifier::mid) == "mid");
  CHECK(to_string(PassageKind::near) == "near");
  CHECK(to_string(BlockKind::boilerplate) == "boilerplate");
}

TEST_CASE("presslens.hpp is the whole public API: search and graph with analyze") {
  const Batch batch = analyze(testing::seed_files());
  const SearchIndex index(batch);
  CHECK(index.search("Moscow").ok());
  CHECK(export_graph(batch, GraphFormat::gexf).starts_with("<?xml"));
  const auto out = json::parse(to_json(batch));
  for (const auto& d : out["documents"]) {
    for (const auto& e : d["entities"]) CHECK(parse_entity_type(e["type"].get<std::string>()));
  }
}

TEST_CASE("the streamed analyze JSON is the bytes nlohmann writes of it, compact and indented") {
  // Items are written to the stream piece by piece (entities, numbers,
  // dates, the graph's nodes and edges); the whole must read as one
  // document that nlohmann's own dump writes again byte for byte.
  const Batch& batch = testing::analysed_seeds();
  const std::string compact = to_json(batch);
  const std::string pretty = to_json(batch, {.pretty = true});
  const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(compact);
  REQUIRE_FALSE(parsed["graph"]["edges"].empty());
  REQUIRE_FALSE(parsed["documents"][0]["entities"].empty());
  REQUIRE_FALSE(parsed["documents"][0]["numbers"].empty());
  CHECK(compact == parsed.dump() + "\n");
  CHECK(pretty == parsed.dump(2) + "\n");
}
