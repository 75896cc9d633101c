// Claims: what each number counts, read from the words around it, so that
// figures about the same thing sit side by side across articles.
//  - "has killed some 250,000": the verb before the number ("killed");
//  - "38 names": the noun after it;
//  - "the four-year-old civil war", "the crisis, now in its fifth year": an
//    age in years (the first is 4 to 5 years, the second 4 to 5 as well,
//    "in its fourth year" 3 to 4).
// Claims of one measure agree when the ranges their wording allows meet.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "batch/cross_index.hpp"
#include "text/lexicon.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace presslens::batch {
namespace {

constexpr double kOpen = std::numeric_limits<double>::max();
constexpr double kBelow = 1e-9;  // turns a closed upper bound into an open one

struct Reading {
  std::string counted;
  std::string subject;
  double low = 0;
  double high = 0;
};

bool is_time_unit(std::string_view w) {
  return w == "year" || w == "month" || w == "week" || w == "day" || w == "hour" || w == "decade";
}

// People's ages are not the age of the story's event.
bool is_person_noun(std::string_view w) {
  static constexpr std::string_view kNouns[]{"man",    "woman",   "boy",      "girl",
                                             "child",  "son",     "daughter", "mother",
                                             "father", "student", "resident", "worker"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

bool is_content(const text::Word& w) {
  return !text::is_stop_word(w.lower) && !(w.lower[0] >= '0' && w.lower[0] <= '9');
}

// Up to two content words right after `i` (no punctuation between).
std::string noun_after(const std::vector<text::Word>& words, std::size_t i) {
  std::string out;
  for (std::size_t k = i; k < words.size() && k < i + 2; ++k) {
    if (!words[k].joined || !is_content(words[k])) break;
    if (!out.empty() && words[k].lower.ends_with("ed")) break;  // "people died"
    out += (out.empty() ? "" : " ") + words[k].lower;
  }
  return out;
}

// "the crisis, now in its fifth year": the noun after the nearest "the"
// that a comma closes, within the sentence.
std::string antecedent(const std::vector<text::Word>& words, std::size_t i,
                       std::size_t sentence_start) {
  for (std::size_t k = i; k-- > 1;) {
    if (words[k].start < sentence_start) break;
    if (words[k - 1].lower == "the" && k + 1 < words.size() && !words[k + 1].joined)
      return words[k].lower;
  }
  return {};
}

// "some 250,000" allows 10% either way; a round thousand figure without a
// qualifier is a rounded one, 5% either way.
constexpr double kApproximately = 0.10;
constexpr double kRounded = 0.05;
constexpr double kRoundUnit = 1000;

void widen_for_qualifier(Qualifier qualifier, double value, Reading& r) {
  switch (qualifier) {
    case Qualifier::approximately:
      r.low = value * (1 - kApproximately), r.high = value * (1 + kApproximately);
      return;
    case Qualifier::more_than:
    case Qualifier::at_least:
      r.low = value, r.high = kOpen;
      return;
    case Qualifier::less_than:
    case Qualifier::at_most:
      r.low = 0, r.high = value;
      return;
    case Qualifier::none:
      break;
  }
  if (value >= kRoundUnit && std::fmod(value, kRoundUnit) == 0) {
    r.low = value * (1 - kRounded), r.high = value * (1 + kRounded);
  } else {
    r.low = r.high = value;
  }
}

std::optional<Reading> read(const NumberMention& n, const std::vector<text::Word>& words,
                            std::size_t sentence_start) {
  auto first = std::lower_bound(words.begin(), words.end(), n.span.start,
                                [](const text::Word& w, std::size_t o) { return w.start < o; }) -
               words.begin();
  auto after = std::lower_bound(words.begin(), words.end(), n.span.end,
                                [](const text::Word& w, std::size_t o) { return w.start < o; }) -
               words.begin();
  const auto i0 = static_cast<std::size_t>(first), i1 = static_cast<std::size_t>(after);
  Reading r;
  if (n.kind == NumberKind::age) {
    if (!is_time_unit(n.unit)) return std::nullopt;
    r.subject = noun_after(words, i1);
    const auto head = r.subject.substr(r.subject.rfind(' ') + 1);
    const bool person =
        r.subject.empty() || is_person_noun(head) || (i1 < words.size() && words[i1].capitalised);
    if (person) return std::nullopt;
    r.counted = "age in " + n.unit + "s";
    r.low = n.value, r.high = n.value + 1 - kBelow;
    return r;
  }
  if (n.kind == NumberKind::ordinal) {
    const bool possessive =
        i0 > 0 && (words[i0 - 1].lower == "its" || words[i0 - 1].lower == "their");
    if (!possessive || i1 >= words.size() || !words[i1].joined || !is_time_unit(words[i1].lower)) {
      return std::nullopt;
    }
    r.counted = "age in " + words[i1].lower + "s";
    r.subject = antecedent(words, i0 - 1, sentence_start);
    r.low = n.value - 1, r.high = n.value - kBelow;
    return r;
  }
  r.subject = noun_after(words, i1);
  if (n.kind == NumberKind::percent && i1 + 1 < words.size() && words[i1].lower == "of")
    r.subject = noun_after(words, i1 + 1);
  std::string verb;
  if (i0 > 0 && i0 < words.size() && words[i0].joined && words[i0 - 1].lower.ends_with("ed") &&
      is_content(words[i0 - 1])) {
    verb = words[i0 - 1].lower;
  }
  r.counted = !verb.empty() ? verb : r.subject.substr(0, r.subject.find(' '));
  if (r.counted.empty()) return std::nullopt;
  // A bare duration ("for 20 years") is not a figure about one thing; "four
  // years of war" is, when what follows "of" says of what.
  if (verb.empty() && r.counted.size() > 1 &&
      is_time_unit(std::string_view(r.counted).substr(0, r.counted.size() - 1))) {
    if (i1 + 2 >= words.size() || words[i1 + 1].lower != "of" || !words[i1 + 1].joined)
      return std::nullopt;
    const auto of = noun_after(words, i1 + 2);
    if (of.empty()) return std::nullopt;
    r.counted += " of " + of;
    r.subject = of;
  }
  if (n.kind == NumberKind::percent) r.counted += " (%)";
  if (n.kind == NumberKind::money) r.counted += " (" + n.unit + ")";
  widen_for_qualifier(n.qualifier, n.value, r);
  return r;
}

std::optional<bool> agreement(const ClaimGroup& group) {
  bool several = false;
  double low = 0, high = kOpen;
  for (const auto& c : group.claims) {
    several = several || c.document != group.claims.front().document;
    low = std::max(low, c.low);
    high = std::min(high, c.high);
  }
  if (!several) return std::nullopt;
  return low <= high;
}

}  // namespace

std::vector<ClaimGroup> find_claims(const std::vector<Document>& documents) {
  std::vector<ClaimGroup> groups;
  std::map<std::string, std::size_t> group_of;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& document = documents[d];
    if (document.numbers.empty()) continue;
    const auto words = text::plain_words(document.text);
    for (std::size_t k = 0; k < document.numbers.size(); ++k) {
      const auto& n = document.numbers[k];
      const auto& spans = document.sentences;
      const Span sentence = spans.empty() ? Span{} : spans[text::sentence_at(spans, n.span.start)];
      auto reading = read(n, words, sentence.start);
      if (!reading) continue;
      auto [it, added] = group_of.try_emplace(reading->counted, groups.size());
      if (added) groups.push_back({reading->counted, {}, std::nullopt});
      groups[it->second].claims.push_back(
          {d, k, n.value, reading->low, reading->high, n.qualifier, reading->subject, sentence});
    }
  }
  for (auto& group : groups) group.agree = agreement(group);
  return groups;
}

}  // namespace presslens::batch
