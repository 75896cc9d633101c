// Quote or term: a quoted segment of two or three words that no cue credits
// is either a scare quote ("action plan") or a short quote of someone
// ("Trump called the deal "a disaster""). A fitted logistic model
// (learn/linear.hpp; weights in term_weights.inc, written by
// `train_models quote-terms`) decides from the words around it.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "learn/linear.hpp"
#include "text/words.hpp"

namespace presslens::attribution {

// The features, by name (the names are the weights' keys).
#define PRESSLENS_QUOTE_TERM_FEATURES(X)                          \
  X(bias, "bias")                                                 \
  X(words_3, "three words")                                       \
  X(naming_before, "called, dubbed, labeled or as just before")   \
  X(so_called, "so-called just before")                           \
  X(article_before, "a, an or the just before")                   \
  X(possessive_before, "a possessive just before")                \
  X(preposition_before, "a preposition just before")              \
  X(cue_before, "a cue earlier in its sentence")                  \
  X(cue_after, "a cue after it in its sentence")                  \
  X(pronoun_before, "a personal pronoun earlier in its sentence") \
  X(name_before, "a capitalised word earlier in its sentence")    \
  X(starts_sentence, "starts its sentence")                       \
  X(after_colon, "after a colon")                                 \
  X(ends_sentence, "ends with a full stop inside")                \
  X(comma_inside, "ends with a comma inside")                     \
  X(question_inside, "ends with ? or ! inside")                   \
  X(first_capitalised, "its first word capitalised")              \
  X(all_capitalised, "every word capitalised")                    \
  X(first_person, "I, we, you or me inside")                      \
  X(nothing_after, "nothing after it in its sentence")            \
  X(comma_after, "a comma right after it")                        \
  X(quote_before, "a longer quote earlier in its paragraph")

enum class TermFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name) id,
  PRESSLENS_QUOTE_TERM_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

constexpr std::array<std::string_view, static_cast<std::size_t>(TermFeature::count)>
    kTermFeatureNames{
#define PRESSLENS_NAME(id, name) name,
        PRESSLENS_QUOTE_TERM_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
    };

// What the model reads of a segment: the words of its sentence before it
// (`before`: the whole sentence; `local`: since the quote before it), its
// own words and the words after it up to its sentence end.
struct TermEvidence {
  const std::vector<text::Word>& before;
  const std::vector<text::Word>& local;
  const std::vector<text::Word>& inner;
  const std::vector<text::Word>& after;
  bool starts_sentence = false;
  bool ends_sentence = false;
  bool quote_before = false;  // a segment of four words or more earlier in its paragraph
};

learn::ActiveFeatures term_features(const TermEvidence& e);

// The shipped model (term_weights.inc).
const learn::LinearModel& term_model();

// "a" or "an" just before the segment ("has proposed an "action plan"").
bool after_indefinite_article(const TermEvidence& e);

// A segment the model scores above zero is a quote, else a term.
bool read_as_quote(const learn::LinearModel& model, const learn::ActiveFeatures& features);

}  // namespace presslens::attribution
