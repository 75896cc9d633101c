#include "attribution/reported.hpp"

#include <algorithm>
#include <optional>

#include "text/lexicon.hpp"
#include "text/offsets.hpp"

namespace presslens::attribution {
namespace {

using text::ascii_lower;
using text::listed;

// A reported clause has four words or more: "Clinton said she agreed" is
// too thin to show as a quote.
constexpr std::size_t kMinWords = 4;
// "Lavrov said ...": the cue within this many words of the sentence start
// ("But Russian Foreign Minister Sergei Lavrov said").
constexpr std::size_t kLeadingCueWords = 14;
// "said in Ohio on Tuesday that ...": the clause starts at a "that" this close
// after the cue.
constexpr std::size_t kThatWords = 8;

// Words that may stand between a cue and its clause: "said on Tuesday",
// "said in a statement", "said last month".
bool time_word(const Word& w) {
  static constexpr std::string_view kBetween[]{"on", "in", "a", "statement", "interview"};
  if (w.punct) return false;
  const std::string_view lower = w.lower;
  return listed(kBetween, lower) || is_time_word(lower) || text::month_of(lower) != 0;
}

// Prepositions after a verb of speech that open no reported clause
// ("reported from Oakland", "responded by using"), unless a "that" follows
// ("said during a taping in Buffalo, New York, that ..."). "to", "for",
// "about" and "after" may ("promised to build", "said for weeks he is",
// "said about 20 people", "said after the convention he would").
constexpr std::string_view kNoClause[]{"from",   "at",   "with",  "by",  "of",
                                       "during", "into", "under", "over"};
// How far such a "that" may follow.
constexpr std::size_t kFarThatWords = 16;

// The "that" after a preposition at words[from], looked for past the commas
// of a place ("in Buffalo, New York, that"), not past another clause ("at
// one point, a supporter asked ... that") or a quote.
std::optional<std::size_t> that_after_place(const std::vector<Word>& words, std::size_t from) {
  for (std::size_t k = from + 1; k < words.size() && k < from + kFarThatWords; ++k) {
    if (words[k].lower == "that") return k;
    const bool place_comma = words[k].text == "," && k + 1 < words.size() &&
                             (words[k + 1].capitalised || words[k + 1].lower == "that");
    if (words[k].punct && !place_comma) return std::nullopt;
  }
  return std::nullopt;
}

// "announced his endorsement of Ted Cruz", "explained his reasoning": after
// a cue that also takes an object, a possessive opens a noun phrase unless
// a verb follows within the phrase ("argued his rival would lose",
// "acknowledged his rallying cry ... had not galvanized"). "said" and
// "told" take clauses ("said his friends feel ..."). A verb here is a form
// of "be", "have" or "do", a modal, or a past form in -ed.
bool object_not_clause(const std::vector<Word>& words, std::size_t cue, std::size_t from) {
  static constexpr std::string_view kPossessives[]{"his", "her", "their", "its", "our", "my"};
  static constexpr std::string_view kClauseCues[]{"said", "says",  "say", "saying",
                                                  "told", "tells", "tell"};
  static constexpr std::string_view kVerbs[]{
      "is",     "was", "were",  "are",  "been",   "be",    "am",   "has",   "have",
      "had",    "do",  "does",  "did",  "will",   "would", "can",  "could", "shall",
      "should", "may", "might", "must", "cannot", "won't", "isn't"};
  constexpr std::size_t kPhraseWords = 10;
  if (from >= words.size() || !listed(kPossessives, words[from].lower) ||
      listed(kClauseCues, words[cue].lower))
    return false;
  for (std::size_t k = from + 1; k < words.size() && k <= from + kPhraseWords; ++k) {
    const Word& w = words[k];
    if (w.punct && (w.text == "," || w.text == "." || w.text == ";" || w.text == ":" ||
                    w.text == "(" || w.text == ")"))
      break;
    if (w.punct) continue;
    if (listed(kVerbs, w.lower) || (!w.capitalised && w.lower.ends_with("ed")) ||
        w.lower.ends_with("n't") || w.lower.ends_with("n\u2019t"))
      return false;
  }
  return true;
}

std::size_t content_words(const std::vector<Word>& words, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i) n += words[i].punct ? 0 : 1;
  return n;
}

// "Wednesday added ...", "The added security ...": a subject of only
// determiners and words of time names no one. A month may be a name ("May
// said"): the callers ask the resolver whether it is one.
bool names_no_one(const std::vector<Word>& words, Phrase subject) {
  static constexpr std::string_view kDeterminers[]{"the",   "a",     "an",   "this",
                                                   "these", "those", "that", "there"};
  for (std::size_t k = subject.first; k < subject.last; ++k) {
    const std::string_view lower = words[k].lower;
    if (!listed(kDeterminers, lower) && !is_time_word(lower) && text::month_of(lower) == 0)
      return false;
  }
  return true;
}

// "reports" is also a plural noun ("detailed reports on", "These reports
// help", "Rasmussen Reports"): a cue when written in lower case after a name
// ("The Washington Post reports", "Ecobee reports") or when "that" follows.
bool reports_a_clause(const std::vector<Word>& words, std::size_t cue, const Phrase& subject) {
  if (words[cue].lower != "reports") return true;
  if (words[cue].capitalised) return false;
  if (cue + 1 < words.size() && words[cue + 1].lower == "that") return true;
  return cue > subject.first && words[cue - 1].capitalised && !names_no_one(words, {cue - 1, cue});
}

bool acceptable(const Speaker& s) {
  if (s.empty()) return false;
  if (s.named()) return true;
  const std::string lower = ascii_lower(*s.name);
  return lower != "it" && lower != "they" && lower != "he" && lower != "she" && lower != "we" &&
         lower != "i" && lower != "you";
}

Credited make(const Document& d, const std::vector<Word>& words, std::size_t from, std::size_t to,
              const Speaker& speaker, const Word& cue, Rule rule) {
  while (to > from && words[to - 1].punct) --to;
  Credited c;
  Quote& q = c.quote;
  q.span = text::make_span(words[from].start, words[to - 1].end);
  q.text = d.text.substr(q.span.start, q.span.end - q.span.start);
  q.kind = QuoteKind::indirect;
  c.credit(speaker, std::string(cue.text), rule);
  c.marks = q.span;
  c.starts_sentence = from == 0;
  c.ends_sentence = true;
  return c;
}

// "Lavrov said (on Tuesday) (that) any talks should include ...".
bool leading(const Document& d, const std::vector<Word>& words, const SpeakerResolver& resolver,
             std::deque<Credited>& out) {
  for (std::size_t c = 1; c < words.size() && c < kLeadingCueWords; ++c) {
    if (words[c].punct) return false;
    if (!is_reporting_cue(words[c])) continue;
    const Phrase subject = subject_before(words, c);
    std::size_t opener = 0;
    if (!words.empty() && !subject.empty() && subject.first == 1) {
      const std::string first = words[0].lower;
      if (first == "but" || first == "and" || first == "meanwhile" || first == "however")
        opener = 1;
    }
    if (subject.empty() || subject.first != opener) return false;
    // Resolved here only when the subject may name no one ("May said"), else last.
    std::optional<Speaker> speaker;
    if (names_no_one(words, subject)) {
      speaker = resolver.resolve(words, subject);
      if (!speaker->named()) return false;
    }
    std::size_t from = c + 1;
    if (!reports_a_clause(words, c, subject) || negated(words, subject.first, c)) return false;
    if (words[c].lower == "told") {
      while (from < words.size() && !words[from].punct && words[from].lower != "that") ++from;
      if (from >= words.size() || words[from].punct) return false;
    }
    // "said in Ohio that ...": the clause starts after a near "that".
    bool that = false;
    for (std::size_t k = from; k < words.size() && k < from + kThatWords && !words[k].punct; ++k) {
      if (words[k].lower == "that") {
        from = k;
        that = true;
        break;
      }
    }
    while (from < words.size() && time_word(words[from])) ++from;
    if (!that && from < words.size() && listed(kNoClause, words[from].lower)) {
      const auto far = that_after_place(words, from);
      if (!far) return false;
      from = *far;
    }
    if (from < words.size() && words[from].lower == "that") ++from;
    if (from < words.size() && words[from].punct) ++from;
    // "Clinton added a note of caution": an object, not a reported clause.
    if (from < words.size() && (words[from].lower == "a" || words[from].lower == "an"))
      return false;
    if (!that && object_not_clause(words, c, from)) return false;
    if (content_words(words, from, words.size()) < kMinWords) return false;
    if (!speaker) speaker = resolver.resolve(words, subject);
    if (!acceptable(*speaker)) return false;
    out.push_back(make(d, words, from, words.size(), *speaker, words[c], Rule::reported_leading));
    return true;
  }
  return false;
}

// "Russia is optimistic ..., Russian Foreign Minister Sergei Lavrov said Tuesday."
bool trailing(const Document& d, const std::vector<Word>& words, const SpeakerResolver& resolver,
              std::deque<Credited>& out) {
  const auto t = trailing_cue(words, 0, is_reporting_cue);
  if (!t || content_words(words, 0, t->comma) < kMinWords) return false;
  // ", X said the plan ..." is not trailing: only time words after the cue.
  // "In a speech last July, he said:" introduces what follows the colon.
  for (std::size_t k = t->cue + 1; k < words.size(); ++k) {
    if (words[k].text == ":") return false;
    if (words[t->cue].lower != "told" && !words[k].punct && !time_word(words[k])) return false;
  }
  const Speaker speaker = resolver.resolve(words, t->subject);
  if ((names_no_one(words, t->subject) && !speaker.named()) || !acceptable(speaker)) return false;
  out.push_back(make(d, words, 0, t->comma, speaker, words[t->cue], Rule::reported_trailing));
  return true;
}

}  // namespace

std::deque<Credited> reported_speech(const Document& d, const TextUnits& units,
                                     const std::function<bool(const Span&)>& read,
                                     const SpeakerResolver& resolver, std::size_t max,
                                     std::size_t& left_out) {
  std::deque<Credited> out;
  std::deque<Credited> past_max;  // read to be counted, one at a time
  for (std::size_t p = 0; p < units.paragraphs.size(); ++p) {
    for (const auto& sentence : units.sentences_in(p)) {
      if (!read(sentence)) continue;
      const auto words = units.words_in(sentence.start, sentence.end);
      if (words.size() < kMinWords) continue;  // the clause alone needs as many
      std::deque<Credited>& into = out.size() < max ? out : past_max;
      if (!leading(d, words, resolver, into)) trailing(d, words, resolver, into);
      left_out += past_max.size();
      past_max.clear();
    }
  }
  for (auto& c : out) c.paragraph = units.paragraph_at(c.quote.span.start);
  return out;
}

}  // namespace presslens::attribution
