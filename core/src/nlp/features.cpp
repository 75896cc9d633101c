#include "nlp/features.hpp"

#include <algorithm>
#include <bit>
#include <charconv>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "nlp/feature_keys.hpp"
#include "text/case.hpp"
#include "text/hash.hpp"
#include "text/utf8.hpp"

namespace presslens::nlp {
namespace {

struct WordInfo {
  std::string lower;  // lowercase, digits as 0
  std::string gazetteer_form;
  std::string shape;
  std::string short_shape;
  bool capitalised = false;
  bool has_letter = false;
  bool has_lower = false;
  bool has_digit = false;
};

WordInfo describe(std::string_view word) {
  WordInfo info;
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  bool first = true;
  for (std::int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {  // ASCII: the same answers as ICU's, without the lookups
      const char c = static_cast<char>(s[i++]);
      char shape = c;
      if (c >= '0' && c <= '9') {
        info.gazetteer_form.push_back(c);
        info.lower.push_back('0');
        info.has_digit = true;
        shape = 'd';
      } else if (text::is_ascii_upper(c)) {
        info.gazetteer_form.push_back(text::ascii_lower(c));
        info.lower.push_back(text::ascii_lower(c));
        info.has_letter = true;
        if (first) info.capitalised = true;
        shape = 'X';
      } else {
        info.gazetteer_form.push_back(c);
        info.lower.push_back(c);
        if (c >= 'a' && c <= 'z') {
          info.has_letter = info.has_lower = true;
          shape = 'x';
        }
      }
      first = false;
      if (info.shape.size() < 12) info.shape.push_back(shape);
      if (info.short_shape.empty() || info.short_shape.back() != shape)
        info.short_shape.push_back(shape);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    const auto lower = static_cast<UChar32>(text::lower(static_cast<char32_t>(c)));
    text::append_utf8(info.gazetteer_form, static_cast<char32_t>(lower));
    char shape;
    if (u_isdigit(c)) {
      info.lower.push_back('0');
      info.has_digit = true;
      shape = 'd';
    } else {
      text::append_utf8(info.lower, static_cast<char32_t>(lower));
      if (u_isupper(c) || u_istitle(c)) {
        shape = 'X';
        info.has_letter = true;
        if (first) info.capitalised = true;
      } else if (u_isalpha(c)) {
        shape = 'x';
        info.has_letter = info.has_lower = true;
      } else {
        shape = c < 0x80 ? static_cast<char>(c) : '*';
      }
    }
    first = false;
    if (info.shape.size() < 12) info.shape.push_back(shape);
    if (info.short_shape.empty() || info.short_shape.back() != shape)
      info.short_shape.push_back(shape);
  }
  return info;
}

bool is_connector(std::string_view lower) {
  for (std::string_view c : {"of", "for", "and", "de", "the", "on", "la", "du", "der", "von", "van",
                             "del", "al", "bin", "&"}) {
    if (lower == c) return true;
  }
  return false;
}

// "al-Moualem" and "Moualem" are the same name to the document-level
// features: a lowercase Arabic article ("al-", "el-") is
// dropped. Returns the bytes to drop, or 0.
std::size_t particle_length(std::string_view word) {
  for (std::string_view particle : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"}) {
    if (word.starts_with(particle) && word.size() > particle.size() + 1) return particle.size();
  }
  return 0;
}

ListMask lookup(const Gazetteer& gazetteer, const GazetteerExclusions* exclusions,
                std::uint32_t key) {
  ListMask mask = gazetteer.lookup(key);
  if (mask != 0 && exclusions) {
    if (auto it = exclusions->find(key); it != exclusions->end()) mask &= ~it->second;
  }
  return mask;
}

// A distinct spelling in the document, with what its tokens' keys start from.
// Words 0 and 1 stand for the edges of a sentence ("<s>", "</s>" as every
// string), where a token's neighbours would be.
struct Word {
  std::string_view text;
  WordInfo info;
  bool connector = false;
  std::uint32_t name = 0;        // index of its name (lowercase, without "al-")
  std::uint64_t entry_hash = 0;  // its gazetteer hash as the first token of an entry
  ListMask unit = 0;             // the lists it is an entry of by itself
  std::uint32_t fine_class = WordClasses::kNone;
  std::uint64_t bigram_prev = 0;  // start_key(kBigramPrev, lower): as the previous word
  std::uint64_t bigram_next = 0;  // start_key(kBigramNext, lower)
  std::uint64_t shape_prev = 0;   // start_key(kShapePrev, short shape): as the previous word
  std::uint64_t shape_next = 0;   // start_key(kShapeNext, short shape)
  std::uint64_t shape_tri = 0;    // start_key(kShapeTri, short shape): as the previous word
};
constexpr std::uint32_t kStartWord = 0, kEndWord = 1;

// Each token's word, from the word numbers: what a pointer a token (eight
// bytes more) would give.
class TokenWords {
 public:
  TokenWords(const std::vector<Word>& words, const std::vector<std::uint32_t>& numbers)
      : words_(words), numbers_(numbers) {}
  const Word* operator[](std::size_t i) const { return &words_[numbers_[i]]; }
  std::size_t size() const { return numbers_.size(); }

 private:
  const std::vector<Word>& words_;
  const std::vector<std::uint32_t>& numbers_;
};

void start_states(Word& w) {
  w.bigram_prev = start_key(kBigramPrev, w.info.lower);
  w.bigram_next = start_key(kBigramNext, w.info.lower);
  w.shape_prev = start_key(kShapePrev, w.info.short_shape);
  w.shape_next = start_key(kShapeNext, w.info.short_shape);
  w.shape_tri = start_key(kShapeTri, w.info.short_shape);
}

Word edge_word(std::string_view marker) {
  Word w;
  w.text = marker;
  w.info.lower = w.info.short_shape = std::string(marker);
  start_states(w);
  return w;
}

// The word's class at each level, as this word or as a neighbour's (role
// kClass, kClassPrev or kClassNext; two words away they did not help:
// docs/ner.md). A word with letters outside the table is rare, which says
// something too ("none").
void add_class_keys(Keys& keys, const Word& w, const WordClasses& classes, Template role) {
  if (classes.levels().empty()) return;
  if (w.fine_class == WordClasses::kNone) {
    if (w.info.has_letter) keys.add(role, "none");
    return;
  }
  for (std::size_t level = 0; level < classes.levels().size(); ++level) {
    const char name[2] = {static_cast<char>('0' + level), 0};
    char number[12];  // the class in decimal, as std::to_string writes it, with no string made
    const auto written =
        std::to_chars(number, number + sizeof number, classes.at_level(w.fine_class, level));
    keys.add(role, name, std::string_view(number, static_cast<std::size_t>(written.ptr - number)));
  }
}

// A word's keys, one list per role (none of its own for an edge).
void add_word_lists(const Word& w, bool edge, const WordClasses& classes, DocumentFeatures& out) {
  Keys keys(out.word_keys);
  const WordInfo& info = w.info;
  if (!edge) {
    keys.add(kBias);
    keys.add(kWord, w.text);
    keys.add(kLower, info.lower);
    keys.add(kShape, info.shape);
    keys.add(kShortShape, info.short_shape);
    for (std::size_t k = 1; k <= 4 && k < w.text.size(); ++k) {
      keys.add(kPrefix, w.text.substr(0, k));
      keys.add(
          kSuffix,
          std::string_view(info.lower).substr(info.lower.size() - std::min(k, info.lower.size())));
    }
    add_class_keys(keys, w, classes, kClass);
  }
  out.word_offsets.push_back(static_cast<std::uint32_t>(out.word_keys.size()));
  keys.add(kLowerPrev, info.lower);
  keys.add(kWordPrev, w.text);
  add_class_keys(keys, w, classes, kClassPrev);
  out.word_offsets.push_back(static_cast<std::uint32_t>(out.word_keys.size()));
  keys.add(kLowerNext, info.lower);
  keys.add(kWordNext, w.text);
  add_class_keys(keys, w, classes, kClassNext);
  out.word_offsets.push_back(static_cast<std::uint32_t>(out.word_keys.size()));
  keys.add(kLowerPrev2, info.lower);
  out.word_offsets.push_back(static_cast<std::uint32_t>(out.word_keys.size()));
  keys.add(kLowerNext2, info.lower);
  out.word_offsets.push_back(static_cast<std::uint32_t>(out.word_keys.size()));
}

// The document's distinct spellings (and names), each described once.
class Vocabulary {
 public:
  Vocabulary(const Gazetteer& gazetteer, const WordClasses& classes,
             const GazetteerExclusions* exclusions)
      : gazetteer_(gazetteer), classes_(classes), exclusions_(exclusions) {
    word_slots_.assign(64, kEmpty);
    name_slots_.assign(64, kEmpty);
    spellings_ = {"<s>", "</s>"};
  }

  // The word of a spelling, numbered in order of first sight; described
  // once all are seen (describe_words), and so held at their number.
  std::uint32_t word_of(std::string_view text) {
    if (spellings_.size() * 2 >= word_slots_.size()) {
      grow(word_slots_, kEndWord + 1, spellings_.size(),
           [&](std::size_t w) { return text::fold_key(text::fnv1a(spellings_[w])); });
    }
    const std::uint32_t mask = static_cast<std::uint32_t>(word_slots_.size() - 1);
    std::uint32_t slot = text::slot_of(text::fold_key(text::fnv1a(text)), mask);
    for (; word_slots_[slot] != kEmpty; slot = (slot + 1) & mask) {
      if (spellings_[word_slots_[slot]] == text) return word_slots_[slot];
    }
    word_slots_[slot] = static_cast<std::uint32_t>(spellings_.size());
    spellings_.push_back(text);
    return word_slots_[slot];
  }

  // Describes every word seen, the edges first.
  void describe_words() {
    words.reserve(spellings_.size());
    words.push_back(edge_word(spellings_[kStartWord]));
    words.push_back(edge_word(spellings_[kEndWord]));
    for (std::size_t w = kEndWord + 1; w < spellings_.size(); ++w) {
      words.push_back(describe_word(spellings_[w]));
    }
  }

  // Frees the tables that find a spelling's word, once all are described.
  void forget_spellings() {
    std::vector<std::uint32_t>().swap(word_slots_);
    std::vector<std::uint32_t>().swap(name_slots_);
    std::vector<std::string_view>().swap(spellings_);
    std::vector<std::uint64_t>().swap(names);
  }

  std::vector<Word> words;
  std::vector<std::uint64_t> names;  // the hash of each name

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

  Word describe_word(std::string_view text) {
    Word w;
    w.text = text;
    w.info = describe(text);
    // "al-Nusra" and "el-Sisi" are capitalised names behind a lowercase
    // article: capitalised, and shaped as their name ("Xxxxx", not the "x-Xx"
    // of "pro-Western").
    if (const std::size_t particle = particle_length(text);
        particle > 0 && text[particle] >= 'A' && text[particle] <= 'Z') {
      const WordInfo stem = describe(text.substr(particle));
      w.info.capitalised = true;
      w.info.shape = stem.shape;
      w.info.short_shape = stem.short_shape;
    }
    w.connector = is_connector(w.info.lower);
    w.name =
        name_of(text::fnv1a(std::string_view(w.info.gazetteer_form).substr(particle_length(text))));
    w.entry_hash = extend_entry_hash(text::kFnvOffset, w.info.gazetteer_form, true);
    w.unit = lookup(gazetteer_, exclusions_, text::fold_key(w.entry_hash));
    w.fine_class = classes_.fine_class(text::fold_key(w.entry_hash));
    start_states(w);
    return w;
  }

  std::uint32_t name_of(std::uint64_t hash) {
    if (names.size() * 2 >= name_slots_.size()) {
      grow(name_slots_, 0, names.size(), [&](std::size_t n) { return text::fold_key(names[n]); });
    }
    const std::uint32_t mask = static_cast<std::uint32_t>(name_slots_.size() - 1);
    std::uint32_t slot = text::slot_of(text::fold_key(hash), mask);
    for (; name_slots_[slot] != kEmpty; slot = (slot + 1) & mask) {
      if (names[name_slots_[slot]] == hash) return name_slots_[slot];
    }
    name_slots_[slot] = static_cast<std::uint32_t>(names.size());
    names.push_back(hash);
    return name_slots_[slot];
  }

  // The tables that find a word or name by its hash are kept at most half
  // full, grown as the document's words are seen (not sized for all its
  // tokens): `slots` twice as large, entries [first, count) placed again.
  template <class KeyOf>
  static void grow(std::vector<std::uint32_t>& slots, std::size_t first, std::size_t count,
                   KeyOf key_of) {
    std::vector<std::uint32_t> larger(slots.size() * 2, kEmpty);
    const auto mask = static_cast<std::uint32_t>(larger.size() - 1);
    for (std::size_t id = first; id < count; ++id) {
      std::uint32_t slot = text::slot_of(key_of(id), mask);
      while (larger[slot] != kEmpty) slot = (slot + 1) & mask;
      larger[slot] = static_cast<std::uint32_t>(id);
    }
    slots.swap(larger);
  }

  const Gazetteer& gazetteer_;
  const WordClasses& classes_;
  const GazetteerExclusions* exclusions_;
  std::vector<std::uint32_t> word_slots_, name_slots_;
  std::vector<std::string_view> spellings_;  // per word
};

// Gazetteer matches: per token, the lists of the entries that begin at it,
// continue through it, or are exactly it.
struct Marks {
  ListMask begin = 0, inside = 0, unit = 0;
};

void match_gazetteer(const std::vector<Word>& words, const std::vector<std::uint32_t>& token_words,
                     std::size_t begin, std::size_t end, const Gazetteer& gazetteer,
                     const GazetteerExclusions* exclusions, std::vector<Marks>& marks) {
  marks.assign(end - begin, Marks{});
  for (std::size_t i = begin; i < end; ++i) {
    const Word& first = words[token_words[i]];
    marks[i - begin].unit |= first.unit;
    // The keys of the entries that may begin here, asked of the memory
    // together before they are looked up.
    std::uint32_t keys[kMaxEntryTokens + 1];
    std::uint64_t hash = first.entry_hash;
    for (std::size_t n = 2; n <= kMaxEntryTokens && i + n <= end; ++n) {
      hash = extend_entry_hash(hash, words[token_words[i + n - 1]].info.gazetteer_form, false);
      keys[n] = text::fold_key(hash);
      gazetteer.prefetch(keys[n]);
    }
    for (std::size_t n = 2; n <= kMaxEntryTokens && i + n <= end; ++n) {
      const ListMask mask = lookup(gazetteer, exclusions, keys[n]);
      if (mask == 0) continue;
      marks[i - begin].begin |= mask;
      for (std::size_t k = 1; k < n; ++k) marks[i + k - begin].inside |= mask;
    }
  }
}

void add_list_keys(Keys& keys, const std::uint32_t (&table)[kMaxLists][3], const Marks& marks) {
  for (unsigned any = marks.begin | marks.inside | marks.unit; any != 0; any &= any - 1) {
    const int bit = std::countr_zero(any);
    if (marks.begin >> bit & 1) keys.push(table[bit][0]);
    if (marks.inside >> bit & 1) keys.push(table[bit][1]);
    if (marks.unit >> bit & 1) keys.push(table[bit][2]);
  }
}

// Document-wide case evidence: for each name, whether it was seen
// capitalised or lowercase where case is informative (not sentence-initial,
// not in an all-caps headline), and its places in runs of capitalised words.
struct CaseEvidence {
  std::uint16_t capitalised = 0, lower = 0;
  std::uint8_t run_positions = 0;  // 1 first, 2 inside, 4 last of a run of 2+
};

// Runs of capitalised words, joined by connectors ("National Coalition for
// Syrian Revolutionary and Opposition Forces"): each token of a run of two or
// more learns the run's last word (its head), its first word and its place.
struct Run {
  std::size_t first = 0, last = 0;  // token indices, inclusive; first > last: none
};

void capitalised_runs(const TokenWords& tokens, std::size_t begin, std::size_t end,
                      std::vector<Run>& runs) {
  runs.assign(end - begin, Run{1, 0});
  for (std::size_t i = begin; i < end;) {
    if (!tokens[i]->info.capitalised) {
      ++i;
      continue;
    }
    std::size_t last = i;
    for (std::size_t j = i + 1; j < end; ++j) {
      if (tokens[j]->info.capitalised) {
        last = j;
      } else if (!tokens[j]->connector) {
        break;
      }
    }
    if (last > i) {
      for (std::size_t k = i; k <= last; ++k) runs[k - begin] = Run{i, last};
    }
    i = last + 1;
  }
}

// What every sentence of the document shares: which are all-caps headlines,
// which tokens' case is informative, and the case evidence of every name.
struct DocumentContext {
  std::vector<bool> headline;     // per sentence
  std::vector<bool> informative;  // per token
  std::vector<CaseEvidence> evidence;
};

DocumentContext document_context(const TokenDocument& document, const TokenWords& tokens,
                                 std::size_t names) {
  const std::size_t n = tokens.size();
  DocumentContext c{std::vector<bool>(document.sentence_starts.size()), std::vector<bool>(n, false),
                    std::vector<CaseEvidence>(names)};
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    bool letters = false, lower = false;
    for (std::size_t i = begin; i < end; ++i) {
      letters |= tokens[i]->info.has_letter;
      lower |= tokens[i]->info.has_lower;
    }
    c.headline[s] = letters && !lower;
    for (std::size_t i = begin + 1; i < end && !c.headline[s]; ++i) {
      c.informative[i] = tokens[i]->info.has_letter && document.words[i - 1] != "\"";
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!c.informative[i]) continue;
    auto& e = c.evidence[tokens[i]->name];
    (tokens[i]->info.capitalised ? e.capitalised : e.lower) += 1;
  }
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    if (c.headline[s]) continue;
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    for (std::size_t i = begin; i < end;) {
      std::size_t j = i;
      while (j < end && tokens[j]->info.capitalised) ++j;
      if (j - i >= 2) {
        for (std::size_t k = i; k < j; ++k) {
          c.evidence[tokens[k]->name].run_positions |= k == i ? 1 : (k + 1 == j ? 4 : 2);
        }
      }
      i = j == i ? i + 1 : j;
    }
  }
  return c;
}

// One sentence, as the context keys of its tokens see it.
struct Sentence {
  std::size_t begin = 0, end = 0;
  bool headline = false;
  ListMask noun_lists = 0;  // the lists of common nouns by kind
  std::vector<Marks> marks;
  std::vector<Run> runs;
};

// The keys of token i that depend on more than its spelling; `p` and `q` are
// the words before and after it (or the edges).
void add_context_keys(std::size_t i, const Sentence& sentence, const Word& p, const Word& q,
                      const TokenWords& tokens, const DocumentContext& context,
                      std::vector<std::uint32_t>& out) {
  const FixedKeys& fixed = fixed_keys();
  const std::size_t begin = sentence.begin, end = sentence.end;
  const Word& w = *tokens[i];
  const bool cap = w.info.capitalised;
  Keys keys(out);
  keys.push(finish_key(p.bigram_prev, w.info.lower));
  keys.push(finish_key(w.bigram_next, q.info.lower));
  keys.push(finish_key(p.shape_prev, w.info.short_shape));
  keys.push(finish_key(w.shape_next, q.info.short_shape));
  keys.push(finish_key(p.shape_tri, w.info.short_shape, q.info.short_shape));
  if (i == begin) keys.add(kSentenceStart, w.info.short_shape);
  if (sentence.headline) keys.add(kHeadline, w.info.lower);
  keys.push(fixed.flags[cap][sentence.headline][i == begin]);
  // A list match says more of a capitalised word than of a lowercase one.
  add_list_keys(keys, fixed.lists[0][cap], sentence.marks[i - begin]);
  if (i > begin) {
    add_list_keys(keys, fixed.lists[1][p.info.capitalised], sentence.marks[i - 1 - begin]);
  }
  if (i + 1 < end) {
    add_list_keys(keys, fixed.lists[2][q.info.capitalised], sentence.marks[i + 1 - begin]);
  }
  // The class of the common noun before the name this token is part of, or
  // before the comma that sets the name beside it ("the city Aleppo", "a
  // faction, Jabhat al-Nusra"): lists of nouns by kind (WordNet's).
  const Run run = sentence.runs[i - begin];
  std::size_t first = run.first <= run.last ? run.first : i;
  if (first > begin + 1 && tokens[first - 1]->text == ",") --first;
  if (cap && first > begin && !tokens[first - 1]->info.capitalised) {
    Marks noun = sentence.marks[first - 1 - begin];
    noun.begin &= sentence.noun_lists;
    noun.inside &= sentence.noun_lists;
    noun.unit &= sentence.noun_lists;
    add_list_keys(keys, fixed.lists[3][0], noun);
  }
  if (run.first <= run.last) {
    const std::size_t length = std::min<std::size_t>(run.last - run.first + 1, 5);
    const int place = i == run.first ? 0 : (i == run.last ? 2 : 1);
    keys.push(fixed.run_position[place][length - 2]);
    keys.add(kRunHead, tokens[run.last]->info.lower, i == run.last ? "E" : "");
    if (i != run.first) keys.add(kRunFirst, tokens[run.first]->info.lower);
  }
  if (w.info.has_letter) {
    CaseEvidence e = context.evidence[w.name];
    const bool informative = context.informative[i];
    if (informative) (cap ? e.capitalised : e.lower) -= 1;  // not itself
    keys.push(fixed.doc_case[e.capitalised != 0][e.lower != 0][informative][cap]);
    if (cap) keys.push(fixed.doc_run[e.run_positions]);
  }
}

}  // namespace

std::string_view iob2_name(int tag) {
  static constexpr std::array<std::string_view, kTagCount> kIob2{
      "O",     "B-PER", "I-PER", "I-PER", "B-PER",  "B-ORG",  "I-ORG",  "I-ORG", "B-ORG",
      "B-LOC", "I-LOC", "I-LOC", "B-LOC", "B-MISC", "I-MISC", "I-MISC", "B-MISC"};
  return kIob2[static_cast<std::size_t>(tag)];
}

void DocumentFeatures::token_keys(std::size_t i, std::vector<std::uint32_t>& out) const {
  for (int role = 0; role < kRoleCount; ++role) {
    const std::size_t list = sources[i * kRoleCount + role] * kRoleCount + role;
    out.insert(out.end(), word_keys.begin() + word_offsets[list],
               word_keys.begin() + word_offsets[list + 1]);
  }
  out.insert(out.end(), keys.begin() + offsets[i], keys.begin() + offsets[i + 1]);
}

struct FeatureExtractor::State {
  State(const TokenDocument& d, const Gazetteer& g, const WordClasses& c,
        const GazetteerExclusions* e)
      : document(d), gazetteer(g), classes(c), exclusions(e), vocabulary(g, c, e) {}
  const TokenDocument& document;
  const Gazetteer& gazetteer;
  const WordClasses& classes;
  const GazetteerExclusions* exclusions;
  Vocabulary vocabulary;
  std::vector<std::uint32_t> token_words;  // per token: its word
  TokenWords tokens{vocabulary.words, token_words};
  DocumentContext context;
  Sentence sentence;  // the sentence start_sentence() read: its marks and runs
};

FeatureExtractor::FeatureExtractor(const TokenDocument& document, const Gazetteer& gazetteer,
                                   const WordClasses& classes,
                                   const GazetteerExclusions* exclusions)
    : state_(std::make_unique<State>(document, gazetteer, classes, exclusions)) {
  State& state = *state_;
  const std::size_t n = document.words.size();
  Vocabulary& vocabulary = state.vocabulary;
  state.token_words.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    state.token_words.push_back(vocabulary.word_of(document.words[i]));
  vocabulary.describe_words();
  features_.name_count = static_cast<std::uint32_t>(vocabulary.names.size());
  vocabulary.forget_spellings();
  const std::vector<Word>& words = vocabulary.words;

  features_.names.reserve(n);
  features_.capitalised.reserve(n);
  for (const auto number : state.token_words) {
    const Word* w = &words[number];
    features_.names.push_back(w->name);
    features_.capitalised.push_back(w->info.capitalised ? 1 : 0);
  }
  state.context = document_context(document, state.tokens, features_.name_count);
  state.sentence.noun_lists = gazetteer.lists_named(kNounListPrefix);
}

FeatureExtractor::~FeatureExtractor() = default;

std::size_t FeatureExtractor::word_count() const {
  return state_->vocabulary.words.size();
}

void FeatureExtractor::word_lists(std::size_t w, DocumentFeatures& out) const {
  add_word_lists(state_->vocabulary.words[w], w <= kEndWord, state_->classes, out);
}

void FeatureExtractor::start_sentence(std::size_t s) {
  State& state = *state_;
  Sentence& sentence = state.sentence;
  sentence.begin = state.document.sentence_starts[s];
  sentence.end = state.document.sentence_end(s);
  sentence.headline = state.context.headline[s];
  match_gazetteer(state.vocabulary.words, state.token_words, sentence.begin, sentence.end,
                  state.gazetteer, state.exclusions, sentence.marks);
  if (sentence.headline) {
    sentence.runs.assign(sentence.end - sentence.begin, Run{1, 0});
  } else {
    capitalised_runs(state.tokens, sentence.begin, sentence.end, sentence.runs);
  }
}

void FeatureExtractor::token(std::size_t i, std::uint32_t (&sources)[kRoleCount],
                             std::vector<std::uint32_t>& keys) const {
  const State& state = *state_;
  const Sentence& sentence = state.sentence;
  const std::vector<std::uint32_t>& token_words = state.token_words;
  // The word d tokens away, or the sentence edge.
  const auto at = [&](int d, std::uint32_t edge) {
    const std::size_t j = i + static_cast<std::size_t>(d);  // wraps below 0
    return j >= sentence.begin && j < sentence.end ? token_words[j] : edge;
  };
  sources[kOwn] = token_words[i];
  sources[kAsPrevious] = at(-1, kStartWord);
  sources[kAsNext] = at(1, kEndWord);
  sources[kAsPrevious2] = at(-2, kStartWord);
  sources[kAsNext2] = at(2, kEndWord);
  const std::vector<Word>& words = state.vocabulary.words;
  add_context_keys(i, sentence, words[sources[kAsPrevious]], words[sources[kAsNext]], state.tokens,
                   state.context, keys);
}

DocumentFeatures extract_features(const TokenDocument& document, const Gazetteer& gazetteer,
                                  const WordClasses& classes,
                                  const GazetteerExclusions* exclusions) {
  FeatureExtractor extractor(document, gazetteer, classes, exclusions);
  DocumentFeatures& out = extractor.document();
  out.word_offsets.assign(1, 0);
  for (std::size_t w = 0; w < extractor.word_count(); ++w) extractor.word_lists(w, out);
  const std::size_t n = document.words.size();
  out.sources.reserve(n * kRoleCount);
  out.offsets.reserve(n + 1);
  out.keys.reserve(n * 24);
  std::uint32_t sources[kRoleCount];
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    extractor.start_sentence(s);
    for (std::size_t i = document.sentence_starts[s]; i < document.sentence_end(s); ++i) {
      out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
      extractor.token(i, sources, out.keys);
      out.sources.insert(out.sources.end(), std::begin(sources), std::end(sources));
    }
  }
  out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
  return std::move(out);
}

namespace {

// The type ("PER"... or "O", 4) a name got most so far, and the types it got
// (a bit each).
int majority(const std::array<std::uint16_t, 5>& counts) {
  int best = 0;
  for (int t = 1; t < 5; ++t) {
    if (counts[t] > counts[best]) best = t;
  }
  return best;
}

int types_seen(const std::array<std::uint16_t, 5>& counts) {
  int seen = 0;
  for (int t = 0; t < 5; ++t) seen |= counts[t] ? 1 << t : 0;
  return seen;
}

}  // namespace

void PredictionHistory::features(const DocumentFeatures& document, std::size_t begin,
                                 std::size_t end, std::size_t i,
                                 std::vector<std::uint32_t>& out) const {
  if (!document.capitalised[i]) return;
  const FixedKeys& fixed = fixed_keys();
  if (const Counts& counts = counts_[document.names[i]]; types_seen(counts)) {
    out.push_back(fixed.history[0][majority(counts)]);
    out.push_back(fixed.history_set[types_seen(counts)]);
  }
  if (i > begin) {
    if (const Counts& counts = counts_[document.names[i - 1]]; types_seen(counts)) {
      out.push_back(fixed.history[1][majority(counts)]);
    }
  }
  if (i + 1 < end) {
    if (const Counts& counts = counts_[document.names[i + 1]]; types_seen(counts)) {
      out.push_back(fixed.history[2][majority(counts)]);
    }
  }
}

void PredictionHistory::record(const DocumentFeatures& document, std::size_t begin, std::size_t end,
                               const int* tags) {
  for (std::size_t i = begin; i < end; ++i) {
    const int type = type_of(tags[i - begin]);
    if (!document.capitalised[i] && type < 0) continue;
    auto& count = counts_[document.names[i]][type < 0 ? 4 : static_cast<std::size_t>(type)];
    if (count < 0xFFFF) ++count;
  }
}

}  // namespace presslens::nlp
