#include "text/lexicon.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include "text/case.hpp"
#include "text/hash.hpp"

namespace presslens::text {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

struct AbbreviationEntry {
  std::string_view written;
  Abbreviation kind;
  std::string_view word = {};  // a title's office written out: "Sen" senator
};

constexpr AbbreviationEntry kAbbreviations[]{
    {"Mr", Abbreviation::title},
    {"Mrs", Abbreviation::title},
    {"Ms", Abbreviation::title},
    {"Messrs", Abbreviation::title},
    {"Dr", Abbreviation::title, "doctor"},
    {"Prof", Abbreviation::title, "professor"},
    {"Gen", Abbreviation::title, "general"},
    {"Gens", Abbreviation::title, "general"},
    {"Col", Abbreviation::title, "colonel"},
    {"Lt", Abbreviation::title, "lieutenant"},
    {"Maj", Abbreviation::title},
    {"Capt", Abbreviation::title, "captain"},
    {"Cmdr", Abbreviation::title},
    {"Adm", Abbreviation::title, "admiral"},
    {"Sgt", Abbreviation::title, "sergeant"},
    {"Cpl", Abbreviation::title},
    {"Det", Abbreviation::title, "detective"},
    {"Supt", Abbreviation::title},
    {"Gov", Abbreviation::title, "governor"},
    {"Sen", Abbreviation::title, "senator"},
    {"Sens", Abbreviation::title, "senator"},
    {"Rep", Abbreviation::title},
    {"Reps", Abbreviation::title},
    {"Del", Abbreviation::title},
    {"Amb", Abbreviation::title, "ambassador"},
    {"Pres", Abbreviation::title, "president"},
    {"Rev", Abbreviation::title, "reverend"},
    {"Jr", Abbreviation::name_suffix},
    {"Sr", Abbreviation::name_suffix},
    {"St", Abbreviation::place},
    {"Mt", Abbreviation::place},
    {"Ft", Abbreviation::place},
    {"Jan", Abbreviation::month},
    {"Feb", Abbreviation::month},
    {"Mar", Abbreviation::month},
    {"Apr", Abbreviation::month},
    {"Jun", Abbreviation::month},
    {"Jul", Abbreviation::month},
    {"Aug", Abbreviation::month},
    {"Sep", Abbreviation::month},
    {"Sept", Abbreviation::month},
    {"Oct", Abbreviation::month},
    {"Nov", Abbreviation::month},
    {"Dec", Abbreviation::month},
    {"Inc", Abbreviation::company},
    {"Corp", Abbreviation::company},
    {"Co", Abbreviation::company},
    {"Ltd", Abbreviation::company},
    {"Bros", Abbreviation::company},
    {"vs", Abbreviation::other},
    {"etc", Abbreviation::other},
    {"approx", Abbreviation::other},
    {"No", Abbreviation::other},
    {"Nos", Abbreviation::other},
    {"Ave", Abbreviation::other},
    {"Blvd", Abbreviation::other},
    {"Dept", Abbreviation::other},
    {"Univ", Abbreviation::other},
    {"Assn", Abbreviation::other},
};

constexpr std::string_view kNameAttachments[]{
    "affiliated", "aligned",   "allied", "backed",    "based",    "born",     "brokered",
    "controlled", "dominated", "funded", "held",      "inspired", "led",      "linked",
    "occupied",   "owned",     "run",    "sponsored", "style",    "supported"};

struct GenderedWord {
  std::string_view lower;
  Gender gender;
};

constexpr GenderedWord kHonorifics[]{
    {"mr", Gender::male},     {"sir", Gender::male},    {"lord", Gender::male},
    {"mrs", Gender::female},  {"ms", Gender::female},   {"miss", Gender::female},
    {"lady", Gender::female}, {"dame", Gender::female},
};

constexpr GenderedWord kPronouns[]{
    {"he", Gender::male},      {"him", Gender::male},       {"his", Gender::male},
    {"himself", Gender::male}, {"she", Gender::female},     {"her", Gender::female},
    {"hers", Gender::female},  {"herself", Gender::female},
};

constexpr std::string_view kPersonalPronouns[]{"he",  "she", "they", "it",  "i",    "we",    "you",
                                               "him", "her", "them", "his", "hers", "their", "its"};

constexpr std::string_view kStopWords[]{
    "a",       "about",     "above",   "after",   "again",   "against", "ago",     "all",
    "also",    "am",        "an",      "and",     "any",     "are",     "as",      "at",
    "be",      "because",   "been",    "before",  "being",   "below",   "between", "both",
    "but",     "by",        "can",     "could",   "did",     "do",      "does",    "doing",
    "down",    "during",    "each",    "either",  "else",    "even",    "ever",    "every",
    "few",     "for",       "from",    "further", "had",     "has",     "have",    "having",
    "he",      "her",       "here",    "hers",    "herself", "him",     "himself", "his",
    "how",     "however",   "i",       "if",      "in",      "into",    "is",      "it",
    "its",     "itself",    "just",    "least",   "less",    "like",    "many",    "may",
    "me",      "might",     "more",    "most",    "much",    "must",    "my",      "myself",
    "near",    "neither",   "no",      "nor",     "not",     "now",     "of",      "off",
    "on",      "once",      "one",     "only",    "or",      "other",   "others",  "our",
    "ours",    "out",       "over",    "own",     "per",     "rather",  "s",       "said",
    "same",    "say",       "says",    "she",     "should",  "since",   "so",      "some",
    "still",   "such",      "t",       "than",    "that",    "the",     "their",   "theirs",
    "them",    "then",      "there",   "these",   "they",    "this",    "those",   "though",
    "through", "thus",      "to",      "too",     "under",   "until",   "up",      "upon",
    "us",      "very",      "was",     "we",      "were",    "what",    "when",    "where",
    "whether", "which",     "while",   "who",     "whom",    "whose",   "why",     "will",
    "with",    "within",    "without", "would",   "yet",     "you",     "your",    "yours",
    "told",    "according", "re",      "ll",      "ve",      "d",       "m",       "don",
    "didn",    "doesn",     "isn",     "wasn",    "mr",      "mrs",     "ms",      "yes",
    "two",     "three",     "another"};

Gender gender_in(const auto& table, std::string_view lower) {
  for (const auto& entry : table) {
    if (entry.lower == lower) return entry.gender;
  }
  return Gender::unknown;
}

// Verbs whose object is what was said: "X said (that) ...".
constexpr std::string_view kReportingVerbs[]{
    "said",      "says",      "told",         "added",      "stated",     "declared",
    "announced", "noted",     "explained",    "insisted",   "argued",     "warned",
    "wrote",     "claimed",   "stressed",     "emphasized", "emphasised", "replied",
    "responded", "confirmed", "acknowledged", "admitted",   "suggested",  "predicted",
    "promised",  "vowed",     "conceded",     "tweeted",    "reported",   "reports"};

}  // namespace

// What every month's name and abbreviation has: 3-9 letters, and a first
// letter of the twelve; other words are not compared.
constexpr std::size_t kLongestMonth = [] {
  std::size_t longest = 0;
  for (const auto m : kMonths) longest = std::max(longest, m.size());
  return longest;
}();
constexpr std::array<bool, 256> kMonthInitials = [] {
  std::array<bool, 256> out{};
  for (const auto m : kMonths) out[static_cast<unsigned char>(m[0])] = true;
  return out;
}();

int month_of(std::string_view word) {
  if (word.size() < 3 || word.size() > kLongestMonth ||
      !kMonthInitials[static_cast<unsigned char>(word[0])]) {
    return 0;
  }
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m]) return static_cast<int>(m) + 1;
    if (word.size() >= 3 && word.size() < kMonths[m].size() && kMonths[m].starts_with(word) &&
        (word.size() == 3 || word == "sept")) {
      return static_cast<int>(m) + 1;  // Jan, Feb, Sept
    }
  }
  return 0;
}

int weekday_of(std::string_view word) {
  for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
    if (word == kWeekdays[d]) return static_cast<int>(d) + 1;
  }
  return 0;
}

Abbreviation abbreviation(std::string_view word) {
  for (const auto& entry : kAbbreviations) {
    if (entry.written == word) return entry.kind;
  }
  return Abbreviation::none;
}

namespace {

const AbbreviationEntry* find_lower(std::string_view lower) {
  if (lower.empty() || lower.size() > 6) return nullptr;
  for (const auto& entry : kAbbreviations) {
    if (entry.written.size() != lower.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < lower.size() && same; ++i)
      same = ascii_lower(entry.written[i]) == lower[i];
    if (same) return &entry;
  }
  return nullptr;
}

}  // namespace

Abbreviation abbreviation_lower(std::string_view lower) {
  const AbbreviationEntry* entry = find_lower(lower);
  return entry ? entry->kind : Abbreviation::none;
}

std::string_view title_written_out(std::string_view lower) {
  const AbbreviationEntry* entry = find_lower(lower);
  return entry && !entry->word.empty() ? entry->word : lower;
}

bool keeps_period(std::string_view word) {
  if (word.size() == 1) return is_ascii_upper(word[0]);  // "F." initials
  // "U.S", "U.N", "a.m": letters in groups of at most two, separated by periods.
  if (word.find('.') == std::string_view::npos) return abbreviation(word) != Abbreviation::none;
  std::size_t group = 0;
  for (const char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if (is_ascii_letter(c)) {
      if (++group > 2) return false;
    } else {
      return false;
    }
  }
  return group > 0;
}

bool name_abbreviation(Abbreviation kind) {
  return kind == Abbreviation::title || kind == Abbreviation::name_suffix ||
         kind == Abbreviation::place;
}

bool is_name_attachment(std::string_view lower) {
  return std::find(std::begin(kNameAttachments), std::end(kNameAttachments), lower) !=
         std::end(kNameAttachments);
}

Gender honorific_gender(std::string_view lower) {
  if (lower.ends_with('.')) lower.remove_suffix(1);
  return gender_in(kHonorifics, lower);
}

Gender pronoun_gender(std::string_view lower) {
  return gender_in(kPronouns, lower);
}

bool is_personal_pronoun(std::string_view lower) {
  return std::find(std::begin(kPersonalPronouns), std::end(kPersonalPronouns), lower) !=
         std::end(kPersonalPronouns);
}

namespace {

// A fixed list of words, looked up by open addressing over FNV-1a: one hash
// and, mostly, one comparison.
class WordSlots {
 public:
  template <std::size_t N>
  explicit WordSlots(const std::string_view (&words)[N]) {
    std::size_t size = 16;
    while (size < N * 4) size <<= 1;
    slots_.resize(size);
    for (const auto word : words) {
      std::size_t slot = fnv1a(word) & (size - 1);
      while (!slots_[slot].empty() && slots_[slot] != word) slot = (slot + 1) & (size - 1);
      slots_[slot] = word;
    }
  }

  bool contains(std::string_view word) const {
    if (word.empty()) return false;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = fnv1a(word) & mask; !slots_[slot].empty(); slot = (slot + 1) & mask) {
      if (slots_[slot] == word) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> slots_;
};

}  // namespace

bool is_reporting_verb(std::string_view lower) {
  static const WordSlots verbs(kReportingVerbs);
  return verbs.contains(lower);
}

bool is_stop_word(std::string_view lower) {
  static const WordSlots words(kStopWords);
  return words.contains(lower);
}

namespace {

// The states of the United States and the District of Columbia: the name,
// AP's abbreviation (none where AP writes the name; a second row for a
// second abbreviation) and the postal code, folded and without periods; and
// whether the abbreviation is also a word or stands for other things
// ("mass", "pa", "la", "del", "ind").
struct UsState {
  std::string_view name, ap, postal;
  bool ap_is_word = false;
};

constexpr UsState kUsStates[]{
    {"alabama", "ala", "al"},
    {"alaska", "", "ak"},
    {"arizona", "ariz", "az"},
    {"arkansas", "ark", "ar"},
    {"california", "calif", "ca"},
    {"california", "cal", "ca", true},
    {"colorado", "colo", "co"},
    {"connecticut", "conn", "ct"},
    {"delaware", "del", "de", true},
    {"district of columbia", "dc", "dc"},
    {"florida", "fla", "fl"},
    {"georgia", "ga", "ga"},
    {"hawaii", "", "hi"},
    {"idaho", "", "id"},
    {"illinois", "ill", "il", true},
    {"indiana", "ind", "in", true},
    {"iowa", "", "ia"},
    {"kansas", "kan", "ks"},
    {"kansas", "kans", "ks"},
    {"kentucky", "ky", "ky"},
    {"louisiana", "la", "la", true},
    {"maine", "", "me"},
    {"maryland", "md", "md"},
    {"massachusetts", "mass", "ma", true},
    {"michigan", "mich", "mi"},
    {"minnesota", "minn", "mn"},
    {"mississippi", "miss", "ms", true},
    {"missouri", "mo", "mo", true},
    {"montana", "mont", "mt"},
    {"nebraska", "neb", "ne"},
    {"nebraska", "nebr", "ne"},
    {"nevada", "nev", "nv"},
    {"new hampshire", "nh", "nh"},
    {"new jersey", "nj", "nj"},
    {"new mexico", "nm", "nm"},
    {"new york", "ny", "ny"},
    {"north carolina", "nc", "nc"},
    {"north dakota", "nd", "nd"},
    {"ohio", "", "oh"},
    {"oklahoma", "okla", "ok"},
    {"oregon", "ore", "or", true},
    {"pennsylvania", "pa", "pa", true},
    {"rhode island", "ri", "ri"},
    {"south carolina", "sc", "sc"},
    {"south dakota", "sd", "sd"},
    {"tennessee", "tenn", "tn"},
    {"texas", "tex", "tx"},
    {"utah", "", "ut"},
    {"vermont", "vt", "vt"},
    {"virginia", "va", "va"},
    {"washington", "wash", "wa", true},
    {"west virginia", "wva", "wv"},
    {"wisconsin", "wis", "wi"},
    {"wyoming", "wyo", "wy"},
};

}  // namespace

std::string_view us_state(std::string_view folded) {
  if (folded.empty()) return {};
  for (const auto& state : kUsStates) {
    if (folded == state.name || folded == state.ap || folded == state.postal) return state.name;
  }
  return {};
}

std::string_view us_state_abbreviated(std::string_view folded) {
  if (folded.empty()) return {};
  for (const auto& state : kUsStates) {
    if (folded == state.ap && !state.ap_is_word && state.name.find(' ') == std::string_view::npos)
      return state.name;
  }
  return {};
}

}  // namespace presslens::text
