#include "html/metadata.hpp"

#include <array>
#include <charconv>

#include "html/json_ld.hpp"
#include "input/records.hpp"
#include "text/case.hpp"

namespace presslens::html {
namespace {

std::string collapsed(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// <meta> names and properties that give a publication date.
constexpr std::array<std::string_view, 22> kDateNames{"article:published_time",
                                                      "og:published_time",
                                                      "article:published",
                                                      "published_time",
                                                      "publish_date",
                                                      "publish-date",
                                                      "publishdate",
                                                      "pubdate",
                                                      "date",
                                                      "dc.date",
                                                      "dc.date.issued",
                                                      "dc.date.created",
                                                      "dcterms.created",
                                                      "dcterms.date",
                                                      "dcterms.issued",
                                                      "sailthru.date",
                                                      "parsely-pub-date",
                                                      "article.published",
                                                      "originalpublicationdate",
                                                      "citation_publication_date",
                                                      "citation_date",
                                                      "datepublished"};

constexpr std::array<std::string_view, 5> kModifiedNames{"article:modified_time", "og:updated_time",
                                                         "dateModified", "last-modified",
                                                         "dcterms.modified"};

// Other sites' own names for the same dates ("w-published-date",
// "article_modified_date"): a name with a date word and a publication or
// modification word.
bool names_a_date(std::string_view name) {
  return name.find("date") != std::string_view::npos || name.find("time") != std::string_view::npos;
}

bool names_publication(std::string_view name) {
  return names_a_date(name) && name.find("publish") != std::string_view::npos;
}

bool names_modification(std::string_view name) {
  return names_a_date(name) && (name.find("modified") != std::string_view::npos ||
                                name.find("updated") != std::string_view::npos);
}

bool listed(std::string_view name, std::string_view list_name) {
  return text::ascii_lower(list_name) == name;
}

template <std::size_t N>
bool in_list(std::string_view name, const std::array<std::string_view, N>& list) {
  for (const auto entry : list) {
    if (listed(name, entry)) return true;
  }
  return false;
}

void add_date(PageMetadata& meta, std::string_view text, MetaSource source, bool modified,
              std::uint32_t node = kNoNode) {
  if (auto iso = input::iso_date(text)) meta.dates.push_back({*iso, source, modified, node});
}

void read_meta_tag(const Dom& dom, std::uint32_t n, PageMetadata& meta) {
  std::string key = text::ascii_lower(dom.attribute(n, "property"));
  if (key.empty()) key = text::ascii_lower(dom.attribute(n, "name"));
  if (key.empty()) key = text::ascii_lower(dom.attribute(n, "itemprop"));
  const std::string content = collapsed(dom.attribute(n, "content"));
  if (key.empty() || content.empty()) return;
  const bool og = key.starts_with("og:") || key.starts_with("article:");
  if (key == "og:title") meta.titles.push_back({content, MetaSource::open_graph});
  if (key == "twitter:title") meta.titles.push_back({content, MetaSource::twitter});
  if (key == "og:site_name" || key == "application-name") {
    if (!meta.site_name) meta.site_name = content;
  }
  if (key == "og:url" && !meta.canonical_url) meta.canonical_url = content;
  if (key == "description" || key == "og:description") {
    if (!meta.description) meta.description = content;
  }
  if (key == "author" || key == "article:author" || key == "byl" || key == "dc.creator" ||
      key == "parsely-author" || key == "sailthru.author") {
    // article:author is often a profile address; a name has a space and no slash.
    if (content.find("://") == std::string::npos) {
      meta.authors.push_back({content, og ? MetaSource::open_graph : MetaSource::meta_name});
    }
  }
  if (in_list(key, kDateNames)) {
    add_date(meta, content, og ? MetaSource::open_graph : MetaSource::meta_name, false);
  } else if (in_list(key, kModifiedNames) || names_modification(key)) {
    add_date(meta, content, og ? MetaSource::open_graph : MetaSource::meta_name, true);
  } else if (names_publication(key)) {
    add_date(meta, content, og ? MetaSource::open_graph : MetaSource::meta_name, false);
  }
}

void read_microdata(const Dom& dom, std::uint32_t n, PageMetadata& meta) {
  const std::string prop = text::ascii_lower(dom.attribute(n, "itemprop"));
  if (prop.empty() || dom.is(n, Tag::meta)) return;
  auto value = [&] {
    for (const auto attribute : {"content", "datetime"}) {
      if (const auto v = dom.attribute(n, attribute); !v.empty()) return collapsed(v);
    }
    return dom.text_content(n);
  };
  if (prop == "headline") meta.titles.push_back({value(), MetaSource::microdata, false, n});
  if (prop == "datepublished" || prop == "datecreated") {
    add_date(meta, value(), MetaSource::microdata, false, n);
  }
  if (prop == "datemodified") add_date(meta, value(), MetaSource::microdata, true, n);
  if (prop == "author" || prop == "creator") {
    std::string name = value();
    if (!name.empty() && name.size() < 100) {
      meta.authors.push_back({std::move(name), MetaSource::microdata, false, n});
    }
  }
}

std::optional<std::string> saved_from(std::string_view comment) {
  const auto at = comment.find("saved from url=");
  if (at == std::string_view::npos) return std::nullopt;
  auto rest = comment.substr(at + 15);
  if (rest.starts_with("(")) {
    const auto close = rest.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(close + 1);
  }
  // The address runs to the first space or to "--" (the comment's end); the
  // length written before it is not trusted (hand-edited pages get it wrong),
  // and a single hyphen is the address's own.
  std::size_t end = 0;
  while (end < rest.size() && rest[end] != ' ' && rest[end] != '\n' && rest[end] != '\r' &&
         rest[end] != '\t' && !rest.substr(end).starts_with("--")) {
    ++end;
  }
  if (end == 0) return std::nullopt;
  return std::string(rest.substr(0, end));
}

// The heading's whole text is one link: in it ("<h1><a href=/>Site</a></h1>")
// or around it.
bool whole_link(const Dom& dom, std::uint32_t heading, const std::string& text) {
  for (std::uint32_t up = dom.node(heading).parent; up != kNoNode; up = dom.node(up).parent) {
    if (dom.is(up, Tag::a)) return true;
  }
  const std::uint32_t end = dom.next_after(heading);
  for (std::uint32_t n = heading; n != end && n != kNoNode; n = dom.next(n)) {
    if (dom.is(n, Tag::a)) return dom.text_content(n) == text;
  }
  return false;
}

int number(std::string_view digits) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return ec == std::errc() && ptr == digits.data() + digits.size() ? value : -1;
}

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::string_view to_string(MetaSource source) {
  switch (source) {
    case MetaSource::json_ld:
      return "json-ld";
    case MetaSource::open_graph:
      return "open graph";
    case MetaSource::twitter:
      return "twitter";
    case MetaSource::meta_name:
      return "meta";
    case MetaSource::microdata:
      return "microdata";
    case MetaSource::time_element:
      return "time element";
    case MetaSource::heading:
      return "heading";
    case MetaSource::title_element:
      return "title element";
    case MetaSource::url:
      return "url";
    case MetaSource::byline:
      return "byline";
  }
  return "";
}

std::optional<std::string> date_in_url(std::string_view url) {
  // Path segments only (not the host), split at '/', '-', '_' and '.'.
  const auto scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    const auto slash = url.find('/', scheme + 3);
    url = slash == std::string_view::npos ? std::string_view{} : url.substr(slash);
  }
  url = url.substr(0, url.find_first_of("?#"));
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= url.size(); ++i) {
    if (i == url.size() || url[i] == '/' || url[i] == '-' || url[i] == '_' || url[i] == '.') {
      if (i > start) parts.push_back(url.substr(start, i - start));
      start = i + 1;
    }
  }
  char buffer[40];
  for (std::size_t i = 0; i < parts.size(); ++i) {
    // 20150916
    if (parts[i].size() == 8 && digits(parts[i])) {
      const int y = number(parts[i].substr(0, 4));
      const int m = number(parts[i].substr(4, 2));
      const int d = number(parts[i].substr(6, 2));
      if (y >= 1995 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
        return input::iso_date(buffer);
      }
    }
    // 2015/09/16
    if (i + 2 < parts.size() && parts[i].size() == 4 && digits(parts[i]) &&
        parts[i + 1].size() <= 2 && digits(parts[i + 1]) && parts[i + 2].size() <= 2 &&
        digits(parts[i + 2])) {
      const int y = number(parts[i]);
      if (y < 1995 || y > 2100) continue;
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, number(parts[i + 1]),
                    number(parts[i + 2]));
      if (auto iso = input::iso_date(buffer)) return iso;
    }
  }
  return std::nullopt;
}

PageMetadata read_metadata(const Dom& dom) {
  PageMetadata meta;
  for (std::uint32_t n = 0; n < dom.size(); ++n) {
    const Node& node = dom.node(n);
    if (node.type == NodeType::comment) {
      if (!meta.saved_from) meta.saved_from = saved_from(dom.text(n));
      continue;
    }
    if (node.type != NodeType::element) continue;
    switch (node.tag) {
      case Tag::title:
        if (auto text = dom.text_content(n); !text.empty() && dom.node(n).parent != kNoNode) {
          meta.titles.push_back({std::move(text), MetaSource::title_element, false, n});
        }
        break;
      case Tag::meta:
        read_meta_tag(dom, n, meta);
        break;
      case Tag::link:
        if (text::ascii_lower(dom.attribute(n, "rel")) == "canonical" &&
            !dom.attribute(n, "href").empty()) {
          meta.canonical_url = std::string(dom.attribute(n, "href"));
        }
        break;
      case Tag::script:
        if (text::ascii_lower(dom.attribute(n, "type")).find("ld+json") != std::string::npos) {
          read_json_ld(dom.text_content_raw(n), meta);
        }
        break;
      case Tag::h1:
        if (auto text = dom.text_content(n); !text.empty()) {
          const bool linked = whole_link(dom, n, text);
          meta.titles.push_back({std::move(text), MetaSource::heading, false, n, linked});
        }
        break;
      case Tag::time:
        if (const auto datetime = dom.attribute(n, "datetime"); !datetime.empty()) {
          add_date(meta, datetime, MetaSource::time_element, false, n);
        }
        break;
      default:
        break;
    }
    read_microdata(dom, n, meta);
  }
  for (const auto& url : {meta.canonical_url, meta.saved_from}) {
    if (!url) continue;
    if (auto date = date_in_url(*url)) {
      meta.dates.push_back({*date, MetaSource::url});
      break;
    }
  }
  return meta;
}

}  // namespace presslens::html
