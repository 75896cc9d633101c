// A quote once the rules have read it: what goes into the JSON, and what the
// speaker model (ranker.hpp) reads: the rules' speaker, the rule that chose
// it, and where the quote sits.
#pragma once

#include <string>

#include "attribution/attributor.hpp"
#include "presslens/document.hpp"

namespace presslens::attribution {

struct Credited {
  Quote quote;
  Speaker speaker;  // the rules' choice
  Rule rule = Rule::none;
  Span marks;  // a direct quote's opening to closing mark; reported speech's clause
  std::size_t paragraph = 0;
  bool closed = true;
  bool starts_sentence = false;  // nothing before it in its sentence
  bool ends_sentence = false;    // it ends with a full stop
  bool after_colon = false;      // "Clinton said: "...""
  bool term = false;             // a quoted term, not a quote

  void credit(const Speaker& s, const std::string& cue, Rule r) {
    speaker = s;
    rule = r;
    quote.speaker = s.name;
    quote.speaker_cluster = s.cluster;
    quote.cue = cue;
  }
};

}  // namespace presslens::attribution
