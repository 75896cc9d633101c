#include "input/export_lines.hpp"

#include <algorithm>
#include <charconv>

#include "input/record_caps.hpp"
#include "text/case.hpp"

namespace presslens::input::exports {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

bool starts_with_ascii_nocase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         text::ascii_lower(s.substr(0, prefix.size())) == text::ascii_lower(prefix);
}

}  // namespace

std::string_view trim(std::string_view line) {
  for (bool changed = true; changed;) {
    changed = false;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r' ||
                             line.front() == '\f')) {
      line.remove_prefix(1);
      changed = true;
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r' ||
                             line.back() == '\f')) {
      line.remove_suffix(1);
      changed = true;
    }
    if (line.starts_with(kNbsp)) {
      line.remove_prefix(kNbsp.size());
      changed = true;
    }
    if (line.ends_with(kNbsp)) {
      line.remove_suffix(kNbsp.size());
      changed = true;
    }
  }
  return line;
}

std::vector<std::string_view> trimmed_lines(std::string_view content) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= content.size()) {
    // A byte at a time: find_first_of would search its two characters
    // with a call for each byte of the text.
    std::size_t end = start;
    while (end < content.size() && content[end] != '\n' && content[end] != '\r') ++end;
    lines.push_back(trim(content.substr(start, end - start)));
    if (end == content.size()) break;
    start = end + (content.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::optional<std::string_view> field(std::string_view line, std::string_view key) {
  if (!line.starts_with(key) || line.size() == key.size() || line[key.size()] != ':')
    return std::nullopt;
  return trim(line.substr(key.size() + 1));
}

std::string_view upper_key(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon < 3 || colon > 24) return {};
  const auto key = line.substr(0, colon);
  if (!text::is_ascii_letter(key.front()) || !text::is_ascii_letter(key.back())) return {};
  for (const char c : key) {
    if (!(c >= 'A' && c <= 'Z') && c != '-' && c != ' ') return {};
  }
  return key;
}

std::optional<Counter> n_of_m(std::string_view line, std::string_view before,
                              std::string_view after) {
  if (!starts_with_ascii_nocase(line, before)) return std::nullopt;
  std::string_view rest = line.substr(before.size());
  const auto number = [&rest]() -> std::optional<std::size_t> {
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc() || end == rest.data()) return std::nullopt;
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
    return value;
  };
  Counter counter;
  const auto n = number();
  if (!n || !rest.starts_with(" of ")) return std::nullopt;
  rest.remove_prefix(4);
  const auto m = number();
  if (!m || *n == 0 || *n > *m) return std::nullopt;
  if (text::ascii_lower(trim(rest)) != text::ascii_lower(after)) return std::nullopt;
  counter.n = *n;
  counter.m = *m;
  return counter;
}

std::optional<std::size_t> first_number(std::string_view text) {
  const auto first = text.find_first_of("0123456789");
  if (first == std::string_view::npos) return std::nullopt;
  std::size_t value = 0;
  std::size_t digits = 0;
  for (std::size_t i = first; i < text.size() && digits < 12; ++i) {
    if (text::is_ascii_digit(text[i])) {
      value = value * 10 + static_cast<std::size_t>(text[i] - '0');
      ++digits;
    } else if (!(text[i] == ',' && i + 1 < text.size() && text::is_ascii_digit(text[i + 1]))) {
      break;
    }
  }
  return value;
}

std::string join(const std::vector<std::string_view>& lines, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < lines.size(); ++i) {
    if (!out.empty() || !lines[i].empty()) {
      out += lines[i];
      out += '\n';
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

void finish_article(Record& record, std::size_t index) {
  if (record.body.empty()) {
    record.error =
        Error{ErrorCode::invalid_record, "article " + std::to_string(index) + " of the " +
                                             record.database.value_or("database") +
                                             " export has no text (only its citation)"};
  }
}

namespace {

// "the export says it holds 3 articles, but 2 were found in this file
// (missing: 3)", or nothing when the count is right.
std::optional<std::string> count_warning(std::size_t found, const std::vector<Counter>& counters) {
  std::size_t declared = 0;
  for (const auto& c : counters) declared = std::max(declared, c.m);
  if (declared == 0 || declared == found) return std::nullopt;
  std::vector<bool> seen(std::min<std::size_t>(declared, 100'000) + 1, false);
  for (const auto& c : counters) {
    if (c.n < seen.size()) seen[c.n] = true;
  }
  const bool numbered =
      std::any_of(counters.begin(), counters.end(), [](const Counter& c) { return c.n > 0; });
  std::string missing;
  std::size_t listed = 0, unlisted = 0;
  for (std::size_t n = 1; numbered && n < seen.size(); ++n) {
    if (seen[n]) continue;
    if (listed < 10) {
      missing += (listed++ ? ", " : "") + std::to_string(n);
    } else {
      ++unlisted;
    }
  }
  if (unlisted) missing += " and " + thousands(unlisted) + " more";
  return "the export says it holds " + thousands(declared) + " articles, but " + thousands(found) +
         (found == 1 ? " was" : " were") + " found in this file" +
         (missing.empty() ? "" : " (missing: " + missing + ")");
}

}  // namespace

Result<std::vector<Record>> settle_export(const std::string& file_name,
                                          std::vector<Record> articles,
                                          const std::vector<Counter>& counters, std::size_t bytes) {
  const std::size_t cap = max_records(bytes);
  RecordTally tally;
  const std::size_t found = articles.size();
  for (auto& record : articles) {
    ++tally.total;
    record.name = found == 1 ? file_name : file_name + "#" + std::to_string(tally.total);
    const bool good = !record.error;
    tally.keep(std::move(record), good, cap);
  }
  auto records = settle(file_name, std::move(tally), cap, "the export holds no articles");
  if (!records || records.value().empty()) return records;
  if (auto warning = count_warning(found, counters))
    records.value().front().warnings.push_back(std::move(*warning));
  return records;
}

}  // namespace presslens::input::exports
