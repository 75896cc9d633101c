// Names reduced to comparable forms: transliterated to ASCII and case-folded
// (text::ascii_fold), split into words, with particles (al-, de, van) and
// possessives set aside.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace presslens::identity {

struct NameParts {
  std::vector<std::string> words;      // folded words without particles: {"walid", "moualem"}
  std::vector<std::string> particles;  // {"al"}
  std::string acronym;                 // "un" for "U.N." or "UN"; empty unless all capitals
  std::string initials;                // "us" for "United States" (function words skipped)
  std::string all_initials;            // every word's initial ("voa" for "Voice of America")
};

// Splits a mention ("the U.N.", "Bashar al-Assad's") into comparable parts.
NameParts parse_name(std::string_view mention);

// The number of words before the designators that end an organisation's
// name ("Hofstra University", "Boeing Co.": 1), the words it is also known
// by alone; 0 when no designator ends it, or nothing stands before them.
std::size_t short_form_words(const NameParts& n);

// A folded word the lists of given names hold ("james", and also "meta").
bool given_name_word(std::string_view folded);

// A folded word people are named by: the tagger's training text names a
// person by it alone, or it is in its lists of given names and name parts
// (false when no entity model is loaded).
bool person_name_word(std::string_view folded);

// A folded word that may be a given name: one people are named by
// (person_name_word), or one none of the entity model's lists holds
// ("barack"); false when no entity model is loaded.
bool may_be_given_name(std::string_view folded);

// A folded word that may be a surname: one the lists of name parts hold
// (known_surname), or one the tagger's training text never writes in lower
// case ("obama"); false when no entity model is loaded.
bool may_be_surname(std::string_view folded);

// A folded word the entity model's lists of name parts hold ("johnson",
// "johnston"): two such surnames are two names, not one misspelt; false
// when no model is loaded.
bool known_surname(std::string_view folded);

// A word the tagger's training text names something other than a person
// by, alone, and never a person ("Cuban", "Israeli", "Republican": the
// nationalities and parties CoNLL tags MISC); false when no model is
// loaded.
bool other_name_word(std::string_view folded);

// A place the entity model's lists name (its cities, regions and countries,
// and the places of its training text), written as `n`'s words; false when
// no model is loaded.
bool known_place(const NameParts& n);

// `acronym` is an acronym news writes for `name` without spelling it out
// ("AP", "Associated Press"; acronyms.cpp).
bool known_acronym(const NameParts& acronym, const NameParts& name);
// The listed pairs as written, for tests.
std::size_t known_acronym_count();
std::pair<std::string_view, std::string_view> known_acronym_at(std::size_t i);

// parse_name(mention).acronym without the rest of the parse.
std::string acronym_letters(std::string_view mention);

// A consonant skeleton that survives transliteration variants: first letter
// kept, later vowels dropped, doubled letters collapsed ("muallem" and
// "moualem" -> "mlm", "qaida" and "qaeda" -> "qd").
std::string skeleton(std::string_view folded_word);

// Two folded words name the same thing: equal; or, unless one is the
// other's people ("america" and "american"), the same skeleton, both
// ending in a vowel or both not ("laura" is not "lauer"), and at most two
// edits apart for words of six letters or more, one for words of five (or
// four when the skeleton keeps three letters: "asad", but not "mali" and
// "mall"; "laura" is not "larry"); or one edit apart, for words of six
// letters or more. A word `alone` (a one-word name, a bare surname or
// given name) matches another by spelling only when neither is a word of
// the language (the entity model's common words, when one is loaded):
// "Carrier" is not "Courier", while in "Black Lives Matters" the other
// words vouch for "matters".
bool same_word(std::string_view a, std::string_view b, bool alone = false);

// Two words of people's names: same_word, except that a final "s" makes
// another name ("Robert" and "Roberts", "Edward" and "Edwards") or a family
// ("the Clintons"), where in other names it makes a plural ("Republicans").
bool same_name_word(std::string_view a, std::string_view b, bool alone = false);

// `a` is an initial of `b` ("s" and "sergei").
bool initial_of(std::string_view a, std::string_view b);

// One given name is a short form of the other ("joe" and "joseph", "bill"
// and "william"; folded words).
bool short_given_name(std::string_view a, std::string_view b);
// The initials of the names `given` is a short form of, or of its short
// forms ("bill": w; "william": b, b, w).
std::vector<char> short_given_name_initials(std::string_view given);

}  // namespace presslens::identity
