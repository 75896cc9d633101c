// The evidence on each line of a plain-text document as binary features of
// the fitted line models: its shape (length, prose, case), the furniture its
// wording names, how often it recurs in the batch, where it sits; then (the
// second model) the first model's verdicts around it. The models' weights
// are written by `train_models text-lines` (tools/train/) from the labelled
// aeb and WCXB pages; the cleaner's main run is found on their scores
// (region.hpp). See docs/cleaning.md.
#pragma once

#include <climits>
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "clean/evidence.hpp"
#include "learn/linear.hpp"

namespace presslens::clean {

#define PRESSLENS_LINE_FEATURES(X)                     \
  X(bias, "bias", "")                                  \
  X(words_1, "words 1", "")                            \
  X(words_2, "words 2-3", "")                          \
  X(words_4, "words 4-7", "")                          \
  X(words_8, "words 8-15", "")                         \
  X(words_16, "words 16-31", "")                       \
  X(words_32, "words 32-63", "")                       \
  X(words_64, "words 64-149", "")                      \
  X(words_150, "words 150+", "")                       \
  X(prose, "prose", "")                                \
  X(ends_sentence, "ends a sentence", "")              \
  X(ends_colon, "ends with a colon", "")               \
  X(lower_low, "lower-case words < 30%", "")           \
  X(lower_mid, "lower-case words 30-60%", "")          \
  X(lower_high, "lower-case words > 60%", "")          \
  X(commas, "commas", "")                              \
  X(dateish, "date or time line", "")                  \
  X(link_like, "address or menu line", "")             \
  X(all_caps, "all capitals", "")                      \
  X(numbers_only, "numbers only", "")                  \
  X(quoted, "opens with a quote mark", "")             \
  X(fur_navigation, "phrase navigation", "")           \
  X(fur_share, "phrase share", "")                     \
  X(fur_comment_form, "phrase comment form", "")       \
  X(fur_read_more, "phrase read more", "")             \
  X(fur_related, "phrase related", "")                 \
  X(fur_related_link, "phrase related link", "")       \
  X(fur_advertisement, "phrase advertisement", "")     \
  X(fur_newsletter, "phrase newsletter", "")           \
  X(fur_copyright, "phrase copyright", "")             \
  X(fur_cookie, "phrase cookie", "")                   \
  X(fur_disclosure, "phrase disclosure", "")           \
  X(fur_caption, "phrase caption", "")                 \
  X(fur_byline, "phrase byline", "")                   \
  X(fur_appeal, "phrase appeal", "")                   \
  X(fur_appeal_header, "phrase appeal header", "")     \
  X(appeal_1, "one appeal word", "")                   \
  X(appeal_2, "appeal words", "")                      \
  X(recurs_2, "recurs in 2 files", "")                 \
  X(recurs_3, "recurs in 3-4 files", "")               \
  X(recurs_5, "recurs in 5+ files", "")                \
  X(recurs_short, "short and recurs", "")              \
  X(truncated, "cut-off copy of the next line", "")    \
  X(repeated, "repeated in the document", "")          \
  X(first_tenth, "first tenth", "")                    \
  X(early, "10-30% down", "")                          \
  X(late, "70-90% down", "")                           \
  X(last_tenth, "last tenth", "")                      \
  X(digits_heavy, "a fifth or more digits", "")        \
  X(sentences_2, "two or more sentence marks", "")     \
  X(ellipsis, "ends with an ellipsis", "")             \
  X(bullet, "opens with a bullet or arrow", "")        \
  X(short_stretch, "among 4+ short lines", "")         \
  X(longest_near, "longer than both neighbours", "")   \
  X(shortest_near, "shorter than both neighbours", "") \
  X(prev_prose, "previous line prose", "")             \
  X(next_prose, "next line prose", "")                 \
  X(prev_link, "previous line address or menu", "")    \
  X(next_link, "next line address or menu", "")        \
  X(prev_furniture, "previous line furniture", "")     \
  X(next_furniture, "next line furniture", "")

#define PRESSLENS_LINE_CONTEXT_FEATURES(X)              \
  X(own_very_low, "first look <= -2", "")               \
  X(own_low, "first look -2..-0.5", "")                 \
  X(own_weak_no, "first look -0.5..0", "")              \
  X(own_weak_yes, "first look 0..0.5", "")              \
  X(own_high, "first look 0.5..2", "")                  \
  X(own_very_high, "first look > 2", "")                \
  X(prev_no, "previous line no", "")                    \
  X(prev_yes, "previous line yes", "")                  \
  X(next_no, "next line no", "")                        \
  X(next_yes, "next line yes", "")                      \
  X(near_none, "3 around: none yes", "")                \
  X(near_few, "3 around: a third yes", "")              \
  X(near_many, "3 around: two thirds yes", "")          \
  X(near_all, "3 around: all yes", "")                  \
  X(wide_none, "10 around: none yes", "")               \
  X(wide_few, "10 around: a third yes", "")             \
  X(wide_many, "10 around: two thirds yes", "")         \
  X(wide_all, "10 around: all yes", "")                 \
  X(gap_0, "next to a yes", "")                         \
  X(gap_3, "1-3 lines from a yes", "")                  \
  X(gap_10, "4-10 lines from a yes", "")                \
  X(gap_far, "over 10 lines from a yes", "")            \
  X(rank_top, "among the top tenth", "")                \
  X(rank_high, "among the top 10-30%", "")              \
  X(rank_mid, "among 30-60%", "")                       \
  X(rank_low, "among the bottom 40%", "")               \
  X(hole, "a no between two yeses", "")                 \
  X(island, "a yes between two noes", "")               \
  X(before_first, "before the first yes", "")           \
  X(after_last, "after the last yes", "")               \
  X(between, "between yeses", "")                       \
  X(after_marker, "after an end-of-article marker", "") \
  X(after_heading_marker, "after a related or comments marker", "")

enum class LineFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name, reason) id,
  PRESSLENS_LINE_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

enum class LineContext : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name, reason) id,
  PRESSLENS_LINE_CONTEXT_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

std::span<const std::string_view> line_feature_names();
// The second model's features: the first model's, then the context's.
std::span<const std::string_view> line_context_feature_names();

std::vector<learn::ActiveFeatures> line_features(const DocumentEvidence& evidence);
std::vector<learn::ActiveFeatures> line_context_features(
    const DocumentEvidence& evidence, const std::vector<learn::ActiveFeatures>& first,
    const std::vector<std::int32_t>& scores);
// The same, each line's handed to `f(line, features)` in turn and gone after
// the call: a file of many lines never holds them all.
void each_line_context_features(
    const DocumentEvidence& evidence, const std::vector<learn::ActiveFeatures>& first,
    const std::vector<std::int32_t>& scores,
    const std::function<void(std::size_t, const learn::ActiveFeatures&)>& f);

struct LineModels {
  const learn::LinearModel* first;
  const learn::LinearModel* second;
  const learn::LinearModel* title;  // the headline's ranking (headline.hpp)
  const learn::LinearModel* date;   // the publication date's (publication_date.hpp)
  // Inside the main run, a line the models reject this surely is removed;
  // outside it, a line they accept this surely is kept (log-odds x 256).
  std::int32_t inside_floor = INT32_MIN;
  std::int32_t outside_bar = INT32_MAX;
  // A second round of the context model on the second model's verdicts
  // (the same features, its own weights); none: the second model decides.
  const learn::LinearModel* third = nullptr;
};

// Chosen by cross-validation (train_models text-lines --outside-bar): a
// line outside the main run that the models accept at odds of 20 to 1 or
// better is article text the run missed. With the three-round models, 512
// and 768 cross-validate alike (docs/cleaning.md); 768 leaves a teaser's
// headline after the article out, 512 took it in.
constexpr std::int32_t kOutsideBar = 3 * learn::kWeightScale;

// The shipped models.
LineModels fitted_line_models();

// How likely each line is article text: log-odds times learn::kWeightScale.
std::vector<std::int32_t> line_scores(const DocumentEvidence& evidence,
                                      const LineModels& models = fitted_line_models());

}  // namespace presslens::clean
