// Turns the words naming a speaker into the speaker: a cluster (named
// entity), a person a pronoun points back to, the fuller earlier description
// of an unnamed source ("the source" -> "a Russian diplomatic source"), or
// the words themselves.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "attribution/cues.hpp"
#include "attribution/units.hpp"
#include "presslens/document.hpp"

namespace presslens::attribution {

struct Speaker {
  std::optional<std::string> name;
  std::optional<std::string> cluster;
  std::string type;  // the cluster's type when named
  bool named() const { return cluster.has_value(); }
  bool empty() const { return !name; }
};

class SpeakerResolver {
 public:
  SpeakerResolver(const Document& document, const std::vector<Cluster>& clusters,
                  const std::vector<Segment>& segments);

  // The speaker named by words[phrase] at that place of the text.
  Speaker resolve(const std::vector<Word>& words, Phrase phrase) const;

  // The first person or organisation named in text[from, to).
  Speaker first_named(std::size_t from, std::size_t to) const;

  // The person (or organisation for "it") a pronoun at `at` refers to.
  Speaker pronoun(std::string_view lower, std::size_t at) const;

  // The speaker a mention names: its cluster's name.
  Speaker of_entity(const EntityMention& e) const;

 private:
  Speaker description(std::string_view words, std::size_t at) const;
  bool inside_quote(std::size_t at) const;

  const Document& document_;
  std::map<std::string, const Cluster*> clusters_;
  const std::vector<Segment>& segments_;
};

}  // namespace presslens::attribution
