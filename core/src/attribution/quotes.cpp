// Direct quotes (in quote marks) and reported speech, each with its speaker,
// in three steps:
// 1. gather: each quoted segment with the words around it (its sentence
//    before it, the attribution after it);
// 2. attribute: the rules of attributor.hpp credit a segment from those
//    words; short segments nobody is credited with, and single words, are
//    terms;
// 3. inherit: a quote still without a speaker continues the quote or the
//    reported speech before it, or is said by the person the sentence
//    before it is about.
#include <algorithm>
#include <span>

#include "attribution/attribution.hpp"
#include "attribution/attributor.hpp"
#include "attribution/reported.hpp"
#include "attribution/units.hpp"

namespace presslens::attribution {
namespace {

using identity::words_in;

// A segment of one word is a term ("terrorism"); of up to three words, a
// term unless a cue credits it ("action plan" vs ""Not guilty," he said").
constexpr std::size_t kTermWords = 1;
constexpr std::size_t kUncreditedTermWords = 3;
// "Rep. Gwen Moore (D-Wis.) said": an aside in parentheses is short; a
// longer parenthesis is part of the sentence.
constexpr std::size_t kParentheticalWords = 10;

// A quoted segment and the words the rules read around it.
struct Context {
  const Segment* segment = nullptr;
  std::vector<Word> before;        // its sentence before it, other quotes left out
  std::vector<Word> before_local;  // since the quote before it in its sentence
  std::vector<Word> after;         // up to its sentence end or the next quote
  std::size_t words = 0;           // words inside
  bool starts_sentence = false;    // nothing before it in its sentence
  bool ends_sentence = false;      // it ends with a full stop
};

// A segment once attributed.
struct Found {
  Quote quote;
  bool term = false;
  std::size_t paragraph = 0;
  bool closed = true;
};

// The text's paragraphs, sentences and segments.
struct Units {
  std::vector<Span> paragraphs;
  std::vector<std::vector<Span>> sentences;  // per paragraph
  std::vector<Segment> segments;
};

std::size_t word_count(const std::vector<Word>& words) {
  return static_cast<std::size_t>(
      std::count_if(words.begin(), words.end(), [](const Word& w) { return !w.punct; }));
}

Span sentence_at(const std::vector<Span>& sentences, std::size_t at) {
  for (const auto& s : sentences) {
    if (at < s.end) return s;
  }
  return sentences.empty() ? Span{at, at} : sentences.back();
}

std::size_t boundary(std::string_view text, std::size_t at) {
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

// Drops short asides in parentheses: "Rep. Gwen Moore (D-Wis.) said".
std::vector<Word> without_parentheticals(std::vector<Word> words) {
  std::vector<Word> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].text == "(") {
      std::size_t j = i + 1;
      while (j < words.size() && j < i + kParentheticalWords && words[j].text != ")") ++j;
      if (j < words.size() && words[j].text == ")") {
        i = j;
        continue;
      }
    }
    out.push_back(words[i]);
  }
  return out;
}

std::vector<Word> without_quote_marks(std::vector<Word> words) {
  std::erase_if(words, [](const Word& w) {
    return w.text == "\"" || w.text == "\u201C" || w.text == "\u201D";
  });
  return words;
}

// Words of text[from, to) outside every quoted segment.
std::vector<Word> unquoted_words(std::string_view text, const std::vector<Segment>& segments,
                                 std::size_t from, std::size_t to) {
  std::vector<Word> out;
  for (const auto& w : words_in(text, from, to)) {
    const bool quoted = std::any_of(segments.begin(), segments.end(), [&](const Segment& s) {
      return s.open <= w.start && w.start <= s.close;
    });
    if (!quoted) out.push_back(w);
  }
  return out;
}

Units read_units(std::string_view text) {
  Units u;
  u.paragraphs = paragraphs(text);
  u.segments = quoted_segments(text, u.paragraphs);
  for (const auto& p : u.paragraphs) u.sentences.push_back(sentences(text, p));
  return u;
}

// The sentences without quote marks, where reported speech is read.
std::vector<Span> unquoted_sentences(const Units& u) {
  std::vector<Span> out;
  for (const auto& sents : u.sentences) {
    for (const auto& sentence : sents) {
      const bool has_quote = std::any_of(
          u.segments.begin(), u.segments.end(),
          [&](const Segment& s) { return s.open < sentence.end && s.close >= sentence.start; });
      if (!has_quote) out.push_back(sentence);
    }
  }
  return out;
}

// Step 1: segment k and the words around it.
Context gather(std::string_view text, const Units& u, std::size_t k) {
  const Segment& s = u.segments[k];
  const auto& sents = u.sentences[s.paragraph];
  Context c;
  c.segment = &s;
  const Span open_sentence = sentence_at(sents, s.open);
  std::size_t local_from = open_sentence.start;
  if (k > 0 && u.segments[k - 1].paragraph == s.paragraph &&
      u.segments[k - 1].close >= local_from) {
    local_from = u.segments[k - 1].close + 1;
  }
  c.before_local = without_parentheticals(words_in(text, boundary(text, local_from), s.open));
  c.before = without_parentheticals(unquoted_words(text, u.segments, open_sentence.start, s.open));
  const auto inner = words_in(text, s.inner.start, s.inner.end);
  c.words = word_count(inner);
  c.ends_sentence = !inner.empty() && inner.back().text == ".";
  c.starts_sentence = word_count(c.before_local) == 0;
  if (!s.closed) return c;
  const std::size_t from = boundary(text, s.close + 1);
  std::size_t to = c.ends_sentence ? u.paragraphs[s.paragraph].end : sentence_at(sents, from).end;
  // Up to the next quote; a quoted nickname or word ("Marcia "Cia" Price") does not count.
  for (std::size_t n = k + 1; n < u.segments.size() && u.segments[n].paragraph == s.paragraph;
       ++n) {
    if (word_count(words_in(text, u.segments[n].inner.start, u.segments[n].inner.end)) > 1) {
      to = std::min(to, u.segments[n].open);
      break;
    }
  }
  c.after = without_quote_marks(without_parentheticals(words_in(text, from, to)));
  // After a full stop only "― Pamela Padilla" or "he said" still belong to the quote.
  if (c.ends_sentence && !c.after.empty() && !is_dash(c.after.front()) &&
      (c.after.front().punct || c.after.front().capitalised)) {
    c.after.clear();
  }
  return c;
}

// "Clinton said:" closing the paragraph before a quote that opens its own.
Attribution said_before_paragraph(std::string_view text, const Units& u, const Context& c,
                                  const Attributor& attributor) {
  const Segment& s = *c.segment;
  if (!c.starts_sentence || s.paragraph == 0 || s.open != u.paragraphs[s.paragraph].start)
    return {};
  const Span previous = u.paragraphs[s.paragraph - 1];
  if (!text.substr(previous.start, previous.end - previous.start).ends_with(":")) return {};
  const Span last = sentence_at(u.sentences[s.paragraph - 1], previous.end - 1);
  return attributor.before(without_parentheticals(words_in(text, last.start, previous.end)));
}

Quote make_quote(const Document& d, Span span, const Attribution& a) {
  Quote q;
  q.text = d.text.substr(span.start, span.end - span.start);
  q.span = span;
  q.speaker = a.speaker.name;
  q.speaker_cluster = a.speaker.cluster;
  q.cue = a.cue;
  q.kind = "direct";
  return q;
}

// Step 2: the rules, in order; a short segment nobody says is a term.
Found attribute(const Document& d, const Units& u, const Context& c, const Attributor& attributor) {
  Attribution a = attributor.before(c.before);
  if (!a.found()) a = attributor.after(c.after);
  if (!a.found()) a = attributor.bare_subject(c.before_local);
  if (!a.found()) a = said_before_paragraph(d.text, u, c, attributor);
  const bool term = c.words <= kTermWords || (c.words <= kUncreditedTermWords && !a.found());
  return {make_quote(d, c.segment->inner, a), term, c.segment->paragraph, c.segment->closed};
}

// The quote (or reported speech) that the uncredited quote of `c` continues:
// the last quote before it in its paragraph, or in the paragraph before when
// that one was left open; reported speech later in the paragraph wins.
const Quote* continued_quote(const Units& u, const Context& c, std::span<const Found> earlier,
                             const std::vector<Quote>& reported) {
  const Segment& s = *c.segment;
  const Found* previous = nullptr;
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (!it->term) {
      previous = &*it;
      break;
    }
  }
  const Quote* before = nullptr;
  if (previous &&
      (previous->paragraph == s.paragraph ||
       (c.starts_sentence && !previous->closed && previous->paragraph + 1 == s.paragraph))) {
    before = &previous->quote;
  }
  // "..., Schiff said. "The other factor ...": reported speech just before.
  for (const auto& r : reported) {
    if (r.span.end <= s.open && r.span.start >= u.paragraphs[s.paragraph].start &&
        (!before || r.span.start > before->span.start)) {
      before = &r;
    }
  }
  return before;
}

// A whole quoted sentence with nobody credited: the person the sentence
// before it is about, in its paragraph or the one before. A sentence with a
// quote of its own goes on speaking when that quote had a cue ("..., he
// said."); a list ("..." ― Christina Olidem) does not.
Attribution sentence_before(const Document& d, const Units& u, const Context& c,
                            std::span<const Found> earlier, const Attributor& attributor) {
  const Segment& s = *c.segment;
  const auto& sents = u.sentences[s.paragraph];
  const Span open = sentence_at(sents, s.open);
  std::optional<Span> previous;
  for (const auto& sentence : sents) {
    if (sentence.end <= open.start) previous = sentence;
  }
  if (!previous && s.paragraph > 0 && !u.sentences[s.paragraph - 1].empty()) {
    previous = u.sentences[s.paragraph - 1].back();
  }
  if (!previous) return {};
  const Found* quoted = nullptr;
  for (const auto& other : earlier) {
    if (!other.term && other.quote.span.start < previous->end &&
        other.quote.span.end > previous->start) {
      quoted = &other;
    }
  }
  if (quoted) {
    if (quoted->quote.cue.empty()) return {};
    return {{quoted->quote.speaker, quoted->quote.speaker_cluster, ""}, ""};
  }
  const auto words =
      without_parentheticals(unquoted_words(d.text, u.segments, previous->start, previous->end));
  const Attribution subject = attributor.subject_of_sentence(words);
  return {subject.speaker, ""};
}

// Step 3: `f` (the quote of `c`, uncredited) takes the speaker of what it
// continues; `earlier` are the segments before it, already final.
void inherit(const Document& d, const Units& u, const Context& c, std::span<const Found> earlier,
             const std::vector<Quote>& reported, const Attributor& attributor, Found& f) {
  if (const Quote* before = continued_quote(u, c, earlier, reported)) {
    f.quote.speaker = before->speaker;
    f.quote.speaker_cluster = before->speaker_cluster;
    f.quote.cue = before->cue;
    return;
  }
  if (!(c.starts_sentence && c.segment->closed && c.ends_sentence && c.after.empty())) return;
  const Attribution a = sentence_before(d, u, c, earlier, attributor);
  if (a.found()) {
    f.quote.speaker = a.speaker.name;
    f.quote.speaker_cluster = a.speaker.cluster;
  }
}

}  // namespace

void find_quotes(Document& d, const std::vector<Cluster>& clusters) {
  d.quotes.clear();
  d.terms.clear();
  const Units u = read_units(d.text);
  const SpeakerResolver resolver(d, clusters, u.segments);
  const Attributor attributor(d, resolver);
  std::vector<Quote> reported = reported_speech(d, unquoted_sentences(u), resolver);

  std::vector<Context> contexts;
  for (std::size_t k = 0; k < u.segments.size(); ++k) contexts.push_back(gather(d.text, u, k));
  std::vector<Found> found;
  for (const auto& c : contexts) found.push_back(attribute(d, u, c, attributor));
  for (std::size_t k = 0; k < found.size(); ++k) {
    Found& f = found[k];
    if (f.term || f.quote.speaker) continue;
    inherit(d, u, contexts[k], std::span(found).first(k), reported, attributor, f);
  }

  for (auto& f : found) {
    if (f.term)
      d.terms.push_back({f.quote.text, f.quote.span});
    else
      d.quotes.push_back(std::move(f.quote));
  }
  for (auto& q : reported) d.quotes.push_back(std::move(q));
  std::stable_sort(d.quotes.begin(), d.quotes.end(),
                   [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
}

}  // namespace presslens::attribution
