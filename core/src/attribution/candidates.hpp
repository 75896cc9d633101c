// The speakers a quote may have, each with the features the speaker model
// weighs (ranker.hpp): the rules' choice, and every person, organisation,
// role ("the Russian president") and pronoun written near the quote, with
// where it stands from the quote and the words around it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "attribution/credited.hpp"
#include "attribution/speakers.hpp"
#include "attribution/units.hpp"

namespace presslens::attribution {

struct Candidate {
  Speaker speaker;
  std::vector<std::uint32_t> features;  // hashed feature names (feature_key)
};

struct QuoteCandidates {
  std::vector<Candidate> candidates;
  std::size_t rule = kNone;  // the rules' choice among them
  Rule by = Rule::none;      // the rule that chose it
  bool direct = true;
  // The last candidate, when there are others: nobody speaks these words (a
  // term in quotes, a title), which the model weighs like a speaker; never
  // chosen, its probability is what the chosen speaker's confidence lacks.
  std::size_t nobody = kNone;
};

// The same speaker, however written: the cluster id, else the lower-case words.
std::string identity_of(const Speaker& s);

// A feature name's key in the model.
std::uint32_t feature_key(std::string_view name);

// What earlier quotes of the document were credited to (by the rules).
struct History {
  std::map<std::string, std::size_t> quotes;  // identity -> quotes so far
  std::string last;                           // the previous quote's speaker
  Speaker last_speaker;
  std::size_t last_paragraph = 0;
  void add(const Credited& q);
};

class CandidateFinder {
 public:
  CandidateFinder(const Document& d, const TextUnits& units, const SpeakerResolver& resolver);
  QuoteCandidates find(const Credited& quote, const History& history) const;

 private:
  const Document& d_;
  const TextUnits& u_;
  const SpeakerResolver& resolver_;
  std::map<std::string, std::size_t> mentions_of_;   // cluster -> mentions in the document
  std::map<std::string, std::size_t> mention_rank_;  // cluster -> clusters named more often
  std::vector<const EntityMention*> nominals_;       // in text order
};

}  // namespace presslens::attribution
