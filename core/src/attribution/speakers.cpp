#include "attribution/speakers.hpp"

#include <algorithm>
#include <iterator>

namespace presslens::attribution {
namespace {

using identity::listed;
using identity::lowercase;

constexpr std::string_view kPrepositions[]{"of", "for", "to", "at", "from", "with", "in", "on"};

// Nouns after an organisation's name that still name it: "Interfax news agency".
constexpr std::string_view kOutletNouns[]{"news",       "agency",   "newspaper",   "daily",
                                          "television", "tv",       "radio",       "website",
                                          "channel",    "magazine", "paper",       "network",
                                          "wire",       "service",  "broadcaster", "weekly"};

constexpr std::string_view kDeterminers[]{"the", "a", "an", "this", "that", "another"};

// An earlier description of an unnamed source, read back from its noun:
// "a senior Russian diplomatic source" has four words before "source".
constexpr std::size_t kDescriptionWords = 6;

bool possessive(std::string_view text, const EntityMention& e) {
  if (e.text.ends_with("'s") || e.text.ends_with("\u2019s")) return true;
  const std::string_view after = text.substr(std::min(e.span.end, text.size()));
  return after.starts_with("'s") || after.starts_with("\u2019s");
}

}  // namespace

SpeakerResolver::SpeakerResolver(const Document& document, const std::vector<Cluster>& clusters,
                                 const std::vector<Segment>& segments)
    : document_(document), segments_(segments) {
  // Only the clusters this article names: a batch has thousands.
  for (const auto& e : document.entities) {
    if (e.cluster.empty() || clusters_.contains(e.cluster)) continue;
    if (const Cluster* c = find_cluster(clusters, e.cluster)) clusters_[e.cluster] = c;
  }
}

bool SpeakerResolver::inside_quote(std::size_t at) const {
  return std::any_of(segments_.begin(), segments_.end(),
                     [&](const Segment& s) { return s.open <= at && at < s.close; });
}

Speaker SpeakerResolver::of_entity(const EntityMention& e) const {
  auto it = clusters_.find(e.cluster);
  if (it == clusters_.end()) return {e.text, std::nullopt};
  return {it->second->name, it->second->id, it->second->type};
}

Speaker SpeakerResolver::first_named(std::size_t from, std::size_t to) const {
  for (const auto& e : document_.entities) {
    if (e.span.start >= to) break;
    if (e.span.start >= from && (e.type == "PER" || e.type == "ORG")) return of_entity(e);
  }
  return {};
}

Speaker SpeakerResolver::pronoun(std::string_view lower, std::size_t at) const {
  const bool person = lower == "he" || lower == "she";
  const bool thing = lower == "it";
  if (!person && !thing) return {std::string(lower), std::nullopt};
  // "she" skips the men named since, "he" the women (as far as the batch
  // shows their gender: preferring a known gender over the latest person
  // of unknown gender was tried, and is wrong far more often).
  const std::string_view other = lower == "he" ? "female" : lower == "she" ? "male" : "";
  const EntityMention* best = nullptr;
  for (const auto& e : document_.entities) {
    if (e.span.end > at) break;
    if (inside_quote(e.span.start)) continue;
    if (person ? e.type != "PER" : e.type != "ORG") continue;
    const auto it = clusters_.find(e.cluster);
    if (!other.empty() && it != clusters_.end() && it->second->gender == other) continue;
    best = &e;
  }
  if (!best) return {std::string(lower), std::nullopt};
  return of_entity(*best);
}

// "the source": the fullest earlier phrase with the same last word ("a
// Russian diplomatic source"); "the Russian president": the person with
// that role.
Speaker SpeakerResolver::description(std::string_view phrase, std::size_t at) const {
  const auto words = identity::words_in(phrase, 0, phrase.size());
  if (words.empty()) return {};
  const std::string first = lowercase(words.front().text);
  if (!listed(kDeterminers, first) || words.size() < 2) return {std::string(phrase), std::nullopt};
  const std::string rest = lowercase(phrase.substr(words[1].start));
  // A role seen with a name of this article.
  const EntityMention* holder = nullptr;
  for (const auto& e : document_.entities) {
    if (e.span.end > at) break;
    auto it = clusters_.find(e.cluster);
    if (it == clusters_.end()) continue;
    for (const auto& role : it->second->roles) {
      if (lowercase(role) == rest) holder = &e;
    }
  }
  if (holder) return of_entity(*holder);
  // An earlier, fuller description ending in the same noun.
  const std::string head = lowercase(words.back().text);
  const std::string_view text = document_.text;
  const auto all = identity::words_in(text, 0, std::min(at, text.size()));
  std::string best;
  bool best_indefinite = false;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].punct || lowercase(all[i].text) != head || inside_quote(all[i].start)) continue;
    std::size_t j = i;
    while (j > 0 && i - j < kDescriptionWords && !all[j - 1].punct &&
           !listed(kDeterminers, lowercase(all[j - 1].text)) &&
           !listed(kPrepositions, lowercase(all[j - 1].text))) {
      --j;
    }
    if (j == 0 || !listed(kDeterminers, lowercase(all[j - 1].text))) continue;
    const std::string det = lowercase(all[j - 1].text);
    const bool indefinite = det == "a" || det == "an";
    const std::string candidate(text.substr(all[j - 1].start, all[i].end - all[j - 1].start));
    const std::size_t n = i - j + 2;
    const std::size_t best_n =
        best.empty() ? words.size() : identity::words_in(best, 0, best.size()).size();
    if (n > best_n || (n == best_n && !best.empty() && indefinite && !best_indefinite)) {
      best = candidate;
      best_indefinite = indefinite;
    }
  }
  if (!best.empty()) return {best, std::nullopt};
  return {std::string(phrase), std::nullopt};
}

Speaker SpeakerResolver::resolve(const std::vector<Word>& words, Phrase phrase) const {
  if (phrase.empty()) return {};
  const std::size_t start = words[phrase.first].start;
  const std::size_t end = words[phrase.last - 1].end;
  const std::string_view text(document_.text);
  if (phrase.last - phrase.first == 1) {
    std::string lower = lowercase(words[phrase.first].text);
    for (std::string_view tail : {"'s", "\u2019s"}) {  // "He's claiming"
      if (lower.ends_with(tail)) lower.resize(lower.size() - tail.size());
    }
    if (is_pronoun(lower)) return pronoun(lower, start);
  }
  // "Secretary of State John F. Kerry": a person named at the end of the
  // phrase is the speaker, unless a preposition ties the name to someone
  // else ("a spokesman for Vladimir Putin").
  for (const auto& e : document_.entities) {
    if (e.type != "PER" || e.span.start < start || e.span.end != end) continue;
    bool tied = false;
    for (std::size_t i = phrase.first + 1; i < phrase.last; ++i) {
      if (words[i].start == e.span.start)
        tied = listed(kPrepositions, lowercase(words[i - 1].text));
    }
    if (!tied) return of_entity(e);
  }
  // The head is what comes before a preposition: "a spokesman for the Kremlin".
  std::size_t head_last = phrase.last;
  for (std::size_t i = phrase.first + 1; i < phrase.last; ++i) {
    if (listed(kPrepositions, lowercase(words[i].text))) {
      head_last = i;
      break;
    }
  }
  const std::size_t head_end = words[head_last - 1].end;
  const EntityMention* last = nullptr;
  for (const auto& e : document_.entities) {
    if (e.span.start >= start && e.span.end <= head_end) last = &e;
  }
  if (last) {
    bool names_it = !possessive(text, *last);
    for (std::size_t i = phrase.first; i < head_last && names_it; ++i) {
      if (words[i].start < last->span.end) continue;
      if (!listed(kOutletNouns, lowercase(words[i].text))) names_it = false;
    }
    if (names_it) return of_entity(*last);
  }
  return description(text.substr(start, end - start), start);
}

}  // namespace presslens::attribution
