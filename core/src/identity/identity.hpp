// Entity identities across a batch: which mentions name the same person,
// organisation or place (see docs/attribution.md).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "presslens/document.hpp"
#include "text/lexicon.hpp"

namespace presslens::identity {

// A mention of the batch: batch.documents[document].entities[entity].
struct MentionRef {
  std::size_t document = 0;
  std::size_t entity = 0;
  bool operator==(const MentionRef&) const = default;
};

// One identity: the mentions that name the same person, organisation or
// place, as the rules group them (or as corrections regroup them).
struct Identity {
  EntityType type = EntityType::misc;
  std::vector<MentionRef> mentions;
  std::vector<std::string> acronyms;  // defined in the text ("... Forces (SNC)"): aliases too
  std::string name;                   // set by a correction; empty: the fullest written form
  std::size_t number = 0;  // the id is "c<number>"; 0: numbered in order of first mention
  bool corrected = false;  // a correction changed it
  // The rules found it a term of the language, not a name (mark_terms): it
  // goes before the clusters are written, unless a correction changed it.
  bool term = false;
  // drop_terms drops it: a term no correction changed.
  bool dropped_as_term() const { return term && !corrected; }
};

// The documents where find_identities was bounded (docs/robustness.md):
// a name was compared with only the first 256 groups sharing a key
// (`compared`). It may list a document more than once.
struct IdentityLimits {
  std::vector<std::size_t> compared;
};

// The rules: every mention of the batch in one identity, the identities in
// order of first mention (document, then offset).
// `limited`, if given, gets the documents whose names were compared with
// only the first 256 groups sharing a key (cluster_batch warns on them).
//
// With `memory`, what the rules made of each document alone (its article
// groups) is kept there, and taken from there for a document whose text
// and mentions are as they were: the result is the same.
class RulesMemory {
 public:
  RulesMemory();
  ~RulesMemory();
  RulesMemory(RulesMemory&&) noexcept;
  RulesMemory& operator=(RulesMemory&&) noexcept;
  struct Documents;

 private:
  friend std::vector<Identity> find_identities(const Batch&, IdentityLimits*, RulesMemory*);
  std::unique_ptr<Documents> documents_;
};
std::vector<Identity> find_identities(const Batch& batch, IdentityLimits* limits = nullptr,
                                      RulesMemory* memory = nullptr);

// Each document `limits` names gets its warning, once (those of an earlier
// run are taken away first).
void warn_limits(Batch& batch, const IdentityLimits& limits);

// How many times the rules have compared a name or a group with a group, in
// this thread so far: the work find_identities does, for tests of its bound.
std::size_t group_comparisons();

// Sorts each identity's mentions, drops empty identities and orders the rest
// by first mention.
void order_by_first_mention(const Batch& batch, std::vector<Identity>& identities);

// Removes from the documents the mentions flagged in `gone` (per document,
// by index; a shorter list flags none of the rest), and renumbers the
// identities' references to the mentions left. No identity may hold a
// mention that goes.
void drop_mentions(Batch& batch, std::vector<Identity>& identities,
                   const std::vector<std::vector<char>>& gone);

// A document's mentions as they were before drop_terms took some away.
struct SavedMentions {
  std::size_t document = 0;
  std::vector<EntityMention> entities;
};

// Acronyms spelt out in title case that the batch shows to be terms of the
// language, not names (terms.cpp): an identity, not a person, named in two
// words or more and written as an acronym too ("Artificial Intelligence",
// "AI"), whose name the batch's texts write in small letters at least once
// for every three times in title case. find_identities marks them `term`.
void mark_terms(const Batch& batch, std::vector<Identity>& identities);

// The identities marked `term` and not corrected go, and their mentions
// leave the documents; `saved`, if given, gets the mentions of each
// document changed, as they were.
void drop_terms(Batch& batch, std::vector<Identity>& identities,
                std::vector<SavedMentions>* saved = nullptr);

// What write_clusters() made of each identity, to reuse when the same
// identity (the same mentions, name, type and acronyms) comes again in a
// batch whose texts have not changed (clear() it when one does).
class ClusterCache {
 public:
  void clear() { clusters_.clear(); }
  // Document `d`'s text changed: what was made of its mentions is not reused.
  void forget_document(std::size_t d) {
    if (versions_.size() <= d) versions_.resize(d + 1, 0);
    ++versions_[d];
  }

 private:
  friend void write_clusters(Batch&, std::vector<Identity>, ClusterCache*);
  std::unordered_map<std::string, Cluster> clusters_;
  std::vector<std::size_t> versions_;  // per document, bumped by forget_document
};

// Writes the identities as batch.clusters and sets every mention's cluster:
// ids "c1", "c2"... in order of first mention, or, when every identity has a
// number, those numbers (clusters then in their order).
void write_clusters(Batch& batch, std::vector<Identity> identities, ClusterCache* cache = nullptr);

// write_clusters, then the nominals (find_nominals).
void name_identities(Batch& batch, std::vector<Identity> identities);

// The name name_identities() gives an identity: the one a correction set,
// else its fullest written form.
std::string identity_name(const Batch& batch, const Identity& identity);

// find_identities, then name_identities.
void cluster_batch(Batch& batch);

// Fills each document's nominals: "the Russian president" after a mention of
// the one person of the article with role "Russian President". Called by
// cluster_batch. One document's depend on its mentions and on the ids, types
// and roles of their clusters only.
void find_nominals(Batch& batch);
void find_nominals(Document& document, const std::vector<Cluster>& clusters);

// What the words around one mention of a person say of their gender.
// A mention gets at most three votes (the word before it or an apposition,
// and a pronoun after it): a byte each, as every mention's are held.
struct GenderVote {
  std::uint8_t male = 0;
  std::uint8_t female = 0;
  // Of those, the words that name the gender: an honorific ("Mr.") or a
  // noun ("his first wife, Ivana Trump"), not a pronoun.
  std::uint8_t named_male = 0;
  std::uint8_t named_female = 0;
  bool operator==(const GenderVote&) const = default;
};

// The votes of each mention of a document (of its text and mentions only),
// whatever its type: the identity stage reads them before a mention's type
// is settled, infer_genders counts those of people.
std::vector<GenderVote> gender_votes(const Document& document);

// The gender that `male` and `female` votes show, when one side clearly
// outweighs the other; unknown otherwise.
text::Gender decided_gender(int male, int female);

// Each cluster's gender (by its index in batch.clusters), as the batch's
// words show it (see gender.cpp): honorifics, gendered role nouns, the
// pronouns after the name (the votes of its mentions: gender_votes, per
// document), and its roles. Unknown for anything but a person with clear
// evidence. Used to resolve "he" and "she"; not part of the output.
std::vector<text::Gender> infer_genders(const Batch& batch);
std::vector<text::Gender> infer_genders(const Batch& batch,
                                        const std::vector<std::vector<GenderVote>>& votes);

// The role written before or around a person's mention at `span` of `text`:
// "Russian Foreign Minister" in "Russian Foreign Minister Sergei Lavrov",
// "UN mediator for Syria" in "the UN mediator for Syria, Staffan de Mistura".
// Empty when there is none.
std::string role_before(std::string_view text, Span span);

}  // namespace presslens::identity
