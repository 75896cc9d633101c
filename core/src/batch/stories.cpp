// Syndicated copies: articles that are mostly the same passages (a wire
// story run by several outlets, a page saved twice) are one story. Two
// articles are copies when the passages they share cover most of the
// comparable text of both; copies of copies join the same story.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "batch/cross_index.hpp"
#include "batch/memory.hpp"
#include "text/words.hpp"

namespace presslens::batch {
namespace {

// Paragraphs shorter than this are never compared (PassageOptions::min_words),
// so they count neither as shared nor as text to share.
constexpr std::size_t kMinWords = PassageOptions{}.min_words;
// Copies: the shorter article's comparable text is at least 80 % shared
// passages (a wire story with a sentence cut or an editor's line added),
// and the longer one's at least half (an outlet that added its own
// paragraphs around the wire copy). A quote or a lead reused in a different
// story covers far less than either.
constexpr double kMinShorterCoverage = 0.8;
constexpr double kMinLongerCoverage = 0.5;

// A document's paragraphs long enough to be compared.
std::vector<Span> paragraphs_of(const Document& document) {
  std::vector<Span> out;
  for (const auto& block : document.blocks) {
    if (!block.in_text || block.kind != BlockKind::paragraph) continue;
    const auto span = *block.in_text;
    const auto text = std::string_view(document.text).substr(span.start, span.end - span.start);
    if (text::plain_word_count(text) >= kMinWords) out.push_back(span);
  }
  return out;
}

// Each document's paragraphs long enough to be compared, in text order
// (those find_passages read, when it kept them in `memory`).
std::vector<std::vector<Span>> comparable_paragraphs(const std::vector<Document>& documents,
                                                     const CrossIndexMemory* memory) {
  std::vector<std::vector<Span>> out(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (const auto* units = kept_units(memory, documents[d], d, kMinWords)) {
      for (const auto& unit : *units) out[d].push_back(unit.span);
    } else {
      out[d] = paragraphs_of(documents[d]);
    }
    std::sort(out[d].begin(), out[d].end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
  }
  return out;
}

std::size_t total_length(const std::vector<Span>& spans) {
  std::size_t total = 0;
  for (const auto& s : spans) total += s.end - s.start;
  return total;
}

// How much of `paragraphs` (sorted, disjoint) the `spans` cover. A passage
// of several paragraphs spans the blank lines between them: only the
// paragraphs' own bytes count.
std::size_t covered_length(const std::vector<Span>& paragraphs, std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  std::vector<Span> merged;
  for (const auto& s : spans) {
    if (!merged.empty() && s.start <= merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  std::size_t total = 0;
  std::size_t m = 0;
  for (const auto& p : paragraphs) {
    while (m < merged.size() && merged[m].end <= p.start) ++m;
    for (std::size_t k = m; k < merged.size() && merged[k].start < p.end; ++k) {
      total += std::min(p.end, merged[k].end) - std::max(p.start, merged[k].start);
    }
  }
  return total;
}

struct Shared {
  std::vector<Span> first;  // spans in the lower-numbered document
  std::vector<Span> second;
};

std::size_t root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<Story> find_stories(const std::vector<Document>& documents,
                                const std::vector<Passage>& passages,
                                const CrossIndexMemory* memory) {
  std::map<std::pair<std::size_t, std::size_t>, Shared> pairs;
  for (const auto& p : passages) {
    if (p.a.document == p.b.document || !p.a.span || !p.b.span) continue;
    const bool a_first = p.a.document < p.b.document;
    auto& shared =
        pairs[{std::min(p.a.document, p.b.document), std::max(p.a.document, p.b.document)}];
    shared.first.push_back(a_first ? *p.a.span : *p.b.span);
    shared.second.push_back(a_first ? *p.b.span : *p.a.span);
  }
  const auto paragraphs = comparable_paragraphs(documents, memory);
  std::vector<std::size_t> comparable;
  for (const auto& list : paragraphs) comparable.push_back(total_length(list));
  auto share = [&](std::size_t d, const std::vector<Span>& spans) {
    return comparable[d] ? static_cast<double>(covered_length(paragraphs[d], spans)) /
                               static_cast<double>(comparable[d])
                         : 0.0;
  };
  std::vector<std::size_t> parent(documents.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& [key, shared] : pairs) {
    const double x = share(key.first, shared.first);
    const double y = share(key.second, shared.second);
    if (std::min(x, y) >= kMinLongerCoverage && std::max(x, y) >= kMinShorterCoverage &&
        (comparable[key.first] <= comparable[key.second] ? x : y) >= kMinShorterCoverage) {
      parent[root(parent, key.second)] = root(parent, key.first);
    }
  }
  std::map<std::size_t, Story> by_root;  // keyed by the first member: batch order
  for (std::size_t d = 0; d < documents.size(); ++d) {
    by_root[root(parent, d)].documents.push_back(d);
  }
  std::vector<Story> stories;
  for (auto& [first, story] : by_root) {
    if (story.documents.size() < 2) continue;
    // Each member's share of its comparable text found in the others.
    std::map<std::size_t, std::vector<Span>> covered;
    for (const auto& [key, shared] : pairs) {
      if (root(parent, key.first) != first || root(parent, key.second) != first) continue;
      auto& a = covered[key.first];
      a.insert(a.end(), shared.first.begin(), shared.first.end());
      auto& b = covered[key.second];
      b.insert(b.end(), shared.second.begin(), shared.second.end());
    }
    for (const auto d : story.documents) {
      story.shared.push_back(std::round(share(d, covered[d]) * 1000) / 1000);
    }
    stories.push_back(std::move(story));
  }
  return stories;
}

}  // namespace presslens::batch
