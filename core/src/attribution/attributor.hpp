// The rules that credit one quoted segment from the words around it: a cue
// before it, the attribution after it, a bare subject, and the person a
// sentence is about (docs/attribution.md, "Speaker of a segment").
#pragma once

#include <string>
#include <vector>

#include "attribution/cues.hpp"
#include "attribution/speakers.hpp"

namespace presslens::attribution {

struct Attribution {
  Speaker speaker;
  std::string cue;
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
