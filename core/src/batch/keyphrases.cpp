// Keyphrases: candidates are runs of up to four content words between stop
// words and punctuation (noun-phrase-like, as in RAKE); an article's phrases
// are ranked by TF-IDF over the batch, the batch's by how many articles use
// them and how often.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <numeric>
#include <span>
#include <unordered_map>

#include "batch/cross_index.hpp"
#include "batch/memory.hpp"
#include "text/hash.hpp"
#include "text/lexicon.hpp"
#include "text/room.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace presslens::batch {
namespace {

constexpr std::size_t kMaxWords = 3;
constexpr std::size_t kPerDocument = 10;
constexpr std::size_t kForBatch = 20;

using Candidate = PhraseCandidate;

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

// A run of usable words joined by spaces or hyphens, read word by word:
// only the first words are kept, as a longer run is no candidate.
struct Run {
  std::vector<text::Word> words;  // the first kMaxWords + 1
  std::size_t length = 0;
  bool name = true;      // every word capitalised
  bool initial = false;  // the first word opens a sentence
};

// The words' lower-case forms, one space apart: a phrase's key and, when it
// is only seen opening a sentence, how it is shown.
std::string lower_words(std::span<const text::Word> words) {
  std::string out;
  for (const auto& w : words) (out += out.empty() ? "" : " ") += w.lower;
  return out;
}

// How a candidate of `text` is shown.
std::string shown(std::string_view text, const Candidate& c) {
  if (c.as_written) return std::string(text.substr(c.start, c.length));
  return lower_words(text::plain_words(text, c.start, c.start + c.length));
}

void add_candidate(const Run& run, Slots& slot, std::vector<Candidate>& out) {
  const std::size_t n = run.length;
  if (n == 0 || !(n <= kMaxWords || (run.name && n <= kMaxWords + 1))) return;
  const std::size_t start = run.words.front().start;
  const std::size_t length = run.words[n - 1].end - start;
  if (length > UINT32_MAX) return;  // no phrase
  const std::uint64_t key =
      text::seeded_fnv1a(lower_words(std::span<const text::Word>(run.words).first(n)));
  auto [it, added] = slot.try_emplace(key, out.size());
  if (added) out.push_back({key, start, 0, 0, static_cast<std::uint8_t>(n), false});
  auto& c = out[it->second];
  ++c.count;
  if (c.count == 1 || (!c.as_written && !run.initial)) {
    c.start = start;
    c.length = static_cast<std::uint32_t>(length);
    c.as_written = !run.initial;
  }
}

std::vector<Candidate> candidates(const Document& document) {
  std::vector<Candidate> out;
  Slots slot;
  const std::string& text = document.text;
  // A sentence's first word is capitalised whatever it is.
  text::SentenceOpeners openers(document.sentences);
  Run run;
  text::each_plain_word(text, [&](const text::Word& w) {
    const bool initial = openers.opens(w.start);
    const bool use = usable(w);
    if (run.length > 0 && w.joined && use) {
      if (run.words.size() <= kMaxWords) run.words.push_back(w);
      ++run.length;
      run.name = run.name && w.capitalised;
      return;
    }
    add_candidate(run, slot, out);
    run.words.clear();
    run.length = 0;
    if (!use) return;
    run.words.push_back(w);
    run.length = 1;
    run.name = w.capitalised;
    run.initial = initial;
  });
  add_candidate(run, slot, out);
  text::give_back_room(out);  // every article's are held at once
  return out;
}

double length_weight(std::size_t words) {
  return 1.0 + 0.5 * static_cast<double>(words - 1);
}

// Scores are rounded before ranking: std::log may differ in the last bit
// between C libraries (glibc natively, musl in wasm), the rounded value not.
// Rounds `scores` and gives the indices of the `n` best, best first, ties in
// their order.
std::vector<std::size_t> best(std::vector<double>& scores, std::size_t n) {
  for (auto& score : scores) score = std::round(score * 1000) / 1000;
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto before = [&](std::size_t a, std::size_t b) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
  };
  if (order.size() > n) {
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      before);
    order.resize(n);
  } else {
    std::sort(order.begin(), order.end(), before);
  }
  return order;
}

}  // namespace

void find_keyphrases(Batch& batch, CrossIndexMemory* memory) {
  std::vector<std::vector<Candidate>> made;
  std::vector<const std::vector<Candidate>*> per_document;
  made.reserve(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const auto& document = batch.documents[d];
    if (!memory) {
      per_document.push_back(&made.emplace_back(candidates(document)));
      continue;
    }
    auto& kept = memory->parts().phrases;
    const auto* mine = kept.find(d, [&](const PhraseKey& key) {
      return key.text == document.text && key.sentences == document.sentences;
    });
    if (!mine) mine = &kept.keep(d, {document.text, document.sentences}, candidates(document));
    per_document.push_back(mine);
  }
  if (memory) memory->parts().phrases.resize(batch.documents.size());
  // Each phrase of the batch once, in order of first appearance.
  struct Total {
    const Candidate* first = nullptr;
    const Candidate* surface = nullptr;  // the first as written, if any, else `first`
    std::uint32_t surface_document = 0;
    std::uint32_t documents = 0;
    std::size_t count = 0;  // occurrences
  };
  std::deque<Total> totals;  // grown without a copy: a batch makes hundreds of thousands
  std::vector<std::vector<std::uint32_t>> total_of(per_document.size());  // per candidate
  Slots slot;
  for (std::size_t d = 0; d < per_document.size(); ++d) {
    total_of[d].reserve(per_document[d]->size());
    for (const auto& c : *per_document[d]) {
      auto [it, added] = slot.try_emplace(c.key, totals.size());
      if (added) totals.push_back({&c, &c, static_cast<std::uint32_t>(d), 0, 0});
      auto& total = totals[it->second];
      if (!total.surface->as_written && c.as_written) {
        total.surface = &c;
        total.surface_document = d;
      }
      total.count += c.count;
      ++total.documents;
      total_of[d].push_back(static_cast<std::uint32_t>(it->second));
    }
  }
  const double n = static_cast<double>(batch.documents.size());
  batch.document_keyphrases.clear();
  std::vector<double> scores;
  for (std::size_t d = 0; d < per_document.size(); ++d) {
    const auto& phrases = *per_document[d];
    scores.clear();
    for (std::size_t k = 0; k < phrases.size(); ++k) {
      const double df = static_cast<double>(totals[total_of[d][k]].documents);
      const double idf = std::log((n + 1) / (df + 0.5)) + 1;
      scores.push_back(static_cast<double>(phrases[k].count) * idf *
                       length_weight(phrases[k].words));
    }
    std::vector<Keyphrase> ranked;
    for (const std::size_t k : best(scores, kPerDocument))
      ranked.push_back(
          {shown(batch.documents[d].text, phrases[k]), scores[k], phrases[k].count, 1});
    batch.document_keyphrases.push_back(std::move(ranked));
  }
  std::vector<std::size_t> repeated;  // phrases used more than once
  scores.clear();
  for (std::size_t k = 0; k < totals.size(); ++k) {
    const auto& total = totals[k];
    if (total.count < 2) continue;
    repeated.push_back(k);
    scores.push_back(length_weight(total.first->words) * static_cast<double>(total.documents) *
                     std::log(1.0 + static_cast<double>(total.count)));
  }
  batch.keyphrases.clear();
  for (const std::size_t i : best(scores, kForBatch)) {
    const auto& total = totals[repeated[i]];
    batch.keyphrases.push_back({shown(batch.documents[total.surface_document].text, *total.surface),
                                scores[i], total.count, total.documents});
  }
}

}  // namespace presslens::batch
