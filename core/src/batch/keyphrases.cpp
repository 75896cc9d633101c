// Keyphrases: candidates are runs of up to four content words between stop
// words and punctuation (noun-phrase-like, as in RAKE); an article's phrases
// are ranked by TF-IDF over the batch, the batch's by how many articles use
// them and how often.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "batch/cross_index.hpp"
#include "text/hash.hpp"
#include "text/lexicon.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace presslens::batch {
namespace {

constexpr std::size_t kMaxWords = 3;
constexpr std::size_t kPerDocument = 10;
constexpr std::size_t kForBatch = 20;

struct Candidate {
  std::uint64_t key = 0;  // hash of the lower-case words
  std::string lower;
  std::size_t count = 0;
  std::size_t words = 1;
  std::string surface;  // the first occurrence not at a sentence start, as written
  bool as_written = false;
};

// Lookups only (never iterated: candidates keep their order of first appearance).
using Slots = std::unordered_map<std::uint64_t, std::size_t, text::PrehashedKey>;

// Verbs and adverbs end a noun phrase: a cheap reading of "-ed", "-ing" and "-ly".
bool verb_like(const text::Word& w) {
  if (w.capitalised || w.lower.size() < 5) return false;
  return w.lower.ends_with("ed") || w.lower.ends_with("ing") || w.lower.ends_with("ly");
}

bool usable(const text::Word& w) {
  if (w.lower.size() < 2 || text::is_stop_word(w.lower) || verb_like(w)) return false;
  return std::any_of(w.lower.begin(), w.lower.end(), [](char c) { return c < '0' || c > '9'; });
}

std::vector<Candidate> candidates(const Document& document) {
  std::vector<Candidate> out;
  Slots slot;
  const std::string& text = document.text;
  const auto words = text::plain_words(text);
  // A sentence's first word is capitalised whatever it is.
  const auto openers = text::sentence_openers(words, document.sentences);
  for (std::size_t i = 0; i < words.size();) {
    if (!usable(words[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < words.size() && words[j].joined && usable(words[j])) ++j;
    const bool name = std::all_of(words.begin() + static_cast<std::ptrdiff_t>(i),
                                  words.begin() + static_cast<std::ptrdiff_t>(j),
                                  [](const text::Word& w) { return w.capitalised; });
    if (j - i <= kMaxWords || (name && j - i <= kMaxWords + 1)) {
      std::string lower;
      for (std::size_t k = i; k < j; ++k) (lower += k > i ? " " : "") += words[k].lower;
      const std::uint64_t key = text::seeded_fnv1a(lower);
      auto [it, added] = slot.try_emplace(key, out.size());
      if (added) out.push_back({key, std::move(lower), 0, j - i, {}, false});
      auto& c = out[it->second];
      ++c.count;
      const bool initial = openers[i];
      if (c.count == 1 || (!c.as_written && !initial)) {
        c.surface =
            initial ? c.lower : text.substr(words[i].start, words[j - 1].end - words[i].start);
        c.as_written = !initial;
      }
    }
    i = j;
  }
  return out;
}

double length_weight(std::size_t words) {
  return 1.0 + 0.5 * static_cast<double>(words - 1);
}

// Scores are rounded before ranking: std::log may differ in the last bit
// between C libraries (glibc natively, musl in wasm), the rounded value not.
void keep_best(std::vector<Keyphrase>& phrases, std::size_t n) {
  for (auto& p : phrases) p.score = std::round(p.score * 1000) / 1000;
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const Keyphrase& a, const Keyphrase& b) { return a.score > b.score; });
  if (phrases.size() > n) phrases.resize(n);
}

}  // namespace

void find_keyphrases(Batch& batch) {
  std::vector<std::vector<Candidate>> per_document;
  std::vector<Candidate> totals;  // count: occurrences; `as_written` as above
  std::vector<std::size_t> documents_using;
  Slots slot;
  for (const auto& document : batch.documents) {
    per_document.push_back(candidates(document));
    for (const auto& c : per_document.back()) {
      auto [it, added] = slot.try_emplace(c.key, totals.size());
      if (added) {
        totals.push_back(c);
        totals.back().count = 0;
        documents_using.push_back(0);
      }
      auto& total = totals[it->second];
      if (!total.as_written && c.as_written) total.surface = c.surface, total.as_written = true;
      total.count += c.count;
      ++documents_using[it->second];
    }
  }
  const double n = static_cast<double>(batch.documents.size());
  batch.document_keyphrases.clear();
  for (const auto& phrases : per_document) {
    std::vector<Keyphrase> ranked;
    for (const auto& c : phrases) {
      const double df = static_cast<double>(documents_using[slot.at(c.key)]);
      const double idf = std::log((n + 1) / (df + 0.5)) + 1;
      ranked.push_back(
          {c.surface, static_cast<double>(c.count) * idf * length_weight(c.words), c.count, 1});
    }
    keep_best(ranked, kPerDocument);
    batch.document_keyphrases.push_back(std::move(ranked));
  }
  batch.keyphrases.clear();
  for (std::size_t k = 0; k < totals.size(); ++k) {
    const auto& total = totals[k];
    if (total.count < 2) continue;
    const double score = length_weight(total.words) * static_cast<double>(documents_using[k]) *
                         std::log(1.0 + static_cast<double>(total.count));
    batch.keyphrases.push_back({total.surface, score, total.count, documents_using[k]});
  }
  keep_best(batch.keyphrases, kForBatch);
}

}  // namespace presslens::batch
