#include "html/json_ld.hpp"

#include <nlohmann/json.hpp>

#include <vector>

#include "input/records.hpp"

namespace presslens::html {
namespace {

using nlohmann::json;

// Objects deeper than this are not looked at (real metadata is shallow).
constexpr std::size_t kDeepest = 16;

bool has_type(const json& object, std::initializer_list<std::string_view> types) {
  const auto it = object.find("@type");
  if (it == object.end()) return false;
  auto matches = [&](const json& t) {
    if (!t.is_string()) return false;
    const auto& name = t.get_ref<const std::string&>();
    for (const auto type : types) {
      if (name.find(type) != std::string::npos) return true;
    }
    return false;
  };
  if (it->is_array()) {
    for (const auto& t : *it) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(*it);
}

std::string string_of(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) {
    return it->front().get<std::string>();
  }
  return {};
}

// "author": "Jane Doe" | {"name": ...} | [{"name": ...}, ...]
void add_authors(const json& value, PageMetadata& meta) {
  if (value.is_string()) {
    const auto& name = value.get_ref<const std::string&>();
    if (!name.empty() && name.find("://") == std::string::npos) {
      meta.authors.push_back({name, MetaSource::json_ld});
    }
  } else if (value.is_object()) {
    if (auto name = string_of(value, "name"); !name.empty()) {
      meta.authors.push_back({std::move(name), MetaSource::json_ld});
    }
  } else if (value.is_array()) {
    for (const auto& item : value) {
      if (!item.is_array()) add_authors(item, meta);
    }
  }
}

void read_article(const json& object, PageMetadata& meta) {
  for (const char* key : {"headline", "name"}) {
    if (auto title = string_of(object, key); !title.empty()) {
      meta.titles.push_back({std::move(title), MetaSource::json_ld});
      break;
    }
  }
  for (const char* key : {"datePublished", "dateCreated"}) {
    if (auto date = input::iso_date(string_of(object, key))) {
      meta.dates.push_back({*date, MetaSource::json_ld});
    }
  }
  if (auto date = input::iso_date(string_of(object, "dateModified"))) {
    meta.dates.push_back({*date, MetaSource::json_ld, true});
  }
  if (const auto it = object.find("author"); it != object.end()) add_authors(*it, meta);
  if (auto body = string_of(object, "articleBody"); !body.empty() && !meta.article_body) {
    meta.article_body = std::move(body);
  }
  if (const auto it = object.find("publisher"); it != object.end() && it->is_object()) {
    if (auto name = string_of(*it, "name"); !name.empty() && !meta.site_name) {
      meta.site_name = std::move(name);
    }
  }
}

void read_object(const json& object, PageMetadata& meta) {
  if (has_type(object, {"Article", "BlogPosting", "Report", "Posting", "Blog"})) {
    read_article(object, meta);
  } else if (has_type(object, {"WebPage"})) {
    for (const char* key : {"datePublished", "dateCreated"}) {
      if (auto date = input::iso_date(string_of(object, key))) {
        meta.dates.push_back({*date, MetaSource::json_ld});
      }
    }
  } else if (has_type(object, {"WebSite"})) {
    if (auto name = string_of(object, "name"); !name.empty() && !meta.site_name) {
      meta.site_name = std::move(name);
    }
  }
}

// Scripts sometimes wrap their JSON in an HTML comment or CDATA.
std::string_view unwrap(std::string_view s) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                                    {"//<![CDATA[", "//]]>"},
                                    {"<![CDATA[", "]]>"}}) {
    const auto a = s.find(open);
    const auto b = s.rfind(close);
    if (a != std::string_view::npos && b != std::string_view::npos && b > a &&
        s.find_first_not_of(" \t\r\n") == a) {
      return s.substr(a + open.size(), b - a - open.size());
    }
  }
  return s;
}

}  // namespace

void read_json_ld(std::string_view text, PageMetadata& meta) {
  text = unwrap(text);
  const json document = json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) return;
  // Breadth-first over objects and arrays, to a bounded depth.
  std::vector<std::pair<const json*, std::size_t>> queue{{&document, 0}};
  for (std::size_t at = 0; at < queue.size(); ++at) {
    const auto [value, depth] = queue[at];
    if (depth > kDeepest) continue;
    if (value->is_object()) {
      read_object(*value, meta);
      for (const char* key : {"@graph", "mainEntity", "itemListElement"}) {
        if (const auto it = value->find(key); it != value->end())
          queue.emplace_back(&*it, depth + 1);
      }
    } else if (value->is_array()) {
      for (const auto& item : *value) queue.emplace_back(&item, depth + 1);
    }
  }
}

}  // namespace presslens::html
