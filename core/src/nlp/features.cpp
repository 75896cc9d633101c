#include "nlp/features.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "nlp/hash.hpp"
#include "text/utf8.hpp"

namespace presslens::nlp {
namespace {

// Template ids: the first byte hashed into each key.
enum Template : std::uint8_t {
  kBias = 1,
  kWord,
  kLower,
  kLowerPrev,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kBigramPrev,
  kBigramNext,
  kShape,
  kShortShape,
  kShapePrev,
  kShapeNext,
  kShapeTri,
  kPrefix,
  kSuffix,
  kSentenceStart,
  kHeadline,
  kWordPrev,
  kWordNext,
  kGazetteer,
  kGazetteerPrev,
  kGazetteerNext,
  kDocCase,
  kDocRun,
  kHistory,
  kHistorySet,
  kHistoryPrev,
  kRunHead,
  kRunFirst,
  kRunPosition,
  kHistoryNext,
  kFlags,
};

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
      } else if (c >= 'A' && c <= 'Z') {
        info.gazetteer_form.push_back(static_cast<char>(c + 32));
        info.lower.push_back(static_cast<char>(c + 32));
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
    const UChar32 lower = u_tolower(c);
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

class Keys {
 public:
  explicit Keys(std::vector<std::uint32_t>& out) : out_(out) {}
  void add(Template id, std::string_view a = {}, std::string_view b = {}, std::string_view c = {}) {
    std::uint64_t hash = fnv1a_byte(id, kFnvOffset);
    hash = fnv1a_byte(0x1F, fnv1a(a, hash));
    hash = fnv1a_byte(0x1F, fnv1a(b, hash));
    out_.push_back(fold_key(fnv1a(c, hash)));
  }

 private:
  std::vector<std::uint32_t>& out_;
};

// Gazetteer matches: per token, the lists of the entries that begin at it,
// continue through it, or are exactly it.
struct Marks {
  ListMask begin = 0, inside = 0, unit = 0;
};

std::vector<Marks> match_gazetteer(const std::vector<WordInfo>& info, std::size_t begin,
                                   std::size_t end, const Gazetteer& gazetteer,
                                   const GazetteerExclusions* exclusions) {
  std::vector<Marks> marks(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    std::uint64_t hash = kFnvOffset;
    for (std::size_t n = 1; n <= kMaxEntryTokens && i + n <= end; ++n) {
      hash = extend_entry_hash(hash, info[i + n - 1].gazetteer_form, n == 1);
      const std::uint32_t key = fold_key(hash);
      ListMask mask = gazetteer.lookup(key);
      if (mask == 0) continue;
      if (exclusions) {
        if (auto it = exclusions->find(key); it != exclusions->end()) mask &= ~it->second;
      }
      if (n == 1) {
        marks[i - begin].unit |= mask;
        continue;
      }
      marks[i - begin].begin |= mask;
      for (std::size_t k = 1; k < n; ++k) marks[i + k - begin].inside |= mask;
    }
  }
  return marks;
}

void add_list_keys(Keys& keys, Template id, const Marks& marks, std::string_view cap) {
  static constexpr std::string_view kBits = "0123456789abcdef";
  for (int bit = 0; bit < kMaxLists; ++bit) {
    const std::string_view name = kBits.substr(bit, 1);
    if (marks.begin >> bit & 1) keys.add(id, name, "B", cap);
    if (marks.inside >> bit & 1) keys.add(id, name, "I", cap);
    if (marks.unit >> bit & 1) keys.add(id, name, "U", cap);
  }
}

// Document-wide case evidence: for each lowercase form, whether it was seen
// capitalised or lowercase where case is informative (not sentence-initial,
// not in an all-caps headline), and its places in runs of capitalised words.
struct CaseEvidence {
  std::uint16_t capitalised = 0, lower = 0;
  std::uint8_t run_positions = 0;  // 1 first, 2 inside, 4 last of a run of 2+
};

bool is_connector(std::string_view lower) {
  for (std::string_view c : {"of", "for", "and", "de", "the", "on", "la", "du", "der", "von", "van",
                             "del", "al", "bin", "&"}) {
    if (lower == c) return true;
  }
  return false;
}

// Runs of capitalised words, joined by connectors ("National Coalition for
// Syrian Revolutionary and Opposition Forces"): each token of a run of two or
// more learns the run's last word (its head), its first word and its place.
struct Run {
  std::size_t first = 0, last = 0;  // token indices, inclusive; first > last: none
};

std::vector<Run> capitalised_runs(const std::vector<WordInfo>& info, std::size_t begin,
                                  std::size_t end) {
  std::vector<Run> runs(end - begin, Run{1, 0});
  for (std::size_t i = begin; i < end;) {
    if (!info[i].capitalised) {
      ++i;
      continue;
    }
    std::size_t last = i;
    for (std::size_t j = i + 1; j < end; ++j) {
      if (info[j].capitalised) {
        last = j;
      } else if (!is_connector(info[j].lower)) {
        break;
      }
    }
    if (last > i) {
      for (std::size_t k = i; k <= last; ++k) runs[k - begin] = Run{i, last};
    }
    i = last + 1;
  }
  return runs;
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

std::uint64_t word_id(const WordInfo& info, std::string_view word) {
  return fnv1a(std::string_view(info.gazetteer_form).substr(particle_length(word)));
}

}  // namespace

std::string_view iob2_name(int tag) {
  static constexpr std::array<std::string_view, kTagCount> kIob2{
      "O",     "B-PER", "I-PER", "I-PER", "B-PER",  "B-ORG",  "I-ORG",  "I-ORG", "B-ORG",
      "B-LOC", "I-LOC", "I-LOC", "B-LOC", "B-MISC", "I-MISC", "I-MISC", "B-MISC"};
  return kIob2[static_cast<std::size_t>(tag)];
}

std::string lowercase(std::string_view word) {
  return describe(word).gazetteer_form;
}

DocumentFeatures extract_features(const TokenDocument& document, const Gazetteer& gazetteer,
                                  const GazetteerExclusions* exclusions) {
  const std::size_t n = document.words.size();
  std::vector<WordInfo> info;
  info.reserve(n);
  for (const auto& word : document.words) info.push_back(describe(word));

  DocumentFeatures out;
  out.offsets.reserve(n + 1);
  out.keys.reserve(n * 48);
  out.word_ids.reserve(n);
  out.capitalised.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    out.word_ids.push_back(word_id(info[i], document.words[i]));
    out.capitalised.push_back(info[i].capitalised ? 1 : 0);
  }

  std::vector<bool> headline(document.sentence_starts.size());
  std::vector<bool> informative(n, false);
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    bool letters = false, lower = false;
    for (std::size_t i = begin; i < end; ++i) {
      letters |= info[i].has_letter;
      lower |= info[i].has_lower;
    }
    headline[s] = letters && !lower;
    for (std::size_t i = begin + 1; i < end && !headline[s]; ++i) {
      informative[i] = info[i].has_letter && !(i > begin && document.words[i - 1] == "\"");
    }
  }
  std::unordered_map<std::uint64_t, CaseEvidence> evidence;  // lookups only
  for (std::size_t i = 0; i < n; ++i) {
    if (!informative[i]) continue;
    auto& e = evidence[out.word_ids[i]];
    (info[i].capitalised ? e.capitalised : e.lower) += 1;
  }
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    if (headline[s]) continue;
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    for (std::size_t i = begin; i < end;) {
      std::size_t j = i;
      while (j < end && info[j].capitalised) ++j;
      if (j - i >= 2) {
        for (std::size_t k = i; k < j; ++k) {
          evidence[out.word_ids[k]].run_positions |= k == i ? 1 : (k + 1 == j ? 4 : 2);
        }
      }
      i = j == i ? i + 1 : j;
    }
  }

  static const std::string kStart = "<s>", kEnd = "</s>";
  for (std::size_t s = 0; s < document.sentence_starts.size(); ++s) {
    const std::size_t begin = document.sentence_starts[s], end = document.sentence_end(s);
    const auto marks = match_gazetteer(info, begin, end, gazetteer, exclusions);
    const auto runs =
        headline[s] ? std::vector<Run>(end - begin, Run{1, 0}) : capitalised_runs(info, begin, end);
    const auto lower_at = [&](std::size_t i, int d) -> const std::string& {
      const auto j = static_cast<std::ptrdiff_t>(i) + d;
      if (j < static_cast<std::ptrdiff_t>(begin)) return kStart;
      if (j >= static_cast<std::ptrdiff_t>(end)) return kEnd;
      return info[static_cast<std::size_t>(j)].lower;
    };
    const auto shape_at = [&](std::size_t i, int d) -> const std::string& {
      const auto j = static_cast<std::ptrdiff_t>(i) + d;
      if (j < static_cast<std::ptrdiff_t>(begin)) return kStart;
      if (j >= static_cast<std::ptrdiff_t>(end)) return kEnd;
      return info[static_cast<std::size_t>(j)].short_shape;
    };
    for (std::size_t i = begin; i < end; ++i) {
      out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
      Keys keys(out.keys);
      const WordInfo& w = info[i];
      const std::string_view word = document.words[i];
      const std::string_view cap = w.capitalised ? "C" : "c";
      keys.add(kBias);
      keys.add(kWord, word);
      keys.add(kLower, w.lower);
      keys.add(kLowerPrev, lower_at(i, -1));
      keys.add(kLowerNext, lower_at(i, 1));
      keys.add(kLowerPrev2, lower_at(i, -2));
      keys.add(kLowerNext2, lower_at(i, 2));
      keys.add(kBigramPrev, lower_at(i, -1), w.lower);
      keys.add(kBigramNext, w.lower, lower_at(i, 1));
      keys.add(kShape, w.shape);
      keys.add(kShortShape, w.short_shape);
      keys.add(kShapePrev, shape_at(i, -1), w.short_shape);
      keys.add(kShapeNext, w.short_shape, shape_at(i, 1));
      keys.add(kShapeTri, shape_at(i, -1), w.short_shape, shape_at(i, 1));
      for (std::size_t k = 1; k <= 4 && k < word.size(); ++k) {
        keys.add(kPrefix, word.substr(0, k));
        keys.add(kSuffix,
                 std::string_view(w.lower).substr(w.lower.size() - std::min(k, w.lower.size())));
      }
      if (i == begin) keys.add(kSentenceStart, w.short_shape);
      if (headline[s]) keys.add(kHeadline, w.lower);
      keys.add(kWordPrev, i > begin ? std::string_view(document.words[i - 1]) : kStart);
      keys.add(kWordNext, i + 1 < end ? std::string_view(document.words[i + 1]) : kEnd);
      keys.add(kFlags, cap, headline[s] ? "H" : "h", i == begin ? "S" : "s");
      add_list_keys(keys, kGazetteer, marks[i - begin], cap);
      if (i > begin) add_list_keys(keys, kGazetteerPrev, marks[i - 1 - begin], "");
      if (i + 1 < end) add_list_keys(keys, kGazetteerNext, marks[i + 1 - begin], "");
      if (const Run run = runs[i - begin]; run.first <= run.last) {
        const std::size_t length = run.last - run.first + 1;
        const char place[3] = {i == run.first ? 'B' : (i == run.last ? 'E' : 'I'),
                               static_cast<char>('0' + std::min<std::size_t>(length, 5)), 0};
        keys.add(kRunPosition, place);
        keys.add(kRunHead, info[run.last].lower, i == run.last ? "E" : "");
        if (i != run.first) keys.add(kRunFirst, info[run.first].lower);
      }
      if (w.has_letter) {
        const auto it = evidence.find(out.word_ids[i]);
        CaseEvidence e = it == evidence.end() ? CaseEvidence{} : it->second;
        if (informative[i]) (w.capitalised ? e.capitalised : e.lower) -= 1;  // not itself
        const char seen[3] = {e.capitalised ? 'C' : '-', e.lower ? 'L' : '-', 0};
        keys.add(kDocCase, seen, informative[i] ? "i" : "u", cap);
        if (w.capitalised) {
          const char places[2] = {static_cast<char>('0' + e.run_positions), 0};
          keys.add(kDocRun, places);
        }
      }
    }
  }
  out.offsets.push_back(static_cast<std::uint32_t>(out.keys.size()));
  return out;
}

// The majority type ("PER"... or "O") a word got so far, or "" if unseen.
std::string_view PredictionHistory::majority(std::uint64_t word_id, char* seen) const {
  const auto it = counts_.find(word_id);
  if (it == counts_.end()) return {};
  const auto& counts = it->second;
  int best = 0;
  for (int t = 0; t < 5; ++t) {
    if (counts[t] > counts[best]) best = t;
    seen[t] = counts[t] ? static_cast<char>('0' + t) : '-';
  }
  seen[5] = 0;
  return best == 4 ? "O" : kTypes[static_cast<std::size_t>(best)];
}

void PredictionHistory::features(const DocumentFeatures& document, std::size_t begin,
                                 std::size_t end, std::size_t i,
                                 std::vector<std::uint32_t>& out) const {
  if (!document.capitalised[i]) return;
  Keys keys(out);
  char seen[6];
  if (const auto type = majority(document.word_ids[i], seen); !type.empty()) {
    keys.add(kHistory, type);
    keys.add(kHistorySet, seen);
  }
  if (i > begin) {
    if (const auto type = majority(document.word_ids[i - 1], seen); !type.empty()) {
      keys.add(kHistoryPrev, type);
    }
  }
  if (i + 1 < end) {
    if (const auto type = majority(document.word_ids[i + 1], seen); !type.empty()) {
      keys.add(kHistoryNext, type);
    }
  }
}

void PredictionHistory::record(const DocumentFeatures& document, std::size_t begin, std::size_t end,
                               const int* tags) {
  for (std::size_t i = begin; i < end; ++i) {
    const int type = type_of(tags[i - begin]);
    if (!document.capitalised[i] && type < 0) continue;
    auto& counts = counts_[document.word_ids[i]];
    auto& count = counts[type < 0 ? 4 : type];
    if (count < 0xFFFF) ++count;
  }
}

}  // namespace presslens::nlp
