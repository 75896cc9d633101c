// Claims: what each number counts, read from the words around it, so that
// figures about the same thing sit side by side across articles.
//  - "has killed some 250,000": the verb before the number ("killed");
//  - "38 names": the noun after it;
//  - "the four-year-old civil war", "the crisis, now in its fifth year": an
//    age in years (the first is 4 to 5 years, the second 4 to 5 as well,
//    "in its fourth year" 3 to 4).
// Figures are side by side only when they measure the same thing: the same
// measure and unit, about the same subject (the entity the sentence names:
// "Kentucky's 30-point margin", "Clinton leads by 11 points"), for the same
// time (the date of the sentence, else the article's). Each group says why
// its figures were grouped; claims of one group agree when the ranges their
// wording allows meet.
#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "batch/cross_index.hpp"
#include "facts/scan.hpp"
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
  std::string measure;     // the word that says what the number measures
  std::size_t anchor = 0;  // the word the subject is read back from (the measure, or the number)
  double low = 0;
  double high = 0;
};

bool is_time_unit(std::string_view w) {
  return w == "year" || w == "month" || w == "week" || w == "day" || w == "hour" || w == "minute" ||
         w == "decade";
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

// The word a number measures, read back from it past function words and
// names: "has killed some 250,000" (killed), "a death toll of 250,000"
// (toll), "Clinton leads Trump by 11 points" (leads), "showing her ahead 3
// points" (ahead). None across punctuation: "HuffPollster 4.3 points".
constexpr std::size_t kMeasureReach = 4;
std::optional<std::size_t> measure_before(const std::vector<text::Word>& words, std::size_t i,
                                          std::size_t sentence_start) {
  for (std::size_t step = 0; step < kMeasureReach && i > 0; ++step, --i) {
    if (!words[i].joined || words[i - 1].start < sentence_start) return std::nullopt;
    const text::Word& w = words[i - 1];
    if (w.lower == "which" || w.lower == "that" || w.lower == "who" || w.lower == "when" ||
        w.lower == "where")
      return std::nullopt;  // "the crash in which over 200 people died"
    if (w.capitalised || !is_content(w)) continue;
    return i - 1;
  }
  return std::nullopt;
}

// The index of the first of `words` that starts at or after `offset`.
std::size_t word_at(const std::vector<text::Word>& words, std::size_t offset) {
  const auto w =
      std::lower_bound(words.begin(), words.end(), offset,
                       [](const text::Word& word, std::size_t o) { return word.start < o; });
  return static_cast<std::size_t>(w - words.begin());
}

std::optional<Reading> read(const NumberMention& n, const std::vector<text::Word>& words,
                            std::size_t sentence_start) {
  const std::size_t i0 = word_at(words, n.span.start), i1 = word_at(words, n.span.end);
  Reading r;
  r.anchor = i0;  // an age's or a rank's too: nothing before it is read as what it is against
  if (n.kind == NumberKind::age) {
    if (!is_time_unit(n.unit)) return std::nullopt;
    r.subject = noun_after(words, i1);
    const auto head = r.subject.substr(r.subject.rfind(' ') + 1);
    const bool person =
        r.subject.empty() || is_person_noun(head) || (i1 < words.size() && words[i1].capitalised);
    if (person) return std::nullopt;
    r.counted = "age in " + n.unit + "s";
    r.measure = "age";
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
    r.measure = "age";
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
  // "30-point margin": the noun after a compound unit; else the word before.
  if (!n.unit.empty()) r.measure = r.subject.substr(0, r.subject.find(' '));
  if (r.measure.empty()) {
    if (const auto at = measure_before(words, i0, sentence_start)) {
      r.measure = words[*at].lower;
      r.anchor = *at;
    }
  }
  if (n.kind == NumberKind::percent) r.counted += " (%)";
  if (n.kind == NumberKind::money) r.counted += " (" + n.unit + ")";
  widen_for_qualifier(n.qualifier, n.value, r);
  return r;
}

// Figures agree when the ranges their wording allows meet. They differ only
// when they are for the same, known time: without one, a poll in March and
// another in May are not the same measured thing.
std::optional<bool> agreement(const ClaimGroup& group) {
  bool several = false;
  double low = 0, high = kOpen;
  for (const auto& c : group.claims) {
    several = several || c.document != group.claims.front().document;
    low = std::max(low, c.low);
    high = std::min(high, c.high);
  }
  if (!several || group.why.empty()) return std::nullopt;
  if (low <= high) return true;
  if (group.time.empty()) return std::nullopt;
  return false;
}

// The word's singular, for units ("points" = "point"); "people" stays.
std::string singular(std::string w) {
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is"))
    w.pop_back();
  return w;
}

// Counted words that measure nothing by themselves: "three times the rate".
bool no_measure(std::string_view w) {
  return w == "times" || w == "time" || w == "o" || w == "clock" || w == "percent";
}

// What a figure measures, beyond what it counts: the key that decides which
// figures are side by side.
struct Measured {
  std::string measure;
  std::string unit;
  std::string subject;
  std::optional<std::string> subject_cluster;
  std::string object;    // "Clinton leads Trump by 11 points": Trump
  std::string narrowed;  // "percent of young voters": "of voter"
  std::string time;
  // The thing measured, with or without the unit.
  std::string key(bool with_unit = true) const {
    return measure + "|" + (with_unit ? unit : "*") + "|" +
           subject_cluster.value_or("w:" + subject) + "|" + object + "|" + narrowed + "|" + time;
  }
};

// Words passed over when reading back from a measure to what it is about:
// "a conflict which has killed", "the war has already killed".
constexpr std::string_view kLinking[]{"has",   "have",       "had",  "is",      "was",   "were",
                                      "are",   "been",       "be",   "will",    "would", "could",
                                      "which", "that",       "who",  "already", "now",   "so",
                                      "far",   "reportedly", "also", "still"};
constexpr std::string_view kDeterminers[]{"the",  "a",    "an",  "its", "their",
                                          "this", "that", "his", "her", "our"};
// How far back the subject is looked for.
constexpr std::size_t kSubjectReach = 8;

const EntityMention* mention_at(const Document& d, std::size_t at) {
  auto e = std::upper_bound(d.entities.begin(), d.entities.end(), at,
                            [](std::size_t a, const EntityMention& m) { return a < m.span.start; });
  if (e == d.entities.begin()) return nullptr;
  --e;
  return at < e->span.end ? &*e : nullptr;
}

// "a PixArt 3395 sensor", "the Oral-B iO Series 10", "Fortune 500
// companies": a whole number in digits right after a capitalised word
// inside its sentence, saying no unit and no hedge, is part of a name (a
// model, a series), not a count. Not after a person ("Ted Cruz 16 points
// ahead", "I 50 points") nor after a word that opens the sentence or follows
// a mark ("Only 5 people", "Pro Tip: Get 3 bids"), capitalised anyway.
bool part_of_a_name(const Document& d, const NumberMention& n, const std::vector<text::Word>& words,
                    std::size_t sentence_start) {
  if (n.kind != NumberKind::cardinal || !n.unit.empty() || n.qualifier != Qualifier::none ||
      n.text.find_first_not_of("0123456789") != std::string::npos)
    return false;
  const std::size_t i0 = word_at(words, n.span.start);
  if (i0 < 2 || i0 >= words.size() || !words[i0].joined) return false;
  const text::Word& before = words[i0 - 1];
  if (!before.capitalised || !before.joined || before.text == "I" ||
      words[i0 - 2].start < sentence_start)
    return false;
  const EntityMention* e = mention_at(d, before.start);
  return !e || e->type != EntityType::person;
}

// What a figure is about, read back from its measure (or from the number)
// within the clause: an entity ("Clinton leads Trump by 11 points",
// "Kentucky's 30-point margin"), or a noun after a determiner ("a conflict
// which has killed", "the conflict in Syria, which has killed": the noun an
// "in"/"of" name follows). Nothing else: a figure with no subject is not
// compared.
struct Subject {
  std::string words;
  const EntityMention* mention = nullptr;
};
Subject subject_of(const Document& d, const std::vector<text::Word>& words, std::size_t anchor,
                   std::size_t sentence_start) {
  for (std::size_t k = anchor, step = 0; k > 0 && step < kSubjectReach; --k, ++step) {
    const text::Word& w = words[k - 1];
    if (w.start < sentence_start) return {};
    const bool relative = k < words.size() && (words[k].lower == "which" ||
                                               words[k].lower == "that" || words[k].lower == "who");
    // Punctuation between w and the word after it ends the clause, except
    // before a relative pronoun: "the conflict in Syria, which has killed".
    if (k < words.size() && !words[k].joined && k != anchor && !relative) return {};
    if (text::listed(kLinking, w.lower)) continue;
    if (const EntityMention* e = mention_at(d, w.start)) {
      // "the conflict in Syria": the noun before "in"/"of" is the subject.
      const std::size_t first = static_cast<std::size_t>(
          std::lower_bound(words.begin(), words.end(), e->span.start,
                           [](const text::Word& x, std::size_t a) { return x.start < a; }) -
          words.begin());
      if (first >= 2 && (words[first - 1].lower == "in" || words[first - 1].lower == "of") &&
          words[first - 1].joined && !words[first - 2].capitalised && is_content(words[first - 2]))
        return {singular(words[first - 2].lower), nullptr};
      return {e->text, e};
    }
    if (w.capitalised || !is_content(w)) return {};
    if (k >= 2 && text::listed(kDeterminers, words[k - 2].lower) && w.joined)
      return {singular(w.lower), nullptr};
    return {};
  }
  return {};
}

// The time a figure is for: the first resolved date of its sentence, else
// the article's date, to the month. Each date knows the first resolved one
// from it on, so a figure finds its sentence's in one search (a text with
// no full stop is one sentence of thousands of dates, none resolved).
class Times {
 public:
  explicit Times(const Document& d) : d_(d), next_resolved_(d.dates.size() + 1, d.dates.size()) {
    for (std::size_t i = d.dates.size(); i-- > 0;)
      next_resolved_[i] = d.dates[i].resolved ? i : next_resolved_[i + 1];
  }

  std::string of(Span sentence) const {
    // Dates are in text order.
    const auto first =
        std::lower_bound(d_.dates.begin(), d_.dates.end(), sentence.start,
                         [](const DateMention& m, std::size_t at) { return m.span.start < at; });
    const std::size_t t = next_resolved_[static_cast<std::size_t>(first - d_.dates.begin())];
    if (t < d_.dates.size() && d_.dates[t].span.start < sentence.end) {
      const std::string& value = d_.dates[t].value;
      return value.substr(0, std::min<std::size_t>(7, value.find('T')));
    }
    return d_.date ? d_.date->substr(0, 7) : std::string();
  }

 private:
  const Document& d_;
  std::vector<std::size_t> next_resolved_;
};

// Words after a figure that narrow what it counts: "percent of young
// voters", "points among likely voters", "points in Indiana".
constexpr std::string_view kNarrowing[]{"of",   "among",   "in", "with", "for",
                                        "from", "against", "on", "at"};
// How many words of the narrowing phrase are read.
constexpr std::size_t kNarrowingWords = 4;

std::string name_of(const EntityMention& e, const std::vector<Cluster>& clusters) {
  const Cluster* c = e.cluster.empty() ? nullptr : find_cluster(clusters, e.cluster);
  return c ? c->name : e.text;
}

std::string narrowing(const Document& d, const std::vector<text::Word>& words,
                      const std::vector<Cluster>& clusters, std::size_t after) {
  std::size_t k = after;
  // Past the unit's nouns ("points", "percent").
  for (int n = 0; n < 2 && k < words.size() && words[k].joined && is_content(words[k]) &&
                  !text::listed(kNarrowing, words[k].lower);
       ++n)
    ++k;
  if (k >= words.size() || !words[k].joined || !text::listed(kNarrowing, words[k].lower)) return {};
  std::string head;
  for (std::size_t j = k + 1; j < words.size() && j <= k + kNarrowingWords && words[j].joined;
       ++j) {
    if (const EntityMention* e = mention_at(d, words[j].start)) {
      head = name_of(*e, clusters);
      break;
    }
    if (!is_content(words[j])) {
      if (!head.empty()) break;
      continue;
    }
    head = singular(words[j].lower);
  }
  return head.empty() ? std::string() : words[k].lower + " " + head;
}

// The lower-case word right after `at` (after one space), or "" when the
// next thing is not a lower-case word.
std::string word_after(std::string_view text, std::size_t at) {
  if (at == 0 || at + 1 >= text.size() || text[at] != ' ') return {};
  std::size_t end = at + 1;
  while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
  return std::string(text.substr(at + 1, end - at - 1));
}

// A person's age: "Scott, 43, a father of seven", "40-year-old Terence
// Crutcher", "Terence Crutcher, a 40-year-old unarmed black man": the
// person, or null.
constexpr double kOldestAge = 120;
const EntityMention* person_aged(const Document& d, const NumberMention& n) {
  const std::string_view text = d.text;
  const auto person = [](const EntityMention* e) {
    return e && e->type == EntityType::person ? e : nullptr;
  };
  if (n.kind == NumberKind::age && n.unit == "year") {
    // "40-year-old Terence Crutcher": the name right after.
    if (n.span.end + 1 < text.size() && text[n.span.end] == ' ') {
      const auto* e = person(mention_at(d, n.span.end + 1));
      // Not "a 31-year-old Sanders supporter": the name ends the phrase.
      const std::string next = word_after(text, e ? e->span.end : 0);
      if (e && e->span.start == n.span.end + 1 && (next.empty() || text::is_stop_word(next)))
        return e;
    }
    // "Terence Crutcher, a 40-year-old": the name before ", a ".
    for (std::string_view gap : {", a ", ", an "}) {
      if (n.span.start < gap.size() + 1 ||
          text.substr(n.span.start - gap.size(), gap.size()) != gap)
        continue;
      if (const auto* e = person(mention_at(d, n.span.start - gap.size() - 1));
          e && e->span.end == n.span.start - gap.size())
        return e;
    }
    return nullptr;
  }
  // "Scott, 43, a father": a whole number between commas (or a dash) after a name.
  if (n.kind != NumberKind::cardinal || n.qualifier != Qualifier::none || n.value < 1 ||
      n.value > kOldestAge || n.value != std::floor(n.value) || n.span.start < 3 ||
      text.substr(n.span.start - 2, 2) != ", ")
    return nullptr;
  const std::string_view after = text.substr(n.span.end, 4);
  if (!(after.starts_with(",") || after.starts_with(" \u2015") || after.starts_with(" \u2014") ||
        after.starts_with(" -")))
    return nullptr;
  const auto* e = person(mention_at(d, n.span.start - 3));
  return e && e->span.end == n.span.start - 2 ? e : nullptr;
}

Measured measured(const Document& d, const std::vector<text::Word>& words,
                  const std::vector<Cluster>& clusters, const Times& times, const NumberMention& n,
                  const Reading& r, Span sentence) {
  Measured m;
  m.measure = singular(r.measure);
  if (r.counted.starts_with("age in ")) {
    m.unit = r.counted.substr(7);
  } else {
    if (n.kind == NumberKind::percent) {
      m.unit = "%";
    } else if (n.kind == NumberKind::money) {
      m.unit = n.unit;
    } else if (!n.unit.empty()) {
      m.unit = singular(n.unit);  // "30-point margin"
    } else {
      // "killed some 250,000": no unit said (it may join a group that says one).
      const std::string noun = r.subject.substr(0, r.subject.find(' '));
      m.unit = noun.empty() ? "" : singular(noun);
    }
  }
  if (r.counted.starts_with("age in ")) {
    // "the crisis, now in its fifth year", "the four-year-old civil war".
    m.subject = r.subject;
  } else if (const Subject s = subject_of(d, words, r.anchor, sentence.start); s.mention) {
    const Cluster* c =
        s.mention->cluster.empty() ? nullptr : find_cluster(clusters, s.mention->cluster);
    m.subject = c ? c->name : s.words;
    if (c) m.subject_cluster = c->id;
  } else {
    m.subject = s.words;
  }
  const std::size_t i0 = word_at(words, n.span.start), i1 = word_at(words, n.span.end);
  for (std::size_t k = r.anchor + 1; k < i0; ++k) {
    if (const EntityMention* e = mention_at(d, words[k].start)) {
      m.object = name_of(*e, clusters);
      break;
    }
  }
  m.narrowed = narrowing(d, words, clusters, i1);
  m.time = times.of(sentence);
  return m;
}

std::string why(const Measured& m) {
  std::string out =
      "same measure (" + m.measure + "), unit (" + m.unit + ") and subject (" + m.subject + ")";
  if (!m.object.empty()) out += ", against " + m.object;
  if (!m.narrowed.empty()) out += ", " + m.narrowed;
  out += m.time.empty() ? "; no time given, so never flagged as differing"
                        : "; same time (" + m.time + ")";
  return out;
}

// Claims read a long text a part at a time (as numbers are read,
// facts/scan.hpp): the words of the part holding a figure, made when a
// figure first falls in it. A figure's reading never leaves its sentence.
class PartWords {
 public:
  explicit PartWords(const std::string& text) : text_(text) {}
  const std::vector<text::Word>& holding(std::size_t offset) {
    if (offset < start_) start_ = end_ = 0;  // figures out of order: read again from the start
    if (offset < end_ && !words_.empty()) return words_;
    while (end_ < text_.size() && offset >= end_) {
      start_ = end_;
      end_ = text::part_end(text_, start_, facts::kPartBytes);
    }
    std::vector<text::Word>().swap(words_);  // the last part's gone before this part's are made
    words_ = text::plain_words(text_, start_, end_);
    return words_;
  }

 private:
  const std::string& text_;
  std::size_t start_ = 0, end_ = 0;
  std::vector<text::Word> words_;
};

}  // namespace

std::deque<ClaimGroup> find_claims(const std::vector<Document>& documents,
                                   const std::vector<Cluster>& clusters) {
  struct Read {
    std::size_t document, number;
    Reading reading;
    Measured measured;
    Span sentence;
    std::string key;
  };
  // In a deque, let go from the front as the groups take them: a page of
  // figures never holds every reading and every group at once.
  std::deque<Read> all;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& document = documents[d];
    if (document.numbers.empty()) continue;
    PartWords parts(document.text);
    const Times times(document);
    for (std::size_t k = 0; k < document.numbers.size(); ++k) {
      const auto& n = document.numbers[k];
      const auto& spans = document.sentences;
      const Span sentence = spans.empty() ? Span{} : spans[text::sentence_at(spans, n.span.start)];
      if (const EntityMention* person = person_aged(document, n)) {
        Reading r{"age in years", "", "age", 0, n.value, n.value + 1 - kBelow};
        Measured m;
        m.measure = "age";
        m.unit = "years";
        m.subject = name_of(*person, clusters);
        if (!person->cluster.empty()) m.subject_cluster = person->cluster;
        m.time = times.of(sentence);
        all.push_back({d, k, std::move(r), std::move(m), sentence, {}});
        continue;
      }
      const auto& words = parts.holding(n.span.start);
      if (part_of_a_name(document, n, words, sentence.start)) continue;
      auto reading = read(n, words, sentence.start);
      if (!reading || no_measure(reading->counted)) continue;
      Measured m = measured(document, words, clusters, times, n, *reading, sentence);
      all.push_back({d, k, std::move(*reading), std::move(m), sentence, {}});
    }
  }
  // A figure about nothing named, or that measures nothing said, is compared
  // with no other. One that says no unit ("has killed some 250,000") joins
  // the one group of its measure, subject and time that says one.
  std::map<std::string, std::set<std::string>> units_of;  // key without unit -> units
  for (const auto& r : all) {
    if (!r.measured.unit.empty()) units_of[r.measured.key(false)].insert(r.measured.unit);
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    Read& r = all[i];
    Measured& m = r.measured;
    if (m.subject.empty() || m.measure.empty()) {
      r.key = "#" + std::to_string(i);
      continue;
    }
    if (m.unit.empty()) {
      const auto units = units_of.find(m.key(false));
      if (units != units_of.end() && units->second.size() == 1) m.unit = *units->second.begin();
    }
    r.key = m.key();
  }
  // Grown a group at a time, and handed back so: a group each of thousands
  // of figures about nothing (which no other joins) is never held with as
  // much room to spare, or twice while moved to a list made for them.
  std::deque<ClaimGroup> grown;
  std::map<std::string, std::size_t> group_of;
  for (; !all.empty(); all.pop_front()) {
    Read& r = all.front();
    const auto& n = documents[r.document].numbers[r.number];
    Measured& m = r.measured;
    auto [it, added] = group_of.try_emplace(r.key, grown.size());
    if (added) {
      ClaimGroup g;
      g.why = r.key.starts_with("#") ? "" : why(m);
      g.counted = std::move(r.reading.counted);
      g.measure = std::move(m.measure);
      g.unit = std::move(m.unit);
      g.subject = std::move(m.subject);
      g.subject_cluster = std::move(m.subject_cluster);
      g.time = std::move(m.time);
      grown.push_back(std::move(g));
    }
    grown[it->second].claims.push_back({r.document, r.number, n.value, r.reading.low,
                                        r.reading.high, n.qualifier, std::move(r.reading.subject),
                                        r.sentence});
  }
  std::map<std::string, std::size_t>().swap(group_of);
  for (auto& g : grown) g.agree = agreement(g);
  return grown;
}

}  // namespace presslens::batch
