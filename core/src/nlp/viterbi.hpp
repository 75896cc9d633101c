// Best BILOU tag sequence of one sentence under a first-order model: the
// emission scores of each token plus the transition scores, with the
// sequences BILOU forbids excluded (an entity opens with B or U, continues
// with I, closes with L; nothing else).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "nlp/features.hpp"

namespace presslens::nlp {

// Row 0 is the start of a sentence, row p+1 follows tag p.
constexpr std::size_t kTransitionCount = (kTagCount + 1) * kTagCount;

constexpr bool allowed_transition(int previous, int tag) {
  if (previous <= 0 || ends_entity(previous)) return tag == 0 || starts_entity(tag);
  return type_of(tag) == type_of(previous) && (part_of(tag) == kInside || part_of(tag) == kLast);
}

constexpr bool allowed_end(int tag) {
  return tag == 0 || ends_entity(tag);
}

// The tags each tag may follow, in increasing order.
struct Predecessors {
  int count[kTagCount] = {};
  int tags[kTagCount][kTagCount] = {};
};

constexpr Predecessors make_predecessors() {
  Predecessors p;
  for (int t = 0; t < kTagCount; ++t) {
    for (int previous = 0; previous < kTagCount; ++previous) {
      if (allowed_transition(previous, t)) p.tags[t][p.count[t]++] = previous;
    }
  }
  return p;
}

inline constexpr Predecessors kPredecessors = make_predecessors();

// Far below any reachable score (rows are renormalised, so sums stay small).
template <class Score>
constexpr Score kImpossible = Score(-(1 << 28));

// The best sequence of one sentence, its tokens' emission scores given one
// token at a time: two rows of scores and a byte a token and tag are held,
// not every token's scores (a "sentence" of 100,000 tokens is possible in a
// text without full stops). Ties go to the lowest tag.
template <class Score>
class Viterbi {
 public:
  explicit Viterbi(const Score* transitions) : transitions_(transitions) {}

  // Adds the next token's kTagCount scores.
  void add(const Score* emissions) {
    if (tokens_ == 0) {
      for (int t = 0; t < kTagCount; ++t) {
        best_[t] = allowed_transition(-1, t) ? emissions[t] + transitions_[t] : kImpossible<Score>;
      }
      back_.assign(kTagCount, 0);
      tokens_ = 1;
      return;
    }
    Score previous[kTagCount];
    std::copy(best_, best_ + kTagCount, previous);
    back_.resize(back_.size() + kTagCount);
    std::uint8_t* back = &back_[tokens_ * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      const int* tags = kPredecessors.tags[t];
      Score top = previous[tags[0]] + transitions_[(tags[0] + 1) * kTagCount + t];
      int arg = tags[0];
      for (int k = 1; k < kPredecessors.count[t]; ++k) {
        const int p = tags[k];
        const Score s = previous[p] + transitions_[(p + 1) * kTagCount + t];
        // Without a branch: which predecessor wins is data, not a pattern.
        const bool better = s > top;
        top = better ? s : top;
        arg = better ? p : arg;
      }
      best_[t] = top + emissions[t];
      back[t] = static_cast<std::uint8_t>(arg);
    }
    // Keep the numbers small: subtracting the row's best changes no decision.
    Score row_best = best_[0];
    for (int t = 1; t < kTagCount; ++t) row_best = std::max(row_best, best_[t]);
    for (int t = 0; t < kTagCount; ++t) best_[t] -= row_best;
    ++tokens_;
  }

  // Writes the tags of the tokens added since the last finish, and starts afresh.
  void finish(int* out) {
    if (tokens_ == 0) return;
    int tag = 0;
    for (int t = 1; t < kTagCount; ++t) {
      if (allowed_end(t) && best_[t] > best_[tag]) tag = t;
    }
    for (std::size_t i = tokens_; i-- > 0;) {
      out[i] = tag;
      tag = back_[i * kTagCount + static_cast<std::size_t>(tag)];
    }
    tokens_ = 0;
  }

 private:
  const Score* transitions_;
  Score best_[kTagCount] = {};
  std::vector<std::uint8_t> back_;  // per token and tag: the tag before it on the best path
  std::size_t tokens_ = 0;
};

// `emissions` holds n * kTagCount scores; writes n tags to `out`.
template <class Score>
void viterbi(const Score* emissions, std::size_t n, const Score* transitions, int* out) {
  Viterbi<Score> sequence(transitions);
  for (std::size_t i = 0; i < n; ++i) sequence.add(&emissions[i * kTagCount]);
  sequence.finish(out);
}

}  // namespace presslens::nlp
