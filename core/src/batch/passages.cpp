// Shared passages: each paragraph of each text becomes a set of word
// 3-grams; MinHash signatures banded into LSH buckets propose candidate
// pairs in near-linear time; candidates are verified on the exact sets, and
// runs of consecutive matching paragraphs become one passage.
// Within one article, repeats the cleaner removed come from its blocks.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>

#include "batch/cross_index.hpp"
#include "batch/memory.hpp"
#include "batch/sorted.hpp"
#include "text/hash.hpp"
#include "text/room.hpp"
#include "text/words.hpp"

namespace presslens::batch {
namespace {

constexpr std::size_t kShingle = 3;
constexpr std::size_t kBands = 24;
constexpr std::size_t kRows = 2;
constexpr std::size_t kHashes = kBands * kRows;
constexpr std::size_t kStarLimit =
    6;  // buckets this small compare all pairs, larger ones star-wise

using Unit = PassageUnit;
static_assert(kBands == kPassageBands);

std::vector<std::uint64_t> shingles(const std::vector<text::Word>& words) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i + kShingle <= words.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < kShingle; ++k) h = text::seeded_fnv1a(words[i + k].lower, h);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::uint64_t> shingles_of(std::string_view text) {
  return shingles(text::plain_words(text));
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  const std::size_t shared = count_common_sorted(a, b);
  const double j = static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
  return std::round(j * 1000) / 1000;
}

// The key of each LSH band of the MinHash signature of `shingles`: two
// paragraphs are candidates when one band's keys are equal.
std::array<std::uint64_t, kBands> band_keys(const std::vector<std::uint64_t>& shingles) {
  static const auto seeds = [] {
    std::array<std::uint64_t, kHashes> s{};
    for (std::size_t i = 0; i < kHashes; ++i) s[i] = text::mix64(0x5eed0000u + i);
    return s;
  }();
  std::array<std::uint64_t, kHashes> mins;
  mins.fill(~0ull);
  for (const auto x : shingles) {
    for (std::size_t i = 0; i < kHashes; ++i)
      mins[i] = std::min(mins[i], text::mix64(x ^ seeds[i]));
  }
  std::array<std::uint64_t, kBands> out;
  for (std::size_t band = 0; band < kBands; ++band) {
    std::uint64_t key = band;
    for (std::size_t r = 0; r < kRows; ++r) key = text::mix64(key ^ mins[band * kRows + r]);
    out[band] = key;
  }
  return out;
}

// Document `d`'s paragraphs of at least `min_words` words, signed.
std::vector<Unit> document_units(const Document& document, std::size_t d, std::size_t min_words) {
  const auto paragraph = [](const Block& block) {
    return block.in_text && block.kind == BlockKind::paragraph;
  };
  std::vector<Unit> units;
  units.reserve(static_cast<std::size_t>(
      std::count_if(document.blocks.begin(), document.blocks.end(), paragraph)));
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    const auto& block = document.blocks[b];
    if (!paragraph(block)) continue;
    const auto span = *block.in_text;
    // The paragraph's word 3-grams and the hash of all its words, read a
    // word at a time (a paragraph may be a whole 2 MB text).
    std::size_t count = 0;
    std::array<std::string, kShingle> last;  // the last words, as a ring
    std::vector<std::uint64_t> grams;
    std::uint64_t all = text::kFnvOffset ^ text::mix64(0);  // as seeded_fnv1a(words + ' ' each)
    text::each_plain_word(std::string_view(document.text).substr(span.start, span.end - span.start),
                          [&](std::string_view lower) {
                            last[count % kShingle].assign(lower);
                            ++count;
                            all = text::fnv1a(" ", text::fnv1a(lower, all));
                            if (count < kShingle) return;
                            std::uint64_t h = 0;
                            for (std::size_t k = 0; k < kShingle; ++k)
                              h = text::seeded_fnv1a(last[(count + k) % kShingle], h);
                            grams.push_back(h);
                          });
    if (count < min_words) continue;
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    text::give_back_room(grams);  // kept for the whole batch
    Unit unit{d, b, span, std::move(grams), 0, {}};
    unit.words_hash = all;
    unit.bands = band_keys(unit.shingles);
    units.push_back(std::move(unit));
  }
  return units;
}

PassageKey passage_key(const Document& document, std::size_t min_words) {
  PassageKey key{document.text, {}, min_words};
  key.blocks.reserve(document.blocks.size());
  for (const auto& block : document.blocks) key.blocks.emplace_back(block.kind, block.in_text);
  return key;
}

bool same_input(const PassageKey& key, const Document& document, std::size_t min_words) {
  return key.min_words == min_words && key.text == document.text &&
         std::equal(key.blocks.begin(), key.blocks.end(), document.blocks.begin(),
                    document.blocks.end(), [](const auto& kept, const Block& block) {
                      return kept.first == block.kind && kept.second == block.in_text;
                    });
}

// Every document's paragraphs, in batch order: kept in `memory` or in `own`.
std::vector<const Unit*> units_of(const std::vector<Document>& documents, std::size_t min_words,
                                  CrossIndexMemory* memory, std::vector<std::vector<Unit>>& own) {
  std::vector<const Unit*> units;
  own.reserve(documents.size());
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const std::vector<Unit>* mine = kept_units(memory, documents[d], d, min_words);
    if (!mine && memory) {
      mine = &memory->parts().passages.keep(d, passage_key(documents[d], min_words),
                                            document_units(documents[d], d, min_words));
    } else if (!mine) {
      mine = &own.emplace_back(document_units(documents[d], d, min_words));
    }
    for (const auto& unit : *mine) units.push_back(&unit);
  }
  if (memory) memory->parts().passages.resize(documents.size());
  return units;
}

std::vector<std::uint64_t> candidate_pairs(const std::vector<const Unit*>& units) {
  std::vector<std::uint64_t> pairs;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> bucket;
  // Each band's pairs are merged into those of the bands before as it is
  // read: a pair the bands share is held once (paragraphs written many
  // times over share all 24).
  for (std::size_t band = 0; band < kBands; ++band) {
    const std::size_t merged = pairs.size();  // sorted, each once
    bucket.clear();
    for (std::uint32_t u = 0; u < units.size(); ++u) bucket.push_back({units[u]->bands[band], u});
    std::sort(bucket.begin(), bucket.end());
    for (std::size_t i = 0; i < bucket.size();) {
      std::size_t j = i + 1;
      while (j < bucket.size() && bucket[j].first == bucket[i].first) ++j;
      const bool all_pairs = j - i <= kStarLimit;
      for (std::size_t a = i; a < (all_pairs ? j : i + 1); ++a) {
        for (std::size_t b = a + 1; b < j; ++b) {
          pairs.push_back((std::uint64_t{bucket[a].second} << 32) | bucket[b].second);
        }
      }
      i = j;
    }
    std::sort(pairs.begin() + static_cast<std::ptrdiff_t>(merged), pairs.end());
    std::inplace_merge(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(merged),
                       pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }
  return pairs;
}

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  bool unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a == b) return false;
    parent_[std::max(a, b)] = std::min(a, b);
    return true;
  }

 private:
  std::vector<std::size_t> parent_;
};

// Each repeat the cleaner removed from an article whose original is in its
// text: repeat(document, copy, original).
template <class Repeat>
void each_repeat(const std::vector<Document>& documents, Repeat&& repeat) {
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& blocks = documents[d].blocks;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind != BlockKind::duplicate || !blocks[b].duplicate_of) continue;
      const std::size_t original = *blocks[b].duplicate_of;
      if (original >= blocks.size() || !blocks[original].in_text) continue;
      repeat(d, b, original);
    }
  }
}

std::size_t count_repeats(const std::vector<Document>& documents) {
  std::size_t count = 0;
  each_repeat(documents, [&](std::size_t, std::size_t, std::size_t) { ++count; });
  return count;
}

void add_repeats(const std::vector<Document>& documents, std::vector<Passage>& out) {
  each_repeat(documents, [&](std::size_t d, std::size_t b, std::size_t original) {
    const auto& blocks = documents[d].blocks;
    const std::string_view a = block_text(documents[d], blocks[original]);
    const std::string_view copy = block_text(documents[d], blocks[b]);
    const double similarity = a == copy ? 1.0 : jaccard(shingles_of(a), shingles_of(copy));
    out.push_back({{d, blocks[original].in_text, original, {original}},
                   {d, blocks[b].in_text, b, {b}},
                   similarity,
                   PassageKind::repeat});
  });
}

// A verified match of two paragraphs.
struct Match {
  std::size_t a = 0, b = 0;  // units, a < b
  std::size_t shared = 0;    // shingles in common
  std::size_t all = 0;       // shingles in either
  bool verbatim = false;
};

// Matches of consecutive paragraphs in both articles, in the same order
// (a lead of three paragraphs reused), become one passage.
// Where a paragraph is: what a passage says of it.
struct Place {
  std::size_t document = 0;
  std::size_t block = 0;
  Span span;
};

std::vector<Passage> passages_of(const std::vector<Place>& units, const std::vector<Match>& matches,
                                 std::size_t room_after) {
  // Each run as its first match and a link from each match to the next of
  // its run: 8 bytes a match. Only a match across two articles can continue
  // a run, so only those are looked up (a list and an index entry each
  // cost some 140 bytes, an article of one paragraph written 10,000 times
  // a passage each).
  constexpr std::uint32_t kEnd = std::numeric_limits<std::uint32_t>::max();
  if (matches.size() >= kEnd) throw std::length_error("2^32 matching paragraphs or more");
  std::map<std::pair<std::size_t, std::size_t>, std::uint32_t> last_of;  // (a, b) -> its match
  std::vector<std::uint32_t> firsts;
  std::vector<std::uint32_t> next(matches.size(), kEnd);
  for (std::uint32_t k = 0; k < matches.size(); ++k) {  // in increasing (a, b)
    const Match& m = matches[k];
    const bool across = units[m.a].document != units[m.b].document;
    const bool follows = across && m.a > 0 && units[m.a - 1].document == units[m.a].document &&
                         units[m.b - 1].document == units[m.b].document;
    const auto previous = follows ? last_of.find({m.a - 1, m.b - 1}) : last_of.end();
    if (previous != last_of.end()) {
      next[previous->second] = k;
      last_of.erase(previous);
    } else {
      firsts.push_back(k);
    }
    if (across) last_of[{m.a, m.b}] = k;
  }
  std::map<std::pair<std::size_t, std::size_t>, std::uint32_t>().swap(last_of);
  std::vector<Passage> out;
  out.reserve(firsts.size() + room_after);
  for (const std::uint32_t first : firsts) {
    std::uint32_t last = first;
    while (next[last] != kEnd) last = next[last];
    const Place& a0 = units[matches[first].a];
    const Place& b0 = units[matches[first].b];
    Passage p{{a0.document, Span{a0.span.start, units[matches[last].a].span.end}, a0.block},
              {b0.document, Span{b0.span.start, units[matches[last].b].span.end}, b0.block},
              1.0,
              PassageKind::verbatim};
    std::size_t shared = 0, all = 0;
    bool verbatim = true;
    for (std::uint32_t k = first; k != kEnd; k = next[k]) {
      const Match& m = matches[k];
      p.a.blocks.push_back(units[m.a].block);
      p.b.blocks.push_back(units[m.b].block);
      shared += m.shared;
      all += m.all;
      verbatim = verbatim && m.verbatim;
    }
    if (!verbatim) {
      p.similarity =
          std::round(static_cast<double>(shared) / static_cast<double>(all) * 1000) / 1000;
      p.kind = PassageKind::near;
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

const std::vector<PassageUnit>* kept_units(const CrossIndexMemory* memory, const Document& document,
                                           std::size_t d, std::size_t min_words) {
  if (!memory) return nullptr;
  return memory->parts().passages.find(
      d, [&](const PassageKey& key) { return same_input(key, document, min_words); });
}

std::vector<Passage> find_passages(const std::vector<Document>& documents, PassageOptions options,
                                   CrossIndexMemory* memory) {
  std::vector<std::vector<Unit>> own;
  auto units = units_of(documents, options.min_words, memory, own);
  UnionFind groups(units.size());
  std::vector<Match> matches;
  for (const auto pair : candidate_pairs(units)) {
    const auto& a = *units[pair >> 32];
    const auto& b = *units[pair & 0xffffffffu];
    if (a.shingles.empty() || b.shingles.empty()) continue;
    const std::size_t shared = count_common_sorted(a.shingles, b.shingles);
    const std::size_t all = a.shingles.size() + b.shingles.size() - shared;
    const double jaccard = static_cast<double>(shared) / static_cast<double>(all);
    const double containment = static_cast<double>(shared) /
                               static_cast<double>(std::min(a.shingles.size(), b.shingles.size()));
    if (jaccard < options.min_similarity && containment < options.min_containment) continue;
    if (!groups.unite(pair >> 32, pair & 0xffffffffu)) continue;
    matches.push_back({static_cast<std::size_t>(pair >> 32),
                       static_cast<std::size_t>(pair & 0xffffffffu), shared, all,
                       a.words_hash == b.words_hash});
  }
  // The paragraphs' 3-grams and bands (some 400 bytes each) are let go
  // before the passages are made: only their places are needed.
  std::vector<Place> places;
  places.reserve(units.size());
  for (const Unit* u : units) places.push_back({u->document, u->block, u->span});
  std::vector<const Unit*>().swap(units);
  std::vector<std::vector<Unit>>().swap(own);
  std::vector<Passage> out = passages_of(places, matches, count_repeats(documents));
  add_repeats(documents, out);
  stable_sort_in_place(out, [](const Passage& x, const Passage& y) {
    if (x.a.document != y.a.document) return x.a.document < y.a.document;
    const std::size_t xs = x.a.span ? x.a.span->start : 0, ys = y.a.span ? y.a.span->start : 0;
    if (xs != ys) return xs < ys;
    return x.b.document < y.b.document;
  });
  return out;
}

}  // namespace presslens::batch
