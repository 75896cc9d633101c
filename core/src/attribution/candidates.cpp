#include "attribution/candidates.hpp"

#include <algorithm>
#include <functional>
#include <optional>

#include "text/hash.hpp"
#include "text/offsets.hpp"

namespace presslens::attribution {
namespace {

using text::ascii_lower;
using text::listed;

// How far from a quote its speaker is looked for: the paragraph before it
// and its own, at most this many words before the opening mark; after the
// quote, its paragraph, at most this many words. (On PolNeAR-train the
// speaker of a direct quote is named in that window, or by a pronoun there,
// for all but a few percent of the quotes; see docs/attribution.md.)
constexpr std::size_t kWordsBefore = 120;
constexpr std::size_t kWordsAfter = 50;
constexpr std::size_t kParagraphsBefore = 2;
// About as many features as a mention of the window has (room reserved once).
constexpr std::size_t kFeaturesPerCandidate = 48;

constexpr std::string_view kSpeakingPronouns[]{"he", "she", "they", "it", "we"};
constexpr std::string_view kPrepositions[]{"of",   "for",  "to",   "at",     "from",    "with",
                                           "in",   "on",   "by",   "about",  "against", "than",
                                           "like", "into", "over", "between"};
constexpr std::string_view kSkippedAfterName[]{"also",  "then", "later", "has",  "had",
                                               "have",  "was",  "is",    "once", "again",
                                               "would", "will", "did",   "does", "had"};

// A feature template's name ("distance", "rank-kind"), hashed when the
// code is compiled: every name is a literal.
struct FeatureName {
  consteval FeatureName(const char* name) : hash(text::fnv1a(std::string_view(name))) {}
  std::uint64_t hash;
};

// Feature names: a template and its values, hashed as they are built.
class Features {
 public:
  explicit Features(std::vector<std::uint32_t>& out) : out_(out) {}
  void add(FeatureName name) { out_.push_back(text::fold_key(name.hash)); }
  // The key of "name=value", "name=a|b" and "name=a|b|c", hashed piece by
  // piece (FNV-1a reads the bytes in order, so the key is that of the
  // joined string).
  void add(FeatureName name, std::string_view value) {
    const std::uint64_t h = text::fnv1a_byte('=', name.hash);
    out_.push_back(text::fold_key(text::fnv1a(value, h)));
  }
  void add(FeatureName name, std::string_view a, std::string_view b) {
    const std::uint64_t h = text::fnv1a(a, text::fnv1a_byte('=', name.hash));
    out_.push_back(text::fold_key(text::fnv1a(b, text::fnv1a_byte('|', h))));
  }
  void add(FeatureName name, std::string_view a, std::string_view b, std::string_view c) {
    std::uint64_t h = text::fnv1a(a, text::fnv1a_byte('=', name.hash));
    h = text::fnv1a(b, text::fnv1a_byte('|', h));
    out_.push_back(text::fold_key(text::fnv1a(c, text::fnv1a_byte('|', h))));
  }

 private:
  std::vector<std::uint32_t>& out_;
};

std::string_view bucket(std::size_t n) {
  if (n == 0) return "0";
  if (n == 1) return "1";
  if (n == 2) return "2";
  if (n <= 4) return "3-4";
  if (n <= 8) return "5-8";
  if (n <= 16) return "9-16";
  if (n <= 32) return "17-32";
  return "33+";
}

std::string_view count_bucket(std::size_t n) {
  if (n <= 2) return bucket(n);
  if (n <= 4) return "3-4";
  if (n <= 9) return "5-9";
  return "10+";
}

// A mention near the quote, and the speaker it names.
// The words naming an entity type and a quote kind in feature names: the
// model's vocabulary (models/speakers.bin was trained on these), kept here
// so that it stays fixed whatever the JSON calls them.
std::string_view type_feature(EntityType type) {
  switch (type) {
    case EntityType::person:
      return "PER";
    case EntityType::organisation:
      return "ORG";
    case EntityType::location:
      return "LOC";
    case EntityType::misc:
      return "MISC";
  }
  return "MISC";
}
std::string_view type_feature(const Speaker& s) {
  return s.named() && s.type ? type_feature(*s.type) : "words";
}
std::string_view kind_feature(QuoteKind kind) {
  return kind == QuoteKind::direct ? "direct" : "indirect";
}

struct Mention {
  Span span;
  Speaker speaker;
  std::string_view kind;  // PER, ORG, LOC, MISC, nominal, or the pronoun ("he")
};

// A word of the text read once for the features: none past the end.
std::optional<Word> word_of(const TextUnits& u, std::size_t i) {
  if (i >= u.words.size()) return std::nullopt;
  return u.words[i];
}

// The word a feature reads: lower case, or the mark; "$" past the end.
std::string_view word_value(const std::optional<Word>& w) {
  if (!w) return "$";
  if (w->punct) return w->text;
  if (w->capitalised) return "Cap";
  return w->lower;
}

// The shape of a word: the mark itself, "Cap", or a lower-case word's ending
// ("-ed" past tense, "-s", "-ing", "-ly"), or "w".
std::string_view shape(const std::optional<Word>& w) {
  if (!w) return "$";
  if (w->punct) return w->text;
  if (w->capitalised) return "Cap";
  const std::string_view lower = w->lower;
  if (is_cue(*w)) return "cue";
  if (lower.ends_with("ed")) return "-ed";
  if (lower.ends_with("ing")) return "-ing";
  if (lower.ends_with("ly")) return "-ly";
  if (lower.ends_with("s")) return "-s";
  return "w";
}

// After "X, an apposition," the word that follows it (within a few words).
constexpr std::size_t kAppositionWords = 15;
std::size_t after_apposition(const TextUnits& u, std::size_t comma) {
  for (std::size_t i = comma + 1; i < u.words.size() && i <= comma + kAppositionWords; ++i) {
    if (u.words[i].text == ",") return i + 1;
    if (u.words[i].punct && u.words[i].text != "-" && u.words[i].text != "(" &&
        u.words[i].text != ")")
      return kNone;
  }
  return kNone;
}

}  // namespace

std::string identity_of(const Speaker& s) {
  if (s.cluster) return *s.cluster;
  return s.name ? "w:" + ascii_lower(*s.name) : std::string();
}

std::uint32_t feature_key(std::string_view name) {
  return text::fold_key(text::fnv1a(name));
}

void History::add(const Credited& q) {
  if (q.speaker.empty()) {
    last.clear();
    return;
  }
  last = identity_of(q.speaker);
  last_speaker = q.speaker;
  last_paragraph = q.paragraph;
  ++quotes[last];
}

CandidateFinder::CandidateFinder(const Document& d, const TextUnits& units,
                                 const SpeakerResolver& resolver)
    : d_(d), u_(units), resolver_(resolver) {
  for (const auto& e : d.entities) {
    if (!e.cluster.empty()) ++mentions_of_[e.cluster];
  }
  // Each cluster's rank by mentions in the document: how many clusters are
  // named more often.
  std::vector<std::size_t> counts;
  for (const auto& [cluster, n] : mentions_of_) counts.push_back(n);
  std::sort(counts.begin(), counts.end(), std::greater<>());
  for (const auto& [cluster, n] : mentions_of_) {
    mention_rank_[cluster] = static_cast<std::size_t>(
        std::lower_bound(counts.begin(), counts.end(), n, std::greater<>()) - counts.begin());
  }
  for (const auto& n : d.nominals) nominals_.push_back(&n);
  std::stable_sort(
      nominals_.begin(), nominals_.end(),
      [](const EntityMention* a, const EntityMention* b) { return a->span.start < b->span.start; });
}

QuoteCandidates CandidateFinder::find(const Credited& q, const History& history) const {
  const std::size_t open = u_.word_at(q.marks.start);
  const std::size_t close = std::min(u_.word_at(q.marks.end, open) + 1, u_.words.size());
  const std::size_t first_paragraph =
      q.paragraph >= kParagraphsBefore ? q.paragraph - kParagraphsBefore : 0;
  const std::size_t from = std::max(u_.word_at(u_.paragraphs[first_paragraph].start, open),
                                    open > kWordsBefore ? open - kWordsBefore : 0);
  const std::size_t to =
      std::min(u_.word_at(u_.paragraphs[q.paragraph].end, close), close + kWordsAfter);
  const std::size_t from_at = from < u_.words.size() ? u_.words[from].start : d_.text.size();
  const std::size_t to_at = to < u_.words.size() ? u_.words[to].start : d_.text.size();
  const auto outside = [&](Span s) {
    return !u_.quoted(s.start) && !(s.start >= q.marks.start && s.start < q.marks.end);
  };

  // The mentions of the window, in text order.
  std::vector<Mention> mentions;
  const auto& all = resolver_.mentions();
  auto e =
      std::lower_bound(all.begin(), all.end(), from_at,
                       [](const EntityMention* m, std::size_t a) { return m->span.start < a; });
  for (; e != all.end() && (*e)->span.start < to_at; ++e) {
    if (outside((*e)->span))
      mentions.push_back({(*e)->span, resolver_.of_entity(**e), type_feature((*e)->type)});
  }
  auto n =
      std::lower_bound(nominals_.begin(), nominals_.end(), from_at,
                       [](const EntityMention* m, std::size_t a) { return m->span.start < a; });
  for (; n != nominals_.end() && (*n)->span.start < to_at; ++n) {
    if (!outside((*n)->span)) continue;
    Speaker s = resolver_.of_entity(**n);
    s.at = (*n)->span;
    mentions.push_back({(*n)->span, s, "nominal"});
  }
  for (std::size_t i = from; i < to; ++i) {
    const std::string_view text = u_.words.text(i);
    if (u_.words.is_punct(i) || text.size() > 4) continue;
    const std::string_view* pronoun = lower_listed(text, kSpeakingPronouns);
    const Span at = text::make_span(u_.words.start(i), u_.words.start(i) + text.size());
    if (!pronoun || !outside(at)) continue;
    mentions.push_back({at, resolver_.pronoun(*pronoun, at.start), *pronoun});
  }
  // Unnamed speakers a cue credits ("a White House pool report said", "said
  // the designer"): the words, as the resolver reads them.
  // The phrases the window's cues credit, subjects ("Lavrov said") and
  // inverted ("said Lavrov"): a mention inside one is a cue's speaker.
  const auto unquoted = u_.unquoted(from, to);
  std::vector<Span> cue_subjects, cue_inverted;
  for (std::size_t c = 0; c < unquoted.size(); ++c) {
    if (!is_cue(unquoted[c])) continue;
    const Phrase subject = subject_before(unquoted, c);
    const Phrase inverted = phrase_after(unquoted, cue_end(unquoted, c));
    if (!subject.empty())
      cue_subjects.push_back(
          text::make_span(unquoted[subject.first].start, unquoted[subject.last - 1].end));
    if (!inverted.empty())
      cue_inverted.push_back(
          text::make_span(unquoted[inverted.first].start, unquoted[inverted.last - 1].end));
    for (const Phrase p : {subject, inverted}) {
      if (p.empty() || p.last - p.first == 1) continue;  // pronouns are candidates already
      Speaker s = resolver_.resolve(unquoted, p);
      if (s.named() || s.empty() || !outside(s.at)) continue;
      mentions.push_back({s.at, s, "cue-subject"});
    }
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });

  // Where the quote's sentences are.
  const auto sents = u_.sentences_in(q.paragraph);
  const std::size_t open_sentence = sentence_index(sents, q.marks.start);
  const std::size_t close_sentence = sentence_index(sents, q.marks.end > 0 ? q.marks.end - 1 : 0);
  const std::string rule_identity = identity_of(q.speaker);
  const std::string_view rule = to_string(q.rule);
  const std::string_view kind = kind_feature(q.quote.kind);

  // What the quote's words say of its speaker: a person ("I", "my") or a
  // group ("we", "our"), and how long it is.
  bool first_person = false, we = false;
  std::size_t quote_words = 0;
  constexpr std::string_view kFirstPerson[]{"i", "my", "me"};
  constexpr std::string_view kWe[]{"we", "our", "us"};
  for (std::size_t i = open; i < close; ++i) {
    if (u_.words.is_punct(i)) continue;
    ++quote_words;
    const std::string_view text = u_.words.text(i);
    if (text.size() > 3) continue;
    first_person = first_person || lower_listed(text, kFirstPerson);
    we = we || lower_listed(text, kWe);
  }
  const std::string_view quote_length = bucket(quote_words);
  // Whether the quote's own sentences hold a cue outside quotes (else its
  // speaker is likely named before it).
  bool sentence_cue = false;
  if (!sents.empty()) {
    const std::size_t s_from = u_.word_at(sents[open_sentence].start, open);
    const std::size_t s_to =
        std::min(u_.word_at(sents[close_sentence].end, close), u_.words.size());
    for (std::size_t i = s_from; i < s_to && !sentence_cue; ++i)
      sentence_cue = is_cue(u_.words[i]) && !u_.quoted(u_.words[i].start);
  }

  // Ranks by closeness on each side.
  std::size_t before_count = 0;
  for (const auto& m : mentions) before_count += m.span.start < q.marks.start ? 1 : 0;

  QuoteCandidates out;
  out.by = q.rule;
  out.direct = q.quote.kind == QuoteKind::direct;
  std::map<std::string, std::size_t> seen;  // identity -> candidates so far
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    Candidate c{m.speaker, {}};
    c.features.reserve(kFeaturesPerCandidate);
    Features f(c.features);
    const std::size_t first = u_.word_at(m.span.start, from);
    const std::size_t last = u_.word_at(m.span.end, first);  // the word after the mention
    const bool before = m.span.start < q.marks.start;
    const std::size_t p = u_.paragraph_at(m.span.start);
    std::string_view region;
    std::size_t distance = 0;
    std::size_t rank = 0;
    if (before) {
      distance = open > last ? open - last : 0;
      rank = before_count - 1 - k;
      const std::size_t s = sentence_index(u_.sentences_in(p), m.span.start);
      region = p != q.paragraph         ? "prev-para"
               : s == open_sentence     ? "same-sentence-before"
               : s + 1 == open_sentence ? "prev-sentence"
                                        : "para-before";
    } else {
      distance = first > close ? first - close : 0;
      rank = k - before_count;
      const std::size_t s = sentence_index(sents, m.span.start);
      region = s == close_sentence       ? "same-sentence-after"
               : s == close_sentence + 1 ? "next-sentence"
                                         : "para-after";
    }
    const std::string_view type = type_feature(m.speaker);
    f.add("bias");
    f.add("kind", m.kind, kind);
    f.add("type", type, kind);
    f.add("region", region, kind);
    f.add("region-kind", region, m.kind);
    f.add("distance", region, bucket(distance));
    f.add("rank", region, bucket(rank));
    f.add("rank-kind", bucket(rank), region, m.kind);
    // The words around the mention.
    std::size_t next = last;
    std::optional<Word> next_word = word_of(u_, next);
    while (next_word && !next_word->punct && listed(kSkippedAfterName, next_word->lower))
      next_word = word_of(u_, ++next);
    const std::optional<Word> previous_word =
        first > 0 ? word_of(u_, first - 1) : std::optional<Word>();
    const std::string_view after_word = word_value(next_word);
    const std::string_view before_word = first > 0 ? word_value(previous_word) : "^";
    f.add("next", after_word);
    f.add("next-region", after_word, region);
    f.add("prev", before_word);
    f.add("prev-region", before_word, region);
    if (next_word && is_cue(*next_word)) f.add("next-cue", region, m.kind);
    const std::string_view next_shape = shape(next_word);
    f.add("next-shape", next_shape, region);
    f.add("next-shape-rank", next_shape, region, bucket(rank));
    if (next_word && next_word->text == ",") {
      const std::size_t a = after_apposition(u_, next);
      if (a != kNone) {
        const std::optional<Word> then = word_of(u_, a);
        f.add("apposition-then", shape(then), region);
        f.add("apposition-then-word", word_value(then));
      }
    }
    if (before && region == "same-sentence-before") {
      std::size_t cues = 0;
      bool colon = false, that = false;
      for (std::size_t i = last; i < open && i < last + kWordsAfter; ++i) {
        const Word w = u_.words[i];
        cues += is_cue(w) ? 1 : 0;
        colon = colon || w.text == ":";
        that = that || w.lower == "that";
      }
      f.add("between-cues", bucket(cues), bucket(distance));
      if (colon) f.add("between-colon");
      if (that) f.add("between-that");
    }
    const auto inside = [&](const std::vector<Span>& phrases) {
      return std::any_of(phrases.begin(), phrases.end(),
                         [&](Span s) { return m.span.start >= s.start && m.span.end <= s.end; });
    };
    if (inside(cue_subjects)) f.add("cue-subject", region, m.kind);
    if (inside(cue_inverted)) f.add("cue-inverted", region, m.kind);
    f.add("distance-kind", region, bucket(distance), m.kind);
    if (first_person) f.add("quote-first-person", type, region);
    if (we) f.add("quote-we", type, region);
    f.add("quote-length", quote_length, region);
    f.add("quote-sentence-cue", sentence_cue ? "yes" : "no", region);
    f.add("quote-sentence-cue-kind", sentence_cue ? "yes" : "no", region, m.kind);
    if (previous_word && is_cue(*previous_word)) f.add("prev-cue", region, m.kind);
    if (previous_word && listed(kPrepositions, previous_word->lower))
      f.add("prev-preposition", region);
    if (m.speaker.at.start == m.span.start && m.span.end < d_.text.size() &&
        (d_.text.compare(m.span.end, 2, "'s") == 0 ||
         d_.text.compare(m.span.end, 4, "\u2019s") == 0)) {
      f.add("possessive", region);
    }
    const std::size_t sentence_start =
        u_.word_at(sentence_at(u_.sentences_in(p), m.span.start).start, first);
    const std::string_view opening = bucket(first - std::min(first, sentence_start));
    f.add("in-sentence", opening, region);
    f.add("in-sentence-shape", opening, next_shape, region);
    // The quote.
    if (q.starts_sentence) f.add("quote-starts-sentence", region);
    if (q.ends_sentence) f.add("quote-ends-sentence", region);
    if (!q.closed) f.add("quote-open", region);
    if (q.after_colon) f.add("quote-after-colon", region);
    if (q.marks.start == u_.paragraphs[q.paragraph].start) f.add("quote-opens-paragraph", region);
    // The rules and the document so far.
    const std::string id = identity_of(m.speaker);
    const bool ruled = !id.empty() && id == rule_identity;
    if (ruled) {
      f.add("rule", rule);
      f.add("rule-region", rule, region);
      f.add("rule-kind", rule, m.kind);
    } else {
      f.add("not-rule", rule, region);
    }
    if (m.speaker.named()) {
      const auto mentions_of = mentions_of_.find(*m.speaker.cluster);
      f.add("mentions", count_bucket(mentions_of == mentions_of_.end() ? 0 : mentions_of->second));
      const auto rank_of = mention_rank_.find(*m.speaker.cluster);
      f.add("mention-rank", bucket(rank_of == mention_rank_.end() ? 99 : rank_of->second), type);
    }
    const auto spoke = history.quotes.find(id);
    f.add("spoke", count_bucket(spoke == history.quotes.end() ? 0 : spoke->second), kind);
    if (!id.empty() && id == history.last) {
      f.add("spoke-last", region, kind);
      f.add("spoke-last-kind", region, m.kind);
    }
    f.add("same-identity-before", bucket(seen[id]++));
    if (ruled && out.rule == kNone) out.rule = out.candidates.size();
    out.candidates.push_back(std::move(c));
  }
  // The previous quote's speaker, named further away (a speech quoted over
  // many paragraphs).
  if (!history.last.empty() && seen.find(history.last) == seen.end() &&
      history.last != rule_identity) {
    Candidate c{history.last_speaker, {}};
    Features f(c.features);
    const std::string_view type = type_feature(c.speaker);
    f.add("bias");
    f.add("previous-only", type, kind);
    f.add("previous-paragraphs",
          bucket(q.paragraph - std::min(q.paragraph, history.last_paragraph)));
    if (q.starts_sentence) f.add("quote-starts-sentence", "previous-only");
    if (q.marks.start == u_.paragraphs[q.paragraph].start)
      f.add("quote-opens-paragraph", "previous-only");
    f.add("not-rule", rule, "previous-only");
    out.candidates.push_back(std::move(c));
  }
  // The rules' choice when no mention of the window names it ("a senior
  // official", a speaker named further away).
  if (out.rule == kNone && !q.speaker.empty()) {
    Candidate c{q.speaker, {}};
    Features f(c.features);
    const std::string_view type = type_feature(q.speaker);
    f.add("bias");
    f.add("rule-only", rule, type);
    f.add("rule", rule);
    f.add("type", type, kind);
    if (q.starts_sentence) f.add("quote-starts-sentence", "rule-only");
    if (q.ends_sentence) f.add("quote-ends-sentence", "rule-only");
    const auto spoke = history.quotes.find(rule_identity);
    f.add("spoke", count_bucket(spoke == history.quotes.end() ? 0 : spoke->second), kind);
    if (rule_identity == history.last) f.add("spoke-last", "rule-only", kind);
    out.rule = out.candidates.size();
    out.candidates.push_back(std::move(c));
  }
  // Nobody: what the quote and its sentence say of being spoken at all.
  if (!out.candidates.empty()) {
    Candidate c{Speaker{}, {}};
    Features f(c.features);
    f.add("nobody", kind);
    f.add("nobody-rule", rule, kind);
    f.add("nobody-length", quote_length, kind);
    f.add("nobody-sentence-cue", sentence_cue ? "yes" : "no", kind);
    f.add("nobody-candidates", bucket(out.candidates.size()), kind);
    if (first_person) f.add("nobody-first-person");
    if (we) f.add("nobody-we");
    if (q.starts_sentence) f.add("nobody-starts-sentence", kind);
    if (q.ends_sentence) f.add("nobody-ends-sentence", kind);
    if (q.after_colon) f.add("nobody-after-colon");
    if (q.marks.start == u_.paragraphs[q.paragraph].start) f.add("nobody-opens-paragraph");
    out.nobody = out.candidates.size();
    out.candidates.push_back(std::move(c));
  }
  return out;
}

}  // namespace presslens::attribution
