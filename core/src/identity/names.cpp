#include "identity/names.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "nlp/gazetteer.hpp"
#include "nlp/tagger.hpp"
#include "text/case.hpp"
#include "text/fold.hpp"
#include "text/lexicon.hpp"
#include "text/words.hpp"

namespace presslens::identity {
namespace {

// Whether the entity model's word lists chosen by `lists` hold a folded
// word; none when no model is loaded.
template <typename Lists>
bool in_lists(std::string_view folded, Lists lists) {
  const nlp::NerModel* model = nlp::loaded_model();
  if (!model) return false;
  const auto& gazetteer = model->gazetteer;
  return (gazetteer.lookup(nlp::entry_key({std::string(folded)})) & lists(gazetteer)) != 0;
}

// A word the tagger's training text writes in lower case.
bool common_word(std::string_view folded) {
  const nlp::NerModel* model = nlp::loaded_model();
  return model && model->gazetteer.common_word(folded);
}

// A word the name lists give as a first name.
bool first_name(std::string_view folded) {
  return in_lists(folded, [](const nlp::Gazetteer& g) { return g.lists_named("first-name"); });
}

}  // namespace

bool given_name_word(std::string_view folded) {
  return first_name(folded);
}

bool person_name_word(std::string_view folded) {
  return in_lists(folded, [](const nlp::Gazetteer& g) {
    return g.person_name_lists() | g.lists_named("name-part");
  });
}

namespace {

bool letters_only(std::string_view folded) {
  return !folded.empty() && std::all_of(folded.begin(), folded.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '\'';
  });
}

// A word of letters that none of the entity model's lists holds.
bool unlisted(std::string_view folded) {
  const nlp::NerModel* model = nlp::loaded_model();
  return model && letters_only(folded) &&
         model->gazetteer.lookup(nlp::entry_key({std::string(folded)})) == 0;
}

}  // namespace

bool may_be_given_name(std::string_view folded) {
  return person_name_word(folded) || unlisted(folded);
}

bool may_be_surname(std::string_view folded) {
  return known_surname(folded) || (letters_only(folded) && !common_word(folded));
}

bool known_surname(std::string_view folded) {
  return in_lists(folded, [](const nlp::Gazetteer& g) { return g.lists_named("name-part"); });
}

bool other_name_word(std::string_view folded) {
  const nlp::NerModel* model = nlp::loaded_model();
  if (!model) return false;
  const nlp::ListMask mined = model->gazetteer.lookup(nlp::entry_key({std::string(folded)}));
  return (mined & (nlp::ListMask{1} << nlp::kMinedMisc)) != 0 &&
         (mined & (nlp::ListMask{1} << nlp::kMinedPer)) == 0;
}

bool known_place(const NameParts& n) {
  const nlp::NerModel* model = nlp::loaded_model();
  if (!model || n.words.empty()) return false;
  const auto& gazetteer = model->gazetteer;
  return (gazetteer.lookup(nlp::entry_key(n.words)) & gazetteer.place_lists()) != 0;
}

namespace {

// Articles and particles of names: "al-Assad", "de Mistura", "van Rompuy".
constexpr std::string_view kParticles[]{"al", "el", "ad",  "as",  "an",  "ar",  "de", "da",
                                        "di", "du", "van", "von", "der", "den", "le", "la"};

constexpr std::string_view kArabicArticles[]{"al", "el", "ad", "as", "an", "ar"};

// Words that end an organisation's name and say what kind it is; the words
// before them name it alone ("Hofstra University", "Hofstra"). Folded.
// Not "bank" or "college", which end places too (West Bank, State College).
constexpr std::string_view kDesignators[]{
    "university",  "institute", "foundation", "party",    "inc",         "corp", "corporation",
    "co",          "company",   "group",      "holdings", "ltd",         "llc",  "plc",
    "association", "society",   "airlines",   "airways",  "incorporated"};

// Names of organisations that no spelling tells, as news writes them: the
// words written, then the name's own words, folded and joined by spaces.
struct Nickname {
  std::string_view written, name;
};
constexpr Nickname kNicknames[]{
    {"gop", "republican party"},
    {"grand old party", "republican party"},
};

// Words skipped when reading initials ("National Coalition for ... Forces").
constexpr std::string_view kFunctionWords[]{"of", "for", "and", "the", "on", "in", "to", "a"};

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

std::string strip_possessive(std::string_view s) {
  for (std::string_view tail : {"'s", "\u2019s", "'", "\u2019"}) {
    if (s.size() > tail.size() + 1 && s.ends_with(tail))
      return std::string(s.substr(0, s.size() - tail.size()));
  }
  return std::string(s);
}

// Acronyms: every letter a capital, optionally dotted ("U.N.", "SNC").
std::string acronym_in(std::string_view bare) {
  std::string letters;
  for (const char c : bare) {
    if (text::is_ascii_upper(c))
      letters.push_back(text::ascii_lower(c));
    else if (c != '.')
      return {};
  }
  if (letters.size() < 2 || letters.size() > 6) return {};
  return letters;
}

}  // namespace

std::string acronym_letters(std::string_view mention) {
  return acronym_in(strip_possessive(mention));
}

NameParts parse_name(std::string_view mention) {
  NameParts parts;
  const std::string bare = strip_possessive(mention);
  parts.acronym = acronym_in(bare);
  const std::string folded = text::ascii_fold(bare);
  // Words, and whether a hyphen joins each to the next ("al-assad", "holtz-eakin").
  std::vector<std::string> all;
  std::vector<bool> hyphen_after;
  std::string word;
  auto flush = [&](bool hyphen) {
    if (!word.empty()) {
      all.push_back(word);
      hyphen_after.push_back(hyphen);
    }
    word.clear();
  };
  for (const char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      word.push_back(c);
    else if (c == '.' || c == '\'')
      continue;  // "u.n." -> "un", "o'brien" -> "obrien"
    else
      flush(c == '-');
  }
  flush(false);
  if (!all.empty() && all.front() == "the") {
    all.erase(all.begin());
    hyphen_after.erase(hyphen_after.begin());
  }
  // "Turkey-based National Coalition": a leading "X-based" describes the name.
  if (all.size() > 2 && hyphen_after[0] && text::is_name_attachment(all[1])) {
    all.erase(all.begin(), all.begin() + 2);
    hyphen_after.erase(hyphen_after.begin(), hyphen_after.begin() + 2);
  }
  // "al-Qaeda-linked": a trailing "-linked" says what the name is tied to.
  if (all.size() >= 2 && hyphen_after[all.size() - 2] && text::is_name_attachment(all.back())) {
    all.pop_back();
    hyphen_after.pop_back();
    hyphen_after.back() = false;
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    // A particle only before another word: "al-Qaida", "de Mistura"; Arabic
    // articles only with their hyphen ("Al Gore" is no particle).
    const bool arabic = text::listed(kArabicArticles, all[i]);
    if (i + 1 < all.size() && text::listed(kParticles, all[i]) && (!arabic || hyphen_after[i])) {
      parts.particles.push_back(all[i]);
    } else if (!parts.words.empty() && i > 0 && hyphen_after[i - 1] &&
               !text::listed(kParticles, all[i - 1])) {
      parts.words.back() += all[i];  // "Holtz-Eakin" is one surname
    } else {
      parts.words.push_back(all[i]);
    }
  }
  std::string joined;
  for (const auto& w : parts.words) joined += (joined.empty() ? "" : " ") + w;
  for (const auto& nickname : kNicknames) {
    if (joined != nickname.written) continue;
    parts.words.clear();
    for (std::string_view rest = nickname.name; !rest.empty();) {
      const std::size_t space = std::min(rest.find(' '), rest.size());
      parts.words.emplace_back(rest.substr(0, space));
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    all = parts.words;
    parts.acronym.clear();
    break;
  }
  // A US state as AP's style abbreviates it after a city ("Orlando, Fla.",
  // "Arlington, Va."), not in capitals ("VA" may be Veterans Affairs).
  if (parts.words.size() == 1 && parts.acronym.empty()) {
    if (const auto state = text::us_state_abbreviated(parts.words.front()); !state.empty())
      parts.words.front() = std::string(state);
  }
  if (parts.words.size() >= 2) {
    for (const auto& w : all) {
      if (!text::listed(kFunctionWords, w)) parts.initials.push_back(w[0]);
      parts.all_initials.push_back(w[0]);
    }
  }
  return parts;
}

std::size_t short_form_words(const NameParts& n) {
  std::size_t k = n.words.size();
  while (k > 0 && text::listed(kDesignators, n.words[k - 1])) --k;
  return k == n.words.size() ? 0 : k;
}

std::string skeleton(std::string_view w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (i > 0 && is_vowel(c)) continue;
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

namespace {

// edit_distance(a, b) <= limit, without computing a distance past the
// limit: stops at the first row whose every cell exceeds it (each row's
// least cell never decreases). Names are short: their row is kept on the
// stack.
bool within_edits(std::string_view a, std::string_view b, std::size_t limit) {
  constexpr std::size_t kStackRow = 64;
  std::array<std::size_t, kStackRow> stack_row{};
  std::vector<std::size_t> heap_row;
  std::size_t* row = stack_row.data();
  if (b.size() >= kStackRow) {
    heap_row.resize(b.size() + 1);
    row = heap_row.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t least = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      diagonal = above;
      least = std::min(least, row[j]);
    }
    if (least > limit) return false;
  }
  return row[b.size()] <= limit;
}

}  // namespace

bool same_word(std::string_view a, std::string_view b, bool alone) {
  if (a == b) return true;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  // A place and its people: "America" and "American", "Syria" and
  // "Syrians", "Cuba" and "Cuban", "Americas" and "Americans" are two
  // names, one letter or two apart.
  const auto singular = [](std::string_view w) {
    return w.size() > 1 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
  };
  for (const auto& [place, people] :
       {std::pair{singular(a), singular(b)}, std::pair{singular(b), singular(a)}}) {
    if (place.size() > 1 && place.back() == 'a' && people.size() == place.size() + 1 &&
        people.starts_with(place) && people.back() == 'n')
      return false;
  }
  const std::size_t shorter = std::min(a.size(), b.size());
  // No more than two edits ever match, and each letter more is one.
  if (std::max(a.size(), b.size()) - shorter > 2) return false;
  // Vowel changes of transliteration keep a word's ending: "Qaida" and
  // "Qaeda", "Muallem" and "Moualem", but not "Laura" and "Lauer", "Elise"
  // and "Ellis".
  const bool same_ending = is_vowel(a.back()) == is_vowel(b.back());
  bool same_skeleton = false;  // and long enough to be compared by it
  if (same_ending && shorter >= 4) {
    const std::string ka = skeleton(a);
    const bool long_enough = shorter >= 5 || ka.size() >= 3;
    same_skeleton = long_enough && ka == skeleton(b);
  }
  // Without the skeleton only one edit in words of six letters or more:
  // the edit distance is not needed to say no.
  if (!same_skeleton && shorter < 6) return false;
  // Two edits only in longer words: "Laura" and "Larry" are two names.
  const std::size_t edits = shorter >= 6 ? 2 : 1;
  const bool near = same_skeleton ? within_edits(a, b, edits) : within_edits(a, b, 1);
  // Alone, a word of the language is not another's spelling ("carrier" and
  // "courier", "politics" and "politico").
  return near && !(alone && (common_word(a) || common_word(b)));
}

bool same_name_word(std::string_view a, std::string_view b, bool alone) {
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  if (longer.size() == shorter.size() + 1 && longer.back() == 's' && longer.starts_with(shorter))
    return false;
  // A first name alone is too common to match by its spellings: "Nancy" is
  // not Penny Nance.
  if (alone && a != b && (first_name(a) || first_name(b))) return false;
  // Two first names that differ only in their ending, a, e or o, are two
  // names ("Melania" and "Melanie", "Maria" and "Mario"), not two spellings
  // of one; "Sergei" and "Sergey" are one (a transliteration's i and y).
  const auto gendered = [](char c) { return c == 'a' || c == 'e' || c == 'o'; };
  if (a.size() == b.size() && !a.empty() && a != b && gendered(a.back()) && gendered(b.back()) &&
      a.substr(0, a.size() - 1) == b.substr(0, b.size() - 1) && first_name(a) && first_name(b))
    return false;
  return same_word(a, b, alone);
}

namespace {

// English given names and the short forms news writes for them ("Joe Biden",
// "Joseph R. Biden"; "Jim Comey", "James Comey"). Folded; a short form may
// stand for several names ("ted": Edward or Theodore).
constexpr std::pair<std::string_view, std::string_view> kShortGivenNames[]{
    {"abby", "abigail"},    {"al", "alan"},           {"al", "albert"},
    {"al", "alfred"},       {"alex", "alexander"},    {"alex", "alexandra"},
    {"ally", "allison"},    {"andy", "andrew"},       {"angie", "angela"},
    {"barb", "barbara"},    {"becky", "rebecca"},     {"ben", "benjamin"},
    {"bernie", "bernard"},  {"bert", "albert"},       {"bert", "herbert"},
    {"beth", "elizabeth"},  {"betsy", "elizabeth"},   {"bill", "william"},
    {"billy", "william"},   {"bob", "robert"},        {"bobby", "robert"},
    {"cathy", "catherine"}, {"charlie", "charles"},   {"chris", "christina"},
    {"chris", "christine"}, {"chris", "christopher"}, {"chuck", "charles"},
    {"cindy", "cynthia"},   {"dan", "daniel"},        {"danny", "daniel"},
    {"dave", "david"},      {"deb", "deborah"},       {"debbie", "deborah"},
    {"dick", "richard"},    {"don", "donald"},        {"doug", "douglas"},
    {"ed", "edward"},       {"eddie", "edward"},      {"frank", "francis"},
    {"frank", "franklin"},  {"fred", "frederick"},    {"gene", "eugene"},
    {"greg", "gregory"},    {"hank", "henry"},        {"harry", "henry"},
    {"herb", "herbert"},    {"jack", "john"},         {"jackie", "jacqueline"},
    {"jake", "jacob"},      {"jeff", "jeffrey"},      {"jen", "jennifer"},
    {"jenny", "jennifer"},  {"jerry", "gerald"},      {"jess", "jessica"},
    {"jim", "james"},       {"jimmy", "james"},       {"joe", "joseph"},
    {"johnny", "john"},     {"jon", "jonathan"},      {"josh", "joshua"},
    {"kate", "katherine"},  {"kathy", "katherine"},   {"kathy", "kathleen"},
    {"katie", "katherine"}, {"ken", "kenneth"},       {"kim", "kimberly"},
    {"larry", "lawrence"},  {"len", "leonard"},       {"lenny", "leonard"},
    {"liz", "elizabeth"},   {"lou", "louis"},         {"maggie", "margaret"},
    {"mandy", "amanda"},    {"manny", "manuel"},      {"matt", "matthew"},
    {"meg", "margaret"},    {"mike", "michael"},      {"mitch", "mitchell"},
    {"nate", "nathan"},     {"nate", "nathaniel"},    {"nick", "nicholas"},
    {"nikki", "nicole"},    {"pam", "pamela"},        {"pat", "patrick"},
    {"patty", "patricia"},  {"peggy", "margaret"},    {"pete", "peter"},
    {"phil", "philip"},     {"phil", "phillip"},      {"randy", "randall"},
    {"ray", "raymond"},     {"rich", "richard"},      {"rick", "richard"},
    {"ricky", "richard"},   {"rob", "robert"},        {"ron", "ronald"},
    {"rudy", "rudolph"},    {"russ", "russell"},      {"sam", "samantha"},
    {"sam", "samuel"},      {"sandy", "sandra"},      {"sid", "sidney"},
    {"stan", "stanley"},    {"steve", "stephen"},     {"steve", "steven"},
    {"sue", "susan"},       {"ted", "edward"},        {"ted", "theodore"},
    {"teddy", "theodore"},  {"terry", "terence"},     {"terry", "terrence"},
    {"theo", "theodore"},   {"tim", "timothy"},       {"tina", "christina"},
    {"tom", "thomas"},      {"tommy", "thomas"},      {"tony", "anthony"},
    {"trish", "patricia"},  {"val", "valerie"},       {"vic", "victor"},
    {"vince", "vincent"},   {"walt", "walter"},       {"wes", "wesley"},
    {"will", "william"},    {"zach", "zachary"},      {"zeke", "ezekiel"},
};

}  // namespace

bool short_given_name(std::string_view a, std::string_view b) {
  for (const auto& [short_form, name] : kShortGivenNames) {
    if ((a == short_form && b == name) || (b == short_form && a == name)) return true;
  }
  return false;
}

std::vector<char> short_given_name_initials(std::string_view given) {
  std::vector<char> out;
  for (const auto& [short_form, name] : kShortGivenNames) {
    if (given == short_form) out.push_back(name.front());
    if (given == name) out.push_back(short_form.front());
  }
  return out;
}

bool initial_of(std::string_view a, std::string_view b) {
  return a.size() == 1 && !b.empty() && b[0] == a[0];
}

}  // namespace presslens::identity
