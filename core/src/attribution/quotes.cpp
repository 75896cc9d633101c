// Direct quotes (in quote marks) and reported speech, each with its speaker,
// in three steps:
// 1. gather: each quoted segment with the words around it (its sentence
//    before it, the attribution after it);
// 2. attribute: the rules of attributor.hpp credit a segment from those
//    words; single words are terms, and so are segments of two or three
//    words nobody is credited with unless the quote-or-term model
//    (term_model.hpp) reads them as quotes;
// 3. inherit: a quote still without a speaker continues the quote or the
//    reported speech before it, or is said by the person the sentence
//    before it is about.
#include <algorithm>
#include <cmath>
#include <deque>
#include <iterator>
#include <optional>

#include "attribution/attribution.hpp"
#include "attribution/attributor.hpp"
#include "attribution/credited.hpp"
#include "attribution/quotes.hpp"
#include "attribution/reported.hpp"
#include "attribution/term_model.hpp"
#include "attribution/units.hpp"
#include "text/offsets.hpp"

namespace presslens::attribution {
namespace {

// A segment of one word is a term ("terrorism"); of up to three words, a
// term unless a cue credits it (""Not guilty," he said") or the
// quote-or-term model reads it as a quote ("called it "a total disaster"").
constexpr std::size_t kTermWords = 1;
constexpr std::size_t kUncreditedTermWords = 3;
// "Rep. Gwen Moore (D-Wis.) said": an aside in parentheses is short; a
// longer parenthesis is part of the sentence.
constexpr std::size_t kParentheticalWords = 10;
// The words read around a quote: its sentence, but no more than this many
// words (and marks) on either side. One sentence in a thousand of PolNeAR
// has more than 80 before or after a quote mark; a "sentence" longer than
// this is a list or a run without full stops, and reading all of it for
// each of its quotes would make the work grow with the square of its length.
constexpr std::size_t kContextWords = 120;

// A quoted segment and the words the rules read around it.
// What step 3 reads of a segment's context: kept for every segment, so
// small (keeping the words too made memory grow with quotes times context).
struct Placed {
  const Segment* segment = nullptr;
  bool starts_sentence = false;  // nothing before it in its sentence
  bool ends_sentence = false;    // it ends with a full stop
  bool nothing_after = true;     // nothing after it in its sentence belongs to it
};

struct Context : Placed {
  std::vector<Word> before;        // its sentence before it, other quotes left out
  std::vector<Word> before_local;  // since the quote before it in its sentence
  std::vector<Word> after;         // up to its sentence end or the next quote
  bool after_whole = true;         // `after` reaches that end (not cut at kContextWords)
  std::size_t words = 0;           // words inside
  bool quote_before = false;       // a segment of four words or more earlier in its paragraph
};

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

// The sentences without quote marks, where reported speech is read.
// Reported speech is read in sentences of at most this many bytes: news
// has none longer than 2 KB (PolNeAR-train and WCXB's pages: 2 of 452,506
// over, both flattened page furniture), and a sentence's words are held
// while it is read.
constexpr std::size_t kMaxReportedBytes = 4096;
constexpr std::string_view kLongSentences = " longer than 4 KB not read for reported speech";
constexpr std::string_view kQuotesLimited = "quotes limited to the first ";
constexpr std::string_view kQuotesReadTo = "quotes read in the first ";

// Whether a sentence is read for reported speech: no quote marks in it, and
// not too long (each one too long is counted). Asked of each in turn, not
// made into a list: a page of short lines has a sentence every few bytes.
bool read_for_reported(const TextUnits& u, const Span& sentence, std::size_t& too_long) {
  if (sentence.end - sentence.start > kMaxReportedBytes) {
    ++too_long;
    return false;
  }
  // The first segment that closes inside or after the sentence.
  auto s = std::lower_bound(u.segments.begin(), u.segments.end(), sentence.start,
                            [](const Segment& x, std::size_t a) { return x.close < a; });
  return s == u.segments.end() || s->open >= sentence.end;
}

// Step 1: segment k and the words around it.
// `quote_before`: a segment of four words or more came earlier in its
// paragraph (the caller keeps it as it goes, so a paragraph of many quotes
// is not read again for each).
Context gather(std::string_view text, const TextUnits& u, std::size_t k, bool quote_before) {
  const Segment& s = u.segments[k];
  const auto sents = u.sentences_in(s.paragraph);
  Context c;
  c.segment = &s;
  const Span open_sentence = sentence_at(sents, s.open);
  std::size_t local_from = open_sentence.start;
  if (k > 0 && u.segments[k - 1].paragraph == s.paragraph &&
      u.segments[k - 1].close >= local_from) {
    local_from = u.segments[k - 1].close + 1;
  }
  const std::size_t open = u.word_at(s.open);
  c.before_local = without_parentheticals(u.slice(u.word_at(boundary(text, local_from)), open));
  const std::size_t first =
      std::max(u.word_at(open_sentence.start), open > kContextWords ? open - kContextWords : 0);
  c.before = without_parentheticals(u.unquoted(first, open));
  const auto inner = u.words_in(s.inner.start, s.inner.end);
  c.words = u.inner_words[k];
  c.ends_sentence = !inner.empty() && inner.back().text == ".";
  c.starts_sentence = word_count(c.before_local) == 0;
  c.quote_before = quote_before;
  if (!s.closed) return c;
  const std::size_t from = boundary(text, s.close + 1);
  std::size_t to = c.ends_sentence ? u.paragraphs[s.paragraph].end : sentence_at(sents, from).end;
  if (u.next_quote[k] != kNone) to = std::min(to, u.segments[u.next_quote[k]].open);
  const std::size_t after_first = u.word_at(from);
  std::size_t after_last = u.word_at(to);
  if (after_last > after_first + kContextWords) {
    after_last = after_first + kContextWords;
    c.after_whole = false;
  }
  c.after = without_quote_marks(without_parentheticals(u.slice(after_first, after_last)));
  // After a full stop only "― Pamela Padilla" or "he said" still belong to the quote.
  if (c.ends_sentence && !c.after.empty() && !is_dash(c.after.front()) &&
      (c.after.front().punct || c.after.front().capitalised)) {
    c.after.clear();
  }
  c.nothing_after = c.after.empty();
  return c;
}

// "Clinton said:" closing the paragraph before a quote that opens its own.
Attribution said_before_paragraph(std::string_view text, const TextUnits& u, const Context& c,
                                  const Attributor& attributor) {
  const Segment& s = *c.segment;
  if (!c.starts_sentence || s.paragraph == 0 || s.open != u.paragraphs[s.paragraph].start)
    return {};
  const Span previous = u.paragraphs[s.paragraph - 1];
  if (!text.substr(previous.start, previous.end - previous.start).ends_with(":")) return {};
  const Span last = sentence_at(u.sentences_in(s.paragraph - 1), previous.end - 1);
  return attributor.before(without_parentheticals(u.words_in(last.start, previous.end)));
}

// "- Sanders." alone in the paragraph after a quote that is a paragraph of
// its own: the credit line of the Washington Post's fact checks. A dash
// before a sentence ("- The debate went on.") is a list's item, not a credit.
Attribution credit_line_after(const TextUnits& u, const Context& c, const Attributor& attributor) {
  constexpr std::size_t kCreditWords = 6;  // the dash, a name, a full stop
  const Segment& s = *c.segment;
  if (!s.closed || !c.starts_sentence || !c.ends_sentence || !c.nothing_after ||
      s.open != u.paragraphs[s.paragraph].start || s.paragraph + 1 >= u.paragraphs.size())
    return {};
  const Span next = u.paragraphs[s.paragraph + 1];
  const auto words = u.words_in(next.start, next.end);
  if (words.size() < 2 || words.size() > kCreditWords || !is_dash(words.front())) return {};
  for (std::size_t i = 1; i < words.size(); ++i) {
    const bool stop = i + 1 == words.size() && words[i].text == ".";
    if (!stop && !words[i].capitalised) return {};
  }
  return attributor.after(words, true);
}

// Whether a segment of two or three words nobody is credited with is a
// quote (the model's decision), its features given to `cases` when asked.
bool short_quote(const TextUnits& u, const Context& c, const learn::LinearModel& terms,
                 std::vector<TermCase>* cases) {
  const Segment& s = *c.segment;
  const auto inner = u.words_in(s.inner.start, s.inner.end);
  const TermEvidence evidence{c.before,          c.before_local,  inner,         c.after,
                              c.starts_sentence, c.ends_sentence, c.quote_before};
  // A phrase right after "a" or "an" names a thing ("has proposed an
  // "action plan""): the product keeps such scare quotes as terms (PolNeAR's
  // annotators often credit them as quotes), so the model neither decides
  // nor learns them.
  if (after_indefinite_article(evidence)) return false;
  auto features = term_features(evidence);
  const bool quote = read_as_quote(terms, features);
  if (cases) cases->push_back({s.inner, std::move(features)});
  return quote;
}

// "How the Grinch Stole Christmas", "Austin Powers: The Spy Who Shagged Me":
// every word of four letters or more capitalised, as titles of works are
// written and speech is not (only short function words in lower case). A
// question or a contraction is speech even so ("That's Jeb Bush and Marco
// Rubio.", "Is Dalton Brody off Conn or Wisconsin?"); so is shouting in
// capitals ("THIS IS NOT OK.").
bool title_cased(const TextUnits& u, const Segment& s) {
  std::size_t capitalised = 0;
  bool lower_case = false;  // any letter in lower case
  for (const auto& w : u.words_in(s.inner.start, s.inner.end)) {
    lower_case = lower_case || std::any_of(w.text.begin(), w.text.end(),
                                           [](char c) { return c >= 'a' && c <= 'z'; });
    if (w.text == "?" || w.possessive || w.text.find('\'') != std::string_view::npos ||
        w.text.find("\u2019") != std::string_view::npos)
      return false;
    if (w.punct) continue;
    if (w.capitalised)
      ++capitalised;
    else if (w.text.size() >= 4 || w.digits())
      return false;
  }
  return capitalised >= 3 && lower_case;
}

// Step 2: the rules, in order; a short segment nobody says is a term unless
// the model reads it as a quote.
Credited attribute(const Document& d, const TextUnits& u, const Context& c,
                   const Attributor& attributor, const learn::LinearModel& terms,
                   std::vector<TermCase>* cases) {
  Attribution a = attributor.before(c.before);
  if (!a.found()) a = attributor.after(c.after, c.after_whole);
  if (!a.found()) a = attributor.bare_subject(c.before_local);
  if (!a.found()) {
    a = said_before_paragraph(d.text, u, c, attributor);
    if (a.found()) a.rule = Rule::said_colon;
  }
  if (!a.found()) a = credit_line_after(u, c, attributor);
  const Segment& s = *c.segment;
  Credited f;
  f.quote.text = d.text.substr(s.inner.start, s.inner.end - s.inner.start);
  f.quote.span = s.inner;
  f.quote.kind = QuoteKind::direct;
  f.credit(a.speaker, a.cue, a.rule);
  f.marks = text::make_span(s.open, s.close);
  f.paragraph = s.paragraph;
  f.closed = s.closed;
  f.starts_sentence = c.starts_sentence;
  f.ends_sentence = c.ends_sentence;
  f.after_colon = !c.before_local.empty() && c.before_local.back().text == ":";
  // "a short film called "Tenemos Familias"": a name, however long; but
  // "has been called "strategic ambiguity" by Joshua Hendrick" is his.
  const bool by_someone = !c.after.empty() && c.after.front().lower == "by";
  f.term = c.words <= kTermWords || (names_what_follows(c.before_local) && !by_someone) ||
           (c.words <= kUncreditedTermWords && !a.found() && !short_quote(u, c, terms, cases)) ||
           (c.words > kUncreditedTermWords && !a.found() && title_cased(u, s));
  return f;
}

// The quotes already attributed, for step 3.
struct Earlier {
  const std::vector<Credited>& found;
  std::vector<std::size_t> quotes;  // indices of the non-terms among them, in text order
};

// The quote (or reported speech) that the uncredited quote of `c` continues:
// the last quote before it in its paragraph, or in the paragraph before when
// that one was left open; reported speech later in the paragraph wins.
const Credited* continued_quote(const TextUnits& u, const Placed& c, const Earlier& earlier,
                                const std::deque<Credited>& reported) {
  const Segment& s = *c.segment;
  const Credited* previous =
      earlier.quotes.empty() ? nullptr : &earlier.found[earlier.quotes.back()];
  const Credited* before = nullptr;
  if (previous &&
      (previous->paragraph == s.paragraph ||
       (c.starts_sentence && !previous->closed && previous->paragraph + 1 == s.paragraph))) {
    before = previous;
  }
  // "..., Schiff said. "The other factor ...": reported speech just before
  // (reported speech is in text order, one per sentence).
  auto r = std::upper_bound(reported.begin(), reported.end(), s.open,
                            [](std::size_t a, const Credited& q) { return a < q.quote.span.end; });
  if (r != reported.begin()) {
    const Credited& last = *std::prev(r);
    if (last.quote.span.start >= u.paragraphs[s.paragraph].start &&
        (!before || last.quote.span.start > before->quote.span.start)) {
      before = &last;
    }
  }
  return before;
}

// A whole quoted sentence with nobody credited: the person the sentence
// before it is about, in its paragraph or the one before. A sentence with a
// quote of its own goes on speaking when that quote had a cue ("..., he
// said."); a list ("..." ― Christina Olidem) does not.
Attribution sentence_before(const TextUnits& u, const Placed& c, const Earlier& earlier,
                            const Attributor& attributor) {
  const Segment& s = *c.segment;
  const auto sents = u.sentences_in(s.paragraph);
  std::optional<Span> previous;
  const std::size_t open = sentence_index(sents, s.open);
  if (!sents.empty() && open > 0) previous = sents[open - 1];
  if (!previous && s.paragraph > 0) {
    if (const auto before = u.sentences_in(s.paragraph - 1); !before.empty())
      previous = before.back();
  }
  if (!previous) return {};
  // The last earlier quote that starts before the sentence ends, if it overlaps it.
  auto q = std::lower_bound(
      earlier.quotes.begin(), earlier.quotes.end(), previous->end,
      [&](std::size_t i, std::size_t a) { return earlier.found[i].quote.span.start < a; });
  if (q != earlier.quotes.begin()) {
    const Credited& quoted = earlier.found[*std::prev(q)];
    if (quoted.quote.span.end > previous->start) {
      if (quoted.quote.cue.empty()) return {};
      return {quoted.speaker, "", Rule::sentence_quoted};
    }
  }
  const auto words =
      without_parentheticals(u.unquoted(u.word_at(previous->start), u.word_at(previous->end)));
  return attributor.subject_of_sentence(words);
}

// Step 3: `f` (the quote of `c`, uncredited) takes the speaker of what it
// continues; `earlier` are the segments before it, already final.
void inherit(const TextUnits& u, const Placed& c, const Earlier& earlier,
             const std::deque<Credited>& reported, const Attributor& attributor, Credited& f) {
  if (const Credited* before = continued_quote(u, c, earlier, reported)) {
    f.credit(before->speaker, before->quote.cue,
             before->quote.kind == QuoteKind::direct ? Rule::continued : Rule::continued_reported);
    return;
  }
  if (!(c.starts_sentence && c.segment->closed && c.ends_sentence && c.nothing_after)) return;
  const Attribution a = sentence_before(u, c, earlier, attributor);
  if (a.found()) f.credit(a.speaker, "", a.rule);
}

// Step 4: the speaker model weighs the rules' choice against the other
// candidates; every quote gets the confidence of its speaker.
void rank(const SpeakerModel& model, const QuoteCandidates& q, Credited& c) {
  const Choice choice = decide(model, q);
  if (choice.candidate == kNone) {
    c.quote.confidence = 0;  // nobody near it to credit
    return;
  }
  const Speaker& chosen = q.candidates[choice.candidate].speaker;
  if (identity_of(chosen) != identity_of(c.speaker)) {
    c.quote.speaker = chosen.name;
    c.quote.speaker_cluster = chosen.cluster;
    c.quote.cue.clear();
  }
  c.quote.confidence = std::round(choice.confidence * 100) / 100;
}

// The sentences a quote stands in: from the start of the one holding its
// first character to the end of the one holding its last, so that a quote
// with its marks and its "he said" can be cited whole.
Span sentences_of(const TextUnits& u, Span quote) {
  const auto holding = [&](std::size_t at) {
    const std::size_t p = u.paragraphs.first_ending_after(at);
    if (p == u.paragraphs.size()) return text::make_span(at, at);
    return sentence_at(u.sentences_in(p), at);
  };
  const Span first = holding(quote.start);
  const Span last = holding(quote.end > quote.start ? quote.end - 1 : quote.start);
  return {std::min(first.start, quote.start), std::max(last.end, quote.end)};
}

// The document up to `end`, as attribution reads it: its text, sentences,
// names and nominals there.
Document part_before(const Document& d, std::size_t end) {
  Document part;
  part.name = d.name;
  part.text = d.text.substr(0, end);
  const auto before = [end](const auto& x) { return x.span.end <= end; };
  for (const Span& s : d.sentences) {
    if (s.start < end)
      part.sentences.push_back(text::make_span(s.start, std::min<std::size_t>(s.end, end)));
  }
  std::copy_if(d.entities.begin(), d.entities.end(), std::back_inserter(part.entities), before);
  std::copy_if(d.nominals.begin(), d.nominals.end(), std::back_inserter(part.nominals), before);
  return part;
}

// find_quotes, of at most `max` quoted passages and as many reported clauses.
void find_quotes_in(Document& d, const std::vector<Cluster>& clusters,
                    const std::vector<text::Gender>& genders, const SpeakerModel* model,
                    std::vector<QuoteCandidates>* collected, const learn::LinearModel& terms,
                    std::vector<TermCase>* cases, std::size_t max) {
  const TextUnits u = read_units(d.text, d.sentences);
  const SpeakerResolver resolver(d, clusters, genders, u.segments, u.words);
  const Attributor attributor(d, resolver);
  std::size_t too_long = 0, left_out = 0;
  std::deque<Credited> reported = reported_speech(
      d, u, [&](const Span& sentence) { return read_for_reported(u, sentence, too_long); },
      resolver, max, left_out);
  if (too_long > 0) {
    d.warnings.push_back(std::to_string(too_long) + (too_long == 1 ? " sentence" : " sentences") +
                         std::string(kLongSentences));
  }

  const std::size_t segments = std::min(u.segments.size(), max);
  left_out += u.segments.size() - segments;
  if (left_out > 0) {
    d.warnings.push_back(std::string(kQuotesLimited) + std::to_string(max) +
                         " quoted passages and " + std::to_string(max) +
                         " reported clauses of this document (" + std::to_string(left_out) +
                         " more)");
  }
  std::vector<Placed> placed;  // each segment's, its words let go once the rules have read them
  std::vector<Credited> found;
  placed.reserve(segments);
  found.reserve(segments);
  bool long_quote = false;  // a segment of four words or more earlier in the paragraph
  for (std::size_t k = 0; k < segments; ++k) {
    if (k > 0 && u.segments[k].paragraph != u.segments[k - 1].paragraph) long_quote = false;
    const Context context = gather(d.text, u, k, long_quote);
    long_quote = long_quote || u.inner_words[k] > kUncreditedTermWords;
    found.push_back(attribute(d, u, context, attributor, terms, cases));
    placed.push_back(context);
  }
  Earlier earlier{found, {}};
  for (std::size_t k = 0; k < found.size(); ++k) {
    Credited& f = found[k];
    if (!f.term && !f.quote.speaker) inherit(u, placed[k], earlier, reported, attributor, f);
    if (!f.term) earlier.quotes.push_back(k);
  }

  std::vector<Credited*> quotes;
  for (auto& f : found) {
    if (f.term)
      d.terms.push_back({f.quote.text, f.quote.span});
    else
      quotes.push_back(&f);
  }
  for (auto& q : reported) quotes.push_back(&q);
  std::stable_sort(quotes.begin(), quotes.end(), [](const Credited* a, const Credited* b) {
    return a->quote.span.start < b->quote.span.start;
  });
  if (model || collected) {
    const CandidateFinder finder(d, u, resolver);
    History history;
    for (Credited* q : quotes) {
      QuoteCandidates candidates = finder.find(*q, history);
      history.add(*q);
      if (model) rank(*model, candidates, *q);
      if (collected) collected->push_back(std::move(candidates));
    }
  }
  d.quotes.reserve(quotes.size());
  for (Credited* q : quotes) {
    q->quote.sentence = sentences_of(u, q->quote.span);
    d.quotes.push_back(std::move(q->quote));
  }
}

}  // namespace

void find_quotes(Document& d, const std::vector<Cluster>& clusters,
                 const std::vector<text::Gender>& genders, const SpeakerModel* model,
                 std::vector<QuoteCandidates>* collected, const learn::LinearModel& terms,
                 std::vector<TermCase>* cases) {
  d.quotes.clear();
  d.terms.clear();
  std::erase_if(d.warnings, [](const std::string& w) {
    return w.ends_with(kLongSentences) || w.starts_with(kQuotesLimited) ||
           w.starts_with(kQuotesReadTo);
  });
  const std::size_t max = max_quotes(d.text.size());
  // A text of more quote marks than its quotes may have is read up to the
  // last of them it may: its words, passages and records stay in
  // proportion to the quotes read, not to the marks.
  const std::size_t end = quote_marks_end(d.text, d.sentences, 2 * max);
  if (end == d.text.size()) {
    find_quotes_in(d, clusters, genders, model, collected, terms, cases, max);
    return;
  }
  Document part = part_before(d, end);
  find_quotes_in(part, clusters, genders, model, collected, terms, cases, max);
  d.quotes = std::move(part.quotes);
  d.terms = std::move(part.terms);
  for (auto& w : part.warnings) d.warnings.push_back(std::move(w));
  d.warnings.push_back(std::string(kQuotesReadTo) + std::to_string(end) +
                       " bytes of this document (" + std::to_string(2 * max) + " quote marks; " +
                       std::to_string(d.text.size() - end) + " bytes more not read)");
}

void find_quotes(Document& d, const std::vector<Cluster>& clusters,
                 const std::vector<text::Gender>& genders) {
  find_quotes(d, clusters, genders, loaded_speaker_model(), nullptr, term_model(), nullptr);
}

}  // namespace presslens::attribution
