// Nominal mentions: "the Russian president" names the person of the article
// whose role that is ("Russian President Vladimir Putin"), when exactly one
// person of the article holds it.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "identity/identity.hpp"
#include "text/offsets.hpp"
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

// A role of a person of the article: its holder and its words (lowercase).
struct Role {
  const Cluster* holder = nullptr;
  std::vector<std::string> words;
};

char lower_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Whether "the" at `at`, then a role's first word, could be written there:
// a quick look at the bytes that lets most places go unscanned. Never says
// no to a description the scan would find (a byte past ASCII after "the" is
// left to the scan).
bool could_start_description(std::string_view text, std::size_t at,
                             const std::vector<Role>& roles) {
  if (lower_ascii(text[at]) != 't' || lower_ascii(text[at + 1]) != 'h' ||
      lower_ascii(text[at + 2]) != 'e')
    return false;
  std::size_t k = at + 3;
  while (k < text.size() && is_space(text[k])) ++k;
  if (k == text.size()) return false;
  if (static_cast<unsigned char>(text[k]) >= 0x80) return true;
  return std::any_of(roles.begin(), roles.end(), [&](const Role& role) {
    const std::string& first = role.words.front();
    if (text.size() - k < first.size()) return false;
    for (std::size_t j = 0; j < first.size(); ++j) {
      if (lower_ascii(text[k + j]) != first[j]) return false;
    }
    return true;
  });
}

// The words of a stretch of text around `at`, as a scan of the whole text
// reads them (a scan restarts at whitespace: words never hold any), and the
// index of the first word that starts at or after `at`.
struct Window {
  std::vector<text::Word> words;
  std::size_t first = 0;
};

// At least `count` words from `at` on, or all there are.
Window words_from(std::string_view text, std::size_t at, std::size_t count) {
  std::size_t from = at;
  while (from > 0 && text[from] != ' ' && text[from] != '\n') --from;
  for (std::size_t reach = 64 * count;; reach *= 2) {
    std::size_t to = std::min(text.size(), at + reach);
    while (to < text.size() && text[to] != ' ' && text[to] != '\n') ++to;
    Window w{text::words_in(text, from, to), 0};
    while (w.first < w.words.size() && w.words[w.first].start < at) ++w.first;
    if (to == text.size() || w.words.size() >= w.first + count) return w;
  }
}

}  // namespace

void find_nominals(Batch& batch) {
  for (auto& d : batch.documents) find_nominals(d, batch.clusters);
}

void find_nominals(Document& d, const std::vector<Cluster>& clusters) {
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
  std::vector<Role> roles;
  std::size_t longest = 0;
  for (const Cluster* person : people) {
    for (const auto& role : person->roles) {
      Role r{person, {}};
      for (const auto& w : text::words_in(role, 0, role.size())) r.words.push_back(w.lower);
      if (r.words.size() < 2) continue;  // a role of one word is no description
      longest = std::max(longest, r.words.size());
      roles.push_back(std::move(r));
    }
  }
  if (roles.empty()) return;
  const std::string_view text = d.text;
  for (std::size_t at = 0; at + 3 <= text.size(); ++at) {
    if (!could_start_description(text, at, roles)) continue;
    // The words from "the" on, as the whole text's scan has them.
    const Window window = words_from(text, at, longest + 1);
    const auto& words = window.words;
    const std::size_t i = window.first;
    if (i == words.size() || words[i].start != at || words[i].lower != "the") continue;
    // The longest role of one person of this article that follows "the".
    const Cluster* holder = nullptr;
    std::size_t end = 0;
    bool ambiguous = false;
    for (const Role& role : roles) {
      const Cluster& c = *role.holder;
      if (i + role.words.size() >= words.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < role.words.size() && same; ++k) {
        same = words[i + 1 + k].lower == role.words[k];
      }
      if (!same || !mentioned_before(d, c.id, words[i].start)) continue;
      const std::size_t role_end = words[i + role.words.size()].end;
      if (role_end > end) {
        holder = &c;
        end = role_end;
        ambiguous = false;
      } else if (role_end == end && holder != &c) {
        ambiguous = true;
      }
    }
    if (!holder || ambiguous) continue;
    // "the Russian President Vladimir Putin": a title, not a mention of its own.
    const auto next = text::word_after(text, end);
    if (next && starts_entity(d, next->start)) continue;
    const Span span = text::make_span(words[i].start, end);
    d.nominals.push_back(
        {d.text.substr(span.start, span.end - span.start), EntityType::person, span, holder->id});
  }
}

}  // namespace presslens::identity
