// Bounded work on hostile input (issue 13, docs/robustness.md): where a stage
// needs a bound it caps one document, says so in that document's warnings,
// and leaves the rest of the batch alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "batch/cross_index.hpp"
#include "fixtures.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;

namespace {

// A document of one paragraph whose mentions are the given names, found in order.
Document named(const std::string& name, const std::string& text,
               const std::vector<std::string>& names) {
  Document d;
  d.name = name;
  d.text = text;
  d.blocks.push_back({text, BlockKind::paragraph, true, "", std::nullopt, 0, text.size(),
                      Span{0, text.size()}});
  std::size_t from = 0;
  for (const auto& n : names) {
    const auto at = text.find(n, from);
    REQUIRE(at != std::string::npos);
    d.entities.push_back({n, "PER", {at, at + n.size()}, ""});
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
