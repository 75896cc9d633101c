#include "attribution/units.hpp"

#include <algorithm>
#include <stdexcept>

#include "text/case.hpp"
#include "text/offsets.hpp"
#include "text/room.hpp"
#include "text/words.hpp"

namespace presslens::attribution {
namespace {

constexpr std::string_view kOpen = "\u201C";   // “
constexpr std::string_view kClose = "\u201D";  // ”
// quote_marks_end cuts a text before the sentence holding a mark when the
// sentence starts at most this far before it, else at the mark.
constexpr std::size_t kNearSentenceStart = 4096;

bool is_space(char c) {
  return c == ' ' || c == '\n';
}

Span trimmed(std::string_view text, std::size_t from, std::size_t to) {
  while (from < to && is_space(text[from])) ++from;
  while (to > from && is_space(text[to - 1])) --to;
  return text::make_span(from, to);
}

// A second curly opening mark at `at`, inside a quote, opens a quote
// inside it when two closing marks follow before the next opening mark
// (“... “your team” needs ...”); with one, the first quote was left open
// and this one starts anew. `text` ends with the paragraph.
bool nested_at(std::string_view text, std::size_t at) {
  std::size_t closings = 0;
  for (std::size_t i = at + kOpen.size(); i < text.size() && closings < 2; ++i) {
    if (text.compare(i, kOpen.size(), kOpen) == 0) break;
    if (text.compare(i, kClose.size(), kClose) == 0) ++closings;
  }
  return closings >= 2;
}

}  // namespace

Paragraphs paragraphs(std::string_view text) {
  text::offset32(text.size(), "a text of 4 GB or more");
  // Counted first, so that the list is made at its size: grown, it held up
  // to three times its room at once.
  const auto each = [text](auto&& emit) {
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) emit(text::make_span(start, end));
      start = end + 1;
    }
  };
  std::size_t count = 0;
  each([&](const Span&) { ++count; });
  Paragraphs out;
  out.items_.reserve(count);
  each([&](const Span& p) {
    out.items_.push_back({static_cast<std::uint32_t>(p.start), static_cast<std::uint32_t>(p.end)});
  });
  return out;
}

std::size_t Paragraphs::first_ending_after(std::size_t at) const {
  const auto p = std::partition_point(items_.begin(), items_.end(),
                                      [at](const Packed& x) { return x.end <= at; });
  return static_cast<std::size_t>(p - items_.begin());
}

std::size_t Paragraphs::last_starting_at(std::size_t at) const {
  const auto p = std::partition_point(items_.begin(), items_.end(),
                                      [at](const Packed& x) { return x.start <= at; });
  return p == items_.begin() ? 0 : static_cast<std::size_t>(p - items_.begin()) - 1;
}

std::vector<Segment> quoted_segments(std::string_view text, const Paragraphs& paragraphs) {
  std::vector<Segment> out;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    bool open = false;
    std::size_t open_at = 0;
    std::size_t open_len = 0;
    for (std::size_t i = para.start; i < para.end;) {
      bool curly_open = text.substr(i, kOpen.size()) == kOpen;
      bool curly_close = text.substr(i, kClose.size()) == kClose;
      if (curly_close && i == para.start &&
          text.substr(0, para.end).find(kClose, i + kClose.size()) != std::string_view::npos) {
        // "” … in the case of Wyoming, ...,” wrote Time": nothing is open
        // at a paragraph's start, so its closing mark is a mistyped opening one.
        curly_open = true;
        curly_close = false;
      }
      const bool straight = text[i] == '"';
      const std::size_t length = curly_open ? kOpen.size() : curly_close ? kClose.size() : 1;
      if (straight && !open && i > para.start && text[i - 1] == '=') {
        // An attribute's value in code (className="flex"), not a quote:
        // passed over up to its closing mark.
        const std::size_t close = text.substr(0, para.end).find('"', i + 1);
        i = close == std::string_view::npos ? i + 1 : close + 1;
        continue;
      }
      if (straight && !open && i > para.start && text[i - 1] >= '0' && text[i - 1] <= '9') {
        // 12.87" x 5.55": an inch mark (no quote opens right after a digit).
        ++i;
        continue;
      }
      if (curly_open && open && nested_at(text.substr(0, para.end), i)) {
        // “... “your team” needs ...”: a quote inside the quote, part of it.
        i = text.find(kClose, i + kOpen.size()) + kClose.size();
        continue;
      }
      if (curly_open || (straight && !open)) {
        open = true;  // a second opening mark restarts the segment
        open_at = i;
        open_len = length;
      } else if (open && (curly_close || straight)) {
        const Span inner = trimmed(text, open_at + open_len, i);
        if (inner.end > inner.start) out.push_back({open_at, i, inner, true, p});
        open = false;
      }
      i += length;
    }
    if (open) {
      const Span inner = trimmed(text, open_at + open_len, para.end);
      if (inner.end > inner.start) out.push_back({open_at, para.end, inner, false, p});
    }
  }
  return out;
}

std::size_t quote_marks_end(std::string_view text, const std::vector<Span>& sentences,
                            std::size_t max_marks) {
  std::size_t marks = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool mark = text[i] == '"' || text.substr(i, kOpen.size()) == kOpen ||
                      text.substr(i, kClose.size()) == kClose;
    if (!mark || ++marks <= max_marks) continue;
    // The mark past the last allowed: the text up to it, or to the end of
    // the sentence before it when that is near.
    const Span sentence = sentence_at(sentences, i);
    return sentence.start < i && i - sentence.start <= kNearSentenceStart ? sentence.start : i;
  }
  return text.size();
}

std::size_t word_count(const std::vector<Word>& words) {
  return static_cast<std::size_t>(
      std::count_if(words.begin(), words.end(), [](const Word& w) { return !w.punct; }));
}

void ParagraphSentences::add_own(std::size_t paragraph, std::span<const Span> sentences) {
  owners_.push_back({text::offset32(paragraph, "2^32 paragraphs or more"),
                     text::offset32(own_.size(), "2^32 sentences or more"),
                     static_cast<std::uint32_t>(sentences.size())});  // within one paragraph
  own_.insert(own_.end(), sentences.begin(), sentences.end());
}

std::span<const Span> ParagraphSentences::of(std::size_t paragraph, Span place) const {
  auto o = std::lower_bound(owners_.begin(), owners_.end(), paragraph,
                            [](const Own& own, std::size_t p) { return own.paragraph < p; });
  if (o != owners_.end() && o->paragraph == paragraph)
    return std::span<const Span>(own_).subspan(o->first, o->count);
  // As read_units found them: from the first that ends after the
  // paragraph's start to the first that starts at or after its end.
  const auto first = std::upper_bound(document_.begin(), document_.end(), place.start,
                                      [](std::size_t at, const Span& s) { return at < s.end; });
  const auto next = std::lower_bound(first, document_.end(), place.end,
                                     [](const Span& s, std::size_t at) { return s.start < at; });
  return {first, next};
}

void ParagraphSentences::fit() {
  text::give_back_room(owners_);
  text::give_back_room(own_);
}

std::size_t sentence_index(std::span<const Span> sentences, std::size_t at) {
  if (sentences.empty()) return 0;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](std::size_t a, const Span& s) { return a < s.end; });
  if (it == sentences.end()) --it;
  return static_cast<std::size_t>(it - sentences.begin());
}

Span sentence_at(std::span<const Span> sentences, std::size_t at) {
  return sentences.empty() ? text::make_span(at, at) : sentences[sentence_index(sentences, at)];
}

WordTable::WordTable(std::string_view text) : text_(text) {
  text::offset32(text.size(), "a text of 4 GB or more");
  // Read a word at a time (text::each_word_in): only one text::Word is
  // held, whatever the length of a line.
  text::each_word_in(text, 0, text.size(), [&](const Word& w) {
    const std::size_t length = w.end - w.start;
    if (length >> (32 - kFlagBits) != 0) throw std::length_error("a word of 256 MB or more");
    const auto flags = (w.punct ? punct : 0) | (w.capitalised ? capitalised : 0) |
                       (w.possessive ? possessive : 0) | (w.joined ? joined : 0);
    add({static_cast<std::uint32_t>(w.start),
         static_cast<std::uint32_t>(length << kFlagBits | static_cast<unsigned>(flags))});
  });
}

void WordTable::add(const Packed& p) {
  if (size_ == capacity_) {
    blocks_.emplace_back(new Packed[kBlock]);
    capacity_ += kBlock;
  }
  blocks_[size_ >> kBlockBits][size_ & (kBlock - 1)] = p;
  ++size_;
}

Word WordTable::operator[](std::size_t i) const {
  const Packed& p = at(i);
  Word w;
  w.start = p.start;
  w.end = p.start + (p.length_flags >> kFlagBits);
  w.text = text_.substr(w.start, w.end - w.start);
  w.lower = text::ascii_lower(w.text);
  w.punct = (p.length_flags & punct) != 0;
  w.capitalised = (p.length_flags & capitalised) != 0;
  w.possessive = (p.length_flags & possessive) != 0;
  w.joined = (p.length_flags & joined) != 0;
  return w;
}

std::size_t WordTable::lower_bound(std::size_t lo, std::size_t hi, std::size_t at_byte) const {
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (at(mid).start < at_byte)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

std::size_t WordTable::first_at(std::size_t at_byte, std::size_t near) const {
  // Galloping from `near` to a range that holds the answer, then halving it:
  // the steps grow with the distance, not with the text.
  const std::size_t n = size_;
  near = std::min(near, n);
  std::size_t lo = 0, hi = n;  // the answer is in [lo, hi]
  if (near < n && at(near).start < at_byte) {
    std::size_t step = 1;
    lo = near + 1;
    while (lo + step < n && at(lo + step - 1).start < at_byte) {
      lo += step;
      step *= 2;
    }
    hi = std::min(n, lo + step);
  } else {
    std::size_t step = 1;
    hi = near;
    while (hi >= step && at(hi - step).start >= at_byte) {
      hi -= step;
      step *= 2;
    }
    lo = hi >= step ? hi - step : 0;
  }
  return lower_bound(lo, hi, at_byte);
}

std::size_t WordTable::first_at(std::size_t at_byte) const {
  return lower_bound(0, size_, at_byte);
}

std::size_t TextUnits::word_at(std::size_t at) const {
  return words.first_at(at);
}

std::vector<Word> TextUnits::slice(std::size_t first, std::size_t last) const {
  std::vector<Word> out;
  out.reserve(last - first);
  for (std::size_t i = first; i < last; ++i) out.push_back(words[i]);
  return out;
}

std::vector<Word> TextUnits::words_in(std::size_t from, std::size_t to) const {
  return slice(word_at(from), word_at(to));
}

bool TextUnits::quoted(std::size_t at) const {
  // The last segment opening at or before `at` is the only one that may hold it.
  auto it = std::upper_bound(segments.begin(), segments.end(), at,
                             [](std::size_t a, const Segment& s) { return a < s.open; });
  return it != segments.begin() && at <= std::prev(it)->close;
}

std::vector<Word> TextUnits::unquoted(std::size_t first, std::size_t last) const {
  std::vector<Word> out;
  if (first >= last) return out;
  out.reserve(last - first);
  // As quoted(), with the segments walked alongside the words: `next` is the
  // first segment opening after the word.
  auto next = std::upper_bound(segments.begin(), segments.end(), words.start(first),
                               [](std::size_t a, const Segment& s) { return a < s.open; });
  for (std::size_t i = first; i < last; ++i) {
    const std::size_t at = words.start(i);
    while (next != segments.end() && next->open <= at) ++next;
    if (next == segments.begin() || at > std::prev(next)->close) out.push_back(words[i]);
  }
  return out;
}

std::size_t TextUnits::paragraph_at(std::size_t at) const {
  return paragraphs.last_starting_at(at);
}

TextUnits read_units(std::string_view text, const std::vector<Span>& sentences) {
  TextUnits u;
  u.words = WordTable(text);
  u.paragraphs = paragraphs(text);
  u.segments = quoted_segments(text, u.paragraphs);
  // The document's sentences by paragraph: where they lie inside it (a
  // sentence never spans a line break), as the document holds them.
  u.sentences = ParagraphSentences(sentences);
  auto next = sentences.begin();
  std::vector<Span> in;  // a paragraph's, cut to it
  for (std::size_t k = 0; k < u.paragraphs.size(); ++k) {
    const Span p = u.paragraphs[k];
    while (next != sentences.end() && next->end <= p.start) ++next;
    const auto first = next;
    bool inside = true;
    for (; next != sentences.end() && next->start < p.end; ++next)
      inside = inside && next->start >= p.start && next->end <= p.end;
    if (next != first && inside) continue;  // found among the document's when asked
    in.clear();
    for (auto s = first; s != next; ++s)
      in.push_back({std::max(s->start, p.start), std::min(s->end, p.end)});
    if (in.empty()) in.push_back(trimmed(text, p.start, p.end));
    u.sentences.add_own(k, in);
  }
  u.sentences.fit();                 // held while attribution runs
  text::give_back_room(u.segments);  // held while attribution runs
  u.inner_words.reserve(u.segments.size());
  for (const auto& s : u.segments)
    u.inner_words.push_back(word_count(u.words_in(s.inner.start, s.inner.end)));
  u.next_quote.assign(u.segments.size(), kNone);
  for (std::size_t k = u.segments.size(); k-- > 1;) {
    if (u.segments[k].paragraph != u.segments[k - 1].paragraph) continue;
    u.next_quote[k - 1] = u.inner_words[k] > 1 ? k : u.next_quote[k];
  }
  return u;
}

}  // namespace presslens::attribution
