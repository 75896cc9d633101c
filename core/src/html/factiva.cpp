#include "html/factiva.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "html/blocks.hpp"
#include "input/export_lines.hpp"
#include "input/factiva.hpp"

namespace presslens::html {
namespace {

bool has_class(const Dom& dom, std::uint32_t n, std::string_view name) {
  std::string_view classes = dom.attribute(n, "class");
  while (!classes.empty()) {
    const auto start = classes.find_first_not_of(" \t\n\r\f");
    if (start == std::string_view::npos) break;
    classes.remove_prefix(start);
    const auto end = classes.find_first_of(" \t\n\r\f");
    if (classes.substr(0, end) == name) return true;
    if (end == std::string_view::npos) break;
    classes.remove_prefix(end);
  }
  return false;
}

// The nearest element with `tag` at or above `n` that is still inside
// `within`, or kNoNode.
std::uint32_t enclosing(const Dom& dom, std::uint32_t n, Tag tag, std::uint32_t within) {
  for (; n != kNoNode && n != within; n = dom.node(n).parent) {
    if (dom.is(n, tag)) return n;
  }
  return kNoNode;
}

std::uint32_t first_element_child(const Dom& dom, std::uint32_t n) {
  for (std::uint32_t c = dom.node(n).first_child; c != kNoNode; c = dom.node(c).next_sibling) {
    if (dom.node(c).type == NodeType::element) return c;
  }
  return kNoNode;
}

std::uint32_t next_element_sibling(const Dom& dom, std::uint32_t n) {
  for (std::uint32_t c = dom.node(n).next_sibling; c != kNoNode; c = dom.node(c).next_sibling) {
    if (dom.node(c).type == NodeType::element) return c;
  }
  return kNoNode;
}

struct Article {
  std::uint32_t div = kNoNode;
  std::vector<std::string> lines;  // its blocks' text, in order
  // Its code rows: the code, and the lines of the cell beside it.
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;
  std::unordered_map<std::uint32_t, std::size_t> row_of_cell;  // value cell -> index in rows
};

bool coded(const Article& a) {
  bool headline = false, other = false;
  for (const auto& [code, lines] : a.rows) {
    headline = headline || code == "HD";
    other = other || code == "AN" || code == "SN" || code == "PD" || code == "WC";
  }
  return headline && other;
}

bool plain(const Article& a) {
  bool words = false, document = false;
  for (const auto& line : a.lines) {
    words = words || input::factiva::is_word_count(line);
    document = document || !input::factiva::accession(line).empty();
  }
  return words && document;
}

input::Record read_coded(const Article& a, std::size_t index) {
  input::Record record;
  record.database = "Factiva";
  std::string body;
  bool accession = false;
  for (const auto& [code, lines] : a.rows) {
    std::string value;
    for (const auto& line : lines) value += (value.empty() ? "" : "\n") + line;
    input::factiva::set_field(record, body, code, value);
    accession = accession || (code == "AN" && !value.empty());
  }
  record.body = std::move(body);
  input::exports::finish_article(record, index);
  if (!accession) {
    record.warnings.push_back("article " + std::to_string(index) +
                              " of the Factiva export is cut short (it has no AN row, the "
                              "accession number that ends an article): the file may be incomplete");
  }
  return record;
}

input::Record read_plain(const Article& a, std::size_t index) {
  std::vector<std::string_view> lines(a.lines.begin(), a.lines.end());
  std::size_t last = 0;
  while (last < lines.size() && input::factiva::accession(lines[last]).empty()) ++last;
  const bool closed = last < lines.size();
  if (!closed) lines.emplace_back();  // read_plain reads the "Document" line at `last`
  input::Record record = input::factiva::read_plain(lines, 0, last, index);
  if (!closed) {
    record.warnings.push_back(
        "article " + std::to_string(index) +
        " of the Factiva export is cut short (it has no \"Document\" line, the accession number "
        "that ends an article): the file may be incomplete");
  } else if (last + 1 < lines.size()) {
    record.warnings.push_back("article " + std::to_string(index) +
                              " of the Factiva export: " + std::to_string(lines.size() - last - 1) +
                              " lines after its \"Document\" line were left out");
  }
  return record;
}

}  // namespace

std::optional<Result<std::vector<input::Record>>> read_factiva_html(const std::string& file_name,
                                                                    const Dom& dom,
                                                                    std::size_t bytes) {
  // The article divs, outermost only.
  std::vector<Article> articles;
  std::unordered_map<std::uint32_t, std::size_t> article_of;
  for (std::uint32_t n = 0; n != kNoNode && n < dom.size();) {
    if (dom.is(n, Tag::div) && has_class(dom, n, "article")) {
      article_of[n] = articles.size();
      articles.push_back({n, {}, {}, {}});
      n = dom.next_after(n);
    } else {
      n = dom.next(n);
    }
  }
  if (articles.empty()) return std::nullopt;
  // Each article's code rows: a row whose first cell is a code alone.
  for (auto& a : articles) {
    const std::uint32_t end = dom.next_after(a.div);
    for (std::uint32_t n = a.div; n != end && n != kNoNode; n = dom.next(n)) {
      if (!dom.is(n, Tag::tr)) continue;
      const std::uint32_t code_cell = first_element_child(dom, n);
      if (code_cell == kNoNode) continue;
      const std::uint32_t value_cell = next_element_sibling(dom, code_cell);
      std::string code = dom.text_content(code_cell);
      if (value_cell == kNoNode || !input::factiva::is_code(code)) continue;
      a.row_of_cell[value_cell] = a.rows.size();
      a.rows.emplace_back(std::move(code), std::vector<std::string>{});
    }
  }
  // Cheaply first: an ordinary page's article divs have neither the code
  // table nor the Article Format's word count and "Document" line.
  const bool candidate = std::any_of(articles.begin(), articles.end(), [&](const Article& a) {
    if (coded(a)) return true;
    const std::string text = dom.text_content(a.div);
    return text.find(" words") != std::string::npos && text.find("Document ") != std::string::npos;
  });
  if (!candidate) return std::nullopt;
  // The blocks of text, each to its article (and its code row).
  for (auto& block : page_blocks(dom)) {
    std::uint32_t n = block.element;
    while (n != kNoNode && !article_of.contains(n)) n = dom.node(n).parent;
    if (n == kNoNode) continue;  // outside the articles: Factiva's page, nobody's text
    Article& a = articles[article_of[n]];
    for (std::uint32_t cell = enclosing(dom, block.element, Tag::td, a.div); cell != kNoNode;
         cell = enclosing(dom, dom.node(cell).parent, Tag::td, a.div)) {
      if (const auto it = a.row_of_cell.find(cell); it != a.row_of_cell.end()) {
        a.rows[it->second].second.push_back(block.text);
        break;
      }
    }
    a.lines.push_back(std::move(block.text));
  }
  std::vector<input::Record> records;
  bool any = false;
  for (const auto& a : articles) {
    const bool is_coded = coded(a);
    const bool is_plain = !is_coded && plain(a);
    any = any || is_coded || is_plain;
    // An article div that is neither (cut short before its fields) is still
    // Factiva's: read as plain text, with the warning.
    records.push_back(is_coded ? read_coded(a, records.size() + 1)
                               : read_plain(a, records.size() + 1));
  }
  if (!any) return std::nullopt;
  return input::exports::settle_export(file_name, std::move(records), {}, bytes);
}

}  // namespace presslens::html
