#include "attribution/term_model.hpp"

#include <algorithm>

#include "attribution/cues.hpp"

namespace presslens::attribution {
namespace {

constexpr learn::NamedWeight kTermWeights[] = {
#include "attribution/term_weights.inc"
};

constexpr std::string_view kNaming[]{"called", "dubbed", "labeled", "labelled",
                                     "termed", "named",  "as",      "branded"};
constexpr std::string_view kArticles[]{"a", "an", "the"};
constexpr std::string_view kPossessives[]{"his", "her", "their", "its", "our", "my", "your"};
constexpr std::string_view kPrepositions[]{"of",   "for",   "on",   "in", "to",
                                           "with", "about", "from", "by", "at"};
constexpr std::string_view kFirstPerson[]{"i", "we", "you", "me", "us", "my", "our"};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

void add(learn::ActiveFeatures& a, TermFeature f) {
  a.push_back(static_cast<learn::FeatureIndex>(f));
}

const text::Word* last_word(const std::vector<text::Word>& words) {
  for (auto w = words.rbegin(); w != words.rend(); ++w) {
    if (w->text == "\"" || w->text == "\u201C" || w->text == "\u201D") continue;
    return &*w;
  }
  return nullptr;
}

}  // namespace

learn::ActiveFeatures term_features(const TermEvidence& e) {
  learn::ActiveFeatures a;
  add(a, TermFeature::bias);
  std::size_t words = 0;
  for (const auto& w : e.inner) words += w.punct ? 0 : 1;
  if (words >= 3) add(a, TermFeature::words_3);
  if (const text::Word* w = last_word(e.local)) {
    if (listed(kNaming, w->lower)) add(a, TermFeature::naming_before);
    if (w->lower == "so-called") add(a, TermFeature::so_called);
    if (listed(kArticles, w->lower)) add(a, TermFeature::article_before);
    if (listed(kPossessives, w->lower) || w->possessive) add(a, TermFeature::possessive_before);
    if (listed(kPrepositions, w->lower)) add(a, TermFeature::preposition_before);
    if (w->text == ":") add(a, TermFeature::after_colon);
  }
  bool cue = false, pronoun = false, name = false;
  for (std::size_t i = 0; i < e.before.size(); ++i) {
    const auto& w = e.before[i];
    cue = cue || is_cue(w);
    pronoun = pronoun || (!w.punct && is_pronoun(w.lower));
    name = name || (i > 0 && !w.punct && w.capitalised && !e.before[i - 1].punct);
  }
  if (cue) add(a, TermFeature::cue_before);
  if (pronoun) add(a, TermFeature::pronoun_before);
  if (name) add(a, TermFeature::name_before);
  if (std::any_of(e.after.begin(), e.after.end(), [](const text::Word& w) { return is_cue(w); }))
    add(a, TermFeature::cue_after);
  if (e.starts_sentence) add(a, TermFeature::starts_sentence);
  if (e.ends_sentence) add(a, TermFeature::ends_sentence);
  if (!e.inner.empty()) {
    const auto& end = e.inner.back();
    if (end.text == ",") add(a, TermFeature::comma_inside);
    if (end.text == "?" || end.text == "!") add(a, TermFeature::question_inside);
  }
  bool first = true, all = true, me = false;
  for (const auto& w : e.inner) {
    if (w.punct) continue;
    if (first && w.capitalised) add(a, TermFeature::first_capitalised);
    first = false;
    all = all && w.capitalised;
    me = me || listed(kFirstPerson, w.lower);
  }
  if (all && !first) add(a, TermFeature::all_capitalised);
  if (me) add(a, TermFeature::first_person);
  if (e.after.empty()) add(a, TermFeature::nothing_after);
  if (!e.after.empty() && e.after.front().text == ",") add(a, TermFeature::comma_after);
  if (e.quote_before) add(a, TermFeature::quote_before);
  return a;
}

bool after_indefinite_article(const TermEvidence& e) {
  const text::Word* w = last_word(e.local);
  return w && (w->lower == "a" || w->lower == "an");
}

const learn::LinearModel& term_model() {
  static const learn::LinearModel model(kTermFeatureNames, kTermWeights);
  return model;
}

bool read_as_quote(const learn::LinearModel& model, const learn::ActiveFeatures& features) {
  return model.score(features) > 0;
}

}  // namespace presslens::attribution
