#include "input/pdf_text.hpp"

#include <algorithm>
#include <map>

#include "input/decode.hpp"
#include "input/export_lines.hpp"
#include "input/news_exports.hpp"
#include "text/case.hpp"

namespace presslens::input {
namespace {

constexpr std::string_view kMarker = "%PDF-TEXT presslens 1";

// Lines this near the top or bottom of a page may be furniture.
constexpr std::size_t kEdgeLines = 2;

struct Page {
  std::vector<std::string_view> lines;  // non-empty paragraphs
  std::vector<bool> furniture;
};

// "Page 3", "3", "- 3 -", "3 of 12", "Page 3 of 12".
bool is_page_number(std::string_view line) {
  std::string lower = text::ascii_lower(line);
  if (lower.starts_with("page ")) lower = lower.substr(5);
  std::size_t digits = 0, others = 0;
  for (const char c : lower) {
    if (text::is_ascii_digit(c))
      ++digits;
    else if (c != ' ' && c != '-' && c != '/' && c != 'o' && c != 'f' && c != '|')
      ++others;
  }
  return digits >= 1 && digits <= 8 && others == 0 && lower.size() <= 16;
}

// The line with its digits as one mark, so that "The Courier - 17 November
// 2015 - 3" is the same header on every page.
std::string shape(std::string_view line) {
  std::string out;
  for (const char c : line) {
    if (text::is_ascii_digit(c)) {
      if (out.empty() || out.back() != '#') out += '#';
    } else {
      out += c;
    }
  }
  return out;
}

std::string quoted(std::string_view line) {
  std::string out(line.substr(0, 60));
  if (line.size() > 60) out += "...";
  return "\"" + out + "\"";
}

}  // namespace

bool is_pdf_text(std::string_view bytes) {
  return bytes.starts_with(kMarker);
}

Result<std::vector<Record>> read_pdf_text(const std::string& file_name, std::string_view bytes) {
  const auto newline = bytes.find('\n');
  const std::string_view header = bytes.substr(0, newline);
  if (const auto error = header.find(" error="); error != std::string_view::npos) {
    return Error{
        ErrorCode::undecodable,
        "the PDF could not be read: " + decode_charset(header.substr(error + 7), "utf-8").text};
  }
  const std::size_t declared = exports::first_number(header.substr(kMarker.size())).value_or(0);
  auto decoded =
      decode_charset(newline == std::string_view::npos ? "" : bytes.substr(newline + 1), "utf-8");
  const std::string& content = decoded.text;
  std::vector<Page> pages;
  for (std::size_t pos = 0; pos <= content.size();) {
    auto end = content.find('\f', pos);
    if (end == std::string::npos) end = content.size();
    Page page;
    for (const auto line : exports::trimmed_lines(std::string_view(content).substr(pos, end - pos)))
      if (!line.empty()) page.lines.push_back(line);
    page.furniture.assign(page.lines.size(), false);
    pages.push_back(std::move(page));
    pos = end + 1;
  }
  const bool any_text =
      std::any_of(pages.begin(), pages.end(), [](const Page& p) { return !p.lines.empty(); });
  if (!any_text) {
    const std::size_t n = std::max(declared, pages.size());
    return Error{ErrorCode::undecodable,
                 "the PDF has no text layer (" +
                     (n == 1 ? std::string("its page holds no text")
                             : "none of its " + std::to_string(n) + " pages holds text") +
                     ": a scan?); Presslens reads no text from images"};
  }
  Record record;
  record.name = file_name;
  record.warnings = std::move(decoded.warnings);
  // Page numbers: a number alone at the top or bottom of a page.
  std::size_t numbered = 0;
  for (auto& page : pages) {
    const std::size_t n = page.lines.size();
    for (std::size_t i = 0; i < n; ++i) {
      const bool edge = i == 0 || i + 1 == n;
      if (edge && is_page_number(page.lines[i]) && !page.furniture[i]) {
        page.furniture[i] = true;
        ++numbered;
        break;
      }
    }
  }
  // Running headers and footers: the same line (digits aside) near the top, or
  // near the bottom, of at least half the pages, and of two at least.
  const std::size_t with_text =
      std::count_if(pages.begin(), pages.end(), [](const Page& p) { return !p.lines.empty(); });
  for (const bool top : {true, false}) {
    std::map<std::string, std::size_t> seen;  // shape -> pages
    for (const auto& page : pages) {
      std::vector<std::string> shapes;
      const std::size_t n = page.lines.size();
      for (std::size_t k = 0; k < std::min(kEdgeLines, n); ++k) {
        const std::size_t i = top ? k : n - 1 - k;
        shapes.push_back(shape(page.lines[i]));
      }
      std::sort(shapes.begin(), shapes.end());
      shapes.erase(std::unique(shapes.begin(), shapes.end()), shapes.end());
      for (auto& s : shapes) ++seen[s];
    }
    for (const auto& [s, count] : seen) {
      if (count < 2 || count * 2 < with_text) continue;
      std::string_view example;
      std::size_t removed = 0;
      for (auto& page : pages) {
        const std::size_t n = page.lines.size();
        for (std::size_t k = 0; k < std::min(kEdgeLines, n); ++k) {
          const std::size_t i = top ? k : n - 1 - k;
          if (!page.furniture[i] && shape(page.lines[i]) == s) {
            page.furniture[i] = true;
            if (example.empty()) example = page.lines[i];
            ++removed;
          }
        }
      }
      if (removed)
        record.warnings.push_back(std::string(top ? "running header" : "running footer") +
                                  " removed from " + std::to_string(removed) +
                                  " pages: " + quoted(example));
    }
  }
  if (numbered)
    record.warnings.push_back("page numbers removed from " + std::to_string(numbered) + " pages");
  for (const auto& page : pages) {
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      if (page.furniture[i]) continue;
      record.body += page.lines[i];
      record.body += '\n';
    }
  }
  // A database export printed to PDF: its articles.
  if (auto articles = read_news_export(file_name, record.body)) {
    if (*articles && !articles->value().empty()) {
      auto& first = articles->value().front().warnings;
      first.insert(first.begin(), record.warnings.begin(), record.warnings.end());
    }
    return std::move(*articles);
  }
  return std::vector<Record>{std::move(record)};
}

}  // namespace presslens::input
