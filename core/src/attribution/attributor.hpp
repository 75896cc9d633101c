// The rules that credit one quoted segment from the words around it: a cue
// before it, the attribution after it, a bare subject, and the person a
// sentence is about (docs/attribution.md, "Speaker of a segment").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "attribution/cues.hpp"
#include "attribution/speakers.hpp"

namespace presslens::attribution {

// Which rule credited a quote: the speaker model (ranker.hpp) weighs the
// rules' choices by how often each is right.
enum class Rule : std::uint8_t {
  none,
  cue_subject,         // "Lavrov said any talks should include "...""
  cue_adjacent,        // "Lavrov said: "..."": the cue just before the quote
  cue_clause,          // "..., Trump attacked Clinton, saying, "...""
  cue_according,       // "according to X", "quoted X saying"
  cue_said_first,      // "Said Ellis: "...""
  after_inverted,      // ""...," said Lavrov"
  after_subject,       // ""...," Lavrov said", ""...," he said"
  closing_sentence,    // ""..." is held accountable, Warren said."
  dash_credit,         // ""..." ― Pamela Padilla"
  bare_subject,        // "He also "confirmed ...""
  said_colon,          // "Clinton said:" closing the paragraph before
  continued,           // the quote before it in the paragraph goes on
  continued_reported,  // the reported speech before it goes on
  sentence_quoted,     // the sentence before holds a quote said with a cue
  sentence_subject,    // the person the sentence before is about
  reported_leading,    // "Lavrov said (that) ..." (reported speech)
  reported_trailing    // "..., Lavrov said." (reported speech)
};
std::string_view to_string(Rule rule);

// The rules whose choice the speaker model does not overrule: on
// PolNeAR-train (5-fold cross-validation) they are right at least as often
// as the model would be (""...," Lavrov said" 98%, ", Warren said." 96%,
// "according to X" 75%), or they read a layout the training articles lack
// ("― Pamela Padilla" credit lines, "Said Ellis:"). The model does better
// than the other rules, "said Lavrov", "Clinton said:" and reported speech
// included.
bool exact(Rule rule);

struct Attribution {
  Speaker speaker;
  std::string cue;
  Rule rule = Rule::none;
  bool found() const { return !speaker.empty(); }
};

bool is_dash(const Word& w);

class Attributor {
 public:
  Attributor(const Document& d, const SpeakerResolver& resolver) : d_(d), resolver_(resolver) {}

  // A cue before the quote (`words`: its sentence up to the quote, other
  // quotes left out): the one that introduces it ("Trump boasted, "), else
  // the first of its sentence that has a speaker ("Assad called the
  // proposals "..."", "Trump said that Clinton described it as "..."").
  Attribution before(const std::vector<Word>& words) const;

  // The attribution after the quote (`words`: up to the end of its sentence
  // or the next quote): ", Lavrov said", ", said Lavrov", "he said", ",
  // Flynn, a top Trump surrogate, said", "― Pamela Padilla", or at the end
  // of the sentence: "... is held accountable, Warren said." (only when
  // `whole`: the words reach the end of the sentence).
  Attribution after(const std::vector<Word>& words, bool whole) const;

  // "He also "confirmed ..."": a subject and nothing else before the quote.
  Attribution bare_subject(const std::vector<Word>& words) const;

  // The person a sentence (`words`, quotes left out) is about: a leading
  // "he"/"she", or the first person named early in it who is not the object
  // of a preposition.
  Attribution subject_of_sentence(const std::vector<Word>& words) const;

 private:
  Attribution at_cue(const std::vector<Word>& words, std::size_t i) const;
  Speaker clause_subject(const std::vector<Word>& words, std::size_t cue) const;
  std::string cue_text(const std::vector<Word>& words, std::size_t cue) const;

  const Document& d_;
  const SpeakerResolver& resolver_;
};

}  // namespace presslens::attribution
