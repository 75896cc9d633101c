// Turns the words naming a speaker into the speaker: a cluster (named
// entity), a person a pronoun points back to, the fuller earlier description
// of an unnamed source ("the source" -> "a Russian diplomatic source"), or
// the words themselves.
//
// Every question is answered from indexes built once per document (mentions
// in text order, pronoun candidates, role holders, descriptions by their
// noun), so that a document with many quotes costs time in proportion to
// its length.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "attribution/cues.hpp"
#include "attribution/units.hpp"
#include "presslens/document.hpp"
#include "text/lexicon.hpp"

namespace presslens::attribution {

struct Speaker {
  std::optional<std::string> name;
  std::optional<std::string> cluster;
  std::optional<EntityType> type;  // the cluster's type when named
  Span at;                         // where the words naming it are: the mention, or the phrase
  bool named() const { return cluster.has_value(); }
  bool empty() const { return !name; }
};

class SpeakerResolver {
 public:
  // `words` are all the words of document.text (text::words_in), kept
  // by the caller for the resolver's lifetime, as are the other arguments.
  // `genders` are the clusters' (identity::infer_genders).
  SpeakerResolver(const Document& document, const std::vector<Cluster>& clusters,
                  const std::vector<text::Gender>& genders, const std::vector<Segment>& segments,
                  const WordTable& words);

  // The speaker named by words[phrase] at that place of the text.
  Speaker resolve(const std::vector<Word>& words, Phrase phrase) const;

  // The first person or organisation named in text[from, to).
  Speaker first_named(std::size_t from, std::size_t to) const;

  // The person (or organisation for "it") a pronoun at `at` refers to.
  Speaker pronoun(std::string_view lower, std::size_t at) const;

  // The speaker a mention names: its cluster's name.
  Speaker of_entity(const EntityMention& e) const;

  // The mention that starts at `at`, or null.
  const EntityMention* mention_at(std::size_t at) const;

  bool inside_quote(std::size_t at) const;

  // The document's mentions, in text order.
  const std::vector<const EntityMention*>& mentions() const { return mentions_; }

 private:
  // A description ending in some noun: "a Russian diplomatic source"
  // (determiner at `first`, the noun ending at `end`; offsets of a text
  // under the core's 64 MB cap) of `words` words.
  struct Description {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
    std::uint16_t words = 0;
  };
  // The descriptions with one noun. Of those up to some place of the text,
  // description() chooses the first indefinite one of the most words, or
  // else the first of the most words: that choice is kept each time it
  // changes, with where it starts to hold (not every description: a text
  // of one paragraph again and again has thousands of the same).
  struct Choice {
    std::uint32_t from = 0;  // the end of the description that made it
    Description chosen;
  };
  struct Descriptions {
    std::vector<Choice> choices;  // in text order
    bool indefinite = false;      // the last choice is an indefinite description
  };

  Speaker description(std::string_view words, std::size_t at) const;
  // The first of the document's sentences that ends after `at`, or null.
  const Span* sentence_of(std::size_t at) const;
  // The people a pronoun ending at `after` cannot be: when it is a cue's
  // subject ("He says Obama knows", "He insisted Curiel had"), those its
  // sentence names after the cue, outside quotes (the clusters' ids), but
  // for those who are a cue's subject themselves ("Cross said", ", said
  // Kunin").
  std::vector<std::string_view> reported_people(std::size_t after) const;
  // The person a pronoun at `at` most likely points back to: in its own
  // sentence before it, else in the sentence before, one of `candidates`
  // (none of `excluded`) who speaks there, else the sentence's subject: the
  // first named in its opening words, not right after a preposition nor
  // modifying a noun. Null when neither sentence names one.
  // `m` is a cue's subject ("Stovall said", "..., said Stovall").
  // `near`: a word index at or before the mention's (for the lookup).
  bool speaks(const EntityMention& m, std::size_t near) const;
  // A person's name that opens the role of the person named next (identity::
  // role_before): "Trump campaign chairman Paul Manafort".
  bool names_another(const EntityMention& m) const;
  const EntityMention* sentence_subject(const std::vector<std::uint32_t>& candidates,
                                        std::size_t at,
                                        const std::vector<std::string_view>& excluded) const;
  // The mentions (indices into mentions_) before the first one that ends
  // after `at`: the ones a reader has seen at that place.
  std::size_t seen_before(std::size_t at) const;
  // The last of `candidates` (ascending indices into mentions_) below `limit`.
  const EntityMention* last_below(const std::vector<std::uint32_t>& candidates,
                                  std::size_t limit) const;
  void index_descriptions();
  void index_roles();

  const Document& document_;
  const std::vector<Segment>& segments_;
  const WordTable& words_;
  std::map<std::string, const Cluster*> clusters_;
  // Indices into mentions_ and offsets of the text in 4 bytes each: a page
  // of nothing but names has one every 32 bytes (text::max_mentions).
  std::vector<const EntityMention*> mentions_;  // in text order
  std::vector<std::uint32_t> end_so_far_;       // the largest end among mentions_[0..i]
  std::vector<std::uint32_t> he_, she_, it_;    // who "he", "she", "it" may point back to
  std::vector<std::uint32_t> named_;            // persons and organisations
  std::map<std::string, std::vector<std::string>> role_clusters_;  // lower-case role -> ids
  std::map<std::string, std::vector<std::uint32_t>> cluster_mentions_;
  std::unordered_map<std::string, Descriptions> descriptions_;  // by lower-case noun
};

}  // namespace presslens::attribution
