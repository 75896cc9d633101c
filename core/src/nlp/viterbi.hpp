// Best BILOU tag sequence of one sentence under a first-order model: the
// emission scores of each token plus the transition scores, with the
// sequences BILOU forbids excluded (an entity opens with B or U, continues
// with I, closes with L; nothing else).
#pragma once

#include <algorithm>
#include <cstddef>
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

// `emissions` holds n * kTagCount scores; writes n tags to `out`. Ties go to
// the lowest tag.
template <class Score>
void viterbi(const Score* emissions, std::size_t n, const Score* transitions, int* out) {
  if (n == 0) return;
  std::vector<Score> best(n * kTagCount);
  std::vector<int> back(n * kTagCount, 0);
  for (int t = 0; t < kTagCount; ++t) {
    best[t] = allowed_transition(-1, t) ? emissions[t] + transitions[t] : kImpossible<Score>;
  }
  for (std::size_t i = 1; i < n; ++i) {
    const Score* previous = &best[(i - 1) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      const int* tags = kPredecessors.tags[t];
      Score top = previous[tags[0]] + transitions[(tags[0] + 1) * kTagCount + t];
      int arg = tags[0];
      for (int k = 1; k < kPredecessors.count[t]; ++k) {
        const int p = tags[k];
        const Score s = previous[p] + transitions[(p + 1) * kTagCount + t];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * kTagCount + t] = top + emissions[i * kTagCount + t];
      back[i * kTagCount + t] = arg;
    }
    // Keep the numbers small: subtracting the row's best changes no decision.
    Score row_best = best[i * kTagCount];
    for (int t = 1; t < kTagCount; ++t) row_best = std::max(row_best, best[i * kTagCount + t]);
    for (int t = 0; t < kTagCount; ++t) best[i * kTagCount + t] -= row_best;
  }
  int tag = 0;
  for (int t = 1; t < kTagCount; ++t) {
    if (allowed_end(t) && best[(n - 1) * kTagCount + t] > best[(n - 1) * kTagCount + tag]) tag = t;
  }
  for (std::size_t i = n; i-- > 0;) {
    out[i] = tag;
    tag = back[i * kTagCount + tag];
  }
}

}  // namespace presslens::nlp
