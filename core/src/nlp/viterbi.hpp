// Best BILOU tag sequence of one sentence under a first-order model: the
// emission scores of each token plus the transition scores, with the
// sequences BILOU forbids excluded (an entity opens with B or U, continues
// with I, closes with L; nothing else).
#pragma once

#include <algorithm>
#include <array>
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

// BILOU's shape, which the step below is written for: the tags that open
// a token's reading (O, B-, U-) all follow the same tags (O, L-, U-), and
// those that go on with a name (I-, L-) follow two, the B- and I- of
// their type.
constexpr int kTypeCount = (kTagCount - 1) / 4;
constexpr int kOpenCount = 1 + 2 * kTypeCount;  // O, B-X, U-X
constexpr int kCloseCount = kOpenCount;         // O, L-X, U-X

constexpr std::array<int, kOpenCount> make_open_tags() {
  std::array<int, kOpenCount> out{};
  int n = 0;
  for (int t = 0; t < kTagCount; ++t) {
    if (t == 0 || starts_entity(t)) out[static_cast<std::size_t>(n++)] = t;
  }
  return out;
}
inline constexpr std::array<int, kOpenCount> kOpenTags = make_open_tags();

constexpr bool bilou_shaped() {
  int closing = 0;
  for (int t = 0; t < kTagCount; ++t) closing += (t == 0 || ends_entity(t)) ? 1 : 0;
  if (closing != kCloseCount) return false;
  for (int t = 0; t < kTagCount; ++t) {
    const bool opens = t == 0 || starts_entity(t);
    if (opens && kPredecessors.count[t] != kCloseCount) return false;
    if (!opens && kPredecessors.count[t] != 2) return false;
    for (int k = 0; k < kPredecessors.count[t]; ++k) {
      if (opens && !(kPredecessors.tags[t][k] == 0 || ends_entity(kPredecessors.tags[t][k])))
        return false;
    }
  }
  return true;
}
static_assert(bilou_shaped(), "the Viterbi step assumes BILOU's transitions");

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
  // The transitions, row 0 from the start of a sentence and row p+1 from
  // tag p, are copied into the order the step reads them in.
  explicit Viterbi(const Score* transitions) : transitions_(transitions) {
    const int* closing = kPredecessors.tags[0];
    for (int k = 0; k < kCloseCount; ++k) {
      for (int j = 0; j < kOpenCount; ++j) {
        opening_[k][j] = transitions[(closing[k] + 1) * kTagCount + kOpenTags[j]];
      }
    }
    for (int t = 0; t < kTagCount; ++t) {
      if (t == 0 || starts_entity(t)) continue;
      for (int k = 0; k < 2; ++k)
        going_on_[t][k] = transitions[(kPredecessors.tags[t][k] + 1) * kTagCount + t];
    }
  }

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
    // The tags that open a reading follow any closing tag: the best score
    // of each open tag (each in a lane of its own), then the lowest closing
    // tag that reaches it, so ties go to the lowest tag. Two passes of
    // the kind the vector units take.
    const int* closing = kPredecessors.tags[0];
    Score reach[kCloseCount][kOpenCount];
    Score top[kOpenCount];
    std::int32_t arg[kOpenCount];
    for (int k = 0; k < kCloseCount; ++k) {
      const Score from = previous[closing[k]];
      for (int j = 0; j < kOpenCount; ++j) reach[k][j] = from + opening_[k][j];
    }
    for (int j = 0; j < kOpenCount; ++j) top[j] = reach[0][j];
    for (int k = 1; k < kCloseCount; ++k) {
      for (int j = 0; j < kOpenCount; ++j) top[j] = std::max(top[j], reach[k][j]);
    }
    for (int j = 0; j < kOpenCount; ++j) arg[j] = closing[kCloseCount - 1];
    for (int k = kCloseCount - 1; k-- > 0;) {
      const std::int32_t p = closing[k];
      for (int j = 0; j < kOpenCount; ++j) arg[j] = reach[k][j] == top[j] ? p : arg[j];
    }
    for (int j = 0; j < kOpenCount; ++j) {
      const int t = kOpenTags[j];
      best_[t] = top[j] + emissions[t];
      back[t] = static_cast<std::uint8_t>(arg[j]);
    }
    // The tags that go on with a name: its B- or I- before.
    for (int t = 0; t < kTagCount; ++t) {
      if (t == 0 || starts_entity(t)) continue;
      const int* tags = kPredecessors.tags[t];
      const Score first = previous[tags[0]] + going_on_[t][0];
      const Score second = previous[tags[1]] + going_on_[t][1];
      const bool better = second > first;
      best_[t] = (better ? second : first) + emissions[t];
      back[t] = static_cast<std::uint8_t>(better ? tags[1] : tags[0]);
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
  Score opening_[kCloseCount][kOpenCount] = {};  // from closing tag k to open tag j
  Score going_on_[kTagCount][2] = {};            // to an I- or L- tag from its two predecessors
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
