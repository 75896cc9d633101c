#include "nlp/entities.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <iterator>
#include <string>
#include <unordered_set>

#include "nlp/conll.hpp"
#include "nlp/tagger.hpp"
#include "nlp/tokenize.hpp"
#include "text/case.hpp"
#include "text/hash.hpp"
#include "text/lexicon.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace presslens::nlp {
namespace {

// A long text is tagged in parts of about this many bytes, cut between
// paragraphs (or, in a paragraph longer than that, between sentences or
// words): the tagger's per-word tables then stay the size of one part.
// News articles are far shorter, and are tagged whole.
constexpr std::size_t kPartBytes = 256 * 1024;
// ... and of about this many words and marks at most: the tokenizer and the
// tagger hold some 80 bytes a token and its word (test_memory.cpp). Prose
// has one every 5 bytes (some 52,000 in a part); a text of marks (a storm
// of `"x" `) three every 4.
constexpr std::size_t kPartTokens = 65536;
// The tagger reads a sentence at a time, and holds each of its words' best
// paths, context and lower-case form: a longer "sentence" is read in runs
// of this many words. The longest in the 1,000-article benchmark corpus,
// WCXB's pages and PolNeAR-train has 356; CoNLL-2003's (eng.train), 113.
constexpr std::size_t kMaxSentenceTokens = 512;
// No name runs longer: CoNLL-2003's longest has 10 words. A longer run of
// capitalised words is a headline in title case, or no text at all.
constexpr std::size_t kMaxNameTokens = 16;
constexpr std::size_t kMaxNameBytes = 256;

// The words of the warnings find_entities() writes (is_entities_warning).
constexpr std::string_view kSkipped = "named entities skipped: ";
constexpr std::string_view kLimited = "names limited to the first ";
constexpr std::string_view kNotTaken = " words not taken for a name";

// The places of the document's headings in its text, in order.
std::vector<Span> heading_spans(const Document& document) {
  std::vector<Span> spans;
  for (const auto& block : document.blocks) {
    if (block.kind == BlockKind::heading && block.in_text) spans.push_back(*block.in_text);
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  return spans;
}

bool in_heading(const std::vector<Span>& headings, Span span) {
  auto it = std::upper_bound(headings.begin(), headings.end(), span.start,
                             [](std::size_t offset, const Span& s) { return offset < s.start; });
  if (it == headings.begin()) return false;
  --it;
  return it->start <= span.start && span.end <= it->end;
}

// Invisible characters that change how a name looks without being part of it:
// bidi controls (which can reverse it on screen), zero-width joiners and
// spaces, soft hyphens, word joiners. Their UTF-8 length at `i`, or 0.
std::size_t invisible_at(std::string_view text, std::size_t i) {
  const auto rest = text.substr(i);
  if (rest.starts_with("\u00ad") || rest.starts_with("\u061c")) return 2;
  if (rest.size() < 3) return 0;
  const auto b1 = static_cast<unsigned char>(rest[1]), b2 = static_cast<unsigned char>(rest[2]);
  const auto lead = static_cast<unsigned char>(rest[0]);
  if (lead == 0xE2 && b1 == 0x80 && ((b2 >= 0x8B && b2 <= 0x8F) || (b2 >= 0xAA && b2 <= 0xAE)))
    return 3;  // U+200B-200F, U+202A-202E
  if (lead == 0xE2 && b1 == 0x81 && b2 >= 0xA0 && b2 <= 0xA9 && b2 != 0xA5)
    return 3;  // U+2060-2064, U+2066-2069
  if (rest.starts_with("\ufeff")) return 3;
  return 0;
}

std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t width = invisible_at(text, i)) {
      i += width;
    } else {
      out += text[i++];
    }
  }
  return out;
}

struct Counts {
  std::size_t too_long = 0;
  std::size_t over_cap = 0;
  std::unordered_set<std::uint64_t> names;  // the different names kept, by their hashes
  std::size_t max_names = 0;
  std::size_t new_over_cap = 0;  // mentions of names past max_names
};

// "I'm", "We're", "It's": a pronoun with a verb, capitalised at the start of
// a quote, is no name, nor the start of one ("I'm Nancy"), whatever the
// tagger saw in it.
bool pronoun_contraction(std::string_view word) {
  constexpr std::string_view kPronouns[]{"i", "we", "you", "they", "he", "she", "it"};
  for (std::string_view apostrophe : {"'", "\u2019"}) {
    const auto at = word.find(apostrophe);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string head = text::lower(word.substr(0, at));
    if (text::listed(kPronouns, head)) return true;
  }
  return false;
}

// The bytes of `text` from `start` (at most `max_bytes`) that hold about
// kPartTokens words and marks, counted as the tokenizer would give them or
// more: a run of letters, digits or non-ASCII characters is one, and so is
// every other byte but a space.
std::size_t bytes_of_tokens(std::string_view text, std::size_t start, std::size_t max_bytes) {
  const std::size_t stop = std::min(text.size(), start + max_bytes);
  std::size_t tokens = 0;
  bool in_word = false;
  for (std::size_t i = start; i < stop; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool word =
        c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if ((word && !in_word) || (!word && !space)) ++tokens;
    in_word = word;
    if (tokens > kPartTokens) return i - start;
  }
  return stop - start;
}

// Tags text[start, end) and adds its entities to `found`.
Status tag_part(const NerModel& model, const Document& document, std::size_t start, std::size_t end,
                const std::vector<Span>& headings, std::size_t max_mentions, Counts& counts,
                std::deque<EntityMention>& found) {
  const std::string_view part = std::string_view(document.text).substr(start, end - start);
  auto tokenized = tokenize(part);
  if (!tokenized) return tokenized.error();
  std::vector<Token> tokens = std::move(tokenized).value();
  for (auto& t : tokens) t.start += start, t.end += start;
  // The document's sentences that meet this part.
  const auto& all = document.sentences;
  auto first = std::upper_bound(all.begin(), all.end(), start,
                                [](std::size_t offset, const Span& s) { return offset < s.end; });
  auto last = std::lower_bound(first, all.end(), end,
                               [](const Span& s, std::size_t offset) { return s.start < offset; });
  const std::vector<Span> sentences(first, last);
  TokenDocument words;
  const auto openers = text::sentence_openers(tokens, sentences);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (openers[i] || (!words.sentence_starts.empty() &&
                       i - words.sentence_starts.back() == kMaxSentenceTokens)) {
      words.sentence_starts.push_back(i);
    }
  }
  // Each token's CoNLL form; the tokens (8 bytes each) stay as their places.
  words.words.reserve(tokens.size(), end - start);
  for (const auto& t : tokens) {
    words.words.push_back(
        conll_form(std::string_view(document.text).substr(t.start, t.end - t.start)));
  }
  const auto tags = tag_document(model, words);
  for (std::size_t s = 0; s < words.sentence_starts.size(); ++s) {
    const std::size_t begin = words.sentence_starts[s];
    for (const auto& e : entity_spans(&tags[begin], words.sentence_end(s) - begin)) {
      const Span span{tokens[begin + e.begin].start, tokens[begin + e.end - 1].end};
      if (e.end - e.begin > kMaxNameTokens || span.end - span.start > kMaxNameBytes) {
        ++counts.too_long;
        continue;
      }
      if (in_heading(headings, span)) continue;
      if (pronoun_contraction(words.words[begin + e.begin])) continue;  // "I’m", "I’m Nancy"
      std::string name =
          visible(std::string_view(document.text).substr(span.start, span.end - span.start));
      if (name.empty()) continue;
      if (found.size() >= max_mentions) {
        ++counts.over_cap;
        continue;
      }
      const std::uint64_t hash = text::fnv1a(name);
      if (counts.names.size() >= counts.max_names && !counts.names.contains(hash)) {
        ++counts.new_over_cap;
        continue;
      }
      counts.names.insert(hash);
      found.push_back({std::move(name), kEntityTypes[static_cast<std::size_t>(e.type)], span, {}});
    }
  }
  return Status::success();
}

}  // namespace

bool is_entities_warning(std::string_view warning) {
  return warning.starts_with(kSkipped) || warning.starts_with(kLimited) ||
         warning.ends_with(kNotTaken);
}

namespace {

// A surname the document gives a person in full ("Matthew Soerens"), written
// alone where the tagger saw no name ("Soerens argued that:"), is a mention
// of a person too: the document is the context of its names, as in the
// taggers with non-local features. Not a word of the language ("Stone",
// "Price" opening a sentence may be the word), nor a word next to another
// capitalised word (a longer name the tagger did not take). Headings too,
// where the tagger takes no name: a short line such as "Cruz continued:" or
// "- Sanders." is one, and names who speaks next.
void add_surname_mentions(const NerModel& model, Document& document, std::size_t max_mentions) {
  std::unordered_set<std::string> surnames;
  for (const auto& e : document.entities) {
    if (e.type != EntityType::person) continue;
    std::size_t words = 0;
    std::string_view last;
    text::each_plain_word(e.text, [&](const text::Word& w) {
      if (w.punct) return;
      ++words;
      last = w.capitalised ? text::without_possessive(w.text) : std::string_view();
    });
    constexpr std::size_t kShortest = 3;
    if (words >= 2 && last.size() >= kShortest) surnames.emplace(last);
  }
  if (surnames.empty()) return;
  const std::string_view t = document.text;
  // A byte of a word: ASCII letters and digits, and any byte of a non-ASCII
  // character (names such as "Gülen").
  const auto word_byte = [&](std::size_t at) {
    const auto c = static_cast<unsigned char>(t[at]);
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  };
  const auto upper = [&](std::size_t at) { return t[at] >= 'A' && t[at] <= 'Z'; };
  // Whether a capitalised word is written right before `at` (one space
  // between), or right after `end`.
  const auto capitalised_before = [&](std::size_t at) {
    if (at < 2 || t[at - 1] != ' ' || !word_byte(at - 2)) return false;
    std::size_t k = at - 2;
    while (k > 0 && word_byte(k - 1)) --k;
    return upper(k);
  };
  const auto capitalised_after = [&](std::size_t end) {
    return end + 1 < t.size() && t[end] == ' ' && upper(end + 1);
  };
  // The surnames that may stand alone, looked up by the words of the text;
  // a surname that is also a word ("May", "Stone") only as the subject of a
  // verb of speech, where the word cannot be: "May said", not "in May said".
  std::unordered_set<std::string_view> wanted, speaking;
  for (const auto& surname : surnames) {
    const std::string lower = text::lower(surname);
    const bool word = model.gazetteer.common_word(lower) || text::month_of(lower) != 0 ||
                      text::weekday_of(lower) != 0;
    (word ? speaking : wanted).insert(surname);
  }
  // No word before `at` but punctuation ("\"...,\" May said", "May said").
  const auto opens_clause = [&](std::size_t at) {
    while (at > 0 && t[at - 1] == ' ') --at;
    return at == 0 || !word_byte(at - 1);
  };
  // A verb of speech right after `end`: "said", "told".
  const auto speech_after = [&](std::size_t end) {
    if (end >= t.size() || t[end] != ' ') return false;
    std::size_t k = end + 1;
    while (k < t.size() && t[k] >= 'a' && t[k] <= 'z') ++k;
    return (k == t.size() || !word_byte(k)) &&
           text::is_reporting_verb(t.substr(end + 1, k - end - 1));
  };
  std::vector<EntityMention> added;
  auto next = document.entities.begin();  // the first mention not ending before the word
  for (std::size_t at = 0; at < t.size() && !(wanted.empty() && speaking.empty());) {
    if (!word_byte(at)) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < t.size() && word_byte(end)) ++end;
    const std::size_t start = at;
    at = end;
    // "Beck’s" is read as one word (its mark is not ASCII): the name is before it.
    if (t.substr(start, end - start).ends_with("\u2019s") && end - start > 4) end -= 4;
    if (!upper(start)) continue;
    const std::string_view word = t.substr(start, end - start);
    if (!wanted.contains(word) &&
        !(speaking.contains(word) && opens_clause(start) && speech_after(end)))
      continue;
    // Joined by a hyphen ("anti-Trump", "a Clinton-Warren ticket") it is
    // part of another word; "Soerens's" is his.
    const bool possessive = t.substr(end).starts_with("'s") || t.substr(end).starts_with("\u2019s");
    const std::size_t after = !possessive ? end : t[end] == '\'' ? end + 2 : end + 4;
    if ((start > 0 && t[start - 1] == '-') || (!possessive && end < t.size() && t[end] == '-'))
      continue;
    if (capitalised_before(start) || capitalised_after(after)) continue;
    while (next != document.entities.end() && next->span.end <= start) ++next;
    if (next != document.entities.end() && next->span.start < end) continue;  // tagged
    if (document.entities.size() + added.size() >= max_mentions) break;
    added.push_back({std::string(word), EntityType::person, text::make_span(start, end), {}});
  }
  if (added.empty()) return;
  std::vector<EntityMention> merged;
  merged.reserve(document.entities.size() + added.size());
  std::merge(
      std::make_move_iterator(document.entities.begin()),
      std::make_move_iterator(document.entities.end()), std::make_move_iterator(added.begin()),
      std::make_move_iterator(added.end()), std::back_inserter(merged),
      [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
  document.entities = std::move(merged);
}

// The acronym in brackets that opens at `open` ("(AI)", "(LLMs)", plural
// allowed), spelt out just before in small letters ("artificial
// intelligence (AI)", "return on investment (ROI)", "search engine
// optimization (SEO)"); empty when it is not, or is spelt out in capitals
// ("the United Nations (UN)") or not at all.
std::string_view spelt_out_acronym(std::string_view text, std::size_t open) {
  constexpr std::size_t kMaxLetters = 6;
  static constexpr std::string_view kBetweenInitials[]{"of", "and", "the", "for", "to", "on", "in"};
  const auto inner = text::bracketed_word(text, open);
  if (!inner) return {};
  std::string_view acronym = inner->text;
  if (acronym.size() > 2 && acronym.back() == 's') acronym.remove_suffix(1);  // "(LLMs)"
  if (acronym.size() < 2 || acronym.size() > kMaxLetters ||
      !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return {};
  // Back from the bracket, a word in small letters for each letter, last
  // first; "of", "and", "the", "for", "to", "on" and "in" may stand between.
  std::size_t at = open, letter = acronym.size();
  while (letter > 0) {
    const auto word = text::word_before(text, at);
    if (!word || word->punct || word->text.empty()) return {};
    const char first = word->text[0];
    if (first < 'a' || first > 'z') return {};
    if (first == acronym[letter - 1] - 'A' + 'a') {
      --letter;
    } else if (!text::listed(kBetweenInitials, word->lower)) {
      return {};
    }
    at = word->start;
  }
  return acronym;
}

// "artificial intelligence (AI)", "large language models (LLMs)": an
// acronym its article spells out in small letters is a term of the
// language, as "GDP" or "NGO" are, not a name (CoNLL tags none); the
// tagger takes such capitals for an organisation ("AI" was one on 1,682
// mentions of WCXB's pages). Its mentions in that article, and those of
// its plural, are dropped.
void drop_spelt_out_terms(Document& document) {
  const std::string_view t = document.text;
  std::unordered_set<std::string_view> terms;
  for (std::size_t open = t.find('('); open != std::string_view::npos;
       open = t.find('(', open + 1)) {
    if (const auto acronym = spelt_out_acronym(t, open); !acronym.empty()) terms.insert(acronym);
  }
  if (terms.empty()) return;
  std::erase_if(document.entities, [&](const EntityMention& e) {
    std::string_view name = e.text;
    if (terms.contains(name)) return true;
    if (name.size() > 2 && name.back() == 's') name.remove_suffix(1);  // "LLMs"
    return terms.contains(name);
  });
}

// "Sen. Marco Rubio (R-Fla.)", "Rep. Tim Kaine, D-Va.": a party's letter
// (Democrat, Republican, Independent) and a state, as US news writes after a
// lawmaker's name, the state by its name, AP's abbreviation or its postal
// code, periods ignored. Neither an organisation nor a name of its own.
bool party_label(std::string_view mention) {
  if (mention.size() < 4 || mention[1] != '-' ||
      (mention[0] != 'D' && mention[0] != 'R' && mention[0] != 'I'))
    return false;
  std::string state;
  for (const char c : mention.substr(2)) {
    if (c != '.') state += text::ascii_lower(c);
  }
  return !text::us_state(state).empty();
}

// Interjections, written with a capital where they open what is said ("Oh,
// he's going to make a mistake", "Whoa."): folded. Two capitals are a
// state's postal code ("Columbus, OH"), not "Oh".
constexpr std::string_view kInterjections[]{"oh",  "ah",    "aha", "alas", "whoa", "wow",
                                            "hey", "uh",    "um",  "hmm",  "oops", "ugh",
                                            "gee", "yikes", "ooh", "aww",  "phew", "huh"};

bool interjection(std::string_view mention) {
  if (mention.size() == 2 && text::is_ascii_upper(mention[1])) return false;
  return mention.size() <= 5 && text::listed(kInterjections, text::ascii_lower(mention));
}

}  // namespace

void find_entities(Document& document) {
  const NerModel* model = loaded_model();
  if (!model || document.text.empty()) return;
  const auto headings = heading_spans(document);
  const std::size_t max_mentions = text::max_mentions(document.text.size());
  Counts counts;
  counts.max_names = text::max_names(document.text.size());
  // The mentions grow a block at a time while the parts are tagged: a list
  // grown by doubling held its old and new room at once (1.5 times the
  // mentions, as the tagger's tables of a part were held too).
  std::deque<EntityMention> found;
  Status status = Status::success();
  for (std::size_t start = 0; start < document.text.size() && status;) {
    const std::size_t bytes = bytes_of_tokens(document.text, start, kPartBytes);
    const std::size_t end = text::part_end(document.text, start, std::max<std::size_t>(bytes, 1));
    status = tag_part(*model, document, start, end, headings, max_mentions, counts, found);
    start = end;
  }
  // Moved to a list of their number, each block let go once it is read.
  document.entities.reserve(found.size());
  while (!found.empty()) {
    document.entities.push_back(std::move(found.front()));
    found.pop_front();
  }
  if (!status) {
    document.warnings.push_back(std::string(kSkipped) + status.error().message);
    return;
  }
  add_surname_mentions(*model, document, max_mentions);
  drop_spelt_out_terms(document);
  std::erase_if(document.entities,
                [](const EntityMention& e) { return party_label(e.text) || interjection(e.text); });
  if (counts.too_long > 0) {
    document.warnings.push_back(
        std::to_string(counts.too_long) +
        (counts.too_long == 1 ? " run of capitalised words" : " runs of capitalised words") +
        " longer than " + std::to_string(kMaxNameTokens) + std::string(kNotTaken));
  }
  if (counts.new_over_cap > 0) {
    document.warnings.push_back(std::string(kLimited) + std::to_string(counts.max_names) +
                                " different names of this document (" +
                                std::to_string(counts.new_over_cap) + " mentions of others)");
  }
  if (counts.over_cap > 0) {
    document.warnings.push_back(std::string(kLimited) + std::to_string(max_mentions) +
                                " mentions of this document (" + std::to_string(counts.over_cap) +
                                " more)");
  }
}

}  // namespace presslens::nlp
