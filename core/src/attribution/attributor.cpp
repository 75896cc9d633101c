#include "attribution/attributor.hpp"

#include <algorithm>

namespace presslens::attribution {
namespace {

using text::ascii_lower;
using text::listed;

// "During a speech in Ohio, Trump attacked Clinton ..., saying": the clause's
// subject is named within its first words after the opening phrase; a name
// further on is an object ("attacked Clinton").
constexpr std::size_t kClauseSubjectWords = 8;
// "\"...,\" Flynn, a top Trump surrogate, said Thursday": a name, its
// apposition and the cue, all within this many words after the quote.
constexpr std::size_t kAppositionAfterWords = 25;
// ""...," Warren said in a statement.": after a cue closing the sentence,
// only a few lower-case words (time, place, "in a statement"); more, and the
// cue opens a clause of its own ("..., Warren said the plan would fail").
constexpr std::size_t kTrailingTailWords = 3;
// "He also "confirmed ..."": a bare subject is short ("Senate Majority
// Leader Mitch McConnell also").
constexpr std::size_t kBareSubjectWords = 6;
// Phrases that open a clause before its subject: "During a speech, Trump ...".
constexpr std::string_view kClauseOpeners[]{"during",  "in",        "on",    "at",   "after",
                                            "before",  "following", "while", "when", "speaking",
                                            "earlier", "later",     "asked"};
// Adverbs between a bare subject and its quote: "He also "confirmed ...".
constexpr std::string_view kSubjectAdverbs[]{"also", "then", "later", "further", "again"};

}  // namespace

std::string_view to_string(Rule rule) {
  switch (rule) {
    case Rule::none:
      return "none";
    case Rule::cue_subject:
      return "cue_subject";
    case Rule::cue_adjacent:
      return "cue_adjacent";
    case Rule::cue_clause:
      return "cue_clause";
    case Rule::cue_according:
      return "cue_according";
    case Rule::cue_said_first:
      return "cue_said_first";
    case Rule::after_inverted:
      return "after_inverted";
    case Rule::after_subject:
      return "after_subject";
    case Rule::closing_sentence:
      return "closing_sentence";
    case Rule::dash_credit:
      return "dash_credit";
    case Rule::bare_subject:
      return "bare_subject";
    case Rule::said_colon:
      return "said_colon";
    case Rule::continued:
      return "continued";
    case Rule::continued_reported:
      return "continued_reported";
    case Rule::sentence_quoted:
      return "sentence_quoted";
    case Rule::sentence_subject:
      return "sentence_subject";
    case Rule::reported_leading:
      return "reported_leading";
    case Rule::reported_trailing:
      return "reported_trailing";
  }
  return "none";
}

bool exact(Rule rule) {
  switch (rule) {
    case Rule::after_subject:
    case Rule::closing_sentence:
    case Rule::dash_credit:
    case Rule::cue_said_first:
    case Rule::cue_according:
      return true;
    default:
      return false;
  }
}

bool is_dash(const Word& w) {
  return w.text == "\u2015" || w.text == "\u2014" || w.text == "\u2013" || w.text == "-";
}

std::string Attributor::cue_text(const std::vector<Word>& words, std::size_t cue) const {
  const std::size_t end = cue_end(words, cue);
  return d_.text.substr(words[cue].start, words[end - 1].end - words[cue].start);
}

Attribution Attributor::before(const std::vector<Word>& words) const {
  std::size_t last = words.size();
  while (last > 0 && (words[last - 1].text == "," || words[last - 1].text == ":" ||
                      words[last - 1].lower == "that")) {
    --last;
  }
  if (last > 0 && is_cue(words[last - 1])) {
    Attribution a = at_cue(words, last - 1);
    if (a.rule == Rule::cue_subject) a.rule = Rule::cue_adjacent;
    if (a.found()) return a;
  }
  // "Cruz said he'd ..., and Trump vowed to "...", "..., with Cruz saying
  // ...": a later clause with a subject and a cue of its own speaks.
  for (std::size_t i = words.size(); i-- > 1;) {
    if (!is_cue(words[i])) continue;
    const Phrase subject = subject_before(words, i);
    if (subject.empty() || subject.first == 0) continue;
    const std::string_view joint = words[subject.first - 1].lower;
    if (joint != "and" && joint != "but" && joint != ";" && joint != "with") continue;
    Attribution a = at_cue(words, i);
    if (a.found() && a.speaker.named()) return a;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_cue(words[i]) && !(i == 0 && words[i].capitalised && is_reporting_cue(words[i])))
      continue;
    Attribution a = at_cue(words, i);
    if (a.found()) return a;
  }
  return {};
}

Attribution Attributor::at_cue(const std::vector<Word>& words, std::size_t i) const {
  const std::string_view lower = words[i].lower;
  if (i == 0 && words[i].capitalised &&
      (lower == "said" || lower == "says" || lower == "added" || lower == "asked")) {
    Phrase p = phrase_after(words, 1);  // "Said Ellis: ..."
    if (!p.empty())
      return {resolver_.resolve(words, p), std::string(words[i].text), Rule::cue_said_first};
    return {};
  }
  if (i > 0 && words[i - 1].text == "," && lower.ends_with("ing")) {
    // "..., Trump attacked Clinton ..., saying, "...": the clause's subject speaks.
    Speaker s = clause_subject(words, i);
    if (!s.empty()) return {s, std::string(words[i].text), Rule::cue_clause};
  }
  if (lower == "according" || lower == "quoted") {
    const std::size_t from = cue_end(words, i);
    if (lower == "according" && from == i + 1) return {};
    Phrase p = phrase_after(words, from);
    if (!p.empty()) return {resolver_.resolve(words, p), cue_text(words, i), Rule::cue_according};
    return {};
  }
  Phrase subject = subject_before(words, i);
  if (subject.empty()) {
    // "The Republican nominee also outlined his plan and vowed to ...",
    // "X used to support Paul, but now said ...".
    std::size_t k = i;
    while (k > 0 && is_skipped_before_cue(words[k - 1])) --k;
    if (k > 0 && (words[k - 1].lower == "and" || words[k - 1].lower == "but")) {
      Speaker s = clause_subject(words, i);
      if (s.named()) return {s, cue_text(words, i), Rule::cue_clause};
    }
    return {};
  }
  // "Comey cannot say that "...", Lewandowski added": words its subject did not say.
  if (negated(words, subject.first, i)) return {};
  Speaker speaker = resolver_.resolve(words, subject);
  // "tweets", "reports", "claims" are nouns as often as verbs: only a
  // person or organisation makes them cues.
  const bool agent = speaker.type == EntityType::person || speaker.type == EntityType::organisation;
  if (!agent &&
      (lower == "tweets" || lower == "reports" || lower == "claims" || lower == "calls")) {
    return {};
  }
  // "Trump unleashed a series of tweets early Friday saying ...".
  if (!agent && lower.ends_with("ing")) {
    Speaker s = clause_subject(words, i);
    if (s.named()) return {s, cue_text(words, i), Rule::cue_clause};
  }
  return {speaker, cue_text(words, i), Rule::cue_subject};
}

// The subject of the clause that ends at words[cue]: after an opening
// phrase ("During a speech, Trump ..."), the first person or organisation
// named, or a pronoun.
Speaker Attributor::clause_subject(const std::vector<Word>& words, std::size_t cue) const {
  std::size_t k = 0;
  if (!words.empty() && listed(kClauseOpeners, words[0].lower)) {
    while (k < cue && words[k].text != ",") ++k;
    ++k;
  }
  if (k >= cue) return {};
  if (is_pronoun(words[k].lower)) return resolver_.pronoun(words[k].lower, words[k].start);
  const std::size_t limit = std::min(cue, k + kClauseSubjectWords);
  return resolver_.first_named(words[k].start, words[limit - 1].end);
}

Attribution Attributor::after(const std::vector<Word>& words, bool whole) const {
  std::size_t i = 0;
  while (i < words.size() && words[i].text == ",") ++i;
  if (i >= words.size()) return {};
  if (is_dash(words[i])) {
    // "--", typed for a dash, is two words.
    std::size_t from = i + 1;
    while (from < words.size() && is_dash(words[from])) ++from;
    Phrase p = phrase_after(words, from);
    // A credit line goes on past "in" and "on" ("-- Software engineer
    // working in automotive"), where a phrase after a cue stops ("said Lavrov
    // in Moscow").
    constexpr std::size_t kCreditWords = 16;
    while (!p.empty() && p.last < words.size() && p.last - p.first < kCreditWords &&
           (words[p.last].lower == "in" || words[p.last].lower == "on")) {
      const Phrase more = phrase_after(words, p.last + 1);
      if (more.empty()) break;
      p.last = std::min(more.last, p.first + kCreditWords);
    }
    if (!p.empty() && words[p.first].capitalised)
      return {resolver_.resolve(words, p), "", Rule::dash_credit};
    return {};
  }
  if (words[i].punct) return {};
  if (is_cue(words[i])) {
    const std::size_t from = cue_end(words, i);
    Phrase p = phrase_after(words, from);
    if (!p.empty()) return {resolver_.resolve(words, p), cue_text(words, i), Rule::after_inverted};
    return {};
  }
  for (std::size_t c = i + 1; c < words.size() && c < i + kAppositionAfterWords; ++c) {
    // Commas of appositions, and the period of "R-Ky." before one.
    const bool inner_period =
        words[c].text == "." && c + 1 < words.size() && words[c + 1].text == ",";
    if (words[c].punct && words[c].text != "," && !inner_period) break;
    if (!is_cue(words[c])) continue;
    Phrase subject = subject_before(words, c);
    if (!subject.empty() && subject.first == i)
      return {resolver_.resolve(words, subject), cue_text(words, c), Rule::after_subject};
    break;
  }
  if (!whole) return {};
  const auto t = trailing_cue(words, i, is_cue);
  if (!t) return {};
  for (std::size_t k = t->cue + 1 + kTrailingTailWords; k < words.size(); ++k) {
    if (!words[k].punct && !words[k].capitalised) return {};
  }
  return {resolver_.resolve(words, t->subject), cue_text(words, t->cue), Rule::closing_sentence};
}

Attribution Attributor::subject_of_sentence(const std::vector<Word>& words) const {
  // "― Christina Olidem": the credit line of a quote in a list.
  if (words.empty() || is_dash(words[0])) return {};
  const std::string first = words[0].lower;
  if (first == "he" || first == "she") {
    Speaker s = resolver_.pronoun(first, words[0].start);
    return s.named() && s.type == EntityType::person ? Attribution{s, "", Rule::sentence_subject}
                                                     : Attribution{};
  }
  const std::size_t limit = std::min(words.size(), kSentenceSubjectWords);
  for (std::size_t i = 0; i < limit; ++i) {
    const EntityMention* e = resolver_.mention_at(words[i].start);
    if (!e || e->type != EntityType::person) continue;
    const bool object = i > 0 && is_object_preposition(words[i - 1].lower);
    if (object) continue;
    Speaker s = resolver_.of_entity(*e);
    return s.named() && s.type == EntityType::person ? Attribution{s, "", Rule::sentence_subject}
                                                     : Attribution{};
  }
  return {};
}

Attribution Attributor::bare_subject(const std::vector<Word>& words) const {
  if (words.empty() || words.size() > kBareSubjectWords) return {};
  for (const auto& w : words) {
    if (w.punct) return {};
  }
  std::size_t last = words.size();
  while (last > 0 && listed(kSubjectAdverbs, words[last - 1].lower)) --last;
  if (last == 0 || last == words.size()) return {};
  Speaker s = resolver_.resolve(words, {0, last});
  if (!s.named()) return {};
  return {s, "", Rule::bare_subject};
}

}  // namespace presslens::attribution
