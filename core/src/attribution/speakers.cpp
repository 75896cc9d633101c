#include "attribution/speakers.hpp"

#include <algorithm>
#include <iterator>

#include "identity/identity.hpp"
#include "text/offsets.hpp"
#include "text/trim.hpp"

namespace presslens::attribution {
namespace {

using text::ascii_lower;
using text::listed;

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

// How many mentions of the people a pronoun's sentence names after it
// pronoun() steps back over, at most (each step a mention of one of them):
// the work per pronoun stays bounded.
constexpr std::size_t kMaxNamedAfter = 32;

// How many people of a sentence sentence_subject() weighs, and how many
// words a fronted clause's comma is looked for over, at most: a "sentence"
// of a whole page costs each pronoun no more than a real one.
constexpr std::size_t kMaxSentencePeople = 32;
constexpr std::size_t kMaxClauseWords = 48;

// How far a name that opens another's role may stand from that one's name:
// "Trump campaign chairman Paul Manafort" (the role phrase has at most eight
// words).
constexpr std::size_t kModifiedNounBytes = 96;

// Words that open an adverbial clause before the main one: in "Though she
// called it outrageous, Clinton restricted ...", "she" may be the main
// clause's subject, named after the comma.
constexpr std::string_view kFrontedClauseOpeners[]{
    "though", "although", "after",   "when", "while", "as",     "despite", "before",
    "if",     "since",    "because", "once", "until", "unless", "whereas"};

bool possessive(std::string_view text, const EntityMention& e) {
  if (e.text.ends_with("'s") || e.text.ends_with("\u2019s")) return true;
  const std::string_view after = text.substr(std::min<std::size_t>(e.span.end, text.size()));
  return after.starts_with("'s") || after.starts_with("\u2019s");
}

// A description that can be no one's: one that opens with a preposition
// ("about your needs for the room", "In August"; "About 40 protesters" is a
// count), ends with an article, preposition or conjunction ("The school
// declined to comment Tuesday on", "nobody trusts the"), or runs across
// paragraphs.
bool noun_phrase(std::string_view text, const std::vector<Word>& words, Phrase phrase) {
  static constexpr std::string_view kOpenNoPhrase[]{"to", "for", "with", "from", "in",  "on",
                                                    "at", "by",  "of",   "into", "than"};
  static constexpr std::string_view kEndNoPhrase[]{"the", "a",    "an",   "of",  "for", "to",
                                                   "at",  "from", "with", "in",  "on",  "by",
                                                   "and", "or",   "that", "than"};
  const Word& first = words[phrase.first];
  const bool count = phrase.first + 1 < phrase.last && words[phrase.first + 1].digits();
  if (listed(kOpenNoPhrase, first.lower) || (first.lower == "about" && !count)) return false;
  if (listed(kEndNoPhrase, words[phrase.last - 1].lower)) return false;
  const std::size_t start = words[phrase.first].start, end = words[phrase.last - 1].end;
  return text.substr(start, end - start).find('\n') == std::string_view::npos;
}

}  // namespace

SpeakerResolver::SpeakerResolver(const Document& document, const std::vector<Cluster>& clusters,
                                 const std::vector<text::Gender>& genders,
                                 const std::vector<Segment>& segments, const WordTable& words)
    : document_(document), segments_(segments), words_(words) {
  // Only the clusters this article names: a batch has thousands.
  mentions_.reserve(document.entities.size());
  for (const auto& e : document.entities) {
    mentions_.push_back(&e);
    if (e.cluster.empty() || clusters_.contains(e.cluster)) continue;
    if (const Cluster* c = find_cluster(clusters, e.cluster)) clusters_[e.cluster] = c;
  }
  std::stable_sort(
      mentions_.begin(), mentions_.end(),
      [](const EntityMention* a, const EntityMention* b) { return a->span.start < b->span.start; });
  std::uint32_t end = 0;
  end_so_far_.reserve(mentions_.size());
  for (std::uint32_t i = 0; i < mentions_.size(); ++i) {
    const EntityMention& e = *mentions_[i];
    end = std::max(end, e.span.end);
    end_so_far_.push_back(end);
    if (e.type == EntityType::person || e.type == EntityType::organisation) named_.push_back(i);
    if (!e.cluster.empty()) cluster_mentions_[e.cluster].push_back(i);
    if (inside_quote(e.span.start)) continue;
    if (e.type == EntityType::organisation) it_.push_back(i);
    if (e.type != EntityType::person) continue;
    // "she" skips the men named since, "he" the women (as far as the batch
    // shows their gender: preferring a known gender over the latest person
    // of unknown gender was tried, and is wrong far more often).
    const auto c = clusters_.find(e.cluster);
    const auto index = c == clusters_.end() ? genders.size()
                                            : static_cast<std::size_t>(c->second - clusters.data());
    const text::Gender gender = index < genders.size() ? genders[index] : text::Gender::unknown;
    if (gender != text::Gender::female) he_.push_back(i);
    if (gender != text::Gender::male) she_.push_back(i);
  }
  index_roles();
  index_descriptions();
}

void SpeakerResolver::index_roles() {
  for (const auto& [id, cluster] : clusters_) {
    for (const auto& role : cluster->roles) {
      auto& ids = role_clusters_[ascii_lower(role)];
      if (!listed(ids, id)) ids.push_back(id);
    }
  }
}

// Every phrase "DETERMINER ... NOUN" outside quotes (one to kDescriptionWords
// words before the noun, none of them a determiner or preposition), grouped
// by noun: each change of what description() would choose among those up to
// some place.
void SpeakerResolver::index_descriptions() {
  const auto& all = words_;
  // Each word's kind, read once: a description stops at punctuation, a
  // determiner or a preposition.
  enum Kind : char { other, stop, determiner };
  std::vector<char> kind(all.size(), other);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::string_view text = all.text(i);
    if (lower_listed(text, kDeterminers)) {
      kind[i] = determiner;
    } else if (all.is_punct(i) || lower_listed(text, kPrepositions)) {
      kind[i] = stop;
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (kind[i] != other || inside_quote(all.start(i))) continue;  // a noun ends it
    std::size_t j = i;
    while (j > 0 && i - j < kDescriptionWords && kind[j - 1] == other) --j;
    if (j == 0 || kind[j - 1] != determiner) continue;
    // "the X" is never fuller than a phrase description() is asked about
    // (two words at least), nor changes which fuller one it chooses.
    if (j == i) continue;
    const Word w = all[i];
    const Word determiner_word = all[j - 1];
    const std::string& det = determiner_word.lower;
    const bool indefinite = det == "a" || det == "an";
    const Description now{static_cast<std::uint32_t>(determiner_word.start),
                          static_cast<std::uint32_t>(w.end), static_cast<std::uint16_t>(i - j + 2)};
    Descriptions& d = descriptions_[w.lower];
    // The choice changes to this one when it has more words than the one
    // chosen (the first of the most), or as many and is the first of them
    // that is indefinite.
    const std::uint16_t most = d.choices.empty() ? 0 : d.choices.back().chosen.words;
    if (now.words > most || (now.words == most && indefinite && !d.indefinite)) {
      d.choices.push_back({now.end, now});
      d.indefinite = indefinite;
    }
  }
}

bool SpeakerResolver::inside_quote(std::size_t at) const {
  // The last segment opening at or before `at` is the only one that may hold it.
  auto it = std::upper_bound(segments_.begin(), segments_.end(), at,
                             [](std::size_t a, const Segment& s) { return a < s.open; });
  return it != segments_.begin() && at < std::prev(it)->close;
}

std::size_t SpeakerResolver::seen_before(std::size_t at) const {
  return static_cast<std::size_t>(std::upper_bound(end_so_far_.begin(), end_so_far_.end(), at) -
                                  end_so_far_.begin());
}

const EntityMention* SpeakerResolver::last_below(const std::vector<std::uint32_t>& candidates,
                                                 std::size_t limit) const {
  auto it = std::lower_bound(candidates.begin(), candidates.end(), limit);
  return it == candidates.begin() ? nullptr : mentions_[*std::prev(it)];
}

const EntityMention* SpeakerResolver::mention_at(std::size_t at) const {
  auto it =
      std::lower_bound(mentions_.begin(), mentions_.end(), at,
                       [](const EntityMention* e, std::size_t a) { return e->span.start < a; });
  return it != mentions_.end() && (*it)->span.start == at ? *it : nullptr;
}

Speaker SpeakerResolver::of_entity(const EntityMention& e) const {
  auto it = clusters_.find(e.cluster);
  if (it == clusters_.end()) return {e.text, std::nullopt, std::nullopt, e.span};
  return {it->second->name, it->second->id, it->second->type, e.span};
}

Speaker SpeakerResolver::first_named(std::size_t from, std::size_t to) const {
  auto it = std::lower_bound(named_.begin(), named_.end(), from, [&](std::size_t i, std::size_t a) {
    return mentions_[i]->span.start < a;
  });
  if (it == named_.end() || mentions_[*it]->span.start >= to) return {};
  return of_entity(*mentions_[*it]);
}

const Span* SpeakerResolver::sentence_of(std::size_t at) const {
  const auto& sentences = document_.sentences;
  const auto s = std::upper_bound(sentences.begin(), sentences.end(), at,
                                  [](std::size_t a, const Span& x) { return a < x.end; });
  return s == sentences.end() ? nullptr : &*s;
}

std::vector<std::string_view> SpeakerResolver::reported_people(std::size_t after) const {
  // The pronoun is a cue's subject ("he says", "he also told"): else none.
  std::size_t cue = words_.first_at(after);
  while (cue < words_.size() && is_skipped_before_cue(words_[cue])) ++cue;
  if (cue >= words_.size() || !is_cue(words_[cue])) return {};
  const Span* sentence = sentence_of(after);
  if (!sentence) return {};
  // In a fronted clause ("Though she called ..., Clinton"), up to its comma.
  std::size_t end = sentence->end;
  const std::size_t opener = words_.first_at(sentence->start, cue);
  if (opener < cue && listed(kFrontedClauseOpeners, ascii_lower(words_.text(opener)))) {
    bool comma = cue - opener > kMaxClauseWords;
    for (std::size_t i = opener; i < cue && !comma; ++i) comma = words_.text(i) == ",";
    for (std::size_t i = cue;
         !comma && i < words_.size() && i < cue + kMaxClauseWords && words_.start(i) < end; ++i) {
      if (words_.text(i) != ",") continue;
      end = words_.start(i);
      break;
    }
  }
  std::vector<std::string_view> out;
  const std::size_t from = words_.start(cue);
  auto m =
      std::lower_bound(mentions_.begin(), mentions_.end(), from,
                       [](const EntityMention* e, std::size_t a) { return e->span.start < a; });
  for (std::size_t seen = 0;
       m != mentions_.end() && (*m)->span.start < end && seen < kMaxSentencePeople; ++m, ++seen) {
    const EntityMention& e = **m;
    if (e.type != EntityType::person || e.cluster.empty() || inside_quote(e.span.start)) continue;
    if (speaks(e, cue)) continue;  // "Cross said", "..., said Kunin": speaks too
    out.push_back(e.cluster);
  }
  return out;
}

bool SpeakerResolver::speaks(const EntityMention& m, std::size_t near) const {
  const std::size_t w = words_.first_at(m.span.start, near);
  std::size_t next = words_.first_at(m.span.end, w);
  while (next < words_.size() && is_skipped_before_cue(words_[next])) ++next;
  if (next < words_.size() && is_cue(words_[next])) return true;
  return w >= 2 && is_cue(words_[w - 1]) && words_.is_punct(w - 2);
}

bool SpeakerResolver::names_another(const EntityMention& m) const {
  const auto after =
      std::upper_bound(mentions_.begin(), mentions_.end(), m.span.start,
                       [](std::size_t a, const EntityMention* e) { return a < e->span.start; });
  if (after == mentions_.end() || (*after)->type != EntityType::person ||
      (*after)->span.start - m.span.end > kModifiedNounBytes)
    return false;
  const std::string role = identity::role_before(document_.text, (*after)->span);
  if (role.empty()) return false;
  const std::size_t start = document_.text.rfind(role, (*after)->span.start);
  return start != std::string::npos && start <= m.span.start;
}

const EntityMention* SpeakerResolver::sentence_subject(
    const std::vector<std::uint32_t>& candidates, std::size_t at,
    const std::vector<std::string_view>& excluded) const {
  const Span* s = sentence_of(at);
  if (!s || s->start > at) return nullptr;
  for (std::size_t back = 0; back < 2; ++back) {
    const std::size_t to = back == 0 ? at : s->end;
    const std::size_t first_word = words_.first_at(s->start);
    const auto first_mention = static_cast<std::uint32_t>(
        std::lower_bound(mentions_.begin(), mentions_.end(), s->start,
                         [](const EntityMention* e, std::size_t a) { return e->span.start < a; }) -
        mentions_.begin());
    // The people of the sentence who may be its subject, in order; one who
    // speaks in it ("..., Stovall said") comes before the first.
    const EntityMention* subject = nullptr;
    const auto from = std::lower_bound(candidates.begin(), candidates.end(), first_mention);
    for (auto c = from; c != candidates.end() && c - from < std::ptrdiff_t{kMaxSentencePeople};
         ++c) {
      const EntityMention& m = *mentions_[*c];
      if (m.span.end > to) break;
      if (listed(excluded, m.cluster)) continue;
      if (speaks(m, first_word)) return &m;
      if (subject) continue;
      const std::size_t w = words_.first_at(m.span.start, first_word);
      if (w - first_word >= kSentenceSubjectWords) continue;
      if (w > first_word && is_object_preposition(ascii_lower(words_.text(w - 1)))) continue;
      if (names_another(m)) continue;  // "Trump campaign chairman Paul Manafort"
      subject = &m;
    }
    if (subject) return subject;
    if (s == document_.sentences.data()) break;
    --s;
  }
  return nullptr;
}

Speaker SpeakerResolver::pronoun(std::string_view lower, std::size_t at) const {
  const std::vector<std::uint32_t>* candidates = lower == "he"    ? &he_
                                                 : lower == "she" ? &she_
                                                 : lower == "it"  ? &it_
                                                                  : nullptr;
  const Span here = text::make_span(at, at + lower.size());
  if (!candidates) return {std::string(lower), std::nullopt, std::nullopt, here};
  const std::vector<std::string_view> named_after =
      lower == "it" ? std::vector<std::string_view>() : reported_people(here.end);
  const EntityMention* best =
      lower == "it" ? nullptr : sentence_subject(*candidates, at, named_after);
  if (best) return of_entity(*best);
  auto it = std::lower_bound(candidates->begin(), candidates->end(), seen_before(at));
  for (std::size_t skipped = 0; it != candidates->begin() && skipped <= kMaxNamedAfter; ++skipped) {
    const EntityMention* m = mentions_[*--it];
    if (!listed(named_after, m->cluster)) {
      best = m;
      break;
    }
  }
  if (!best) return {std::string(lower), std::nullopt, std::nullopt, here};
  // "He attended the rally, though he may vote for Bernie Sanders. "...," he
  // said.": a person named after the same pronoun opening their sentence is
  // its object; the pronoun goes on naming whom that one named.
  if (lower != "it") {
    const Span* s = sentence_of(best->span.start);
    if (s && s->start <= best->span.start) {
      const auto opener = text::word_after(document_.text, s->start);
      if (opener && opener->start < best->span.start && opener->lower == lower &&
          !inside_quote(opener->start))
        return pronoun(lower, opener->start);
    }
  }
  return of_entity(*best);
}

// "the source": the fullest earlier phrase with the same last word ("a
// Russian diplomatic source"); "the Russian president": the person with
// that role.
Speaker SpeakerResolver::description(std::string_view phrase, std::size_t at) const {
  const auto words = text::words_in(phrase, 0, phrase.size());
  if (words.empty()) return {};
  const std::string first = words.front().lower;
  if (!listed(kDeterminers, first) || words.size() < 2) return {std::string(phrase), std::nullopt};
  const std::string rest = ascii_lower(phrase.substr(words[1].start));
  // A role seen with a name of this article: its latest holder.
  if (const auto role = role_clusters_.find(rest); role != role_clusters_.end()) {
    const std::size_t seen = seen_before(at);
    const EntityMention* holder = nullptr;
    for (const auto& id : role->second) {
      const EntityMention* e = last_below(cluster_mentions_.at(id), seen);
      if (e && (!holder || e->span.start > holder->span.start)) holder = e;
    }
    if (holder) return of_entity(*holder);
  }
  // An earlier, fuller description ending in the same noun.
  const auto found = descriptions_.find(words.back().lower);
  if (found != descriptions_.end()) {
    const std::vector<Choice>& choices = found->second.choices;
    const auto seen = static_cast<std::size_t>(
        std::lower_bound(choices.begin(), choices.end(), at,
                         [](const Choice& c, std::size_t a) { return c.from <= a; }) -
        choices.begin());
    if (seen > 0 && choices[seen - 1].chosen.words > words.size()) {
      const Description& best = choices[seen - 1].chosen;
      return {document_.text.substr(best.first, best.end - best.first), std::nullopt};
    }
  }
  return {std::string(phrase), std::nullopt};
}

Speaker SpeakerResolver::resolve(const std::vector<Word>& words, Phrase phrase) const {
  if (phrase.empty()) return {};
  const std::size_t start = words[phrase.first].start;
  const std::size_t end = words[phrase.last - 1].end;
  const std::string_view text(document_.text);
  if (phrase.last - phrase.first == 1) {
    std::string lower = words[phrase.first].lower;
    // "He's claiming", "I've always said", "we'd say".
    for (std::string_view tail : {"'s", "\u2019s", "'ve", "\u2019ve", "'d", "\u2019d", "'ll",
                                  "\u2019ll", "'m", "\u2019m"}) {
      if (lower.ends_with(tail)) {
        lower.resize(lower.size() - tail.size());
        break;
      }
    }
    if (is_pronoun(lower)) return pronoun(lower, start);
  }
  // The mentions that start inside the phrase.
  const auto from =
      std::lower_bound(mentions_.begin(), mentions_.end(), start,
                       [](const EntityMention* e, std::size_t a) { return e->span.start < a; });
  const auto to =
      std::lower_bound(from, mentions_.end(), end,
                       [](const EntityMention* e, std::size_t a) { return e->span.start < a; });
  // "Secretary of State John F. Kerry": a person named at the end of the
  // phrase is the speaker, unless a preposition ties the name to someone
  // else ("a spokesman for Vladimir Putin").
  for (auto it = from; it != to; ++it) {
    const EntityMention& e = **it;
    if (e.type != EntityType::person || e.span.end != end) continue;
    bool tied = false;
    for (std::size_t i = phrase.first + 1; i < phrase.last; ++i) {
      if (words[i].start == e.span.start) tied = listed(kPrepositions, words[i - 1].lower);
    }
    if (!tied) return of_entity(e);
  }
  // The head is what comes before a preposition: "a spokesman for the Kremlin".
  std::size_t head_last = phrase.last;
  for (std::size_t i = phrase.first + 1; i < phrase.last; ++i) {
    if (listed(kPrepositions, words[i].lower)) {
      head_last = i;
      break;
    }
  }
  const std::size_t head_end = words[head_last - 1].end;
  const EntityMention* last = nullptr;
  for (auto it = from; it != to; ++it) {
    if ((*it)->span.end <= head_end) last = *it;
  }
  if (last) {
    bool names_it = !possessive(text, *last);
    bool outlet = false;
    for (std::size_t i = phrase.first; i < head_last && names_it; ++i) {
      if (words[i].start < last->span.end) continue;
      if (!listed(kOutletNouns, words[i].lower)) names_it = false;
      outlet = true;
    }
    // "the influential US daily": a place's outlet is the outlet, never the place.
    const bool place = last->type == EntityType::location || last->type == EntityType::misc;
    // "the Texan", "a New Hampshire Republican": a demonym or party after an
    // article in lower case describes a person; the name ("Texan") is no
    // one. A capital article may be the name's own ("The Federalist").
    const bool described = last->type == EntityType::misc && !outlet &&
                           !words[phrase.first].capitalised && is_article(words[phrase.first]) &&
                           words[phrase.first].start < last->span.start;
    if (names_it && !(outlet && place) && !described) return of_entity(*last);
  }
  if (!noun_phrase(text, words, phrase)) return {};
  Speaker s = description(text.substr(start, end - start), start);
  if (!s.named()) s.at = text::make_span(start, end);
  return s;
}

}  // namespace presslens::attribution
