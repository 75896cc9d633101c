// Dates in the text, absolute and relative, resolved against the article's
// date when it is known.
#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <utility>

#include "facts/calendar.hpp"
#include "facts/facts.hpp"
#include "facts/scan.hpp"
#include "text/lexicon.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"

namespace presslens::facts {
namespace {

using text::month_of;
using text::weekday_of;

int number_of(const Word& t, std::size_t max_digits) {
  if (!t.digits() || t.lower.size() > max_digits) return -1;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(t.lower.data(), t.lower.data() + t.lower.size(), value);
  return (ec == std::errc() && ptr == t.lower.data() + t.lower.size()) ? value : -1;
}

int year_of(const Word& t) {
  const int y = number_of(t, 4);
  return (t.lower.size() == 4 && y >= 1900 && y <= 2100) ? y : -1;
}

// Words after which a bare month or year reads as a date.
bool date_context(const Word& t) {
  static constexpr std::array<std::string_view, 20> kWords{
      "in",     "since",  "by",    "until",   "till",    "of",  "from", "early", "late", "mid",
      "during", "before", "after", "through", "between", "and", "on",   "last",  "next", "this"};
  for (auto w : kWords) {
    if (t.lower == w) return true;
  }
  return false;
}

struct Relative {
  std::string_view phrase;
  int offset;
};

constexpr std::array kShifts{Relative{"this", 0},       Relative{"next", 1},
                             Relative{"last", -1},      Relative{"the past", -1},
                             Relative{"the coming", 1}, Relative{"the next", 1},
                             Relative{"the last", -1}};
struct ModifierWord {
  std::string_view word;
  DateModifier modifier;
};
constexpr std::array kModifiers{
    ModifierWord{"earlier", DateModifier::earlier}, ModifierWord{"later", DateModifier::later},
    ModifierWord{"early", DateModifier::early}, ModifierWord{"late", DateModifier::late},
    ModifierWord{"mid", DateModifier::mid}};

class DateReader {
 public:
  DateReader(const std::string& text, const std::optional<std::string>& anchor, std::size_t max)
      : text_(text), max_(max) {
    if (anchor) {
      if (const auto ymd = parse_iso_date(*anchor)) anchor_days_ = days_from_civil(*ymd);
    }
  }

  std::vector<DateMention> read() {
    for (std::size_t from = 0; from < text_.size();) {
      const std::size_t to = text::part_end(text_, from, kPartBytes);
      std::vector<Word>().swap(t_);  // the last part's words gone before this part's are made
      t_ = scan(text_, from, to);
      for (std::size_t i = 0; i < t_.size();) {
        const std::size_t next = read_at(i);
        i = next > i ? next : i + 1;
      }
      from = to;
    }
    return std::move(out_);
  }

  std::size_t left_out() const { return over_; }

 private:
  // Reads a date starting at token i; returns the token after it, or i.
  std::size_t read_at(std::size_t i) {
    DateModifier modifier = DateModifier::none;
    std::size_t start = i;
    for (const auto& m : kModifiers) {
      if (t_[i].lower == m.word && i + 1 < t_.size() && t_[i + 1].joined) {
        modifier = m.modifier;
        ++i;
        break;
      }
    }
    if (t_[i].lower.starts_with("mid-") && month_of(t_[i].lower.substr(4))) {
      return month(start, i, month_of(t_[i].lower.substr(4)), DateModifier::mid);
    }
    if (std::size_t end = relative(start, i, modifier)) return end;
    if (modifier == DateModifier::none) {
      if (std::size_t end = clock_time(i)) return end;
    }
    if (const int m = month_of(t_[i].lower); m && t_[i].capitalised) {
      const bool may_be_verb = t_[i].lower == "may" || t_[i].lower == "march";
      const bool dated = (i + 1 < t_.size() && t_[i + 1].joined &&
                          (number_of(t_[i + 1], 2) > 0 || year_of(t_[i + 1]) > 0)) ||
                         (i > 0 && t_[i].joined && date_context(t_[i - 1]));
      if (!may_be_verb || dated) return month(start, i, m, modifier);
    }
    if (const int d = number_of(t_[i], 2); d > 0 && i + 1 < t_.size() && t_[i + 1].joined) {
      if (const int m = month_of(t_[i + 1].lower); m && t_[i + 1].capitalised) {
        return day_month(start, i, d, m);
      }
    }
    if (const int wd = weekday_of(t_[i].lower); wd && t_[i].capitalised) {
      return read_weekday(start, i, wd, modifier);
    }
    if (const int y = year_of(t_[i]); y > 0) {
      const bool before =
          i > 0 && t_[i].joined && (date_context(t_[i - 1]) || t_[i - 1].lower == "the");
      const bool after = i + 1 >= t_.size() || !t_[i + 1].joined || t_[i + 1].capitalised;
      if (before || after || modifier != DateModifier::none) {
        add(start, i + 1, std::to_string(y), true, modifier);
        return i + 1;
      }
    }
    return start;
  }

  // "a.m." / "p.m." / "am" / "pm" at byte `at`: +0 / +12 hours and its
  // length, or nothing.
  static std::optional<std::pair<int, std::size_t>> meridiem(std::string_view text,
                                                             std::size_t at) {
    for (const auto& [mark, shift] : {std::pair<std::string_view, int>{"a.m.", 0},
                                      {"p.m.", 12},
                                      {"A.M.", 0},
                                      {"P.M.", 12},
                                      {"am", 0},
                                      {"pm", 12},
                                      {"AM", 0},
                                      {"PM", 12}}) {
      if (text.compare(at, mark.size(), mark) != 0) continue;
      const std::size_t end = at + mark.size();
      // "am" must end there ("amid" is no time).
      if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) continue;
      return std::pair{shift, mark.size()};
    }
    return std::nullopt;
  }

  // Clock times: "09:01", "6:05 p.m.", "10 a.m.", "4:30pm". Returns the
  // token after the time, or 0.
  std::size_t clock_time(std::size_t i) {
    const Word& h = t_[i];
    const int hour = number_of(h, 2);
    if (hour < 0 || hour > 23) return 0;
    int minute = -1;
    std::size_t end_token = i + 1;
    std::size_t end = h.end;
    if (end < text_.size() && text_[end] == ':' && i + 1 < t_.size() &&
        t_[i + 1].start == end + 1 && t_[i + 1].digits()) {
      const std::string_view m = t_[i + 1].lower;
      if (m.size() >= 2 && std::isdigit(static_cast<unsigned char>(m[0])) &&
          std::isdigit(static_cast<unsigned char>(m[1])) &&
          (m.size() == 2 || m.substr(2) == "am" || m.substr(2) == "pm")) {
        minute = (m[0] - '0') * 10 + (m[1] - '0');
        if (minute > 59) return 0;
        end_token = i + 2;
        end = t_[i + 1].start + 2;
      }
    }
    // The meridiem: right after the digits ("4:30pm") or after one space.
    std::optional<std::pair<int, std::size_t>> m = meridiem(text_, end);
    std::size_t mark_at = end;
    if (!m && end + 1 < text_.size() && text_[end] == ' ') {
      m = meridiem(text_, end + 1);
      mark_at = end + 1;
    }
    if (minute < 0 && !m) return 0;  // "10" alone is no time
    int h24 = hour;
    if (m) {
      if (hour < 1 || hour > 12) return 0;
      h24 = hour % 12 + m->first;
      end = mark_at + m->second;
      while (end_token < t_.size() && t_[end_token].start < end) ++end_token;
    }
    const int mm = minute < 0 ? 0 : minute;
    const std::string hhmm{
        'T', static_cast<char>('0' + h24 / 10), static_cast<char>('0' + h24 % 10),
        ':', static_cast<char>('0' + mm / 10),  static_cast<char>('0' + mm % 10)};
    DateMention d;
    d.span = text::make_span(h.start, end);
    d.text = text_.substr(d.span.start, d.span.end - d.span.start);
    d.value = anchor_days_ ? iso_day(civil_from_days(*anchor_days_)) + hhmm : hhmm;
    d.resolved = anchor_days_.has_value();
    out_.push_back(std::move(d));
    return end_token;
  }

  std::size_t relative(std::size_t start, std::size_t i, DateModifier modifier) {
    static constexpr std::array<std::string_view, 4> kDeictic{"today", "yesterday", "tomorrow",
                                                              "tonight"};
    for (std::size_t k = 0; k < kDeictic.size(); ++k) {
      if (t_[i].lower != kDeictic[k]) continue;
      const int offset = k == 1 ? -1 : k == 2 ? 1 : 0;
      if (anchor_days_) {
        add(start, i + 1, iso_day(civil_from_days(*anchor_days_ + offset)), true, modifier);
      } else {
        add(start, i + 1,
            offset == 0  ? "DCT"
            : offset < 0 ? "DCT-P1D"
                         : "DCT+P1D",
            false, modifier);
      }
      return i + 1;
    }
    for (const auto& shift : kShifts) {
      const std::size_t n = match_phrase(t_, i, shift.phrase);
      if (!n || i + n >= t_.size() || !t_[i + n].joined) continue;
      const auto& unit = t_[i + n].lower;
      if (unit == "week" || unit == "month" || unit == "year" || unit == "weekend") {
        period(start, i + n + 1, unit, shift.offset, modifier);
        return i + n + 1;
      }
      if (const int wd = weekday_of(unit);
          wd && shift.phrase.size() == 4) {  // last/next/this Friday
        return read_weekday(start, i + n, wd, modifier, shift.offset);
      }
    }
    if (t_[i].lower == "the" && i + 1 < t_.size() && t_[i + 1].joined &&
        t_[i + 1].lower == "weekend") {
      period(start, i + 2, "weekend", -1, modifier);
      return i + 2;
    }
    return 0;
  }

  void period(std::size_t start, std::size_t end, const std::string& unit, int offset,
              DateModifier modifier) {
    if (!anchor_days_) {
      if (unit == "weekend") {
        add(start, end,
            offset == 0  ? "DCT-WE"
            : offset < 0 ? "DCT-P1W-WE"
                         : "DCT+P1W-WE",
            false, modifier);
        return;
      }
      const char code = unit == "week" ? 'W' : unit == "month" ? 'M' : 'Y';
      std::string value = "DCT";
      value += offset < 0 ? "-P" : "+P";
      value += std::to_string(offset < 0 ? -offset : offset);
      value += code;
      add(start, end, value, false, modifier);
      return;
    }
    const long a = *anchor_days_;
    const Ymd anchor = civil_from_days(a);
    std::string value;
    if (unit == "week") {
      value = iso_week(a + 7L * offset);
    } else if (unit == "weekend") {
      // The weekend before the article (or after it, for "next weekend").
      const long saturday = a - weekday(a) + 6 + 7L * (offset < 0 ? -1 : offset);
      value = iso_week(saturday) + "-WE";
    } else if (unit == "month") {
      int m = anchor.month + offset, y = anchor.year;
      if (m < 1) {
        m += 12;
        --y;
      }
      if (m > 12) {
        m -= 12;
        ++y;
      }
      value = iso_month(y, m);
    } else {
      value = std::to_string(anchor.year + offset);
    }
    add(start, end, value, true, modifier);
  }

  std::size_t read_weekday(std::size_t start, std::size_t i, int wd, DateModifier modifier,
                           int shift = 0) {
    if (!anchor_days_) {
      std::string value = "XXXX-WXX-" + std::to_string(wd);
      if (shift != 0) value = (shift < 0 ? "DCT-P1W:" : "DCT+P1W:") + value;
      add(start, i + 1, value, false, modifier);
      return i + 1;
    }
    const long a = *anchor_days_;
    long day = a - ((weekday(a) - wd + 7) % 7);  // the latest such day on or before the article
    if (shift > 0) day = a + ((wd - weekday(a) + 6) % 7) + 1;  // next: strictly after it
    if (shift < 0 && day == a) day -= 7;
    add(start, i + 1, iso_day(civil_from_days(day)), true, modifier);
    return i + 1;
  }

  std::size_t month(std::size_t start, std::size_t i, int m, DateModifier modifier) {
    std::size_t end = i + 1;
    int day = 0, year = -1;
    if (end < t_.size() && t_[end].joined && number_of(t_[end], 2) >= 1 &&
        number_of(t_[end], 2) <= 31) {
      day = number_of(t_[end], 2);
      ++end;
    }
    if (end < t_.size() && (t_[end].joined || (day > 0 && text_[t_[end - 1].end] == ',')) &&
        year_of(t_[end]) > 0) {
      year = year_of(t_[end]);
      ++end;
    }
    emit_month(start, end, year, m, day, modifier);
    return end;
  }

  std::size_t day_month(std::size_t start, std::size_t i, int day, int m) {
    std::size_t end = i + 2;
    int year = -1;
    if (end < t_.size() && t_[end].joined && year_of(t_[end]) > 0) {
      year = year_of(t_[end]);
      ++end;
    }
    emit_month(start, end, year, m, day, DateModifier::none);
    return end;
  }

  void emit_month(std::size_t start, std::size_t end, int year, int m, int day,
                  DateModifier modifier) {
    bool resolved = year > 0;
    if (year < 0 && anchor_days_) {
      // News mostly looks back: a month without a year is the latest one up
      // to a month after the article's.
      const Ymd anchor = civil_from_days(*anchor_days_);
      year = m <= anchor.month + 1 ? anchor.year : anchor.year - 1;
      resolved = true;
    }
    std::string value = iso_month(year > 0 ? year : 2000, m);
    if (year <= 0) value.replace(0, 4, "XXXX");
    if (day > 0) value.append(iso_day({2000, 1, day}), 7);  // "-DD"
    add(start, end, value, resolved, modifier);
  }

  void add(std::size_t first, std::size_t end, std::string value, bool resolved,
           DateModifier modifier) {
    if (out_.size() >= max_) {
      ++over_;
      return;
    }
    DateMention d;
    d.span = text::make_span(t_[first].start, t_[end - 1].end);
    d.text = text_.substr(d.span.start, d.span.end - d.span.start);
    d.value = std::move(value);
    d.resolved = resolved;
    d.modifier = modifier;
    out_.push_back(std::move(d));
  }

  const std::string& text_;
  std::size_t max_;
  std::size_t over_ = 0;
  std::vector<Word> t_;  // the words of the part being read
  std::optional<long> anchor_days_;
  std::vector<DateMention> out_;
};

}  // namespace

std::vector<DateMention> find_dates(const std::string& text,
                                    const std::optional<std::string>& anchor, std::size_t max,
                                    std::size_t* left_out) {
  DateReader reader(text, anchor, max);
  auto dates = reader.read();
  if (left_out) *left_out = reader.left_out();
  return dates;
}

}  // namespace presslens::facts
