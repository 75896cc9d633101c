// Nominal mentions: "the Russian president" names the person of the article
// whose role that is ("Russian President Vladimir Putin"), when exactly one
// person of the article holds it.
#include <algorithm>

#include "identity/identity.hpp"
#include "text/words.hpp"

namespace presslens::identity {
namespace {

bool mentioned_before(const Document& d, const std::string& cluster, std::size_t at) {
  return std::any_of(d.entities.begin(), d.entities.end(), [&](const EntityMention& e) {
    return e.cluster == cluster && e.span.end <= at;
  });
}

bool starts_entity(const Document& d, std::size_t at) {
  return std::any_of(d.entities.begin(), d.entities.end(),
                     [&](const EntityMention& e) { return e.span.start == at; });
}

}  // namespace

void find_nominals(Batch& batch) {
  for (auto& d : batch.documents) find_nominals(d, batch.clusters);
}

void find_nominals(Document& d, const std::vector<Cluster>& clusters) {
  {
    d.nominals.clear();
    if (d.error) return;
    // The people this article names, in cluster order, with their roles'
    // words: only they can be "the Russian president" here.
    std::vector<const Cluster*> people;
    for (const auto& e : d.entities) {
      const Cluster* c = find_cluster(clusters, e.cluster);
      if (c && c->type == EntityType::person && !c->roles.empty()) people.push_back(c);
    }
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    if (people.empty()) return;
    const auto words = text::words_in(d.text, 0, d.text.size());
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
      if (words[i].lower != "the") continue;
      // The longest role of one person of this article that follows "the".
      const Cluster* holder = nullptr;
      std::size_t end = 0;
      bool ambiguous = false;
      for (const Cluster* person : people) {
        const Cluster& c = *person;
        for (const auto& role : c.roles) {
          const auto role_words = text::words_in(role, 0, role.size());
          if (role_words.size() < 2 || i + role_words.size() >= words.size()) continue;
          bool same = true;
          for (std::size_t k = 0; k < role_words.size() && same; ++k) {
            same = words[i + 1 + k].lower == role_words[k].lower;
          }
          if (!same || !mentioned_before(d, c.id, words[i].start)) continue;
          const std::size_t role_end = words[i + role_words.size()].end;
          if (role_end > end) {
            holder = &c;
            end = role_end;
            ambiguous = false;
          } else if (role_end == end && holder != &c) {
            ambiguous = true;
          }
        }
      }
      if (!holder || ambiguous) continue;
      // "the Russian President Vladimir Putin": a title, not a mention of its own.
      const auto next = text::word_after(d.text, end);
      if (next && starts_entity(d, next->start)) continue;
      const Span span{words[i].start, end};
      d.nominals.push_back(
          {d.text.substr(span.start, span.end - span.start), EntityType::person, span, holder->id});
    }
  }
}

}  // namespace presslens::identity
