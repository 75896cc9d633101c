// Clusters: mentions grouped first within each article, then the article
// groups merged across the batch. People match on surname and given name
// (spelling variants allowed, see names.hpp); a bare surname joins a full
// name only when exactly one full name fits. Organisations and places match
// word for word, or acronym to acronym, or acronym to initials ("U.S." and
// "United States"), or by an acronym defined in the text ("... Forces (SNC)").
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "identity/identity.hpp"
#include "identity/names.hpp"
#include "identity/postings.hpp"
#include "text/case.hpp"
#include "text/fold.hpp"
#include "text/hash.hpp"
#include "text/lexicon.hpp"
#include "text/room.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace presslens::identity {
namespace {

// Words that stand before a person's name without being part of it, besides
// abbreviated titles ("Sen.", "Gov."): "President", "Sir", "Mayor".
constexpr std::string_view kTitleWords[]{
    "president",    "minister",  "senator",     "governor",      "general",    "prime",
    "king",         "queen",     "prince",      "sheikh",        "pope",       "sir",
    "lord",         "lady",      "mayor",       "secretary",     "chairman",   "chairwoman",
    "judge",        "vice",      "leader",      "ambassador",    "chancellor", "premier",
    "commissioner", "justice",   "congressman", "congresswoman", "speaker",    "rabbi",
    "reverend",     "pastor",    "bishop",      "archbishop",    "cardinal",   "imam",
    "ayatollah",    "captain",   "colonel",     "lieutenant",    "sergeant",   "admiral",
    "sheriff",      "detective", "professor",   "doctor",        "whip"};

// News agencies credited in datelines ("WASHINGTON (AP)"): never an acronym
// of the name before them, and never an alias of a place.
constexpr std::string_view kWireCredits[]{"ap", "afp", "upi", "dpa", "ansa", "efe", "reuters"};

// A bare surname goes to the one person of the batch with that surname who
// is named by it most: at least this many times as often as any other
// ("Clinton" in 2016 news is Hillary; "Bush" beside George and Jeb Bush
// equally is no one's).
constexpr std::size_t kDominance = 3;

// How much a mention weighs in its identity's type: a person's full name
// or a title before a name ("President Obama", "Mr. Trump") says more than a
// bare word the tagger typed.
constexpr int kStrongVote = 2;

// A person named this often in the batch lends their surname as evidence
// that a two-word name ending in it is a person too ("Ivanka Trump");
// a person named once may be a tagger's mistake ("Tax Policy Center").
constexpr std::size_t kKnownPerson = 3;

// group_comparisons().
thread_local std::size_t comparisons = 0;

// A name's number in the batch's table of names (ParsedNames).
using NameId = std::uint32_t;

// A mention as a group holds it: which mention, its name and title by
// number (ParsedNames), and its type.
struct Member {
  std::uint32_t document = 0;
  std::uint32_t entity = 0;
  NameId name = 0;
  NameId title = 0;                    // a title or honorific before the name, 0 for none
  EntityType type = EntityType::misc;  // as the tagger typed the mention
  // The words around the mention that name a person's gender (GenderVote).
  std::uint8_t male = 0;
  std::uint8_t female = 0;
  // Written as a thing: "the" before it; after it a mark, a stop word or
  // a reporting verb ("told the Guardian that", "the Guardian reported":
  // no one's name; "the Trump campaign" and "the Clintons said" are).
  bool thing : 1 = false;
  // Typed a place and written as one: "in Ferguson", "Warren, Michigan"
  // (written_as_place).
  bool place : 1 = false;
  // Followed by a noun of a company's people or parts: "Wells Fargo CEO",
  // "Carrier workers" (before_company_noun).
  bool company : 1 = false;
};

// The parts of a name that matching looks at, as one string.
std::string signature(const NameParts& n) {
  std::string s;
  for (const auto& w : n.words) s += w + ' ';
  return s + '|' + n.acronym + '|' + n.all_initials;
}

class ParsedNames;

struct Group {
  const ParsedNames* table;  // the names of the members
  EntityType type;
  std::vector<Member> members;
  std::vector<std::string> acronyms;  // defined in the text: "SNC"
  // The distinct names of the members (by what matching looks at), in
  // order of first use: matching compares these, so a cluster of a
  // thousand "Trump"s costs one comparison, not a thousand.
  std::vector<NameId> names;
  std::vector<NameId> sorted_names;  // the same, in increasing order
  std::set<std::string> titles;      // of the members
  int male = 0;                      // the members' gender votes, summed
  int female = 0;
  std::uint64_t signs = 0;  // held_signs() of the names
  // For an article's bare mentions of a person written before the article
  // names that person in full: the article group of the full name (an index
  // into the article's groups); SIZE_MAX for any other group.
  std::size_t precedes = SIZE_MAX;

  Group(const ParsedNames& t, EntityType ty, std::vector<std::string> defined = {})
      : table(&t), type(ty), acronyms(std::move(defined)) {}

  const NameParts& name(std::size_t k) const;
  // The names as NameParts (the standard library of our wasm build has no
  // std::views).
  struct Parts {
    struct Iterator {
      const ParsedNames* table;
      std::vector<NameId>::const_iterator at;
      const NameParts& operator*() const;
      Iterator& operator++() {
        ++at;
        return *this;
      }
      bool operator!=(const Iterator& other) const { return at != other.at; }
    };
    const ParsedNames* table;
    const std::vector<NameId>* ids;
    Iterator begin() const { return {table, ids->begin()}; }
    Iterator end() const { return {table, ids->end()}; }
  };
  Parts parts() const;
  void add(const Member& m);
  // What add() counts of a member (its name, title and gender votes), the
  // member itself listed by the caller.
  void note(const Member& m);
  // Adds the members of `other` here (not its acronyms).
  void take(const Group& other) {
    for (const auto& m : other.members) add(m);
  }
  // Moves the members of `other` here (not its acronyms).
  void absorb(Group& other) {
    take(other);
    other.members = {};
    other.names = {};
    other.sorted_names = {};
    other.titles.clear();
    other.male = other.female = 0;
    other.signs = 0;
  }
  text::Gender gender() const { return decided_gender(male, female); }
};

bool is_title(const std::string& w) {
  return text::abbreviation_lower(w) == text::Abbreviation::title || text::listed(kTitleWords, w);
}

std::string without_period(std::string w) {
  if (!w.empty() && w.back() == '.') w.pop_back();
  return w;
}

// Words after a name that join it to another ("the Clinton and Obama
// administrations") or to what it is of ("the Clinton of lore").
constexpr std::string_view kJoiningWords[]{"of", "and", "or"};

// A one-word name written as a thing (Member::thing); not a title ("the
// Pope said") nor a family ("the Clintons said").
bool written_as_thing(const Document& d, const EntityMention& e) {
  const auto before = text::word_before(d.text, e.span.start);
  if (!before || before->lower != "the" || e.text.ends_with('s') ||
      is_title(without_period(text::ascii_lower(e.text))))
    return false;
  const auto after = text::word_after(d.text, e.span.end);
  if (!after || after->punct || text::is_reporting_verb(after->lower)) return true;
  return text::is_stop_word(after->lower) && !text::listed(kJoiningWords, after->lower);
}

// Prepositions that put a name as a place: "in Ferguson", "from Madison".
constexpr std::string_view kPlacePrepositions[]{"in",      "at",     "from",      "near",
                                                "outside", "across", "throughout"};

// A name written as a place: after a preposition of place, or before a
// comma and a US state ("Warren, Michigan", "Carson, Calif.", "Madison,
// New York").
bool written_as_place(const Document& d, const EntityMention& e) {
  if (const auto before = text::word_before(d.text, e.span.start);
      before && !before->punct && text::listed(kPlacePrepositions, before->lower))
    return true;
  const auto comma = text::word_after(d.text, e.span.end);
  if (!comma || comma->text != ",") return false;
  const auto state = text::word_after(d.text, comma->end);
  if (!state || !state->capitalised) return false;
  if (!text::us_state(without_period(state->lower)).empty()) return true;
  const auto second = text::word_after(d.text, state->end);
  return second && second->capitalised &&
         !text::us_state(state->lower + ' ' + second->lower).empty();
}

// Nouns that follow a company's name and never a person's: in eng.train no
// name the annotators typed a person stands before one of them.
constexpr std::string_view kCompanyNouns[]{"employees", "workers",    "shareholders", "executives",
                                           "customers", "subsidiary", "stock",        "board"};

// "Wells Fargo CEO John Stumpf", "Carrier workers", "a Wells Fargo board
// member".
bool before_company_noun(const Document& d, const EntityMention& e) {
  const auto after = text::word_after(d.text, e.span.end);
  if (!after || after->punct) return false;
  return after->text == "CEO" || (!after->capitalised && text::listed(kCompanyNouns, after->lower));
}

// The title or honorific written before a person's name, in the mention
// ("President Obama") or just before it ("Mr. Trump"); lowercase, an
// abbreviated office written out, empty when there is none.
std::string title_of(const Document& d, const EntityMention& e) {
  const auto inside = text::words_in(e.text, 0, e.text.size());
  if (inside.size() >= 2) {
    if (std::string w = without_period(inside.front().lower); is_title(w))
      return std::string(text::title_written_out(w));
  }
  if (const auto before = text::word_before(d.text, e.span.start); before && !before->punct) {
    if (std::string w = without_period(before->lower); is_title(w))
      return std::string(text::title_written_out(w));
  }
  return {};
}

// Titles that only a person bears, so that "Mr. Obama" or "Sen. Lindsey
// Graham" is a person whatever the tagger typed ("General Motors" and
// "Secretary of State" are not).
constexpr std::string_view kPersonalTitles[]{"president", "senator", "governor", "congressman",
                                             "congresswoman"};

bool personal_title(const std::string& w) {
  return text::abbreviation_lower(w) == text::Abbreviation::title ||
         text::honorific_gender(w) != text::Gender::unknown || text::listed(kPersonalTitles, w);
}

// The mention begins with a title only a person bears ("Mr. Trump"), or
// with any title before a given name and a surname ("Justice Antonin
// Scalia", not "Justice Department"). `plain`: the mention's name parsed.
bool titled_person(const EntityMention& e, const NameParts& plain) {
  const auto inside = text::words_in(e.text, 0, e.text.size());
  if (inside.size() < 2) return false;
  const std::string first = without_period(inside.front().lower);
  if (personal_title(first)) return true;
  // The title, the given name, perhaps a middle initial, the surname; no
  // designator at the end ("Bishop Noll Institute").
  const bool initial =
      inside.size() == 4 &&
      (inside[2].text.size() == 1 || (inside[2].text.size() == 2 && inside[2].text.back() == '.'));
  if (inside.size() != 3 && !initial) return false;
  const auto& surname = inside.back();
  return is_title(first) && inside[1].capitalised && surname.capitalised && !surname.punct &&
         person_name_word(text::lower_latin_ascii(inside[1].text)) && short_form_words(plain) == 0;
}

// A given name and the surname by which alone the article names a person,
// and names no one in full ("Barack Obama" typed ORG in an article that
// calls him "Obama"): a person's name, whatever the tagger typed it.
// `surnames`: those the article's people are named by alone and no one
// bears in full.
bool named_like_its_people(const NameParts& n, const std::unordered_set<std::string>& surnames) {
  if (n.words.size() < 2 || n.words.size() > 3 || !n.acronym.empty()) return false;
  // "Neocons For Hillary": no word of a phrase.
  if (std::any_of(n.words.begin(), n.words.end(),
                  [](const std::string& w) { return text::is_stop_word(w); }))
    return false;
  return may_be_given_name(n.words.front()) && may_be_surname(n.words.back()) &&
         surnames.contains(n.words.back()) && short_form_words(n) == 0;
}

// A title that names an office ("president", "sen"), not an honorific ("mr").
bool office_title(const std::string& title) {
  return !title.empty() && text::honorific_gender(title) == text::Gender::unknown;
}

// "Mrs. Clinton" cannot be a man seen as "Mr. Clinton", nor the reverse;
// "Mr. Trump" cannot be a woman the article calls "his first wife" (`seen`:
// the gender the words around the person's mentions show).
bool honorifics_conflict(const std::string& title, const std::set<std::string>& titles,
                         text::Gender seen) {
  const text::Gender g = text::honorific_gender(title);
  if (g == text::Gender::unknown) return false;
  if (seen != text::Gender::unknown && seen != g) return true;
  return std::any_of(titles.begin(), titles.end(), [&](const std::string& t) {
    const text::Gender other = text::honorific_gender(t);
    return other != text::Gender::unknown && other != g;
  });
}

// Two people the words show as of different genders.
bool genders_conflict(text::Gender a, text::Gender b) {
  return a != text::Gender::unknown && b != text::Gender::unknown && a != b;
}

bool is_wire_credit(std::string_view name) {
  return text::listed(kWireCredits, text::ascii_lower(name));
}

// A person's name without the titles written before it ("Vermont Sen.
// Bernie Sanders" -> bernie sanders).
NameParts without_title_words(NameParts parts) {
  for (std::size_t t = parts.words.size() - std::min<std::size_t>(parts.words.size(), 1);
       t-- > 0;) {
    if (is_title(parts.words[t])) {
      parts.words.erase(parts.words.begin(),
                        parts.words.begin() + static_cast<std::ptrdiff_t>(t) + 1);
      break;
    }
  }
  return parts;
}

// A person's name without the place after it ("Senator Bernie Sanders of
// Vermont" -> bernie sanders): in a person's name, "of" begins what follows
// the name.
NameParts without_place_after(NameParts parts) {
  const auto of = std::find(parts.words.begin(), parts.words.end(), "of");
  if (of != parts.words.begin()) parts.words.erase(of, parts.words.end());
  return parts;
}

// A person's name without the suffix after the surname ("Charles Elliott
// Jr." -> charles elliott; "Joe Manchin III"), when a full name is left
// ("Donald Jr." is Donald Trump Jr., not a Donald; "George III" no George).
// Not "Sr.", which tells the father from the son news names without a
// suffix ("Duncan Hunter Sr." is not the congressman Duncan Hunter).
NameParts without_suffix(NameParts parts) {
  static constexpr std::string_view kSuffixes[]{"jr", "ii", "iii", "iv"};
  if (parts.words.size() >= 3 && text::listed(kSuffixes, parts.words.back()))
    parts.words.pop_back();
  return parts;
}

NameParts person_name(const std::string& text) {
  return without_place_after(without_title_words(without_suffix(parse_name(text))));
}

// Names parsed once per batch: parsing transliterates, the slow part, and a
// batch writes the same names again and again. Each distinct name (by what
// matching looks at, signature()) is kept once, and mentions and groups
// hold its number; so are the titles before names.
class ParsedNames {
 public:
  // A mention's name as written, and as a person's (without the titles
  // before it and the place after it: person_name).
  struct Ids {
    NameId plain = 0;
    NameId as_person = 0;
  };
  Ids operator()(const std::string& text) {
    auto it = by_text_.find(text);
    if (it == by_text_.end()) {
      NameParts parts = parse_name(text);
      NameParts person = without_place_after(without_title_words(without_suffix(parts)));
      const NameId plain = intern(std::move(parts));
      it = by_text_.emplace(text, Ids{plain, intern(std::move(person))}).first;
    }
    return it->second;
  }
  const NameParts& operator[](NameId id) const { return names_[id]; }
  NameId title_id(const std::string& title) {
    if (title.empty()) return 0;
    const auto [it, added] = title_ids_.try_emplace(title, static_cast<NameId>(titles_.size()));
    if (added) titles_.push_back(title);
    return it->second;
  }
  const std::string& title(NameId id) const { return titles_[id]; }

 private:
  NameId intern(NameParts parts) {
    const auto [it, added] =
        by_signature_.try_emplace(signature(parts), static_cast<NameId>(names_.size()));
    if (added) {
      parts.particles = {};  // matching does not look at these
      parts.initials = {};
      names_.push_back(std::move(parts));
    }
    return it->second;
  }
  std::unordered_map<std::string, Ids> by_text_;
  std::unordered_map<std::string, NameId> by_signature_;
  std::vector<NameParts> names_;
  std::unordered_map<std::string, NameId> title_ids_;
  std::vector<std::string> titles_{std::string()};  // 0: no title
};

const NameParts& Group::Parts::Iterator::operator*() const {
  return (*table)[*at];
}

const NameParts& Group::name(std::size_t k) const {
  return (*table)[names[k]];
}

Group::Parts Group::parts() const {
  return {table, &names};
}

template <class Pred>
bool any_name(const Group& g, Pred pred) {
  for (const NameParts& n : g.parts()) {
    if (pred(n)) return true;
  }
  return false;
}

template <class Pred>
bool all_names(const Group& g, Pred pred) {
  return !any_name(g, [&](const NameParts& n) { return !pred(n); });
}

// Signs: a bit set of what a group's names are like, for a test cheaper than
// fits() that a name may fit the group at all. Bits 0-62 stand for a letter
// or digit (with a number of words: several share a bit); the last for an
// acronym.
constexpr std::uint64_t kAcronymSign = std::uint64_t{1} << 63;

std::uint64_t sign(char c, std::size_t words = 0) {
  constexpr std::size_t kLetterSigns = 63;
  const std::size_t letter = c >= 'a' && c <= 'z'   ? static_cast<std::size_t>(c - 'a')
                             : c >= '0' && c <= '9' ? 26 + static_cast<std::size_t>(c - '0')
                                                    : 36;
  return std::uint64_t{1} << ((letter + 37 * words) % kLetterSigns);
}

// A person's full name holds the initials of its words but the last; an organisation's or
// place's longer name the initial of its last word with the number of its
// words; an acronym the acronym sign.
std::uint64_t held_signs(const NameParts& n, bool person) {
  if (person) {
    // The initials of every word but the surname: a name that ends a longer
    // one ("Suu Kyi", "Aung San Suu Kyi") starts with one of them.
    std::uint64_t out = 0;
    for (std::size_t i = 0; i + 1 < n.words.size(); ++i) out |= sign(n.words[i].front());
    // And those of the given name's long or short forms ("Bill": W).
    if (n.words.size() >= 2) {
      for (const char c : short_given_name_initials(n.words.front())) out |= sign(c);
    }
    return out;
  }
  std::uint64_t out = n.acronym.empty() ? 0 : kAcronymSign;
  if (n.words.size() >= 2) out |= sign(n.words.back().front(), n.words.size());
  return out;
}

// What a group must hold (one sign of) for `n` to fit it; 0: no test. Every
// given name a person's full name may be (same_word, or one an initial of
// the other) has its initial; a longer name of an organisation or place
// fits one of as many words whose last word has its initial (same_words)
// or an acronym of its initials (acronym_of).
std::uint64_t wanted_signs(const NameParts& n, bool person) {
  if (person) return held_signs(n, true);
  if (n.words.size() < 2 || !n.acronym.empty() || short_form_words(n) != 0) return 0;
  return held_signs(n, false) | kAcronymSign;
}

void Group::add(const Member& m) {
  members.push_back(m);
  note(m);
}

void Group::note(const Member& m) {
  const auto at = std::lower_bound(sorted_names.begin(), sorted_names.end(), m.name);
  if (at == sorted_names.end() || *at != m.name) {  // a name new to the group
    sorted_names.insert(at, m.name);
    names.push_back(m.name);
    signs |= held_signs((*table)[m.name], type == EntityType::person);
  }
  if (m.title != 0) titles.insert(table->title(m.title));
  male += m.male;
  female += m.female;
}

bool full(const NameParts& n) {
  return n.words.size() >= 2;
}

// The initials between a full name's given name and surname when it is
// written with initials only ("george h.w. bush": "hw"); empty when it has
// none, or a middle word longer than two letters (a middle name, or the
// first of two surnames: "andres manuel lopez obrador").
std::string middle_initials(const NameParts& n) {
  std::string out;
  for (std::size_t i = 1; i + 1 < n.words.size(); ++i) {
    if (n.words[i].size() > 2) return {};
    out += n.words[i];
  }
  return out;
}

// Two full names of people: same surname, compatible given names, and not
// two different sets of middle initials (George H.W. and George W. Bush).
// Two surnames of people: same_name_word, unless both are names the lists
// know ("Johnson" and "Johnston", "McCaul" and "McFaul" are two names; the
// misspelt "Correy" is "Corey").
bool same_surname(const std::string& a, const std::string& b, bool alone = false) {
  if (a != b && known_surname(a) && known_surname(b)) return false;
  return same_name_word(a, b, alone);
}

bool same_person(const NameParts& a, const NameParts& b) {
  if (!same_surname(a.words.back(), b.words.back())) return false;
  if (a.words.size() > 2 && b.words.size() > 2) {
    const std::string ma = middle_initials(a), mb = middle_initials(b);
    if (!ma.empty() && !mb.empty() && ma != mb) return false;
  }
  const auto& ga = a.words.front();
  const auto& gb = b.words.front();
  return same_name_word(ga, gb) || initial_of(ga, gb) || initial_of(gb, ga) ||
         short_given_name(ga, gb);
}

bool surname_fits(const std::string& surname, const NameParts& fullname) {
  return same_surname(surname, fullname.words.back(), true);
}

bool same_words(const NameParts& a, const NameParts& b) {
  if (a.words.empty() || a.words.size() != b.words.size()) return false;
  // Two names of places the entity model's lists know are two places, not
  // two spellings of one ("Stanford" and "Sanford").
  if (a.words != b.words && known_place(a) && known_place(b)) return false;
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    if (!same_word(a.words[i], b.words[i], a.words.size() == 1)) return false;
  }
  return true;
}

// Names of organisations and places: word for word, or acronym to acronym.
bool same_thing(const NameParts& a, const NameParts& b) {
  if (same_words(a, b)) return true;
  return !a.acronym.empty() && a.acronym == b.acronym;
}

// An acronym and the initials of every word of a name ("U.S." and "United States").
bool acronym_of(const NameParts& a, const NameParts& b) {
  return (!a.acronym.empty() && a.acronym == b.all_initials) ||
         (!b.acronym.empty() && b.acronym == a.all_initials);
}

// acronym_of within an article; across articles (`same_article` false) only
// for a pair news writes without spelling it out (known_acronym): "CNN" in
// one article is not the "Convolutional Neural Networks" of another.
bool initials_match(const NameParts& a, const NameParts& b, bool same_article) {
  if (!acronym_of(a, b)) return false;
  return same_article || known_acronym(a, b) || known_acronym(b, a);
}

bool compatible_types(EntityType a, EntityType b) {
  if (a == b) return true;
  return (a == EntityType::organisation || a == EntityType::location) &&
         (b == EntityType::organisation || b == EntityType::location);
}

bool group_has_full(const Group& g) {
  return any_name(g, [](const NameParts& n) { return full(n); });
}

// `title`: the title before a bare surname. "President Obama" joins an Obama
// seen with that office, never one seen without it (Michelle Obama); an
// honorific joins a person not seen with the other gender's.
// `n` is written with middle initials that a name of `g` contradicts: the
// group's "George Bush" fits both George H.W. and George W. Bush, but a
// group holding one of them is not the other.
bool initials_conflict(const Group& g, const NameParts& n) {
  if (n.words.size() < 3) return false;  // no middle (most names: nothing to make)
  const std::string mine = middle_initials(n);
  if (mine.empty()) return false;
  return any_name(g, [&](const NameParts& m) {
    if (m.words.size() < 3) return false;
    const std::string theirs = middle_initials(m);
    return !theirs.empty() && theirs != mine && same_name_word(m.words.back(), n.words.back());
  });
}

// `a`, of two words or more, is the last words of the longer `b` ("Suu Kyi"
// of "Aung San Suu Kyi", "Lopez Obrador" of "Andres Manuel Lopez Obrador").
bool ends_name(const NameParts& a, const NameParts& b) {
  return a.words.size() >= 2 && a.words.size() < b.words.size() &&
         std::equal(a.words.rbegin(), a.words.rend(), b.words.rbegin());
}

// `in_article`: within one article, a name that ends a longer name there is
// that person (names with no given name to compare), not across articles.
bool person_fits(const Group& g, const NameParts& n, const std::string& title = {},
                 bool in_article = false) {
  if (initials_conflict(g, n)) return false;
  const bool has_full = group_has_full(g);
  const bool title_fits = !(office_title(title) && !g.titles.contains(title)) &&
                          !honorifics_conflict(title, g.titles, g.gender());
  for (const auto& m : g.parts()) {
    if (full(n) && full(m) && same_person(n, m)) return true;
    if (in_article && full(n) && full(m) && (ends_name(n, m) || ends_name(m, n))) return true;
    if (!full(n) && full(m) && title_fits && surname_fits(n.words.front(), m)) return true;
    if (!full(n) && !full(m) && !has_full && title_fits &&
        same_name_word(n.words.front(), m.words.front(), true))
      return true;
  }
  return false;
}

// `a` is the short form of the organisation `b` ("Hofstra" of "Hofstra
// University"): the words before its designators, spelt as they are there
// ("Clintons" is no short form of the Clinton Foundation).
bool short_form_of(const NameParts& a, const NameParts& b) {
  const std::size_t k = short_form_words(b);
  return k != 0 && a.words.size() == k &&
         std::equal(a.words.begin(), a.words.end(), b.words.begin());
}

// `surnames`: within one article, the last words of the names it gives
// people. There an organisation's short form is the organisation the article
// names in full, unless it may be a person's name: one the article gives a
// person, or a word people are named by ("Trump" is not Trump University,
// typed ORG or not); across articles (null) it may be another organisation.
bool thing_fits(const Group& g, const NameParts& n, EntityType type,
                const std::unordered_set<std::string>* surnames) {
  for (const auto& m : g.parts()) {
    if (same_thing(n, m)) return true;
  }
  if (surnames && type == EntityType::organisation && g.type == EntityType::organisation) {
    auto short_of = [&](const NameParts& a, const NameParts& b) {
      return short_form_of(a, b) && !surnames->contains(a.words.back()) &&
             !person_name_word(a.words.back());
    };
    for (const auto& m : g.parts()) {
      if (short_of(n, m) || short_of(m, n)) return true;
    }
  }
  // By initials only within one type, and never past a different long name
  // of the group ("ACA" may be "Affordable Care Act" or "Arms Control Association").
  // No name of the group is written as `n` (same_thing above), so any two
  // long names differ.
  if (type == g.type) {
    bool initials = false;
    bool conflict = false;
    for (const auto& m : g.parts()) {
      initials = initials || initials_match(n, m, surnames != nullptr);
      conflict = conflict || (n.words.size() >= 2 && m.words.size() >= 2);
    }
    if (initials && !conflict) return true;
  }
  if (!n.acronym.empty()) {
    for (const auto& a : g.acronyms) {
      if (acronym_letters(a) == n.acronym) return true;
    }
  }
  return false;
}

// A name the tagger typed MISC in one article and ORG in another ("an
// al-Qaida offshoot", "al-Qaeda said"): they meet only word for word.
bool misc_meets_org(EntityType a, EntityType b) {
  return (a == EntityType::misc && b == EntityType::organisation) ||
         (a == EntityType::organisation && b == EntityType::misc);
}

bool same_words_as_any(const Group& g, const NameParts& n) {
  return any_name(g, [&](const NameParts& m) { return same_words(n, m); });
}

// The type of a group that takes in a mention or group of `type`: ORG wins over MISC.
void take_type(Group& g, EntityType type) {
  if (g.type == EntityType::misc && type == EntityType::organisation)
    g.type = EntityType::organisation;
}

// Another article's group joins `into` across the batch: its members, its
// acronyms and what its type tells.
void join_group(Group& into, const Group& g) {
  into.acronyms.insert(into.acronyms.end(), g.acronyms.begin(), g.acronyms.end());
  take_type(into, g.type);
  into.take(g);
}

bool fits(const Group& g, const NameParts& n, EntityType type, const std::string& title = {},
          const std::unordered_set<std::string>* surnames = nullptr) {
  ++comparisons;
  if (misc_meets_org(g.type, type)) return same_words_as_any(g, n);
  if (!compatible_types(g.type, type)) return false;
  if (n.words.empty() && n.acronym.empty()) return false;
  return type == EntityType::person ? person_fits(g, n, title, surnames != nullptr)
                                    : thing_fits(g, n, type, surnames);
}

// Candidate blocking for groups_fit: two groups that fit share at least one
// key. same_word needs equal words, or the same skeleton, or one edit: the
// word itself and its one-letter deletions cover the last (a word one edit
// from another shares a deletion with it). People match on the surname;
// organisations and places word for word (so on the first word and the
// number of words), or by acronym, initials or a defined acronym.
// A key is the FNV-1a hash of its text ("Pd:" and a surname less a letter),
// made without making the text: an article's names have some 40 keys each.
using Key = std::uint64_t;
using Keys = std::vector<Key>;

Key key_of(std::string_view prefix, std::string_view tag, std::string_view rest) {
  return text::fnv1a(rest, text::fnv1a(tag, text::fnv1a(prefix)));
}

void word_keys(std::string_view prefix, const std::string& w, Keys& out) {
  out.push_back(key_of(prefix, "s:", skeleton(w)));
  const Key deletions = text::fnv1a("d:", text::fnv1a(prefix));
  out.push_back(text::fnv1a(w, deletions));
  const std::string_view word(w);
  Key before = deletions;  // the hash of the letters before the one left out
  for (std::size_t i = 0; i < word.size(); ++i) {
    out.push_back(text::fnv1a(word.substr(i + 1), before));
    before = text::fnv1a(word.substr(i, 1), before);
  }
}

void name_keys(const NameParts& n, EntityType type, Keys& keys) {
  if (type == EntityType::person) {
    if (!n.words.empty()) word_keys("P", n.words.back(), keys);
    return;
  }
  const std::string kind = "T";  // MISC may meet ORG
  if (!n.words.empty()) word_keys(kind + std::to_string(n.words.size()), n.words.front(), keys);
  if (const std::size_t k = short_form_words(n); k != 0) {
    word_keys(kind + std::to_string(k), n.words.front(), keys);  // meets its short form
  }
  if (!n.acronym.empty()) keys.push_back(key_of(kind, "a:", n.acronym));
  if (!n.all_initials.empty()) keys.push_back(key_of(kind, "a:", n.all_initials));
}

// word_keys without the one-letter deletions of a word shorter than six
// letters: same_word allows one edit without the same skeleton only between
// words of six letters or more, so such a word meets another only equal or
// by skeleton ("LVZ" is not compared with every "LVH" and "TVZ").
void exact_word_keys(const std::string& prefix, const std::string& w, Keys& out) {
  constexpr std::size_t kOneEditLetters = 6;
  if (w.size() >= kOneEditLetters) {
    word_keys(prefix, w, out);
    return;
  }
  out.push_back(key_of(prefix, "s:", skeleton(w)));
  out.push_back(key_of(prefix, "d:", w));
}

// Of name_keys, those that every group `n` may fit shares with it (fits(),
// groups_fit()): for an organisation or place, the first word's without
// the deletions that cannot match it (exact_word_keys), and the acronym
// and initials; false for a person (all of them).
bool narrow_keys(const NameParts& n, EntityType type, Keys& out) {
  if (type == EntityType::person) return false;
  if (!n.words.empty()) exact_word_keys("T" + std::to_string(n.words.size()), n.words.front(), out);
  if (const std::size_t k = short_form_words(n); k != 0) {
    exact_word_keys("T" + std::to_string(k), n.words.front(), out);
  }
  if (!n.acronym.empty()) out.push_back(key_of("T", "a:", n.acronym));
  if (!n.all_initials.empty()) out.push_back(key_of("T", "a:", n.all_initials));
  return true;
}

Key defined_acronym_key(const std::string& acronym) {
  return key_of("T", "a:", acronym_letters(acronym));
}

void sort_keys(Keys& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

Keys group_keys(const Group& g) {
  Keys keys;
  for (const auto& n : g.parts()) name_keys(n, g.type, keys);
  if (g.type != EntityType::person) {
    for (const auto& a : g.acronyms) keys.push_back(defined_acronym_key(a));
  }
  sort_keys(keys);
  return keys;
}

// narrow_keys of a group's names, and its defined acronyms; none for a person.
Keys group_narrow_keys(const Group& g) {
  Keys keys;
  if (g.type == EntityType::person) return keys;
  for (const auto& n : g.parts()) narrow_keys(n, g.type, keys);
  for (const auto& a : g.acronyms) keys.push_back(defined_acronym_key(a));
  sort_keys(keys);
  return keys;
}

// The merged groups by key; ORG, LOC and MISC share keys (they may merge).
// Each key lists its groups once, in increasing order. A key shared by more
// than kKeyGroups groups (a storm of "X Smith"s, generated names whose
// skeletons collide) offers only its first kKeyGroups as candidates: matching
// stays linear in the names, and the documents concerned get a warning.
constexpr std::size_t kKeyGroups = 256;

// Adds a key's groups (increasing, at most the first kKeyGroups) to `out`,
// kept in increasing order and each once: merged with what is there rather
// than sorted again (each mention of a storm of names is offered hundreds
// of groups). `limited` is set when the key had more groups.
void add_postings(std::vector<std::size_t>& out, Postings postings, bool& limited) {
  const std::size_t n = std::min(postings.size(), kKeyGroups);
  limited = limited || n < postings.size();
  const auto middle = static_cast<std::ptrdiff_t>(out.size());
  out.insert(out.end(), postings.begin(), postings.begin() + static_cast<std::ptrdiff_t>(n));
  std::inplace_merge(out.begin(), out.begin() + middle, out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// The candidates of a mention or group: the union of its keys' groups (the
// first kKeyGroups of each, as add_postings), walked in increasing order
// one at a time, so that the search stops at the group it joins instead of
// gathering and comparing every candidate. The postings must not change
// during the walk.
class CandidateWalk {
 public:
  // `postings` may be empty (a key no group has).
  void add(Postings postings, bool& limited) {
    if (postings.empty()) return;
    const std::size_t n = std::min(postings.size(), kKeyGroups);
    limited = limited || n < postings.size();
    const List list{postings.data(), postings.data() + n};
    // A storm's keys often list the same groups (every spelling key of "Smith").
    const auto same = [&](const List& l) {
      return std::equal(l.begin, l.end, list.begin, list.end);
    };
    if (std::any_of(lists_.begin(), lists_.end(), same)) return;
    lists_.push_back(list);
    last_ = std::max<std::size_t>(last_, postings[n - 1]);
  }
  // The next candidate, or none.
  std::optional<std::size_t> next() {
    std::optional<std::size_t> least;
    for (const auto& l : lists_) {
      if (l.at != l.end && (!least || *l.at < *least)) least = *l.at;
    }
    if (!least) return least;
    for (auto& l : lists_) {
      if (l.at != l.end && *l.at == *least) ++l.at;
    }
    return least;
  }
  // `group` is a candidate (whether walked yet or not).
  bool holds(std::size_t group) const {
    return std::any_of(lists_.begin(), lists_.end(),
                       [&](const List& l) { return std::binary_search(l.begin, l.end, group); });
  }
  // Of `postings` (a narrower key's, may be empty), the groups that can be
  // candidates, appended to `out`.
  void narrow(Postings postings, std::vector<std::size_t>& out) const {
    if (lists_.empty()) return;
    const auto end = std::upper_bound(postings.begin(), postings.end(), last_);
    out.insert(out.end(), postings.begin(), end);
  }

 private:
  struct List {
    const Group32* begin;
    const Group32* end;
    const Group32* at = begin;
  };
  std::vector<List> lists_;
  std::size_t last_ = 0;  // the largest candidate
};

// The candidates of a group or mention with these keys in `index` (GroupIndex
// or NumberedIndex).
template <class Index, class Keys>
CandidateWalk walk_candidates(const Index& index, const Keys& keys, bool& limited) {
  CandidateWalk walk;
  for (const auto& key : keys) walk.add(index.postings(key), limited);
  return walk;
}

// The candidates of `walk` that one of the `narrower` keys also lists, in
// increasing order.
template <class Index, class Keys>
std::vector<std::size_t> narrowed(const Index& index, const CandidateWalk& walk,
                                  const Keys& narrower) {
  std::vector<std::size_t> out;
  for (const auto& key : narrower) walk.narrow(index.postings(key), out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::erase_if(out, [&](std::size_t g) { return !walk.holds(g); });
  return out;
}

// By the keys' hashes (Key): two keys of one hash (one chance in some 10^9
// for a million keys) only offer more groups to compare, never another
// answer.
class GroupIndex {
 public:
  void add(std::size_t group, const Keys& keys) {
    for (const auto key : keys) {
      const std::uint32_t number = keys_.number(key);
      if (number >= lists_.size()) lists_.resize(number + 1);
      lists_.add(number, group);
    }
  }
  // Groups that may fit a group with these keys, in increasing order;
  // `limited` is set when a key offered only its first kKeyGroups.
  std::vector<std::size_t> candidates(const Keys& keys, bool& limited) const {
    std::vector<std::size_t> out;
    for (const auto key : keys) add_postings(out, postings(key), limited);
    return out;
  }
  // A key's groups, empty when none.
  Postings postings(Key key) const {
    const std::uint32_t number = keys_.find(key);
    return number == KeyTable::kNone ? Postings() : lists_.at(number);
  }

 private:
  KeyTable keys_;
  PostingLists lists_;
};

// A document's mentions being placed in groups: the groups' keys and what
// the placing learns on its way. A document's groups need no bound of their
// own: each is made by a name new to it or by a bare name's first ambiguous
// mention (`ambiguous`), and a document's different names are bounded
// (text::max_names).
struct Placing {
  GroupIndex index;
  bool limited = false;                      // a key offered only its first groups (GroupIndex)
  std::unordered_set<std::string> surnames;  // last words of the names of people
  // A bare name (with its title) that fits several groups -> the group of its
  // first such mention, which its later ones join ("Grayson" in an article
  // naming Alan and Dena Grayson is one unresolved "Grayson", not thirty).
  std::unordered_map<std::uint64_t, std::size_t> ambiguous;
};

// Joins `n` to the one group it fits; when several fit it is ambiguous and
// gets a group of its own (a bare name, the group of its first such mention).
// Only the groups sharing a key with `n` (GroupIndex) are compared.
// The candidates are walked in increasing order, and only until the answer is
// known: the first that fits, or for a bare surname the second; only those
// sharing a narrower key (narrow_keys) and holding a sign `n` wants
// (wanted_signs) are compared. The group notes the member (Group::note);
// the caller lists it.
std::size_t place(const ParsedNames& table, std::vector<Group>& groups, Placing& placing,
                  const Member& member, EntityType type) {
  GroupIndex& index = placing.index;
  const NameParts& name = table[member.name];
  const std::string& title = table.title(member.title);
  Keys keys;
  name_keys(name, type, keys);
  sort_keys(keys);
  Keys narrower;
  const bool narrows = narrow_keys(name, type, narrower);
  sort_keys(narrower);
  CandidateWalk walk = walk_candidates(index, keys, placing.limited);
  const std::size_t enough = type == EntityType::person && !full(name) ? 2 : 1;
  const std::uint64_t wanted = wanted_signs(name, type == EntityType::person);
  std::vector<std::size_t> fitting;
  const auto compare = [&](std::size_t g) {
    if ((wanted == 0 || (groups[g].signs & wanted) != 0) &&
        fits(groups[g], name, type, title, &placing.surnames))
      fitting.push_back(g);
    return fitting.size() < enough;
  };
  if (narrows) {
    for (const std::size_t g : narrowed(index, walk, narrower)) {
      if (!compare(g)) break;
    }
  } else {
    while (const auto g = walk.next()) {
      if (!compare(*g)) break;
    }
  }
  std::size_t g = groups.size();
  const std::uint64_t bare_key = (std::uint64_t{member.name} << 32) | member.title;
  const bool ambiguous_bare = type == EntityType::person && !full(name) && fitting.size() > 1;
  if (const auto first = placing.ambiguous.find(bare_key);
      ambiguous_bare && first != placing.ambiguous.end()) {
    fitting.assign(1, first->second);
  }
  if (fitting.size() == 1) {
    g = fitting.front();
    groups[g].note(member);
    take_type(groups[g], type);
  } else {
    groups.emplace_back(table, type).note(member);
    if (ambiguous_bare) placing.ambiguous.emplace(bare_key, g);
  }
  index.add(g, keys);
  return g;
}

// "National Coalition for Syrian Revolutionary and Opposition Forces (SNC)".
std::string acronym_after(const Document& d, const EntityMention& e) {
  const auto inner = text::bracketed_word(d.text, e.span.end);
  if (!inner) return {};
  const NameParts p = parse_name(inner->text);
  if (p.acronym.empty() || is_wire_credit(inner->text)) return {};
  return std::string(inner->text);
}

// Of `pool` (not empty), the group with the most members when it has
// kDominance times as many as any other (counting the others as at least
// `least`); else none.
std::optional<std::size_t> dominant(const std::vector<Group>& merged,
                                    const std::vector<std::size_t>& pool, std::size_t least) {
  std::size_t best = pool.front(), runner_up = least;
  for (const auto c : pool) {
    if (merged[c].members.size() > merged[best].members.size()) best = c;
  }
  for (const auto c : pool) {
    if (c != best) runner_up = std::max(runner_up, merged[c].members.size());
  }
  if (merged[best].members.size() >= kDominance * runner_up) return best;
  return std::nullopt;
}

// A person's bare surname written before the article names anyone by it in
// full ("the Bush and Obama eras ... Obama was called a socialist", then
// "Michelle Obama"): the reader took it for whom the batch's readers know
// by it, not for the person named later. Such mentions leave the full name's
// group for one of their own (Group::precedes), which the batch gives to the
// person the bare name means there (chosen_bearer), else back to the full
// name's.
void split_bare_before_full(std::vector<Group>& groups) {
  const std::size_t article_groups = groups.size();
  for (std::size_t h = 0; h < article_groups; ++h) {
    if (groups[h].type != EntityType::person) continue;
    const ParsedNames& table = *groups[h].table;
    std::uint32_t first_full = UINT32_MAX;
    std::unordered_set<std::string> surnames;
    for (const auto& m : groups[h].members) {
      if (!full(table[m.name])) continue;
      first_full = std::min(first_full, m.entity);
      surnames.insert(table[m.name].words.back());
    }
    if (first_full == UINT32_MAX) continue;
    // A surname, not a given name ("Hillary" before "Hillary Clinton").
    const auto before = [&](const Member& m) {
      const NameParts& n = table[m.name];
      return m.entity < first_full && n.words.size() == 1 && surnames.contains(n.words.front());
    };
    if (std::none_of(groups[h].members.begin(), groups[h].members.end(), before)) continue;
    Group kept(table, groups[h].type, std::move(groups[h].acronyms));
    Group bare(table, groups[h].type);
    for (const auto& m : groups[h].members) (before(m) ? bare : kept).add(m);
    bare.precedes = h;
    groups[h] = std::move(kept);
    groups.push_back(std::move(bare));
  }
}

// "Khizr and Ghazala Khan", "James and Olive Meehan": a given name joined
// by "and" to a person's given name and surname shares the surname. Mention
// `i` may be such a given name: one word of small letters after its
// capital, typed a person or a place ("Khizr" LOC), written once in the
// article, not the last items of a list and no place the lists know (and,
// the caller checks, no word of the article's longer people's names:
// "Hillary and Huma Abedin" are Hillary Clinton and Huma Abedin).
bool may_share_surname(const Document& d, std::size_t i, const ParsedNames& parsed,
                       const std::vector<ParsedNames::Ids>& names) {
  if (i + 1 >= d.entities.size()) return false;
  const auto& e = d.entities[i];
  const auto& next = d.entities[i + 1];
  if (next.type != EntityType::person || next.span.start < e.span.end) return false;
  const std::string_view between =
      std::string_view(d.text).substr(e.span.end, next.span.start - e.span.end);
  if (between != " and " && between != " & ") return false;
  const auto& full_name = parsed[names[i + 1].as_person];
  if (full_name.words.size() != 2 || !full(full_name)) return false;
  if (e.text.size() < 2 || parsed[names[i].plain].words.size() != 1 ||
      (e.type != EntityType::person && e.type != EntityType::location) ||
      !(e.text[0] >= 'A' && e.text[0] <= 'Z') ||
      !std::all_of(e.text.begin() + 1, e.text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      known_place(parsed[names[i].plain]))
    return false;
  // Not the last items of a list of names ("Brandy, Monica and Lauryn
  // Hill", "Panetta and Biden and Susan Rice"; not "the parents, Khizr and
  // Ghazala Khan").
  const auto before = text::word_before(d.text, e.span.start);
  if (before && (before->lower == "and" || before->lower == "or")) return false;
  if (before && before->text == ",") {
    const auto listed = text::word_before(d.text, before->start);
    if (listed && listed->capitalised) return false;
  }
  std::size_t written = 0;
  for (std::size_t at = d.text.find(e.text); at != std::string::npos && written < 2;
       at = d.text.find(e.text, at + 1))
    ++written;
  return written == 1;
}

// `limited` is set when a key of GroupIndex offered only its first groups.
std::vector<Group> document_groups(const Document& d, std::size_t index, ParsedNames& parsed,
                                   bool& limited) {
  std::vector<Group> groups;
  Placing placing;
  std::vector<ParsedNames::Ids> names;
  names.reserve(d.entities.size());
  // The surnames people are named by alone, twice or more, and no one bears
  // in full (named_like_its_people).
  std::unordered_map<std::string, int> bare_counts;
  std::unordered_set<std::string> full_surnames;
  for (const auto& e : d.entities) names.push_back(parsed(e.text));
  // The given names that share the next name's surname (may_share_surname).
  std::vector<bool> coordinated(d.entities.size());
  std::unordered_set<std::string> person_words;  // built for the first such name
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    if (!may_share_surname(d, i, parsed, names)) continue;
    if (person_words.empty()) {
      for (std::size_t k = 0; k < d.entities.size(); ++k) {
        const auto& words = parsed[names[k].as_person].words;
        if (d.entities[k].type == EntityType::person && words.size() >= 2)
          person_words.insert(words.begin(), words.end());
      }
    }
    if (person_words.contains(parsed[names[i].plain].words.front())) continue;
    const std::string surname = parsed[names[i + 1].as_person].words.back();
    names[i] = parsed(d.entities[i].text + " " + surname);
    coordinated[i] = true;
  }
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const auto& words = parsed[names[i].as_person].words;
    if ((d.entities[i].type != EntityType::person && !coordinated[i]) || words.empty()) continue;
    placing.surnames.insert(words.back());
    if (words.size() == 1)
      ++bare_counts[words.back()];
    else
      full_surnames.insert(words.back());
  }
  std::unordered_set<std::string> bare_surnames;
  for (const auto& [surname, count] : bare_counts) {
    if (count >= 2 && !full_surnames.contains(surname)) bare_surnames.insert(surname);
  }
  bare_counts = {};
  full_surnames = {};
  const std::vector<GenderVote> votes = gender_votes(d);
  auto small = [](int v) { return static_cast<std::uint8_t>(std::min(v, 255)); };
  std::vector<std::uint32_t> order(d.entities.size());  // mentions are capped, text::max_mentions
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // Each member with its group's number, a block at a time, then listed in
  // its group at the group's size: listed as placed, the groups' lists grew
  // by doubling, to some twice the members at the peak.
  std::deque<std::pair<std::uint32_t, Member>> placed;
  // Full names first, so that a bare surname sees every full name of the article.
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return parsed[names[a].as_person].words.size() >= 2 &&
           parsed[names[b].as_person].words.size() < 2;
  });
  for (const std::uint32_t i : order) {
    const auto& e = d.entities[i];
    // A title only a person bears, in the mention or just before it ("Mr."
    // before a "Trump" the tagger typed ORG), makes it a person's.
    const std::string title = title_of(d, e);
    // A name that an organisation's designator ends, or that "&" joins, is
    // no person's ("Hillary Clinton Foundation", "Lord & Taylor" typed PER).
    // So is a one-word name written as a thing ("told the Guardian that").
    const bool thing = parsed[names[i].plain].words.size() == 1 && written_as_thing(d, e);
    const bool firm_name = short_form_words(parsed[names[i].plain]) != 0 ||
                           e.text.find('&') != std::string::npos || thing;
    const EntityType type =
        firm_name ? (e.type == EntityType::person ? EntityType::organisation : e.type)
        : coordinated[i] || titled_person(e, parsed[names[i].plain]) ||
                (!title.empty() && personal_title(title)) ||
                (e.type == EntityType::organisation &&
                 named_like_its_people(parsed[names[i].as_person], bare_surnames))
            ? EntityType::person
            : e.type;
    const bool person = type == EntityType::person;
    const Member m{static_cast<std::uint32_t>(index),
                   i,
                   person ? names[i].as_person : names[i].plain,
                   person ? parsed.title_id(title) : 0,
                   type,
                   small(person ? votes[i].named_male : 0),
                   small(person ? votes[i].named_female : 0),
                   thing,
                   type == EntityType::location && written_as_place(d, e),
                   before_company_noun(d, e)};
    const std::size_t g = place(parsed, groups, placing, m, type);
    placed.push_back({static_cast<std::uint32_t>(g), m});
    // "WASHINGTON (AP)": a place takes no acronym.
    if (type != EntityType::person && type != EntityType::location) {
      if (auto acronym = acronym_after(d, e); !acronym.empty()) {
        placing.index.add(g, {defined_acronym_key(acronym)});
        groups[g].acronyms.push_back(acronym);
      }
    }
  }
  {
    std::vector<std::uint32_t> counts(groups.size());
    for (const auto& [g, m] : placed) ++counts[g];
    for (std::size_t g = 0; g < groups.size(); ++g) groups[g].members.reserve(counts[g]);
  }
  for (; !placed.empty(); placed.pop_front())
    groups[placed.front().first].members.push_back(placed.front().second);
  // Defined acronyms pull in the groups of their bare mentions. A group whose
  // names are all one acronym, by those letters (absorbing only adds names,
  // so no other group becomes one; each is checked again when used).
  std::unordered_map<std::string, std::vector<std::size_t>> by_acronym;
  for (std::size_t h = 0; h < groups.size(); ++h) {
    if (!groups[h].names.empty() && !groups[h].name(0).acronym.empty())
      by_acronym[groups[h].name(0).acronym].push_back(h);
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const auto& acronym : groups[g].acronyms) {
      const std::string letters = parse_name(acronym).acronym;
      const auto bare = by_acronym.find(letters);
      if (bare == by_acronym.end()) continue;
      for (const std::size_t h : bare->second) {
        if (h == g || groups[h].members.empty()) continue;
        const bool all_acronym =
            all_names(groups[h], [&](const NameParts& n) { return n.acronym == letters; });
        if (all_acronym && compatible_types(groups[g].type, groups[h].type))
          groups[g].absorb(groups[h]);
      }
    }
  }
  // A person's name the tagger typed as a place or organisation: a bare
  // surname ("Moualem", "De Mistura") or the full name ("Donald Trump" ORG)
  // is the person of this article with that name, when there is exactly one
  // or one is named kDominance times as often as any other ("Trump" where
  // "Mr. Trump" is named twenty times and his first wife once). A person is
  // one named in full or with a title. The people are found by their
  // surnames' keys (GroupIndex).
  GroupIndex people;
  auto person_keys = [](const auto& of) {
    Keys out;
    for (const auto& n : of) name_keys(n, EntityType::person, out);
    sort_keys(out);
    return out;
  };
  for (std::size_t h = 0; h < groups.size(); ++h) {
    if (groups[h].type == EntityType::person) people.add(h, person_keys(groups[h].parts()));
  }
  for (auto& g : groups) {
    if (g.type == EntityType::person || g.members.empty()) continue;
    const bool named =
        all_names(g, [](const NameParts& n) { return !n.words.empty() && n.acronym.empty(); });
    if (!named || g.names.empty()) continue;
    std::vector<std::size_t> fitting;
    for (const std::size_t h :
         people.candidates(person_keys(std::span<const NameParts>(&g.name(0), 1)), limited)) {
      const Group& p = groups[h];
      if (p.type != EntityType::person || (!group_has_full(p) && p.titles.empty())) continue;
      if (all_names(g, [&](const NameParts& n) { return person_fits(p, n); })) fitting.push_back(h);
    }
    if (fitting.empty()) continue;
    const auto person = fitting.size() == 1 ? fitting.front() : dominant(groups, fitting, 1);
    if (person) {
      people.add(*person, person_keys(g.parts()));
      groups[*person].absorb(g);
    }
  }
  // A given name alone ("Hillary", "Donald", whatever its type but a place)
  // is the one person of the article with that given name, unless a person
  // of the article bears it as a surname (with Michelle Obama named, "Obama"
  // is no given name, even if a caption's "Obama Speech" was taken for a
  // person), as across the batch (join_given_names). The people are found
  // by their full names' given names (absorbing adds no full name).
  std::unordered_set<std::string> article_surnames;
  GroupIndex given_names;
  auto given_keys = [](const std::string& word) {
    Keys out;
    word_keys("G", word, out);
    sort_keys(out);
    return out;
  };
  for (std::size_t h = 0; h < groups.size(); ++h) {
    if (groups[h].type != EntityType::person) continue;
    for (const auto& m : groups[h].parts()) {
      if (!full(m)) continue;
      given_names.add(h, given_keys(m.words.front()));
      article_surnames.insert(m.words.back());
    }
  }
  for (auto& g : groups) {
    if (g.type == EntityType::location || g.members.empty() || group_has_full(g)) continue;
    if (g.names.empty() || g.name(0).words.size() != 1) continue;  // no name fits
    if (article_surnames.contains(g.name(0).words.front())) continue;
    std::size_t person = 0;
    std::size_t fits = 0;
    for (const std::size_t h :
         given_names.candidates(given_keys(g.name(0).words.front()), limited)) {
      if (&groups[h] == &g || groups[h].type != EntityType::person) continue;
      const bool given = any_name(groups[h], [&](const NameParts& m) {
        return full(m) && all_names(g, [&](const NameParts& n) {
                 return n.words.size() == 1 &&
                        same_name_word(n.words.front(), m.words.front(), true);
               });
      });
      if (given) {
        person = h;
        ++fits;
      }
    }
    if (fits == 1) groups[person].absorb(g);
  }
  std::erase_if(groups, [](const Group& g) { return g.members.empty(); });
  split_bare_before_full(groups);
  text::give_back_room(groups);  // every article's are held until the batch's are merged
  limited = limited || placing.limited;
  return groups;
}

// Two organisations or places with long names and none in common: an
// acronym cannot join them ("PC" for Peace Corps and for Patriot Coal).
bool long_names_conflict(const Group& a, const Group& b) {
  bool a_long = false, b_long = false;
  for (const auto& n : a.parts()) a_long = a_long || n.words.size() >= 2;
  for (const auto& n : b.parts()) b_long = b_long || n.words.size() >= 2;
  if (!a_long || !b_long) return false;
  for (const auto& x : a.parts()) {
    for (const auto& y : b.parts()) {
      if (x.words.size() >= 2 && same_words(x, y)) return false;
    }
  }
  return true;
}

bool groups_fit(const Group& a, const Group& b) {
  ++comparisons;
  if (a.type != EntityType::person && b.type != EntityType::person && long_names_conflict(a, b))
    return false;
  if (misc_meets_org(a.type, b.type)) {
    return any_name(b, [&](const NameParts& n) { return same_words_as_any(a, n); });
  }
  if (!compatible_types(a.type, b.type)) return false;
  const bool b_has_full = group_has_full(b);
  if (a.type == EntityType::person &&
      any_name(b, [&](const NameParts& n) { return initials_conflict(a, n); }))
    return false;
  // Two genders part two people, unless they share a full name: "spokesman"
  // is written of women too ("Trump spokesman Hope Hicks" and "Hope Hicks,
  // a spokeswoman").
  if (a.type == EntityType::person && b.type == EntityType::person &&
      genders_conflict(a.gender(), b.gender()) &&
      !any_name(b, [&](const NameParts& n) { return full(n) && same_words_as_any(a, n); }))
    return false;
  for (const auto& n : b.parts()) {
    if (a.type == EntityType::person && !full(n) && b_has_full)
      continue;  // judged by the full names
    if (fits(a, n, b.type)) return true;
  }
  for (const auto& acronym : b.acronyms) {
    const std::string letters = acronym_letters(acronym);
    for (const auto& n : a.parts()) {
      if (n.acronym == letters) return true;
    }
  }
  for (const auto& acronym : a.acronyms) {
    const std::string letters = acronym_letters(acronym);
    for (const auto& n : b.parts()) {
      if (n.acronym == letters) return true;
    }
  }
  return false;
}

// What a group `a` must hold (one sign of) for groups_fit(a, b); 0: no test.
// A person with a full name is judged by the full names; an organisation or
// place only when all its names are longer ones and it defines no acronym.
std::uint64_t wanted_group_signs(const Group& b) {
  const bool person = b.type == EntityType::person;
  if (!person && !b.acronyms.empty()) return 0;
  std::uint64_t wanted = 0;
  for (const auto& n : b.parts()) {
    if (person && !full(n)) continue;
    const std::uint64_t w = wanted_signs(n, person);
    if (w == 0) return 0;
    wanted |= w;
  }
  return wanted;
}

// The written form without the titles before the name ("Mayor Bill de
// Blasio" -> "Bill de Blasio"), for people.
std::string without_titles(const std::string& form) {
  const auto words = text::words_in(form, 0, form.size());
  std::size_t first = 0;
  for (std::size_t i = 0; i + 2 < words.size() + 1 && i + 1 < words.size(); ++i) {
    std::string w = words[i].lower;
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (is_title(w)) first = i + 1;
  }
  if (first == 0 || first >= words.size()) return form;
  return form.substr(words[first].start);
}

// A form holding a word in lower case that no name holds ("Lord for Donald
// Trump"); the particles of names ("de", "al", "van") are name words.
bool lower_case_word(std::string_view form) {
  constexpr std::string_view kNameParticles[]{"al",  "el",  "ad",  "de",  "da", "di", "du",
                                              "van", "von", "der", "den", "le", "la", "bin",
                                              "ibn", "y",   "dos", "das", "del"};
  bool lower = false;
  text::each_plain_word(form, [&](const text::Word& w) {
    lower = lower || (!w.punct && !w.capitalised && !w.text.empty() && w.text[0] >= 'a' &&
                      w.text[0] <= 'z' && !text::listed(kNameParticles, w.lower));
  });
  return lower;
}

// The fullest written form: most name words (particles count, titles and
// "the" do not), then most frequent, then shortest, then first. A person is
// named by the full name written most often ("Barack Obama", not a "B.
// Hussein Obama" written a few times): any two words or more count as full,
// particles still add ("Bashar al-Assad" over "Bashar Assad").
// A name that ends a longer form of the same person is the shorter.
std::string canonical_name(const std::vector<std::string>& forms,
                           const std::map<std::string, int>& counts, bool person) {
  std::string best;
  std::size_t best_words = 0;
  std::vector<NameParts> parsed;
  parsed.reserve(forms.size());
  for (const auto& f : forms) parsed.push_back(person ? person_name(f) : parse_name(f));
  // A person's name that ends a longer form of theirs ("Wasserman Schultz"
  // of "Debbie Wasserman Schultz") is the shorter: the last words of every
  // form, two or more and fewer than all, joined.
  std::unordered_set<std::string> endings;
  const auto joined = [](const NameParts& n, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < n.words.size(); ++i) out += n.words[i] + ' ';
    return out;
  };
  if (person) {
    for (std::size_t k = 0; k < forms.size(); ++k) {
      if (lower_case_word(forms[k])) continue;  // "Lord for Donald Trump"
      const NameParts& n = parsed[k];
      for (std::size_t from = 1; from + 2 <= n.words.size(); ++from)
        endings.insert(joined(n, from));
    }
  }
  for (std::size_t k = 0; k < forms.size(); ++k) {
    const std::string& f = forms[k];
    const NameParts& parts = parsed[k];
    const bool ending = person && parts.words.size() >= 2 && endings.contains(joined(parts, 0));
    const std::size_t words =
        (person ? std::min<std::size_t>(parts.words.size(), 2) - (ending ? 1 : 0)
                : parts.words.size()) +
        parts.particles.size();
    const bool better =
        best.empty() || words > best_words ||
        (words == best_words && counts.at(f) > counts.at(best)) ||
        (words == best_words && counts.at(f) == counts.at(best) && f.size() < best.size());
    if (better) {
      best = f;
      best_words = words;
    }
  }
  return person ? without_titles(best) : best;
}

// Of several people a bare surname fits, the one it means: of those whose
// surname is spelt as it is, when there are any ("Ms. Brainard" is Lael
// Brainard, not Matt Braynard named more often), the one seen with its
// office ("President Obama"), else the one named far more often than any
// other; none when neither tells.
std::optional<std::size_t> chosen_bearer(const std::vector<Group>& merged,
                                         const std::vector<std::size_t>& fitting,
                                         const Group& bare) {
  std::vector<std::size_t> spelt;
  for (const auto c : fitting) {
    const bool same = any_name(merged[c], [&](const NameParts& m) {
      return !m.words.empty() && any_name(bare, [&](const NameParts& n) {
        return !n.words.empty() && n.words.back() == m.words.back();
      });
    });
    if (same) spelt.push_back(c);
  }
  const auto& candidates = spelt.empty() ? fitting : spelt;
  std::vector<std::size_t> titled;
  for (const auto c : candidates) {
    const bool shares = std::any_of(bare.titles.begin(), bare.titles.end(), [&](const auto& t) {
      return office_title(t) && merged[c].titles.contains(t);
    });
    if (shares) titled.push_back(c);
  }
  if (titled.size() == 1) return titled.front();
  // A lone candidate must be named kDominance times too.
  return dominant(merged, titled.empty() ? candidates : titled, 1);
}

// The words of a name as one string ("donald trump"), for matching names
// word for word across types.
std::string words_key(const NameParts& n) {
  std::string key;
  for (const auto& w : n.words) key += (key.empty() ? "" : " ") + w;
  return key;
}

// A given name alone that no article names in full ("Hillary" in an
// article that only says "Hillary") is the batch's person with that given
// name named kDominance times as often as any other, among those whom an
// article names by it alone as well as in full (news calls Hillary Clinton
// and Bernie Sanders by their given names, not every Carol or Michael),
// unless a person of the batch bears it as a surname. The people are found
// by their full names' given names.
void join_given_names(std::vector<Group>& merged) {
  std::unordered_map<std::string, std::vector<std::size_t>> given;
  std::unordered_set<std::string> surnamed;
  for (std::size_t h = 0; h < merged.size(); ++h) {
    if (merged[h].type != EntityType::person) continue;
    for (const auto& m : merged[h].parts()) {
      if (!full(m)) continue;
      given[m.words.front()].push_back(h);
      surnamed.insert(m.words.back());
    }
  }
  for (auto& g : merged) {
    if (g.type != EntityType::person || g.members.empty() || group_has_full(g)) continue;
    if (g.names.empty() || !all_names(g, [&](const NameParts& n) {
          return n.words.size() == 1 && n.words.front() == g.name(0).words.front();
        })) {
      continue;
    }
    const std::string& word = g.name(0).words.front();
    const auto bearers = given.find(word);
    if (bearers == given.end() || surnamed.contains(word)) continue;
    std::vector<std::size_t> pool(bearers->second);
    std::sort(pool.begin(), pool.end());
    pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
    std::erase_if(pool, [&](std::size_t h) {
      return &merged[h] == &g || merged[h].members.empty() ||
             genders_conflict(merged[h].gender(), g.gender());
    });
    if (pool.empty()) continue;
    const auto person = dominant(merged, pool, 1);
    const bool called_so = person && any_name(merged[*person], [&](const NameParts& n) {
                             return n.words.size() == 1 && n.words.front() == word;
                           });
    if (called_so) merged[*person].absorb(g);
  }
}

// Identities the tagger typed two ways: a group whose every name is
// written the same as a name of a group of another type (a bare "Trump"
// typed ORG, "Teneo" typed PER once and ORG elsewhere) joins the group
// named more often (of several such groups, the one named far more often
// than the others), unless that would make a wire credit a place.
void merge_across_types(std::vector<Group>& merged) {
  // The groups by name and by type: a name that many groups of one type
  // share ("Smith") costs nothing to a group of that type.
  std::unordered_map<std::string, std::array<std::vector<std::size_t>, 4>> by_name;
  const auto type_index = [](EntityType t) { return static_cast<std::size_t>(t); };
  for (std::size_t g = 0; g < merged.size(); ++g) {
    for (const auto& n : merged[g].parts()) {
      if (!n.words.empty()) by_name[words_key(n)][type_index(merged[g].type)].push_back(g);
    }
  }
  for (std::size_t g = 0; g < merged.size(); ++g) {
    Group& small = merged[g];
    if (small.members.empty()) continue;
    // The groups of another type holding every name of this one.
    std::vector<std::size_t> hosts;
    for (std::size_t k = 0; k < small.names.size(); ++k) {
      const NameParts& n = small.name(k);
      if (n.words.empty()) {
        hosts.clear();
        break;
      }
      std::vector<std::size_t> holding;
      const auto& lists = by_name[words_key(n)];
      for (std::size_t t = 0; t < lists.size(); ++t) {
        if (t == type_index(small.type)) continue;
        for (const auto h : lists[t]) {
          if (h != g && !merged[h].members.empty()) holding.push_back(h);
        }
      }
      if (k == 0) {
        hosts = holding;
      } else {
        std::erase_if(hosts, [&](std::size_t h) {
          return std::find(holding.begin(), holding.end(), h) == holding.end();
        });
      }
      if (hosts.empty()) break;
    }
    std::sort(hosts.begin(), hosts.end());
    hosts.erase(std::unique(hosts.begin(), hosts.end()), hosts.end());
    // A nationality or party typed so is no person's surname ("Cuban" in
    // an article on Marco Rubio's family is not Mark Cuban).
    if (small.type == EntityType::misc && all_names(small, [](const NameParts& n) {
          return n.words.size() == 1 && other_name_word(n.words.front());
        }))
      std::erase_if(hosts, [&](std::size_t h) { return merged[h].type == EntityType::person; });
    // Nor is a name written as a thing wherever it is ("told the Guardian
    // that" is not Don Guardian).
    if (small.type != EntityType::person && std::all_of(small.members.begin(), small.members.end(),
                                                        [](const Member& m) { return m.thing; }))
      std::erase_if(hosts, [&](std::size_t h) { return merged[h].type == EntityType::person; });
    // Nor is a place the lists know, typed a place and written as one in
    // most of its mentions, the surname of a person named in full: "in
    // Ferguson", "Madison, Wisconsin" are not Jesse Ferguson or Joe Madison
    // (an article that names the person in full has joined its bare
    // surname to him before this).
    if (small.type == EntityType::location && all_names(small, known_place) &&
        2 * std::count_if(small.members.begin(), small.members.end(),
                          [](const Member& m) { return m.place; }) >=
            static_cast<std::ptrdiff_t>(small.members.size()))
      std::erase_if(hosts, [&](std::size_t h) {
        return merged[h].type == EntityType::person && group_has_full(merged[h]);
      });
    // Of several, the one named kDominance times as often as any other
    // ("Trump" typed ORG is Donald Trump, not Ivana Trump); else none.
    if (hosts.empty()) continue;
    const auto dominant_host = dominant(merged, hosts, 0);
    if (!dominant_host) continue;
    const std::size_t chosen = *dominant_host;
    Group& host = merged[chosen];
    if (host.members.size() < small.members.size()) continue;
    const auto wire = [](const Group& x) {
      return std::any_of(x.members.begin(), x.members.end(), [&](const Member& m) {
        return is_wire_credit(words_key((*x.table)[m.name]));
      });
    };
    if ((host.type == EntityType::location || small.type == EntityType::location) &&
        (wire(host) || wire(small)))
      continue;
    for (const auto& n : small.parts())
      by_name[words_key(n)][type_index(host.type)].push_back(chosen);
    host.acronyms.insert(host.acronyms.end(), small.acronyms.begin(), small.acronyms.end());
    host.absorb(small);
  }
  std::erase_if(merged, [](const Group& g) { return g.members.empty(); });
}

// An identity's type from all its mentions: each votes for the type the
// tagger gave it, a person's full name or a title before a name with
// kStrongVote for a person, and so does a two-word name whose surname is
// that of a person of the batch (`surnames`: "Ivanka Trump" typed ORG); a
// name that a designator ends with kStrongVote for an organisation. Ties
// keep the group's type.
void decide_type(Group& g, const std::set<std::string>& surnames) {
  std::array<int, 4> votes{};
  const auto vote = [&](EntityType t) -> int& { return votes[static_cast<std::size_t>(t)]; };
  for (const auto& m : g.members) {
    const NameParts& name = (*g.table)[m.name];
    vote(m.type) += 1;
    if (m.type == EntityType::person && (full(name) || m.title != 0))
      vote(EntityType::person) += kStrongVote - 1;
    if (m.type != EntityType::person && name.words.size() == 2 &&
        surnames.contains(name.words.back()))
      vote(EntityType::person) += kStrongVote;
    // A designator ends an organisation's name ("Clinton Foundation" typed LOC).
    if (m.type != EntityType::person && short_form_words(name) != 0)
      vote(EntityType::organisation) += kStrongVote;
  }
  // Ties between the other types go to the first by name (LOC, MISC, ORG, PER).
  EntityType best = g.type;
  for (const EntityType type :
       {EntityType::location, EntityType::misc, EntityType::organisation, EntityType::person}) {
    if (vote(type) > vote(best)) best = type;
  }
  // A person with a company's nouns after at least two of its mentions,
  // and one in ten, and no title or gender seen, is a company ("Wells
  // Fargo" and "Carrier" typed PER; "Kanban board" is left as it was).
  const auto company =
      std::count_if(g.members.begin(), g.members.end(), [](const Member& m) { return m.company; });
  if (best == EntityType::person && company >= 2 &&
      company * 10 >= static_cast<std::ptrdiff_t>(g.members.size()) && g.titles.empty() &&
      g.male == 0 && g.female == 0)
    best = EntityType::organisation;
  g.type = best;
}

// "Google Cloud", "GitHub Copilot", "Apache Kafka" typed PER: a person
// whose every longer name starts with the one-word name of an organisation
// of the batch (named three times or more), not a given name the lists
// know, is that organisation's product or part.
void retype_company_names(std::vector<Group>& merged) {
  std::unordered_set<std::string> companies;
  for (const auto& g : merged) {
    if (g.type != EntityType::organisation || g.members.size() < kKnownPerson) continue;
    for (const auto& n : g.parts()) {
      if (n.words.size() == 1 && n.acronym.empty()) companies.insert(n.words.front());
    }
  }
  for (auto& g : merged) {
    if (g.type != EntityType::person) continue;
    bool longer = false, all = true;
    for (const auto& n : g.parts()) {
      if (n.words.size() < 2) continue;
      longer = true;
      // Not a title ("Justice Alito": the Justice Department is one), and no
      // given name after it ("Navy SEAL Ty Woods").
      all = all && companies.contains(n.words.front()) && !is_title(n.words.front()) &&
            std::none_of(n.words.begin(), n.words.end(),
                         [](const std::string& w) { return given_name_word(w); });
    }
    if (longer && all) g.type = EntityType::organisation;
  }
}

// The keys of GroupIndex as numbers, one per distinct key, so that the
// batch's index is a table (merging the article groups looks keys up often).
class KeyNumbers {
 public:
  std::vector<std::uint32_t> of(const Keys& keys) {
    std::vector<std::uint32_t> out;
    out.reserve(keys.size());
    for (const auto key : keys) out.push_back(numbers_.number(key));
    return out;
  }
  std::size_t size() const { return numbers_.size(); }

 private:
  KeyTable numbers_;
};

// GroupIndex with numbered keys.
class NumberedIndex {
 public:
  explicit NumberedIndex(std::size_t keys) { postings_.resize(keys); }
  void add(std::size_t group, const std::vector<std::uint32_t>& keys) {
    for (const auto key : keys) postings_.add(key, group);
  }
  Postings postings(std::uint32_t key) const { return postings_.at(key); }

 private:
  PostingLists postings_;
};

// A document's article groups, and the candidate keys of each.
struct ArticleGroups {
  std::vector<Group> groups;
  std::vector<std::vector<std::uint32_t>> keys;
  std::vector<std::vector<std::uint32_t>> narrow_keys;  // group_narrow_keys
  bool key_limit = false;  // a key of GroupIndex offered only its first groups
};

ArticleGroups article_groups(const Document& d, std::size_t index, ParsedNames& parsed,
                             KeyNumbers& numbers) {
  ArticleGroups out;
  out.groups = document_groups(d, index, parsed, out.key_limit);
  out.keys.reserve(out.groups.size());
  out.narrow_keys.reserve(out.groups.size());
  for (const auto& g : out.groups) {
    out.keys.push_back(numbers.of(group_keys(g)));
    out.narrow_keys.push_back(numbers.of(group_narrow_keys(g)));
  }
  return out;
}

}  // namespace

struct RulesMemory::Documents {
  struct Entry {
    std::string text;
    std::vector<EntityMention> entities;
    ArticleGroups groups;
  };
  std::vector<std::unique_ptr<Entry>> entries;  // per document; null: none kept
  ParsedNames parsed;
  KeyNumbers numbers;
};

RulesMemory::RulesMemory() : documents_(std::make_unique<Documents>()) {}
RulesMemory::~RulesMemory() = default;
RulesMemory::RulesMemory(RulesMemory&&) noexcept = default;
RulesMemory& RulesMemory::operator=(RulesMemory&&) noexcept = default;

std::vector<Identity> find_identities(const Batch& batch, IdentityLimits* limits,
                                      RulesMemory* memory) {
  // Article groups, merged across the batch: groups with a name of two words
  // or more first, then those of acronyms and single words (so that "AP"
  // alone finds the "Associated Press" an article wrote as "AP" too, whatever
  // the order of the articles), then people named by one word.
  std::vector<ArticleGroups*> articles;
  std::vector<ArticleGroups> own;
  own.reserve(batch.documents.size());
  ParsedNames own_parsed;
  ParsedNames& parsed = memory ? memory->documents_->parsed : own_parsed;
  KeyNumbers own_numbers;
  KeyNumbers& numbers = memory ? memory->documents_->numbers : own_numbers;
  if (memory) memory->documents_->entries.resize(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const Document& document = batch.documents[d];
    if (document.error) continue;
    ArticleGroups* groups = nullptr;
    if (memory) {
      auto& entry = memory->documents_->entries[d];
      if (!entry || entry->text != document.text || entry->entities != document.entities) {
        entry = std::make_unique<RulesMemory::Documents::Entry>(RulesMemory::Documents::Entry{
            document.text, document.entities, article_groups(document, d, parsed, numbers)});
      }
      groups = &entry->groups;
    } else {
      groups = &own.emplace_back(article_groups(document, d, parsed, numbers));
    }
    if (groups->key_limit && limits) limits->compared.push_back(d);
    articles.push_back(groups);
  }
  std::vector<Group> merged;
  // At most one for each article's group: room for all at once, so that the
  // groups are never held twice while the vector grows.
  std::size_t article_groups_count = 0;
  for (const ArticleGroups* article : articles) article_groups_count += article->groups.size();
  merged.reserve(article_groups_count);
  NumberedIndex index(numbers.size());
  own_numbers = {};  // the keys are numbered: their text is no longer needed
  // Where each article group went: the merged group it joined or became.
  std::vector<std::vector<std::size_t>> went(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a)
    went[a].assign(articles[a]->groups.size(), SIZE_MAX);
  // The bare names of people given to a person named in full, joined after
  // the passes.
  std::vector<std::pair<std::size_t, const Group*>> chosen;
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t a = 0; a < articles.size(); ++a) {
      ArticleGroups* article = articles[a];
      for (std::size_t k = 0; k < article->groups.size(); ++k) {
        Group& g = article->groups[k];
        if (g.members.empty()) continue;
        const bool has_full = group_has_full(g);
        const bool bare_person = g.type == EntityType::person && !has_full;
        if (pass != (bare_person ? 2 : has_full ? 0 : 1)) continue;
        const auto& keys = article->keys[k];
        const auto& narrow_keys = article->narrow_keys[k];
        bool key_limit = false;
        std::vector<std::size_t> candidates;
        CandidateWalk walk = walk_candidates(index, keys, key_limit);
        if (bare_person) {
          // All that fit: chosen_bearer weighs them.
          while (const auto m = walk.next()) {
            if (groups_fit(merged[*m], g)) candidates.push_back(*m);
          }
        } else {
          // The first that fits, of those sharing a narrower key and holding
          // a sign the group wants.
          const std::uint64_t wanted = wanted_group_signs(g);
          const auto first_fit = [&](std::size_t m) {
            if ((wanted == 0 || (merged[m].signs & wanted) != 0) && groups_fit(merged[m], g))
              candidates.push_back(m);
            return !candidates.empty();
          };
          if (g.type == EntityType::person) {
            while (const auto m = walk.next()) {
              if (first_fit(*m)) break;
            }
          } else {
            for (const std::size_t m : narrowed(index, walk, narrow_keys)) {
              if (first_fit(m)) break;
            }
          }
        }
        if (key_limit && limits) {
          for (const auto& member : g.members) limits->compared.push_back(member.document);
        }
        if (bare_person) {
          // Whom the batch means by the name; for a name written before its
          // article's full name, else that full name.
          std::optional<std::size_t> bearer;
          if (candidates.size() > 1) {
            bearer = chosen_bearer(merged, candidates, g);
          } else if (!candidates.empty()) {
            bearer = candidates.front();
          }
          if (!bearer && g.precedes != SIZE_MAX &&
              std::find(candidates.begin(), candidates.end(), went[a][g.precedes]) !=
                  candidates.end()) {
            bearer = went[a][g.precedes];
          }
          candidates.assign(bearer ? 1 : 0, bearer.value_or(0));
          // Joined once every bare name is placed: what the batch chose for
          // one is no evidence for the next ("President Obama" given to
          // Michelle Obama would have brought her every later one).
          if (bearer && group_has_full(merged[*bearer])) {
            went[a][k] = *bearer;
            index.add(*bearer, keys);
            chosen.push_back({*bearer, &g});
            continue;
          }
        }
        went[a][k] = candidates.empty() ? merged.size() : candidates.front();
        if (!candidates.empty()) {
          index.add(candidates.front(), keys);
          join_group(merged[candidates.front()], g);
        } else {
          index.add(merged.size(), keys);
          // The groups kept in `memory` are used again; the others not.
          if (memory) {
            merged.push_back(g);
          } else {
            merged.push_back(std::move(g));
          }
        }
      }
    }
  }
  for (const auto& [into, g] : chosen) join_group(merged[into], *g);
  own = {};
  articles = {};
  join_given_names(merged);
  merge_across_types(merged);
  std::set<std::string> surnames;  // of the people named in full
  for (auto& g : merged) {
    decide_type(g, surnames);
    if (g.type != EntityType::person || g.members.size() < kKnownPerson) continue;
    for (const auto& n : g.parts()) {
      if (full(n)) surnames.insert(n.words.back());
    }
  }
  for (auto& g : merged) {
    if (g.type != EntityType::person) decide_type(g, surnames);
  }
  retype_company_names(merged);
  std::vector<Identity> identities;
  identities.reserve(merged.size());
  for (auto& g : merged) {
    Identity identity;
    identity.type = g.type;
    identity.acronyms = std::move(g.acronyms);
    identity.mentions.reserve(g.members.size());
    for (const auto& m : g.members) identity.mentions.push_back({m.document, m.entity});
    identities.push_back(std::move(identity));
  }
  order_by_first_mention(batch, identities);
  mark_terms(batch, identities);
  return identities;
}

std::size_t group_comparisons() {
  return comparisons;
}

void order_by_first_mention(const Batch& batch, std::vector<Identity>& identities) {
  const auto before = [&](const MentionRef& a, const MentionRef& b) {
    if (a.document != b.document) return a.document < b.document;
    return batch.documents[a.document].entities[a.entity].span.start <
           batch.documents[b.document].entities[b.entity].span.start;
  };
  for (auto& identity : identities) {
    std::sort(identity.mentions.begin(), identity.mentions.end(), before);
  }
  std::erase_if(identities, [](const Identity& i) { return i.mentions.empty(); });
  std::stable_sort(identities.begin(), identities.end(), [&](const Identity& a, const Identity& b) {
    return before(a.mentions.front(), b.mentions.front());
  });
}

void drop_mentions(Batch& batch, std::vector<Identity>& identities,
                   const std::vector<std::vector<char>>& gone) {
  std::vector<std::vector<std::size_t>> moved(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size() && d < gone.size(); ++d) {
    if (std::find(gone[d].begin(), gone[d].end(), 1) == gone[d].end()) continue;
    auto& entities = batch.documents[d].entities;
    auto& to = moved[d];
    to.assign(entities.size(), 0);
    std::vector<EntityMention> kept;
    kept.reserve(entities.size());
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (e < gone[d].size() && gone[d][e]) continue;
      to[e] = kept.size();
      kept.push_back(std::move(entities[e]));
    }
    entities = std::move(kept);
  }
  for (auto& identity : identities) {
    for (auto& m : identity.mentions) {
      if (!moved[m.document].empty()) m.entity = moved[m.document][m.entity];
    }
  }
}

namespace {

// The written forms of an identity's mentions (without a possessive), each
// once in order of first use, then its defined acronyms; and how often each
// form is used.
std::vector<std::string> aliases_of(const Batch& batch, const Identity& identity,
                                    std::map<std::string, int>& counts) {
  std::vector<std::string> aliases;
  for (const auto& m : identity.mentions) {
    const std::string form(
        text::without_possessive(batch.documents[m.document].entities[m.entity].text));
    if (counts[form]++ == 0) aliases.push_back(form);
  }
  for (const auto& a : identity.acronyms) {
    if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) {
      aliases.push_back(a);
      counts[a] = 0;
    }
  }
  return aliases;
}

}  // namespace

std::string identity_name(const Batch& batch, const Identity& identity) {
  if (!identity.name.empty()) return identity.name;
  std::map<std::string, int> counts;
  const auto aliases = aliases_of(batch, identity, counts);
  return canonical_name(aliases, counts, identity.type == EntityType::person);
}

namespace {

// What a cluster is made of: its identity's mentions (where they are, so
// that the same place in the same text means the same words), name, type
// and acronyms.
std::string cache_key(const Batch& batch, const Identity& identity,
                      const std::vector<std::size_t>& versions) {
  std::string key(1, static_cast<char>(identity.type));
  key += '\x1f' + identity.name + '\x1f';
  for (const auto& a : identity.acronyms) key += a + '\x1e';
  key += '\x1f';
  // Each mention as raw numbers (document, its version, span) and its type.
  const auto put = [&key](std::size_t n) {
    key.append(reinterpret_cast<const char*>(&n), sizeof n);
  };
  for (const auto& m : identity.mentions) {
    const auto& e = batch.documents[m.document].entities[m.entity];
    put(m.document);
    put(m.document < versions.size() ? versions[m.document] : 0);
    put(e.span.start);
    put(e.span.end);
    key += static_cast<char>(e.type);
  }
  return key;
}

Cluster describe(const Batch& batch, const Identity& identity) {
  Cluster c;
  std::map<std::string, int> counts;
  c.aliases = aliases_of(batch, identity, counts);
  for (const auto& m : identity.mentions) {
    const auto& document = batch.documents[m.document];
    const auto& entity = document.entities[m.entity];
    if (c.documents.empty() || c.documents.back() != document.name)
      c.documents.push_back(document.name);
    if (identity.type == EntityType::person) {
      std::string role = role_before(document.text, entity.span);
      if (!role.empty() && std::find(c.roles.begin(), c.roles.end(), role) == c.roles.end()) {
        c.roles.push_back(std::move(role));
      }
    }
  }
  c.name = identity.name.empty()
               ? canonical_name(c.aliases, counts, identity.type == EntityType::person)
               : identity.name;
  c.type = identity.type;
  c.mentions = identity.mentions.size();
  c.corrected = identity.corrected;
  return c;
}

}  // namespace

void write_clusters(Batch& batch, std::vector<Identity> identities, ClusterCache* cache) {
  order_by_first_mention(batch, identities);
  const bool numbered = std::all_of(identities.begin(), identities.end(),
                                    [](const Identity& i) { return i.number > 0; });
  if (numbered) {
    std::stable_sort(identities.begin(), identities.end(),
                     [](const Identity& a, const Identity& b) { return a.number < b.number; });
  } else {
    for (std::size_t i = 0; i < identities.size(); ++i) identities[i].number = i + 1;
  }
  for (auto& document : batch.documents) {
    for (auto& entity : document.entities) entity.cluster.clear();
  }
  batch.clusters.clear();
  batch.clusters.reserve(identities.size());
  std::unordered_map<std::string, Cluster> used;  // the cache keeps what this batch has
  for (const auto& identity : identities) {
    Cluster c;
    if (cache) {
      std::string key = cache_key(batch, identity, cache->versions_);
      auto it = cache->clusters_.find(key);
      c = it == cache->clusters_.end() ? describe(batch, identity) : std::move(it->second);
      used.emplace(std::move(key), c);
    } else {
      c = describe(batch, identity);
    }
    c.id = std::string(1, 'c').append(std::to_string(identity.number));
    for (const auto& m : identity.mentions) {
      auto& entity = batch.documents[m.document].entities[m.entity];
      entity.cluster = c.id;
      entity.type = identity.type;  // the identity's type, decided from all its mentions
    }
    batch.clusters.push_back(std::move(c));
  }
  if (cache) cache->clusters_ = std::move(used);
}

void name_identities(Batch& batch, std::vector<Identity> identities) {
  write_clusters(batch, std::move(identities));
  find_nominals(batch);
}

void warn_limits(Batch& batch, const IdentityLimits& limits) {
  constexpr std::string_view kCompared = "names compared with the first ";
  for (auto& d : batch.documents) {
    std::erase_if(d.warnings, [&](const std::string& w) { return w.starts_with(kCompared); });
  }
  const auto each = [&](std::vector<std::size_t> list, auto&& warning) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    for (const std::size_t d : list) {
      if (d < batch.documents.size()) batch.documents[d].warnings.push_back(warning(d));
    }
  };
  each(limits.compared, [&](std::size_t) {
    return std::string(kCompared) + std::to_string(kKeyGroups) +
           " people or organisations sharing a name or a spelling: some mentions of the same one "
           "may be left apart";
  });
}

void cluster_batch(Batch& batch) {
  IdentityLimits limits;
  auto identities = find_identities(batch, &limits);
  warn_limits(batch, limits);
  drop_terms(batch, identities);
  name_identities(batch, std::move(identities));
}

}  // namespace presslens::identity

namespace presslens {

const Cluster* find_cluster(const std::vector<Cluster>& clusters, std::string_view id) {
  // A number past which one more digit would overflow.
  constexpr std::size_t kLargestNumber = (std::numeric_limits<std::size_t>::max() - 9) / 10;
  // Ids are "c" and a number from one; clusters are in the order of their
  // numbers, the n-th numbered n unless corrections left gaps.
  std::size_t n = 0;
  for (const char c : id.substr(std::min<std::size_t>(id.size(), 1))) {
    if (c < '0' || c > '9' || n > kLargestNumber) return nullptr;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (id.size() < 2 || id[0] != 'c' || n == 0) return nullptr;
  if (n <= clusters.size() && clusters[n - 1].id == id) return &clusters[n - 1];
  const auto number = [](const Cluster& c) {
    return static_cast<std::size_t>(std::strtoull(c.id.c_str() + 1, nullptr, 10));
  };
  const auto it = std::lower_bound(clusters.begin(), clusters.end(), n,
                                   [&](const Cluster& c, std::size_t k) { return number(c) < k; });
  return it != clusters.end() && it->id == id ? &*it : nullptr;
}

}  // namespace presslens
