// English words the core reads by their meaning, listed once: months and
// weekdays, abbreviations that keep their period, honorifics and pronouns
// with their gender, and function words.
#pragma once

#include <string_view>

namespace presslens::text {

// 1 for "january" (or "jan", "sept" for 9) ... 12; 0 for anything else.
// Lower case.
int month_of(std::string_view lower);

// 1 for "monday" ... 7 for "sunday" (ISO); 0 for anything else. Lower case.
int weekday_of(std::string_view lower);

// Words written with a period that does not end the sentence, by kind.
enum class Abbreviation {
  none,
  title,        // Mr, Dr, Gen, Sen: before a name
  name_suffix,  // Jr, Sr
  place,        // St, Mt, Ft: before a name
  month,        // Jan, Sept
  company,      // Inc, Corp, Ltd
  other,        // vs, etc, No, Dept
};

// The kind of abbreviation `word` is, as written ("Mr", not "MR" or "mr"),
// without its period.
Abbreviation abbreviation(std::string_view word);
// The same for a lower-case word ("mr", "gen").
Abbreviation abbreviation_lower(std::string_view lower);
// An abbreviated title's office as a word ("sen" -> "senator", "adm" ->
// "admiral"); any other word as it is. Lower case, without the period.
std::string_view title_written_out(std::string_view lower);

// A word whose period is part of it, as written without the period: an
// initial ("F"), dotted initials ("U.S", "a.m") or an abbreviation above
// ("Mr", "Jan", "Inc"). Such a period ends no sentence.
bool keeps_period(std::string_view word);

// A title, name suffix or place word ("Mr", "Jr", "St"): the abbreviations
// that stand with a name.
bool name_abbreviation(Abbreviation kind);

// Participles that make an adjective of a name ("Western-backed",
// "al-Qaeda-linked", "Turkey-based"): "backed", "led", "based"... Lower case.
bool is_name_attachment(std::string_view lower);

enum class Gender { unknown, male, female };

// "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "dame" (a final period
// allowed: "mr."); unknown for any other word. Lower case.
Gender honorific_gender(std::string_view lower);

// The third-person singular pronouns: he, him, his, himself (male), she,
// her, hers, herself (female); unknown for any other word. Lower case.
Gender pronoun_gender(std::string_view lower);

// The personal pronouns a speaker may be named by or that name no speaker
// ("he", "they", "it", "you", "his", "their"...). Lower case.
bool is_personal_pronoun(std::string_view lower);

// Verbs of speech whose object is what was said: "said", "told", "added",
// "wrote" (the past and present tense). Lower case.
bool is_reporting_verb(std::string_view lower);

// English function words (articles, pronouns, auxiliaries, prepositions...)
// and a few words that carry no topic ("said", "mr"). Lower case.
bool is_stop_word(std::string_view lower);

// A US state as news names it: the state's name, folded ("florida",
// "new york"), when `folded` (without periods) is a state's name, AP's
// abbreviation of it ("fla", "calif", "ny") or its postal code ("fl");
// empty otherwise.
std::string_view us_state(std::string_view folded);

// The name of the one-word state that AP abbreviates as `folded` ("fla":
// "florida"), when that abbreviation is no English word; empty otherwise
// ("mass", "miss", "wash", "pa", "la" and other words, and the states of
// two words, whose abbreviations are initials).
std::string_view us_state_abbreviated(std::string_view folded);

}  // namespace presslens::text
