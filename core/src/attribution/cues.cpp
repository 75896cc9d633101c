#include "attribution/cues.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <span>
#include <unordered_set>

#include "text/lexicon.hpp"

namespace presslens::attribution {
namespace {

using text::ascii_lower;
using text::listed;

// The other speech cues: "asked", "according to", "called it ...".
constexpr std::string_view kOtherCues[]{
    "say",         "saying",    "tell",       "tells",       "telling",    "add",       "adds",
    "adding",      "ask",       "asks",       "asked",       "asking",     "declare",   "declares",
    "announce",    "announces", "noting",     "explain",     "explains",   "insist",    "insists",
    "argue",       "argues",    "arguing",    "warn",        "warns",      "warning",   "write",
    "writes",      "tweets",    "claims",     "claiming",    "continued",  "called",    "calling",
    "calls",       "described", "describes",  "describing",  "quoted",     "recalled",  "urged",
    "complained",  "observed",  "remarked",   "commented",   "joked",      "quipped",   "countered",
    "boasted",     "pledged",   "demanded",   "lamented",    "according",  "mused",     "shouted",
    "thundered",   "concluded", "explaining", "asserted",    "reads",      "recalls",   "insisting",
    "interjected", "retorted",  "exclaimed",  "reiterated",  "answered",   "testified", "cautioned",
    "yelled",      "opined",    "alleged",    "scoffed",     "wondered",   "bragged",   "griped",
    "pleaded",     "screamed",  "whispered",  "muttered",    "speculated", "recounted", "describe",
    "predict",     "suggest",   "admit",      "acknowledge", "confirm",    "respond"};

// Verbs that credit words to someone while judging them.
constexpr std::string_view kJudgingCues[]{
    "attacked",  "lauded",     "praised",   "criticized", "criticised", "slammed", "blasted",
    "condemned", "proclaimed", "dismissed", "labeled",    "labelled",   "likened", "mocked",
    "hailed",    "derided",    "denounced", "touted",     "branded",    "dubbed",  "chanted",
    "sang",      "sings",      "echoed",    "accused",    "decried",    "cited"};

constexpr std::string_view kSkippable[]{
    "also",     "further",    "later",    "earlier",   "previously", "then",         "has",
    "had",      "have",       "would",    "will",      "again",      "repeatedly",   "once",
    "recently", "reportedly", "publicly", "privately", "often",      "always",       "never",
    "not",      "did",        "does",     "do",        "was",        "is",           "were",
    "are",      "been",       "simply",   "just",      "flatly",     "specifically", "explicitly",
    "now",      "still",      "since",    "should",    "could",      "can",          "may",
    "might",    "must",       "shall",    "cannot",    "even",       "ever"};

constexpr std::string_view kBreakers[]{
    "that",   "which",  "who",   "whom",       "and",   "but",   "or",     "because",
    "if",     "when",   "while", "as",         "since", "after", "before", "although",
    "though", "so",     "where", "than",       "what",  "how",   "why",    "whether",
    "said",   "says",   "told",  "is",         "are",   "was",   "were",   "has",
    "have",   "had",    "not",   "be",         "being", "by",    "once",   "until",
    "unless", "having", "let's", "let\u2019s", "e.g.",  "i.e.",  "however"};

// Forms of "be" that make a participle after them passive ("It has been said").
constexpr std::string_view kBeForms[]{"is", "was", "were", "are", "been", "be", "being", "am"};

// Verbs that name a thing as well as credit words: "a film called "X"".
constexpr std::string_view kNamingVerbs[]{"called",   "dubbed", "named",   "labeled",
                                          "labelled", "termed", "branded", "nicknamed"};

// Words after which an -ing cue is a noun: "the old saying", "a warning".
constexpr std::string_view kBeforeNouns[]{"the",    "a",       "an",       "his",  "her",
                                          "their",  "its",     "this",     "old",  "famous",
                                          "common", "popular", "familiar", "wise", "ancient"};

// Verbs that open a verb phrase, not a subject: "that may help explain".
constexpr std::string_view kAuxiliaries[]{"may",    "might", "can", "could", "will", "would",
                                          "should", "must",  "do",  "does",  "did"};

// Participles that tell of a subject as it speaks: "a source speaking to
// Fox News said", "an official appearing on CNN said".
constexpr std::string_view kSpeechParticiples[]{"speaking",  "talking",    "writing",
                                                "appearing", "testifying", "commenting"};

// Words before "the" that belong to a subject with it: "all the senators".
constexpr std::string_view kBeforeDeterminer[]{"all", "both", "half", "of"};

// Words that may open a phrase after "said" but name no one: "said Tuesday",
// "said on", "said it" (and the words of time, is_time_word).
constexpr std::string_view kNotSpeakers[]{"on", "in", "at", "that", "it", "there"};

// Words that end a phrase after "said" by saying when or where: "said the
// governor during the debate", "on Tuesday", "in a statement".
constexpr std::string_view kCircumstance[]{"on",      "in",        "during",    "amid",
                                           "despite", "following", "throughout"};

constexpr std::string_view kOpeningPrepositions[]{
    "during",  "following",  "on",      "in",    "at",    "after",  "before", "since",
    "despite", "with",       "without", "amid",  "under", "from",   "by",     "for",
    "of",      "to",         "over",    "about", "like",  "unlike", "among",  "into",
    "through", "throughout", "when",    "while", "if"};

bool names_no_one(const Word& w) {
  const std::string_view lower = w.lower;
  return listed(kNotSpeakers, lower) || is_time_word(lower);
}
// Nouns ending in -ly that are not adverbs.
constexpr std::string_view kLyNouns[]{"family",   "ally",    "rally", "assembly", "daily", "supply",
                                      "monopoly", "anomaly", "bully", "july",     "reply", "italy"};

// "forcefully told", "egregiously described": an adverb between subject and cue.
bool is_adverb(const Word& w) {
  if (w.punct || w.capitalised || w.text.size() < 5 || !w.text.ends_with("ly")) return false;
  return !listed(kLyNouns, w.lower);
}

}  // namespace

bool is_cue(const Word& word) {
  if (word.punct) return false;
  // The two lists as one set, and the reporting verbs (text::is_reporting_verb):
  // asked of every word near every quote.
  static const std::unordered_set<std::string_view> cues = [] {
    std::unordered_set<std::string_view> all;
    for (const std::span<const std::string_view> list :
         {std::span<const std::string_view>(kOtherCues),
          std::span<const std::string_view>(kJudgingCues)})
      all.insert(list.begin(), list.end());
    return all;
  }();
  const std::string_view lower = word.lower;
  return (!word.capitalised || lower == "according") &&
         (cues.contains(lower) || text::is_reporting_verb(lower));
}

bool is_reporting_cue(const Word& word) {
  return !word.punct && text::is_reporting_verb(word.lower);
}

bool is_skipped_before_cue(const Word& word) {
  return !word.punct && (listed(kSkippable, word.lower) || is_adverb(word));
}

bool is_object_preposition(std::string_view lower) {
  static constexpr std::string_view kObjectPrepositions[]{"on",   "of",   "at",    "in",      "to",
                                                          "for",  "with", "about", "against", "by",
                                                          "from", "than", "like",  "and",     "or"};
  return listed(kObjectPrepositions, lower);
}

bool is_time_word(std::string_view lower) {
  static constexpr std::string_view kTime[]{"today", "tonight", "yesterday", "earlier",
                                            "later", "last",    "this",      "week",
                                            "month", "year",    "night",     "morning"};
  return listed(kTime, lower) || text::weekday_of(lower) != 0;
}

bool is_article(const Word& w) {
  return w.lower == "the" || w.lower == "a" || w.lower == "an";
}

bool is_pronoun(std::string_view lower) {
  return text::is_personal_pronoun(lower);
}

std::size_t cue_end(const std::vector<Word>& words, std::size_t cue) {
  if (words[cue].lower == "according" && cue + 1 < words.size() && words[cue + 1].lower == "to") {
    return cue + 2;
  }
  return cue + 1;
}

// How far a subject reaches back from its cue: "Russian Foreign Minister
// Sergei Lavrov" is five words; ten leaves room for long titles without
// running into the clause before.
constexpr std::size_t kSubjectWords = 10;
// Appositions crossed back to the name before them, and how many words they
// may span in all ("Scott Pruitt, the Republican attorney general of
// Oklahoma, one of the states suing the EPA, said" crosses two in 14 words).
constexpr std::size_t kMaxAppositions = 3;
constexpr std::size_t kAppositionWords = 30;
// How far a speaker phrase after an inverted cue reaches: "said the
// Russian diplomatic source" (the same reach as a subject).
constexpr std::size_t kPhraseAfterWords = kSubjectWords;
// ", Warren said.": the subject and its cue within this many words of the
// comma ("..., Russian Foreign Minister Sergei Lavrov said").
constexpr std::size_t kTrailingCueWords = 14;

constexpr std::string_view kDeterminers[]{"the", "a", "an", "one", "his", "her", "their", "its"};
constexpr std::string_view kRelativeTime[]{"this", "last", "next", "earlier", "late", "early"};
constexpr std::string_view kPeriods[]{"week",    "month",     "year",    "weekend",
                                      "morning", "afternoon", "evening", "night"};

bool apposition_mark(const Word& w) {
  return w.punct && w.text != ";" && w.text != "\"" && w.text != "\u201C" && w.text != "\u201D" &&
         w.text != "?" && w.text != "!";
}

bool has_capital(const std::vector<Word>& words, Phrase p) {
  for (std::size_t k = p.first; k < p.last; ++k) {
    if (words[k].capitalised) return true;
  }
  return false;
}

namespace {

// The mark of a possessive written without its "s" ("Sanders’ campaign",
// "the Joneses' lawyer"): an apostrophe on a word ending in "s", before
// another word of the phrase (words[at], the phrase ending at `last`).
bool bare_possessive(const std::vector<Word>& words, std::size_t at, std::size_t last) {
  const Word& w = words[at];
  if ((w.text != "'" && w.text != "\u2019") || at == 0 || at + 1 >= last) return false;
  const Word& before = words[at - 1];
  return !before.punct && before.end == w.start && w.end < words[at + 1].start &&
         (before.lower.ends_with('s'));
}

// "May said", "Will said": a capitalised modal right before a verb of
// speech in the past or the third person is a name (the auxiliary would
// take the verb's bare form, "may say").
bool modal_name(const std::vector<Word>& words, std::size_t k, std::size_t cue) {
  static constexpr std::string_view kModals[]{"may",   "might", "will",   "would", "can",
                                              "could", "shall", "should", "must"};
  return k + 1 == cue && words[k].capitalised && listed(kModals, words[k].lower) &&
         is_reporting_cue(words[cue]);
}

bool is_be(const Word& w) {
  return listed(kBeForms, w.lower);
}

// "It has been said", "The senator was told": a verb of speech made passive
// by a form of "be" among the words skipped before it (`from` to `cue`); its
// subject was spoken of or to, not the speaker.
bool passive(const std::vector<Word>& words, std::size_t from, std::size_t cue) {
  const std::string_view verb = words[cue].lower;
  if (verb.ends_with("ing") || verb.ends_with('s')) return false;
  return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(from),
                     words.begin() + static_cast<std::ptrdiff_t>(cue), is_be);
}

bool is_quote_mark(const Word& w) {
  return w.text == "\"" || w.text == "\u201C" || w.text == "\u201D";
}

// "a short film called "Tenemos Familias"", "a formula called the "chained
// CPI"": a naming verb right after a noun, with the quote right after it
// (or after an article), names a thing and no one speaks; so does a naming
// verb made passive ("has been called the "Trump of the East""). "The
// president called the deal "a disaster"" has an object between; in "what
// critics called "a betrayal"" the critics speak.
bool names_a_thing(const std::vector<Word>& words, std::size_t from, std::size_t cue) {
  if (cue == 0 || !listed(kNamingVerbs, words[cue].lower)) return false;
  const Word& noun = words[cue - 1];
  const bool passive = is_be(noun);  // "has been called": whatever the words skipped
  if (!passive && (from != cue || noun.punct || noun.capitalised || is_pronoun(noun.lower) ||
                   listed(kBreakers, noun.lower)))
    return false;
  if (!passive && cue >= 2 && (words[cue - 2].lower == "what" || words[cue - 2].lower == "which"))
    return false;
  std::size_t k = cue + 1;
  if (k < words.size() && is_article(words[k])) ++k;
  return k == words.size() || is_quote_mark(words[k]);
}

// "made a point of saying": an -ing cue right after a preposition is a
// gerund, whose subject is the clause's, not the words before it; "the old
// saying", "a warning": after a determiner (or an adjective of sayings) it
// is a noun. "juices with added zinc", "the suggested apps": a past
// participle there is an adjective.
bool not_a_verb(const std::vector<Word>& words, std::size_t from, std::size_t cue) {
  const std::string_view verb = words[cue].lower;
  if (from != cue || cue == 0 || !(verb.ends_with("ing") || verb.ends_with("ed"))) return false;
  const std::string_view before = words[cue - 1].lower;
  return listed(kOpeningPrepositions, before) || listed(kBeforeNouns, before);
}

// subject_before, remembering the subject found before each comma: the
// appositions crossed from one comma are crossed again from the commas
// before it, and without the memo a run of commas takes exponential time.
Phrase subject_before(const std::vector<Word>& words, std::size_t cue,
                      std::map<std::size_t, Phrase>& before_comma) {
  std::size_t i = cue;
  // "Carter however said": passed over between a subject and its cue;
  // elsewhere "however" opens a clause (kBreakers).
  const auto however = [&](std::size_t k) {
    return words[k].lower == "however" && k > 0 && !words[k - 1].punct;
  };
  while (i > 0 && (is_skipped_before_cue(words[i - 1]) || however(i - 1)) &&
         !modal_name(words, i - 1, cue))
    --i;
  // "ready to say", "has yet to tell": an infinitive has no subject of its own.
  if (i > 0 && words[i - 1].lower == "to") return {};
  if (passive(words, i, cue) || names_a_thing(words, i, cue) || not_a_verb(words, i, cue))
    return {};
  // "Brian Fallon, the campaign's press secretary, noted" and "Scott Pruitt,
  // the attorney general of Oklahoma, one of the states suing, said": the
  // name before the appositions.
  if (i >= 3 && words[i - 1].text == ",") {
    // The name is the chunk between commas that does not open with a
    // determiner ("the Republican attorney general of Oklahoma" is not).
    std::size_t commas = 0;
    Phrase fallback;
    for (std::size_t j = i - 2; j > 0 && i - j < kAppositionWords; --j) {
      if (words[j].text == ",") {
        auto [known, added] = before_comma.try_emplace(j);
        if (added) known->second = subject_before(words, j, before_comma);
        const Phrase name = known->second;
        if (!name.empty() && has_capital(words, name)) {
          if (!listed(kDeterminers, words[name.first].lower)) return name;
          if (fallback.empty()) fallback = name;
        }
        if (++commas == kMaxAppositions) break;
        continue;
      }
      if (words[j].punct && !apposition_mark(words[j])) break;
    }
    return fallback;
  }
  // "X on Tuesday said", "X this week said": skip a short time phrase.
  if (i >= 2 && words[i - 2].lower == "on" && names_no_one(words[i - 1])) i -= 2;
  if (i >= 3 && listed(kRelativeTime, words[i - 2].lower) && listed(kPeriods, words[i - 1].lower))
    i -= 2;
  const std::size_t last = i;
  bool participle = false;  // stopped at "speaking", "talking"
  while (i > 0 && last - i < kSubjectWords) {
    const Word& w = words[i - 1];
    if (w.punct && !bare_possessive(words, i - 1, last)) break;
    const std::string_view lower = w.lower;
    if (listed(kSpeechParticiples, lower)) {
      participle = true;
      break;
    }
    if (listed(kBreakers, lower) || is_cue(w)) break;
    if (is_pronoun(lower)) {
      if (i == last) --i;  // "he said": the pronoun alone
      break;               // "even now at 86 she still says": not past a pronoun
    }
    --i;
  }
  // "a White House official who spoke anonymously said": the verb phrase of
  // a relative clause is not the subject; the words before "who" are. (When
  // a name or pronoun follows "who", it is the clause's own subject: "the
  // man who Trump said".)
  if (i < last && i >= 2 && words[i - 1].lower == "who" && !words[i].capitalised &&
      !is_pronoun(words[i].lower) && !listed(kDeterminers, words[i].lower)) {
    const Phrase antecedent = subject_before(words, i - 1, before_comma);
    if (!antecedent.empty()) return antecedent;
  }
  // "Another intelligence source speaking to Fox News said": the participle
  // and what follows it tell of the subject before it, as a relative clause
  // would ("a source who spoke to Fox News").
  if (participle && i >= 2 && !words[i - 2].punct) {
    const Phrase subject = subject_before(words, i - 1, before_comma);
    if (!subject.empty()) return subject;
  }
  // "that may help explain": a phrase that opens with a modal or "do" is a
  // verb phrase whose subject came before it.
  if (i < last && !words[i].capitalised && listed(kAuxiliaries, words[i].lower)) return {};
  // "replacing it with softer language calling": a verb opens no subject.
  if (i < last && !words[i].capitalised && words[i].lower.ends_with("ing")) return {};
  // "In a Bloomberg interview Trump declared": a phrase that opens with a
  // preposition keeps only the name that ends it.
  if (i < last && listed(kOpeningPrepositions, words[i].lower)) {
    std::size_t k = last;
    while (k > i && words[k - 1].capitalised) --k;
    if (k == last) return {};
    return {k, last};
  }
  // "at which point the crowd chanted", "even a top GOP strategist said": an
  // article after words in lower case that are not of the subject ("one of
  // the senators", "all the") starts it ("Vatican spokesman the Rev.
  // Federico Lombardi" keeps its title).
  for (std::size_t k = i + 1; k + 1 < last; ++k) {
    const Word& previous = words[k - 1];
    if (previous.punct || previous.capitalised || previous.possessive) break;
    if (is_article(words[k]) && !listed(kBeforeDeterminer, previous.lower) &&
        !listed(kOpeningPrepositions, previous.lower))
      return {k, last};
  }
  return {i, last};
}

}  // namespace

Phrase subject_before(const std::vector<Word>& words, std::size_t cue) {
  std::map<std::size_t, Phrase> before_comma;
  return subject_before(words, cue, before_comma);
}

bool negated(const std::vector<Word>& words, std::size_t from, std::size_t cue) {
  for (std::size_t k = from; k < cue; ++k) {
    const std::string_view lower = words[k].lower;
    if (lower == "not" || lower == "never" || lower == "cannot" || lower.ends_with("n't") ||
        lower.ends_with("n\u2019t"))
      return true;
  }
  return false;
}

bool names_what_follows(const std::vector<Word>& words) {
  std::size_t end = words.size();
  while (end > 0 && is_quote_mark(words[end - 1])) --end;
  if (end > 0 && is_article(words[end - 1])) --end;
  return end > 0 && names_a_thing(words, end - 1, end - 1);
}

Phrase phrase_after(const std::vector<Word>& words, std::size_t from) {
  std::size_t i = from;
  if (i < words.size() && names_no_one(words[i])) return {};
  // "quoted speaking in the past tense", "said laughing": a participle.
  if (i < words.size() && !words[i].capitalised && words[i].lower.ends_with("ing")) return {};
  const std::size_t first = i;
  while (i < words.size() && i - first < kPhraseAfterWords) {
    const Word& w = words[i];
    if (w.punct) break;
    const std::string_view lower = w.lower;
    if (listed(kBreakers, lower) || is_cue(w) || listed(kCircumstance, lower)) break;
    ++i;
  }
  // "wrote the authors of the \"Growth ...\"": a phrase cut short ends at its
  // last noun, not at "of the".
  while (i > first && (listed(kDeterminers, words[i - 1].lower) ||
                       listed(kOpeningPrepositions, words[i - 1].lower))) {
    --i;
  }
  return {first, i};
}

std::optional<TrailingCue> trailing_cue(const std::vector<Word>& words, std::size_t from,
                                        bool (*accepts)(const Word&)) {
  std::size_t comma = words.size();
  for (std::size_t k = words.size(); k-- > from;) {
    if (words[k].text == ",") {
      comma = k;
      break;
    }
  }
  if (comma == words.size()) return std::nullopt;
  for (std::size_t c = comma + 2; c < words.size() && c < comma + kTrailingCueWords; ++c) {
    if (words[c].punct) return std::nullopt;
    if (!accepts(words[c])) continue;
    const Phrase subject = subject_before(words, c);
    if (subject.empty() || subject.first != comma + 1) return std::nullopt;
    return TrailingCue{comma, c, subject};
  }
  return std::nullopt;
}

}  // namespace presslens::attribution
