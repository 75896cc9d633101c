// Direct quotes (in quote marks) and reported speech, each with its speaker.
// A quoted segment's speaker is read, in order, from a cue before it in its
// sentence ("Assad called the proposals "..."", "Lavrov said any talks should
// include "...""), from the attribution after it (""...," Lavrov said",
// ""...," said the source"), from a bare subject ("He also "confirmed ...""),
// or from the quote before it in the paragraph (a quote that continues).
// Short segments nobody is credited with, and single words, are terms.
#include <algorithm>

#include "attribution/attribution.hpp"
#include "attribution/cues.hpp"
#include "attribution/reported.hpp"
#include "attribution/speakers.hpp"
#include "attribution/units.hpp"

namespace presslens::attribution {
namespace {

using identity::lowercase;
using identity::words_in;

struct Attribution {
  Speaker speaker;
  std::string cue;
  bool found() const { return !speaker.empty(); }
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

std::string cue_text(const std::vector<Word>& words, std::size_t cue, std::string_view text) {
  const std::size_t end = cue_end(words, cue);
  return std::string(text.substr(words[cue].start, words[end - 1].end - words[cue].start));
}

class Attributor {
 public:
  Attributor(const Document& d, const SpeakerResolver& resolver) : d_(d), resolver_(resolver) {}

  // A cue before the quote: the one that introduces it ("Trump boasted, "),
  // else the first of its sentence that has a speaker ("Assad called the
  // proposals "..."", "Trump said that Clinton described it as "..."").
  Attribution before(const std::vector<Word>& words) const {
    std::size_t last = words.size();
    while (last > 0 && (words[last - 1].text == "," || words[last - 1].text == ":" ||
                        lowercase(words[last - 1].text) == "that")) {
      --last;
    }
    if (last > 0 && last < words.size() + 1 && is_cue(words[last - 1])) {
      Attribution a = at_cue(words, last - 1);
      if (a.found()) return a;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!is_cue(words[i]) && !(i == 0 && words[i].capitalised && is_reporting_cue(words[i])))
        continue;
      Attribution a = at_cue(words, i);
      if (a.found()) return a;
    }
    return {};
  }

  Attribution at_cue(const std::vector<Word>& words, std::size_t i) const {
    const std::string lower = lowercase(words[i].text);
    if (i == 0 && words[i].capitalised &&
        (lower == "said" || lower == "says" || lower == "added" || lower == "asked")) {
      Phrase p = phrase_after(words, 1);  // "Said Ellis: ..."
      if (!p.empty()) return {resolver_.resolve(words, p), std::string(words[i].text)};
      return {};
    }
    if (i > 0 && words[i - 1].text == "," && lower.ends_with("ing")) {
      // "..., Trump attacked Clinton ..., saying, "...": the clause's subject speaks.
      Speaker s = clause_subject(words, i);
      if (!s.empty()) return {s, std::string(words[i].text)};
    }
    if (lower == "according" || lower == "quoted") {
      const std::size_t from = cue_end(words, i);
      if (lower == "according" && from == i + 1) return {};
      Phrase p = phrase_after(words, from);
      if (!p.empty()) return {resolver_.resolve(words, p), cue_text(words, i, d_.text)};
      return {};
    }
    Phrase subject = subject_before(words, i);
    if (subject.empty()) {
      // "The Republican nominee also outlined his plan and vowed to ...".
      std::size_t k = i;
      while (k > 0 && !words[k - 1].punct &&
             (lowercase(words[k - 1].text) == "also" || lowercase(words[k - 1].text) == "then"))
        --k;
      if (k > 0 && lowercase(words[k - 1].text) == "and") {
        Speaker s = clause_subject(words, i);
        if (s.named()) return {s, cue_text(words, i, d_.text)};
      }
      return {};
    }
    Speaker speaker = resolver_.resolve(words, subject);
    // "tweets", "reports", "claims" are nouns as often as verbs: only a
    // person or organisation makes them cues.
    const bool agent = speaker.type == "PER" || speaker.type == "ORG";
    if (!agent &&
        (lower == "tweets" || lower == "reports" || lower == "claims" || lower == "calls")) {
      return {};
    }
    // "Trump unleashed a series of tweets early Friday saying ...".
    if (!agent && lower.ends_with("ing")) {
      Speaker s = clause_subject(words, i);
      if (s.named()) return {s, cue_text(words, i, d_.text)};
    }
    return {speaker, cue_text(words, i, d_.text)};
  }

  // The subject of the clause that ends at words[cue]: after an opening
  // phrase ("During a speech, Trump ..."), the first person or organisation
  // named, or a pronoun.
  Speaker clause_subject(const std::vector<Word>& words, std::size_t cue) const {
    std::size_t k = 0;
    static const std::vector<std::string> kOpeners{
        "during", "in",   "on",       "at",      "after", "before", "following",
        "while",  "when", "speaking", "earlier", "later", "asked"};
    if (!words.empty() &&
        std::find(kOpeners.begin(), kOpeners.end(), lowercase(words[0].text)) != kOpeners.end()) {
      while (k < cue && words[k].text != ",") ++k;
      ++k;
    }
    if (k >= cue) return {};
    if (is_pronoun(lowercase(words[k].text)))
      return resolver_.pronoun(lowercase(words[k].text), words[k].start);
    const std::size_t limit = std::min(cue, k + 8);
    return resolver_.first_named(words[k].start, words[limit - 1].end);
  }

  // The attribution after the quote: ", Lavrov said", ", said Lavrov", "he
  // said", ", Flynn, a top Trump surrogate, said", "― Pamela Padilla", or at
  // the end of the sentence: "... is held accountable, Warren said."
  Attribution after(const std::vector<Word>& words) const {
    std::size_t i = 0;
    while (i < words.size() && words[i].text == ",") ++i;
    if (i >= words.size()) return {};
    if (is_dash(words[i])) {
      Phrase p = phrase_after(words, i + 1);
      if (!p.empty() && words[p.first].capitalised) return {resolver_.resolve(words, p), ""};
      return {};
    }
    if (words[i].punct) return {};
    if (is_cue(words[i])) {
      const std::size_t from = cue_end(words, i);
      Phrase p = phrase_after(words, from);
      if (!p.empty()) return {resolver_.resolve(words, p), cue_text(words, i, d_.text)};
      return {};
    }
    for (std::size_t c = i + 1; c < words.size() && c < i + 25; ++c) {
      // Commas of appositions, and the period of "R-Ky." before one.
      const bool inner_period =
          words[c].text == "." && c + 1 < words.size() && words[c + 1].text == ",";
      if (words[c].punct && words[c].text != "," && !inner_period) break;
      if (!is_cue(words[c])) continue;
      Phrase subject = subject_before(words, c);
      if (!subject.empty() && subject.first == i)
        return {resolver_.resolve(words, subject), cue_text(words, c, d_.text)};
      break;
    }
    // ", Warren said." closing the sentence.
    std::size_t comma = words.size();
    for (std::size_t k = words.size(); k-- > i;) {
      if (words[k].text == ",") {
        comma = k;
        break;
      }
    }
    if (comma == words.size()) return {};
    for (std::size_t c = comma + 2; c < words.size() && c < comma + 14; ++c) {
      if (words[c].punct) return {};
      if (!is_cue(words[c])) continue;
      Phrase subject = subject_before(words, c);
      if (subject.empty() || subject.first != comma + 1) return {};
      for (std::size_t k = c + 1; k < words.size(); ++k) {
        if (!words[k].punct && words[k].capitalised == false && k > c + 3) return {};
      }
      return {resolver_.resolve(words, subject), cue_text(words, c, d_.text)};
    }
    return {};
  }

  // A quoted sentence standing alone after a sentence about someone:
  // "Sanders identified young voters' exhaustion ... . "The younger people
  // are ..."". The person the sentence before is about (its subject, a
  // named person or a pronoun for one) is taken to speak.
  Attribution subject_of_sentence(const std::vector<Word>& words) const {
    // "― Christina Olidem": the credit line of a quote in a list.
    if (words.empty() || is_dash(words[0])) return {};
    const std::string first = lowercase(words[0].text);
    if (first == "he" || first == "she") {
      Speaker s = resolver_.pronoun(first, words[0].start);
      return s.named() && s.type == "PER" ? Attribution{s, ""} : Attribution{};
    }
    // The first person named early in the sentence ("His former business
    // partner at Lenox, Lawrence B. Cummings, called him ...").
    // Not one after a preposition ("... Thoughts On Donald Trump", "at Lenox").
    static const std::vector<std::string> kPrepositions{"on",   "of",   "at",    "in",      "to",
                                                        "for",  "with", "about", "against", "by",
                                                        "from", "than", "like",  "and",     "or"};
    const std::size_t limit = std::min<std::size_t>(words.size(), 14);
    for (std::size_t i = 0; i < limit; ++i) {
      const auto e =
          std::find_if(d_.entities.begin(), d_.entities.end(),
                       [&](const EntityMention& m) { return m.span.start == words[i].start; });
      if (e == d_.entities.end() || e->type != "PER") continue;
      const bool object = i > 0 && identity::listed(kPrepositions, lowercase(words[i - 1].text));
      if (object) continue;
      Speaker s = resolver_.of_entity(*e);
      return s.named() && s.type == "PER" ? Attribution{s, ""} : Attribution{};
    }
    return {};
  }

  static bool is_dash(const Word& w) {
    return w.text == "\u2015" || w.text == "\u2014" || w.text == "\u2013" || w.text == "-";
  }

  // "He also "confirmed ..."": a subject and nothing else before the quote.
  Attribution bare_subject(const std::vector<Word>& words) const {
    if (words.empty() || words.size() > 6) return {};
    for (const auto& w : words) {
      if (w.punct) return {};
    }
    std::size_t last = words.size();
    static const std::vector<std::string> kAdverbs{"also", "then", "later", "further", "again"};
    while (last > 0 && std::find(kAdverbs.begin(), kAdverbs.end(),
                                 lowercase(words[last - 1].text)) != kAdverbs.end()) {
      --last;
    }
    if (last == 0 || last == words.size()) return {};
    Speaker s = resolver_.resolve(words, {0, last});
    if (!s.named()) return {};
    return {s, ""};
  }

 private:
  const Document& d_;
  const SpeakerResolver& resolver_;
};

struct Found {
  Quote quote;
  bool term = false;
  std::size_t paragraph = 0;
  bool closed = true;
};

Quote make_quote(const Document& d, Span span, const Attribution& a, std::string kind) {
  Quote q;
  q.text = d.text.substr(span.start, span.end - span.start);
  q.span = span;
  q.speaker = a.speaker.name;
  q.speaker_cluster = a.speaker.cluster;
  q.cue = a.cue;
  q.kind = std::move(kind);
  return q;
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
      while (j < words.size() && j < i + 10 && words[j].text != ")") ++j;
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

}  // namespace

void find_quotes(Document& d, const std::vector<Cluster>& clusters) {
  d.quotes.clear();
  d.terms.clear();
  const std::string_view text = d.text;
  const auto paras = paragraphs(text);
  const auto segments = quoted_segments(text, paras);
  const SpeakerResolver resolver(d, clusters, segments);
  const Attributor attributor(d, resolver);
  std::vector<std::vector<Span>> sentences_of(paras.size());
  for (std::size_t p = 0; p < paras.size(); ++p) sentences_of[p] = sentences(text, paras[p]);

  std::vector<Span> all_sentences;
  for (const auto& sents : sentences_of)
    all_sentences.insert(all_sentences.end(), sents.begin(), sents.end());
  std::vector<Span> unquoted;
  for (const auto& sentence : all_sentences) {
    const bool has_quote = std::any_of(segments.begin(), segments.end(), [&](const Segment& s) {
      return s.open < sentence.end && s.close >= sentence.start;
    });
    if (!has_quote) unquoted.push_back(sentence);
  }
  std::vector<Quote> reported = reported_speech(d, unquoted, resolver);

  std::vector<Found> found;
  for (std::size_t k = 0; k < segments.size(); ++k) {
    const Segment& s = segments[k];
    const auto& sents = sentences_of[s.paragraph];
    const Span open_sentence = sentence_at(sents, s.open);
    std::size_t pre_from = open_sentence.start;
    if (k > 0 && segments[k - 1].paragraph == s.paragraph && segments[k - 1].close >= pre_from) {
      pre_from = segments[k - 1].close + 1;
    }
    pre_from = boundary(text, pre_from);
    const auto pre_local = without_parentheticals(words_in(text, pre_from, s.open));
    const auto pre =
        without_parentheticals(unquoted_words(text, segments, open_sentence.start, s.open));
    std::vector<Word> post;
    const auto inner = words_in(text, s.inner.start, s.inner.end);
    const bool ends_sentence = !inner.empty() && inner.back().text == ".";
    if (s.closed) {
      const std::size_t from = boundary(text, s.close + 1);
      std::size_t post_to = ends_sentence ? paras[s.paragraph].end : sentence_at(sents, from).end;
      // Up to the next quote; a quoted nickname or word ("Marcia "Cia" Price") does not count.
      for (std::size_t n = k + 1; n < segments.size() && segments[n].paragraph == s.paragraph;
           ++n) {
        if (word_count(words_in(text, segments[n].inner.start, segments[n].inner.end)) > 1) {
          post_to = std::min(post_to, segments[n].open);
          break;
        }
      }
      post = without_quote_marks(without_parentheticals(words_in(text, from, post_to)));
      // After a full stop only "― Pamela Padilla" or "he said" still belong to the quote.
      if (ends_sentence && !post.empty() && !Attributor::is_dash(post.front()) &&
          (post.front().punct || post.front().capitalised)) {
        post.clear();
      }
    }
    const std::size_t count = word_count(inner);

    Attribution a = attributor.before(pre);
    if (!a.found()) a = attributor.after(post);
    if (!a.found()) a = attributor.bare_subject(pre_local);
    const bool starts_sentence = word_count(pre_local) == 0;
    if (!a.found() && starts_sentence && s.open == paras[s.paragraph].start && s.paragraph > 0) {
      // "Clinton said:" closing the paragraph before.
      const Span previous = paras[s.paragraph - 1];
      const std::string_view line = text.substr(previous.start, previous.end - previous.start);
      if (line.ends_with(":")) {
        const Span last = sentence_at(sentences_of[s.paragraph - 1], previous.end - 1);
        a = attributor.before(without_parentheticals(words_in(text, last.start, previous.end)));
      }
    }
    const bool term = count <= 1 || (count <= 3 && !a.found());
    Found f{make_quote(d, s.inner, a, "direct"), term, s.paragraph, s.closed};
    if (!term && !a.found()) {
      // A quote that continues the one before it: same paragraph, or a new
      // paragraph after a quote left open.
      const Found* previous = nullptr;
      for (auto it = found.rbegin(); it != found.rend(); ++it) {
        if (!it->term) {
          previous = &*it;
          break;
        }
      }
      const Quote* before = nullptr;
      if (previous &&
          (previous->paragraph == s.paragraph ||
           (starts_sentence && !previous->closed && previous->paragraph + 1 == s.paragraph))) {
        before = &previous->quote;
      }
      // "..., Schiff said. "The other factor ...": reported speech just before.
      for (const auto& r : reported) {
        if (r.span.end <= s.open && r.span.start >= paras[s.paragraph].start &&
            (!before || r.span.start > before->span.start)) {
          before = &r;
        }
      }
      if (before) {
        f.quote.speaker = before->speaker;
        f.quote.speaker_cluster = before->speaker_cluster;
        f.quote.cue = before->cue;
      } else if (starts_sentence && s.closed && ends_sentence && post.empty()) {
        // A whole quoted sentence with nobody credited: the person the
        // sentence before it is about, in its paragraph or the one before.
        const Span open = sentence_at(sents, s.open);
        std::optional<Span> previous_sentence;
        for (const auto& sentence : sents) {
          if (sentence.end <= open.start) previous_sentence = sentence;
        }
        if (!previous_sentence && s.paragraph > 0 && !sentences_of[s.paragraph - 1].empty()) {
          previous_sentence = sentences_of[s.paragraph - 1].back();
        }
        // A sentence with a quote of its own: "..., he said." goes on
        // speaking; a list ("..." ― Christina Olidem) does not.
        const Found* quoted = nullptr;
        for (const auto& other : found) {
          if (previous_sentence && !other.term && other.quote.span.start < previous_sentence->end &&
              other.quote.span.end > previous_sentence->start) {
            quoted = &other;
          }
        }
        if (quoted) {
          if (!quoted->quote.cue.empty()) {
            f.quote.speaker = quoted->quote.speaker;
            f.quote.speaker_cluster = quoted->quote.speaker_cluster;
          }
        } else if (previous_sentence) {
          const auto words = without_parentheticals(
              unquoted_words(text, segments, previous_sentence->start, previous_sentence->end));
          const Attribution subject = attributor.subject_of_sentence(words);
          if (subject.found()) {
            f.quote.speaker = subject.speaker.name;
            f.quote.speaker_cluster = subject.speaker.cluster;
          }
        }
      }
    }
    found.push_back(std::move(f));
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
