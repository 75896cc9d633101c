// Speech cues ("said", "told", "according to") and the noun phrases around
// them that name a speaker.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/case.hpp"
#include "text/words.hpp"

namespace presslens::attribution {

using text::Word;

bool is_cue(const Word& word);
// Cue verbs that report speech with a clause ("said", "told"), for reported speech.
bool is_reporting_cue(const Word& word);
bool is_pronoun(std::string_view lower);
// "the", "a", "an".
bool is_article(const Word& w);
// Words of time that name no one: "yesterday", "last", "week", "Tuesday"
// (lower case). Not the months, which are also names ("May").
bool is_time_word(std::string_view lower);
// Words between a subject and its cue that are neither ("also", "later",
// "would", "forcefully").
bool is_skipped_before_cue(const Word& word);

// The person a sentence is about is named in its opening words ("His former
// business partner at Lenox, Lawrence B. Cummings, called him"); a person
// named later is usually an object.
constexpr std::size_t kSentenceSubjectWords = 14;
// Words before a name that make it an object, not the sentence's subject:
// "... Thoughts On Donald Trump", "After meeting Obama, Trump said".
bool is_object_preposition(std::string_view lower);

// A phrase naming a speaker: words[first, last) of some word list.
struct Phrase {
  std::size_t first = 0;
  std::size_t last = 0;
  bool empty() const { return first >= last; }
};

// The subject before words[cue] ("the Russian diplomatic source" said),
// skipping adverbs and auxiliaries ("also", "has"); empty when there is none.
Phrase subject_before(const std::vector<Word>& words, std::size_t cue);

// "Sanders hasn't said whether ...", "Comey cannot say that": a word of
// negation among words[from, cue); a negated cue reports nothing.
bool negated(const std::vector<Word>& words, std::size_t from, std::size_t cue);

// Whether the words before a quote end by naming what it quotes: "a short
// film called", "a formula called the" (a noun, then a naming verb): the
// quote is a name, not anyone's words.
bool names_what_follows(const std::vector<Word>& words);

// The speaker after an inverted cue ("said Lavrov", "said the source"), or
// after "quoted"/"according to"; empty when there is none.
Phrase phrase_after(const std::vector<Word>& words, std::size_t from);

// Where a cue that is "according" continues ("to"), so that callers can treat
// "according to" as one cue; returns the index after the cue.
std::size_t cue_end(const std::vector<Word>& words, std::size_t cue);

// The attribution that closes a sentence, ", Warren said.": the last comma
// of words[from, ...), then a subject that starts right after it and a cue
// (`accepts`) within a few words. What may follow the cue is the caller's
// rule (a direct quote allows "said in a statement", reported speech only
// time words).
struct TrailingCue {
  std::size_t comma = 0;
  std::size_t cue = 0;
  Phrase subject;
};
std::optional<TrailingCue> trailing_cue(const std::vector<Word>& words, std::size_t from,
                                        bool (*accepts)(const Word&));

}  // namespace presslens::attribution
