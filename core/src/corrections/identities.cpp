// Name and identity corrections (stage 3, on the rules' grouping of the
// mentions): not_a_name, retype, merge, split, unmerge, rename, in list
// order; then every identity gets a number that keeps ids where they were,
// so that a link to "c12" still means the same one. The rules do not run
// again: a correction costs what it touches.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "corrections/corrections.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace presslens::corrections {
namespace {

using identity::Identity;
using identity::MentionRef;

// The identities being edited, with the identity of every mention.
class Grouping {
 public:
  Grouping(Batch& batch, std::vector<Identity>& identities)
      : batch_(batch), identities_(identities), owner_(batch.documents.size()) {
    for (std::size_t d = 0; d < batch.documents.size(); ++d)
      owner_[d].assign(batch.documents[d].entities.size(), kNone);
    for (std::size_t i = 0; i < identities.size(); ++i) {
      for (const auto& m : identities[i].mentions) owner_[m.document][m.entity] = i;
    }
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::size_t kRemoved = static_cast<std::size_t>(-2);

  // The mentions whose text is `name` (not those found not to be names).
  std::vector<MentionRef> mentions_named(const std::string& name) const {
    std::vector<MentionRef> out;
    for (const auto& m : with_text(name)) {
      if (!removed(m)) out.push_back(m);
    }
    return out;
  }

  bool removed(const MentionRef& m) const { return owner(m) == kRemoved; }

  // Takes a mention out of its identity and of the batch's names.
  void remove(const MentionRef& m) {
    const std::size_t from = owner(m);
    if (from == kRemoved) return;
    if (from != kNone) {
      auto& list = identities_[from].mentions;
      list.erase(std::find(list.begin(), list.end(), m));
      identities_[from].corrected = true;
    }
    owner_[m.document][m.entity] = kRemoved;
  }

  // Every identity with a mention named `name`: first those that bear it as
  // their name, then by how many such mentions they have (most first, then
  // in order); or, when no mention has that text, the identities that bear
  // it as their name ("Bill de Blasio" for "Mayor Bill de Blasio", or a name
  // a correction gave).
  std::vector<std::size_t> named(const std::string& name) const {
    std::map<std::size_t, std::size_t> counts;
    for (const auto& m : mentions_named(name)) {
      if (const std::size_t i = owner(m); i != kNone) ++counts[i];
    }
    struct Rank {
      std::size_t identity, count;
      bool bears;
    };
    std::vector<Rank> ranked;
    for (const auto& [i, n] : counts)
      ranked.push_back({i, n, identity::identity_name(batch_, identities_[i]) == name});
    std::stable_sort(ranked.begin(), ranked.end(), [](const Rank& a, const Rank& b) {
      return a.bears != b.bears ? a.bears : a.count > b.count;
    });
    std::vector<std::size_t> out;
    for (const auto& r : ranked) out.push_back(r.identity);
    if (!out.empty()) return out;
    for (std::size_t i = 0; i < identities_.size(); ++i) {
      if (!identities_[i].mentions.empty() &&
          identity::identity_name(batch_, identities_[i]) == name)
        out.push_back(i);
    }
    return out;
  }

  std::size_t owner(const MentionRef& m) const { return owner_[m.document][m.entity]; }

  void move(const MentionRef& m, std::size_t to) {
    const std::size_t from = owner(m);
    if (from == to || from == kRemoved) return;
    if (from != kNone) {
      auto& list = identities_[from].mentions;
      list.erase(std::find(list.begin(), list.end(), m));
      identities_[from].corrected = true;
    }
    identities_[to].mentions.push_back(m);
    identities_[to].corrected = true;
    owner_[m.document][m.entity] = to;
  }

  // Moves every mention of identity `from` to `to`.
  void absorb(std::size_t to, std::size_t from) {
    const auto mentions = identities_[from].mentions;
    for (const auto& m : mentions) move(m, to);
    auto& acronyms = identities_[to].acronyms;
    for (auto& a : identities_[from].acronyms) {
      if (std::find(acronyms.begin(), acronyms.end(), a) == acronyms.end()) acronyms.push_back(a);
    }
    identities_[from].acronyms.clear();
    if (identities_[to].name.empty()) identities_[to].name = identities_[from].name;
  }

  std::size_t add(Identity identity) {
    identity.corrected = true;
    identities_.push_back(std::move(identity));
    created_.resize(identities_.size(), 0);
    created_.back() = 1;
    return identities_.size() - 1;
  }

  // Made by a correction (split, unmerge), not by the rules.
  bool created(std::size_t i) const { return i < created_.size() && created_[i]; }

  Identity& operator[](std::size_t i) { return identities_[i]; }

 private:
  Batch& batch_;
  std::vector<Identity>& identities_;
  std::vector<std::vector<std::size_t>> owner_;
  std::vector<char> created_;
  // The mentions whose text is `name`, with or without a possessive, in
  // batch order; looked up the first time a correction names it (a few
  // names are, of every mention of the batch).
  const std::vector<MentionRef>& with_text(const std::string& name) const {
    auto [it, added] = named_.try_emplace(name);
    if (!added) return it->second;
    for (std::size_t d = 0; d < batch_.documents.size(); ++d) {
      const auto& entities = batch_.documents[d].entities;
      for (std::size_t e = 0; e < entities.size(); ++e) {
        const std::string_view written = entities[e].text;
        if (written == name || text::without_possessive(written) == name)
          it->second.push_back({d, e});
      }
    }
    return it->second;
  }
  mutable std::unordered_map<std::string, std::vector<MentionRef>> named_;
};

std::string not_found(const std::string& name) {
  return "no name \"" + name + "\" in the batch";
}

CorrectionStatus merge(Grouping& g, const Correction& c, std::string& message) {
  std::vector<std::size_t> all;
  for (const auto& name : c.names) {
    const auto found = g.named(name);
    if (found.empty()) {
      message = not_found(name);
      return CorrectionStatus::not_found;
    }
    for (const std::size_t i : found) {
      if (std::find(all.begin(), all.end(), i) == all.end()) all.push_back(i);
    }
  }
  if (all.size() == 1) {
    message = "already one identity";
    return CorrectionStatus::applied;
  }
  // Into the largest: it keeps its type (and, below, its number).
  const std::size_t into = *std::max_element(all.begin(), all.end(), [&](auto a, auto b) {
    return g[a].mentions.size() < g[b].mentions.size();
  });
  for (const std::size_t i : all) {
    if (i != into) g.absorb(into, i);
  }
  return CorrectionStatus::applied;
}

// The mention at [start, end) (UTF-16) of the correction's document.
std::optional<MentionRef> mention_at(const Batch& batch, const Grouping& g, const Correction& c,
                                     std::string& message) {
  const auto d = find_document(batch.documents, c.document);
  if (!d) {
    message = "no document \"" + c.document + "\" in the batch";
    return std::nullopt;
  }
  const auto& document = batch.documents[*d];
  const text::Utf16OffsetMap map(document.text);
  const auto start = map.to_byte(c.start);
  const auto end = map.to_byte(c.end);
  for (std::size_t e = 0; start && end && e < document.entities.size(); ++e) {
    const Span& span = document.entities[e].span;
    if (span.start == *start && span.end == *end && !g.removed({*d, e})) return MentionRef{*d, e};
  }
  message = "no name at " + std::to_string(c.start) + "-" + std::to_string(c.end) + " of \"" +
            c.document + "\"";
  return std::nullopt;
}

CorrectionStatus split(Batch& batch, Grouping& g, const Correction& c, std::string& message) {
  const auto mention = mention_at(batch, g, c, message);
  if (!mention) return CorrectionStatus::not_found;
  const auto targets = g.named(c.name);
  if (!targets.empty() && targets.front() == g.owner(*mention)) {
    message = "already in that identity";
    return CorrectionStatus::applied;
  }
  if (!targets.empty()) {
    g.move(*mention, targets.front());
    batch.documents[mention->document].entities[mention->entity].type = g[targets.front()].type;
    return CorrectionStatus::applied;
  }
  Identity created;
  created.type = batch.documents[mention->document].entities[mention->entity].type;
  created.name = c.name;
  g.move(*mention, g.add(std::move(created)));
  message = "a new identity";
  return CorrectionStatus::applied;
}

CorrectionStatus unmerge(Batch& batch, Grouping& g, const Correction& c, std::string& message) {
  const auto mentions = g.mentions_named(c.name);
  if (mentions.empty()) {
    message = not_found(c.name);
    return CorrectionStatus::not_found;
  }
  Identity created;
  created.type = batch.documents[mentions.front().document].entities[mentions.front().entity].type;
  const std::size_t into = g.add(std::move(created));
  for (const auto& m : mentions) g.move(m, into);
  return CorrectionStatus::applied;
}

CorrectionStatus rename(Grouping& g, const Correction& c, std::string& message) {
  const auto found = g.named(c.name);
  if (found.empty()) {
    message = not_found(c.name);
    return CorrectionStatus::not_found;
  }
  g[found.front()].name = c.to;
  g[found.front()].corrected = true;
  return CorrectionStatus::applied;
}

CorrectionStatus not_a_name(Grouping& g, const Correction& c, std::string& message) {
  const auto mentions = g.mentions_named(c.name);
  if (mentions.empty()) {
    message = not_found(c.name);
    return CorrectionStatus::not_found;
  }
  for (const auto& m : mentions) g.remove(m);
  return CorrectionStatus::applied;
}

// The identities of the mentions with that text take the type, and so do
// all their mentions.
// (Or, when no mention has that text, the identities that bear it as their name.)
CorrectionStatus retype(Batch& batch, Grouping& g, const Correction& c, std::string& message) {
  std::vector<std::size_t> targets;
  for (const auto& m : g.mentions_named(c.name)) {
    const std::size_t i = g.owner(m);
    if (i != Grouping::kNone && std::find(targets.begin(), targets.end(), i) == targets.end())
      targets.push_back(i);
  }
  if (targets.empty()) targets = g.named(c.name);
  if (targets.empty()) {
    message = not_found(c.name);
    return CorrectionStatus::not_found;
  }
  for (const std::size_t i : targets) {
    g[i].type = c.type;
    g[i].corrected = true;
    for (const auto& other : g[i].mentions)
      batch.documents[other.document].entities[other.entity].type = c.type;
  }
  return CorrectionStatus::applied;
}

// Drops the mentions not_a_name took out, from the documents and from the
// identities' references.
void drop_removed(Batch& batch, const Grouping& g, std::vector<Identity>& identities) {
  std::vector<std::vector<char>> gone(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    const std::size_t n = batch.documents[d].entities.size();
    for (std::size_t e = 0; e < n; ++e) {
      if (!g.removed({d, e})) continue;
      gone[d].resize(n, 0);
      gone[d][e] = 1;
    }
  }
  identity::drop_mentions(batch, identities, gone);
}

// Numbers that keep ids where they were (see corrections.hpp): the rules'
// identities claim first, so that the part of an identity a correction
// takes away leaves its id with the rest.
void number(const Batch& batch, const Grouping& g, std::vector<Identity>& identities,
            const Numbering& before) {
  const auto number_before = [&](const MentionRef& m) -> std::size_t {
    const auto& numbers = before.of[m.document];
    return m.entity < numbers.size() ? numbers[m.entity] : 0;
  };
  // (identity, number, mentions of that number it holds): the rules'
  // identities first, then by most mentions, then by the lower number.
  struct Claim {
    std::size_t identity, number, count;
    bool created;
  };
  std::vector<Claim> claims;
  for (std::size_t i = 0; i < identities.size(); ++i) {
    std::map<std::size_t, std::size_t> counts;
    for (const auto& m : identities[i].mentions) {
      if (const std::size_t n = number_before(m); n > 0) ++counts[n];
    }
    for (const auto& [n, count] : counts) claims.push_back({i, n, count, g.created(i)});
  }
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    if (a.created != b.created) return !a.created;
    return a.count != b.count ? a.count > b.count : a.number < b.number;
  });
  std::vector<char> taken(before.count + 1, 0);
  for (auto& identity : identities) identity.number = 0;
  for (const auto& claim : claims) {
    auto& identity = identities[claim.identity];
    if (identity.number > 0 || claim.number > before.count || taken[claim.number]) continue;
    identity.number = claim.number;
    taken[claim.number] = 1;
  }
  // The others get numbers after the rules' last, in order of first mention.
  const auto first = [&](const Identity& identity) {
    const auto it =
        std::min_element(identity.mentions.begin(), identity.mentions.end(),
                         [&](const MentionRef& a, const MentionRef& b) {
                           if (a.document != b.document) return a.document < b.document;
                           return batch.documents[a.document].entities[a.entity].span.start <
                                  batch.documents[b.document].entities[b.entity].span.start;
                         });
    return std::pair(it->document, batch.documents[it->document].entities[it->entity].span.start);
  };
  std::vector<std::size_t> unnumbered;
  for (std::size_t i = 0; i < identities.size(); ++i) {
    if (identities[i].number == 0 && !identities[i].mentions.empty() &&
        !identities[i].dropped_as_term())
      unnumbered.push_back(i);
  }
  std::stable_sort(unnumbered.begin(), unnumbered.end(), [&](std::size_t a, std::size_t b) {
    return first(identities[a]) < first(identities[b]);
  });
  std::size_t next = before.count;
  for (const std::size_t i : unnumbered) identities[i].number = ++next;
}

}  // namespace

void edit_identities(Batch& batch, std::vector<Identity>& identities, const Numbering& before,
                     const std::vector<Correction>& list,
                     std::vector<CorrectionOutcome>& outcomes) {
  Grouping g(batch, identities);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Correction& c = list[i];
    if (!c.kind) continue;
    std::string message;
    CorrectionStatus status;
    switch (*c.kind) {
      case CorrectionOp::not_a_name:
        status = not_a_name(g, c, message);
        break;
      case CorrectionOp::retype:
        status = retype(batch, g, c, message);
        break;
      case CorrectionOp::merge:
        status = merge(g, c, message);
        break;
      case CorrectionOp::split:
        status = split(batch, g, c, message);
        break;
      case CorrectionOp::unmerge:
        status = unmerge(batch, g, c, message);
        break;
      case CorrectionOp::rename:
        status = rename(g, c, message);
        break;
      default:
        continue;
    }
    report(outcomes, i, c, status, std::move(message));
  }
  number(batch, g, identities, before);
  drop_removed(batch, g, identities);
  identity::order_by_first_mention(batch, identities);
}

}  // namespace presslens::corrections
