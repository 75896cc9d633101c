// Numbers in the text: digits and words, with qualifiers, percentages,
// money, ordinals and ages.
#include <algorithm>
#include <array>
#include <cmath>

#include "facts/facts.hpp"
#include "facts/number_words.hpp"
#include "facts/scan.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"

namespace presslens::facts {
namespace {

struct Reading {
  std::size_t end = 0;  // one past the last token read
  double value = 0;
  NumberKind kind = NumberKind::cardinal;
  std::string unit;
  Qualifier qualifier = Qualifier::none;  // from the number itself: "15-plus" is at least 15
};

struct QualifierPhrase {
  std::string_view phrase;
  Qualifier meaning;
};

constexpr std::array kQualifiers{
    QualifierPhrase{"an estimated", Qualifier::approximately},
    QualifierPhrase{"as many as", Qualifier::at_most},
    QualifierPhrase{"more than", Qualifier::more_than},
    QualifierPhrase{"in excess of", Qualifier::more_than},
    QualifierPhrase{"upwards of", Qualifier::more_than},
    QualifierPhrase{"at least", Qualifier::at_least},
    QualifierPhrase{"no fewer than", Qualifier::at_least},
    QualifierPhrase{"no less than", Qualifier::at_least},
    QualifierPhrase{"less than", Qualifier::less_than},
    QualifierPhrase{"fewer than", Qualifier::less_than},
    QualifierPhrase{"no more than", Qualifier::at_most},
    QualifierPhrase{"at most", Qualifier::at_most},
    QualifierPhrase{"up to", Qualifier::at_most},
    QualifierPhrase{"close to", Qualifier::approximately},
    QualifierPhrase{"some", Qualifier::approximately},
    QualifierPhrase{"about", Qualifier::approximately},
    QualifierPhrase{"around", Qualifier::approximately},
    QualifierPhrase{"roughly", Qualifier::approximately},
    QualifierPhrase{"approximately", Qualifier::approximately},
    QualifierPhrase{"nearly", Qualifier::approximately},
    QualifierPhrase{"almost", Qualifier::approximately},
    QualifierPhrase{"estimated", Qualifier::approximately},
    QualifierPhrase{"over", Qualifier::more_than},
    QualifierPhrase{"above", Qualifier::more_than},
    QualifierPhrase{"under", Qualifier::less_than},
};

std::vector<std::string_view> split_dashes(std::string_view word) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto dash = word.find('-');
    parts.push_back(word.substr(0, dash));
    if (dash == std::string_view::npos) return parts;
    word = word.substr(dash + 1);
  }
}

bool is_article(const Word& t) {
  return t.lower == "a" || t.lower == "an";
}

// "four-year-old" is an age; "four-year" counts years; "twenty-five" is 25.
std::optional<Reading> read_compound_word(const Word& token, std::size_t i) {
  const auto parts = split_dashes(token.lower);
  if (parts.size() < 2) return std::nullopt;
  auto tens = unit_or_ten(parts[0]);
  if (!tens) return std::nullopt;
  Reading r{i + 1, static_cast<double>(*tens)};
  std::size_t k = 1;
  if (*tens >= 20 && *tens % 10 == 0) {
    if (const auto unit = unit_or_ten(parts[1]); unit && *unit < 10) {
      r.value += *unit;
      k = 2;
    }
  }
  // "five-and-a-half", "one-and-a-quarter", "two-and-three-quarters"
  if (k + 2 < parts.size() && parts[k] == "and") {
    const bool article = parts[k + 1] == "a" || parts[k + 1] == "an";
    const auto count = article ? std::optional<int>(1) : unit_or_ten(parts[k + 1]);
    const auto part = fraction(parts[k + 2]);
    if (count && part) {
      r.value += *count * *part;
      k += 3;
    }
  }
  if (k == parts.size()) return r;
  std::string rest;
  for (std::size_t j = k; j < parts.size(); ++j)
    rest += std::string(j > k ? "-" : "") + std::string(parts[j]);
  if (rest.ends_with("-old")) {
    r.kind = NumberKind::age;
    rest.resize(rest.size() - 4);
  }
  r.unit = rest;
  return r;
}

// Cardinals in words: "two hundred and fifty thousand", "a million",
// "a quarter of a million", "half a million", "three quarters".
std::optional<Reading> read_words(const std::vector<Word>& t, std::size_t i) {
  std::size_t j = i;
  double multiplier = 1;
  double fraction_value = 0;
  // [a|an|one|<cardinal>] <fraction> [of] [a|an] <scale>
  if (j < t.size() && (is_article(t[j]) || unit_or_ten(t[j].lower))) {
    const double count = is_article(t[j]) ? 1 : *unit_or_ten(t[j].lower);
    if (j + 1 < t.size() && t[j + 1].joined) {
      if (const auto f = fraction(t[j + 1].lower)) {
        fraction_value = count * *f;
        j += 2;
      }
    }
  } else if (j < t.size() && t[j].lower == "half") {
    fraction_value = 0.5;
    ++j;
  }
  if (fraction_value > 0) {
    if (j < t.size() && t[j].joined && t[j].lower == "of") ++j;
    if (j < t.size() && t[j].joined && is_article(t[j])) ++j;
    if (j < t.size() && t[j].joined) {
      if (const auto s = scale(t[j].lower)) return Reading{j + 1, fraction_value * *s};
    }
    if (t[i].lower == "half") return std::nullopt;  // "half" alone is not a count
    return Reading{j, fraction_value};
  }
  // "a million", "a hundred", "a dozen"
  if (is_article(t[i])) {
    if (i + 1 >= t.size() || !t[i + 1].joined) return std::nullopt;
    if (t[i + 1].lower == "dozen") return Reading{i + 2, 12};
    if (!scale(t[i + 1].lower)) return std::nullopt;
    j = i + 1;
    multiplier = 1;
  }
  double total = 0, current = is_article(t[i]) ? 1 : 0;
  bool any = is_article(t[i]);
  std::size_t end = j;
  for (; j < t.size(); ++j) {
    if (j > i && !t[j].joined) break;
    const auto& w = t[j].lower;
    if (const auto v = unit_or_ten(w)) {
      current += *v;
      any = true;
      end = j + 1;
    } else if (const auto s = scale(w); s && any) {
      if (*s == 100) {
        current *= 100;
      } else {
        total += current * *s;
        current = 0;
      }
      end = j + 1;
    } else if (w == "and" && any && j + 1 < t.size() && unit_or_ten(t[j + 1].lower)) {
      continue;
    } else if (w == "and" && any && j + 2 < t.size() && t[j + 1].joined && t[j + 2].joined &&
               is_article(t[j + 1]) && fraction(t[j + 2].lower)) {
      current += *fraction(t[j + 2].lower);  // "five and a half", "two and a half million"
      j += 2;
      end = j + 1;
    } else {
      break;
    }
  }
  if (!any || end == i) return std::nullopt;
  return Reading{end, (total + current) * multiplier};
}

// "250,000" and "64.5" (no locale: the same in every build).
std::optional<double> parse_decimal(std::string_view digits) {
  double whole = 0, fraction_part = 0, scale_down = 1;
  bool after_point = false, any = false;
  for (const char c : digits) {
    if (c == ',') {
      if (after_point) return std::nullopt;
      continue;
    }
    if (c == '.') {
      if (after_point) return std::nullopt;  // 1.2.3 is not a number
      after_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any = true;
    if (after_point) {
      scale_down *= 10;
      fraction_part = fraction_part * 10 + (c - '0');
    } else {
      whole = whole * 10 + (c - '0');
    }
  }
  if (!any) return std::nullopt;
  return whole + fraction_part / scale_down;
}

std::optional<Reading> read_digits(const std::vector<Word>& t, std::size_t i) {
  const std::string_view token = t[i].lower;
  std::size_t n = 0;
  while (n < token.size() && (std::isdigit(static_cast<unsigned char>(token[n])) ||
                              token[n] == ',' || token[n] == '.')) {
    ++n;
  }
  auto value = parse_decimal(token.substr(0, n));
  if (!value) return std::nullopt;
  const auto suffix = token.substr(n);
  Reading r{i + 1, *value};
  if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
    r.kind = NumberKind::ordinal;
    return r;
  }
  if (suffix == "-plus") {  // "15-plus years"
    r.qualifier = Qualifier::at_least;
    return r;
  }
  if (suffix.starts_with("-")) {  // 38-year-old, 10-day
    std::string rest(suffix.substr(1));
    if (rest.ends_with("-old")) {
      r.kind = NumberKind::age;
      rest.resize(rest.size() - 4);
    }
    r.unit = rest;
    return r;
  }
  if (!suffix.empty()) return std::nullopt;  // 3D, 5G: names, not counts
  if (i + 1 < t.size() && t[i + 1].joined) {
    if (const auto s = scale(t[i + 1].lower)) {
      r.value *= *s;
      r.end = i + 2;
    }
  }
  return r;
}

// Words after which a number names a thing, not an amount: "Route 66",
// "Flight 370", "Article 5".
constexpr std::string_view kIdentifierNouns[]{
    "route",    "highway",   "interstate",  "flight",    "article",    "section", "chapter",
    "title",    "amendment", "proposition", "prop",      "resolution", "room",    "gate",
    "terminal", "apollo",    "boeing",      "airbus",    "windows",    "channel", "precinct",
    "district", "ward",      "station",     "pier",      "level",      "floor",   "suite",
    "exit",     "lot",       "block",       "stage",     "phase",      "season",  "episode",
    "volume",   "vol",       "page",        "line",      "bus",        "track",   "platform",
    "camp",     "building",  "unit",        "apartment", "box",        "grade",   "category",
    "model",    "version",   "iphone",      "psalm",     "psalms",     "verse",   "item"};

// A year written as a number ("the 2025 bond", "Trump's 1995 state income
// tax filings") is not an amount: four digits without a comma, 1900-2100,
// with no scale or percent after it.
bool year_like(const Word& t) {
  if (!t.digits() || t.lower.size() != 4) return false;
  if (!std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const int y = std::stoi(t.lower);
  return y >= 1900 && y <= 2100;
}

// "Route 66", "the No. 1 priority": a number that names something.
bool identifier(std::string_view text, const std::vector<Word>& t, std::size_t i) {
  if (i == 0 || !t[i].digits()) return false;
  const Word& before = t[i - 1];
  if (before.punct || before.digits() || !before.capitalised) return false;
  if (before.lower == "no" || before.lower == "nos") {
    return t[i].start <= before.end + 2 && text[before.end] == '.';
  }
  return t[i].joined && std::find(std::begin(kIdentifierNouns), std::end(kIdentifierNouns),
                                  before.lower) != std::end(kIdentifierNouns);
}

bool is_one_as_pronoun(const std::vector<Word>& t, std::size_t i) {
  if (t[i].lower != "one") return false;
  if (i + 1 < t.size() && t[i + 1].joined &&
      (t[i + 1].lower == "of" || t[i + 1].lower == "another" || t[i + 1].lower == "day" ||
       t[i + 1].lower == "that" || t[i + 1].lower == "who" || t[i + 1].lower == "which")) {
    return true;
  }
  if (i > 0 && t[i].joined) {
    static constexpr std::array<std::string_view, 9> kDeterminers{
        "no", "any", "every", "each", "which", "the", "this", "that", "such"};
    for (auto d : kDeterminers) {
      if (t[i - 1].lower == d) return true;
    }
  }
  return false;
}

// `starts_sentence`: the token at i opens a sentence.
std::optional<Reading> read_number(const std::vector<Word>& t, std::size_t i,
                                   bool starts_sentence) {
  const Word& token = t[i];
  if (token.digits()) return read_digits(t, i);
  if (token.punct) return std::nullopt;
  // A capitalised number word inside a sentence belongs to a name ("Group of Seven").
  if (token.capitalised && !starts_sentence) return std::nullopt;
  if (is_one_as_pronoun(t, i)) return std::nullopt;
  if (const auto ordinal = ordinal_word(token.lower)) {
    if (token.lower == "second" && i + 1 < t.size() && t[i + 1].lower == "time") {
      return Reading{i + 1, 2, NumberKind::ordinal};
    }
    return Reading{i + 1, static_cast<double>(*ordinal), NumberKind::ordinal};
  }
  if (token.lower.find('-') != std::string::npos) return read_compound_word(token, i);
  return read_words(t, i);
}

// The spans of the dates, by start, to ask "is this token inside a date?"
// in logarithmic time (a loop over every date for every token made a long
// text's numbers quadratic).
class DateSpans {
 public:
  explicit DateSpans(const std::vector<DateMention>& dates) {
    for (const auto& d : dates) spans_.push_back(d.span);
    std::sort(spans_.begin(), spans_.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    std::size_t end = 0;
    for (const auto& s : spans_) ends_.push_back(end = std::max<std::size_t>(end, s.end));
  }
  bool contain(std::size_t offset) const {
    // Among the spans starting at or before `offset`, the furthest end.
    auto it = std::upper_bound(spans_.begin(), spans_.end(), offset,
                               [](std::size_t o, const Span& s) { return o < s.start; });
    if (it == spans_.begin()) return false;
    return offset < ends_[static_cast<std::size_t>(it - spans_.begin()) - 1];
  }

 private:
  std::vector<Span> spans_;
  std::vector<std::size_t> ends_;  // the largest end among spans_[0..i]
};

// The figures among the words `t` of one part of `text`, after `out`'s.
void read_numbers(const std::string& text, const std::vector<Word>& t,
                  const std::vector<Span>& sentences, const DateSpans& in_dates, std::size_t max,
                  std::vector<NumberMention>& out, std::size_t& over) {
  const auto starts = text::sentence_openers(t, sentences);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (in_dates.contain(t[i].start)) continue;
    std::string currency;
    std::size_t first = i;
    std::size_t at = i;
    if (t[i].punct && t[i].lower != "%") {
      if (i + 1 >= t.size() || !t[i + 1].digits() || t[i + 1].start != t[i].end) continue;
      currency = t[i].lower == "$" ? "USD" : t[i].lower == "\u20ac" ? "EUR" : "GBP";
      at = i + 1;
    }
    if (identifier(text, t, at)) continue;
    auto reading = read_number(t, at, starts[at]);
    if (!reading) continue;
    const bool percent_after =
        reading->end < t.size() &&
        (t[reading->end].lower == "%" || t[reading->end].lower == "percent" ||
         match_phrase(t, reading->end, "per cent"));
    if (currency.empty() && year_like(t[at]) && reading->end == at + 1 && !percent_after &&
        reading->kind == NumberKind::cardinal) {
      continue;
    }
    if (!currency.empty()) {
      reading->kind = NumberKind::money;
      reading->unit = currency;
    }
    std::size_t end = reading->end;
    if (end < t.size() && reading->kind == NumberKind::cardinal) {
      if (t[end].lower == "%" && t[end].start == t[end - 1].end) {
        reading->kind = NumberKind::percent;
        ++end;
      } else if (t[end].joined && t[end].lower == "percent") {
        reading->kind = NumberKind::percent;
        ++end;
      } else if (const auto n = match_phrase(t, end, "per cent")) {
        reading->kind = NumberKind::percent;
        end += n;
      }
    }
    NumberMention mention;
    mention.value = reading->value;
    mention.kind = reading->kind;
    mention.unit = reading->unit;
    mention.qualifier = reading->qualifier;
    for (const auto& q : kQualifiers) {
      std::size_t words =
          static_cast<std::size_t>(std::count(q.phrase.begin(), q.phrase.end(), ' ')) + 1;
      if (first < words || !t[first].joined) continue;
      if (match_phrase(t, first - words, q.phrase) == words) {
        mention.qualifier = q.meaning;
        first -= words;
        break;
      }
    }
    mention.span = text::make_span(t[first].start, t[end - 1].end);
    mention.text = text.substr(mention.span.start, mention.span.end - mention.span.start);
    i = end - 1;
    if (out.size() < max) {
      out.push_back(std::move(mention));
    } else {
      ++over;
    }
  }
}

}  // namespace

std::vector<NumberMention> find_numbers(const std::string& text,
                                        const std::vector<DateMention>& dates,
                                        const std::vector<Span>& sentences, std::size_t max,
                                        std::size_t* left_out) {
  const DateSpans in_dates(dates);
  std::vector<NumberMention> out;
  std::size_t over = 0;
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t to = text::part_end(text, from, kPartBytes);
    read_numbers(text, scan(text, from, to), sentences, in_dates, max, out, over);
    from = to;
  }
  if (left_out) *left_out = over;
  return out;
}

std::optional<double> words_value(const std::string& words) {
  const auto t = scan(words);
  if (t.empty()) return std::nullopt;
  const auto reading = read_number(t, 0, true);
  if (!reading || reading->end != t.size()) return std::nullopt;
  return reading->value;
}

}  // namespace presslens::facts
