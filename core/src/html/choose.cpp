#include "html/choose.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <tuple>

#include "html/entities.hpp"
#include "text/case.hpp"
#include "text/utf8.hpp"

namespace presslens::html {
namespace {

using learn::ActiveFeatures;

#define PRESSLENS_TITLE_FEATURES(X)                             \
  X(bias, "bias")                                               \
  X(json_ld, "json-ld")                                         \
  X(json_ld_cut, "json-ld cut")                                 \
  X(open_graph, "og:title")                                     \
  X(open_graph_cut, "og:title cut")                             \
  X(twitter, "twitter:title")                                   \
  X(twitter_cut, "twitter:title cut")                           \
  X(microdata, "microdata")                                     \
  X(microdata_cut, "microdata cut")                             \
  X(title, "title element")                                     \
  X(title_cut, "title element cut")                             \
  X(h1_first, "first h1")                                       \
  X(h1_other, "other h1")                                       \
  X(sources_1, "1 source")                                      \
  X(sources_2, "2 sources")                                     \
  X(sources_3, "3+ sources")                                    \
  X(words_1, "words 1")                                         \
  X(words_2, "words 2-3")                                       \
  X(words_4, "words 4-15")                                      \
  X(words_16, "words 16+")                                      \
  X(site_name, "is the site name")                              \
  X(cut_site_name, "cut the site name")                         \
  X(separator, "holds a separator")                             \
  X(all_caps, "all capitals")                                   \
  X(kept_head, "kept the part before the separator")            \
  X(kept_tail, "kept the part after the separator")             \
  X(first_of_several, "cut at the first of several separators") \
  X(dropped_few, "dropped 1-3 words between the separators")    \
  X(dropped_many, "dropped 4+ words between the separators")    \
  X(agrees, "shares most words with a title of the other kind") \
  X(h1_before, "h1 before the article text")                    \
  X(h1_inside, "h1 in the article text")                        \
  X(h1_after, "h1 after the article text")                      \
  X(h1_lead_in, "h1 just before the article text")              \
  X(h1_link, "h1 is a link")                                    \
  X(slug_most, "most words in the address")                     \
  X(slug_some, "some words in the address")                     \
  X(slug_few, "few words in the address")                       \
  X(slug_best, "the most words in the address")

enum class TitleFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name) id,
  PRESSLENS_TITLE_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

constexpr std::array<std::string_view, static_cast<std::size_t>(TitleFeature::count)> kTitleNames{
#define PRESSLENS_NAME(id, name) name,
    PRESSLENS_TITLE_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
};

#define PRESSLENS_DATE_FEATURES(X)             \
  X(bias, "bias")                              \
  X(json_ld, "json-ld published")              \
  X(json_ld_modified, "json-ld modified")      \
  X(open_graph, "og published")                \
  X(open_graph_modified, "og modified")        \
  X(meta, "meta published")                    \
  X(meta_modified, "meta modified")            \
  X(microdata, "microdata published")          \
  X(microdata_modified, "microdata modified")  \
  X(time_first, "first time element")          \
  X(time_other, "other time element")          \
  X(url, "url")                                \
  X(byline_first, "first byline date")         \
  X(byline_other, "other byline date")         \
  X(byline_updated, "byline says updated")     \
  X(sources_1, "1 source")                     \
  X(sources_2, "2 sources")                    \
  X(sources_3, "3+ sources")                   \
  X(earliest, "earliest")                      \
  X(latest, "latest")                          \
  X(only_modified, "only modification dates")  \
  X(before, "written before the article text") \
  X(inside, "written in the article text")     \
  X(after, "written after the article text")   \
  X(lead_in, "just before the article text")   \
  X(no_date, "no date")

enum class DateFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name) id,
  PRESSLENS_DATE_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

constexpr std::array<std::string_view, static_cast<std::size_t>(DateFeature::count)> kDateNames{
#define PRESSLENS_NAME(id, name) name,
    PRESSLENS_DATE_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
};

constexpr learn::NamedWeight kTitleWeights[] = {
#include "html/title_weights.inc"
};
constexpr learn::NamedWeight kDateWeights[] = {
#include "html/date_weights.inc"
};

template <typename E>
void add(ActiveFeatures& a, E feature) {
  const auto f = static_cast<learn::FeatureIndex>(feature);
  if (std::find(a.begin(), a.end(), f) == a.end()) a.push_back(f);
}

// Entities decoded, and every run of white space (a no-break space too:
// "Headline&nbsp;|&nbsp;Site") one ASCII space, so that separators are found.
std::string clean_value(std::string_view raw) {
  const std::string decoded = decode_entities(raw);
  std::string out;
  bool space = false;
  const auto* s = reinterpret_cast<const std::uint8_t*>(decoded.data());
  const auto length = static_cast<std::int32_t>(decoded.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && (u_isUWhiteSpace(c) || c == 0xA0)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(decoded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
  return out;
}

// Separators between a headline and a site name, widest first.
constexpr std::array<std::string_view, 10> kSeparators{
    " | ",        " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " \xE2\x80\xA2 ",
    " \xC2\xB7 ", " :: ",           " \xC2\xBB ",     " / ", ": "};

struct Split {
  std::string head;  // before the separator
  std::string tail;  // after it
};

// The last separator (the site name usually ends the title), or the first
// ": " ("Blog name: Headline").
std::optional<Split> split_title(const std::string& title) {
  std::size_t best = std::string::npos;
  std::size_t width = 0;
  for (const auto separator : kSeparators) {
    if (separator == ": ") continue;
    const auto at = title.rfind(separator);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      width = separator.size();
    }
  }
  if (best == std::string::npos) {
    best = title.find(": ");
    width = 2;
  }
  if (best == std::string::npos || best == 0 || best + width >= title.size()) return std::nullopt;
  return Split{title.substr(0, best), title.substr(best + width)};
}

// "Headline - Part 1 | Site": the part before the first of several
// separators, or nullopt when there are not several.
std::optional<std::string> before_first_separator(const std::string& title) {
  std::size_t first = std::string::npos;
  std::size_t count = 0;
  for (const auto separator : kSeparators) {
    if (separator == ": ") continue;
    for (auto at = title.find(separator); at != std::string::npos;
         at = title.find(separator, at + separator.size())) {
      ++count;
      first = std::min(first, at);
    }
  }
  if (count < 2 || first == 0) return std::nullopt;
  return title.substr(0, first);
}

bool has_separator(const std::string& title) {
  for (const auto separator : kSeparators) {
    if (separator != ": " && title.find(separator) != std::string::npos) return true;
  }
  return false;
}

// "https://www.moz.com/learn" -> "moz"
std::string domain_word(const std::optional<std::string>& url) {
  if (!url) return {};
  auto host = std::string_view(*url);
  const auto scheme = host.find("://");
  if (scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
  host = host.substr(0, host.find('/'));
  if (host.starts_with("www.")) host.remove_prefix(4);
  return title_key(host.substr(0, host.find('.')));
}

int word_count(const std::string& key) {
  if (key.empty()) return 0;
  return static_cast<int>(std::count(key.begin(), key.end(), ' ')) + 1;
}

struct TitleSource {
  TitleFeature full;
  TitleFeature cut;
};

TitleSource title_source(const Candidate& c, bool first_h1) {
  switch (c.source) {
    case MetaSource::json_ld:
      return {TitleFeature::json_ld, TitleFeature::json_ld_cut};
    case MetaSource::open_graph:
      return {TitleFeature::open_graph, TitleFeature::open_graph_cut};
    case MetaSource::twitter:
      return {TitleFeature::twitter, TitleFeature::twitter_cut};
    case MetaSource::microdata:
      return {TitleFeature::microdata, TitleFeature::microdata_cut};
    case MetaSource::heading:
      return first_h1 ? TitleSource{TitleFeature::h1_first, TitleFeature::h1_first}
                      : TitleSource{TitleFeature::h1_other, TitleFeature::h1_other};
    default:
      return {TitleFeature::title, TitleFeature::title_cut};
  }
}

enum class Place { before, inside, after };

// Just before the article's text: in the few blocks before its first.
bool leads_in(std::uint32_t node, const ArticleSpan& span) {
  return node != kNoNode && span.lead_in != kNoNode && node >= span.lead_in && node < span.first;
}

// Where an element lies relative to the article's kept text.
std::optional<Place> place(std::uint32_t node, const ArticleSpan& span) {
  if (node == kNoNode || span.first == kNoNode) return std::nullopt;
  if (node < span.first) return Place::before;
  if (node <= span.last) return Place::inside;
  return Place::after;
}

std::vector<std::string> words_in(const std::string& key) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < key.size()) {
    auto end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Most of the option's words are in one of the declared titles (a heading
// that rewords the declared title slightly, or a declared title's part).
bool agrees_with(const std::string& key, const std::vector<std::string>& declared) {
  const auto words = words_in(key);
  if (words.empty()) return false;
  for (const auto& d : declared) {
    if (d == key) continue;
    const auto other = words_in(d);
    std::size_t shared = 0;
    for (const auto& w : words) shared += std::find(other.begin(), other.end(), w) != other.end();
    if (shared * 3 >= words.size() * 2) return true;
  }
  return false;
}

class Options {
 public:
  Option& get(const std::string& value, const std::string& key) {
    for (auto& o : options_) {
      if (o.key == key) return o;
    }
    options_.push_back({value, key, {}});
    sources_.emplace_back();
    return options_.back();
  }
  // Notes a source of the option: `source` tells sources apart for counting.
  void note_source(Option& option, int source, MetaSource where) {
    auto& list = sources_[static_cast<std::size_t>(&option - options_.data())];
    if (std::find(list.begin(), list.end(), source) == list.end()) list.push_back(source);
    if (std::find(option.sources.begin(), option.sources.end(), where) == option.sources.end()) {
      option.sources.push_back(where);
    }
  }
  std::size_t source_count(std::size_t i) const { return sources_[i].size(); }
  std::vector<Option>& list() { return options_; }

 private:
  std::vector<Option> options_;
  std::vector<std::vector<int>> sources_;
};

}  // namespace

std::string title_key(std::string_view title) {
  std::string key;
  const auto* s = reinterpret_cast<const std::uint8_t*>(title.data());
  const auto length = static_cast<std::int32_t>(title.size());
  bool space = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalnum(c)) {
      space = !key.empty();
      continue;
    }
    if (space) key.push_back(' ');
    space = false;
    text::append_utf8(key, static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
  }
  return key;
}

// The first or last words of `key`, written together, are `name` (the
// address's name): "bbc news" and "the washington post" name bbc.co.uk and
// washingtonpost.com; "learn web development" only holds web.dev's name.
bool spells_at_an_end(std::string_view key, std::string_view name) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < key.size();) {
    const std::size_t space = std::min(key.find(' ', at), key.size());
    if (space > at) words.push_back(key.substr(at, space - at));
    at = space + 1;
  }
  std::string first, last;
  for (std::size_t i = 0; i < words.size(); ++i) {
    first += words[i];
    last.insert(0, words[words.size() - 1 - i]);
    if (first == name || last == name) return true;
  }
  return false;
}

// The distinct words of the last part of a page's address, often its
// headline's ("/2025/09/04/top-nutrition-trends-for-fall-2025/"), as
// title_key reads them, numbers left out: none when fewer than two are left
// ("/article/12345").
std::vector<std::string> address_words(const std::optional<std::string>& url) {
  if (!url) return {};
  std::string_view path(*url);
  const auto scheme = path.find("://");
  if (scheme != std::string_view::npos) path.remove_prefix(scheme + 3);
  path = path.substr(0, path.find_first_of("?#"));
  const auto slash = path.find('/');
  if (slash == std::string_view::npos) return {};
  path.remove_prefix(slash);
  while (path.ends_with('/')) path.remove_suffix(1);
  path = path.substr(path.rfind('/') + 1);
  if (const auto dot = path.rfind('.'); dot != std::string_view::npos && path.size() - dot <= 5)
    path = path.substr(0, dot);  // ".html"
  auto words = words_in(title_key(path));
  std::erase_if(words, [](const std::string& w) {
    return std::all_of(w.begin(), w.end(), text::is_ascii_digit);
  });
  if (words.size() < 2) return {};
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Of a title's distinct words, how many are among the address's words.
struct AddressShare {
  std::size_t found = 0;
  std::size_t words = 0;
  // found / words >= n / d, in integers
  bool at_least(std::size_t n, std::size_t d) const { return words > 0 && found * d >= words * n; }
  bool operator<(const AddressShare& o) const { return found * o.words < o.found * words; }
};

AddressShare address_share(const std::string& key, const std::vector<std::string>& address) {
  auto words = words_in(key);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  AddressShare out{0, words.size()};
  for (const auto& w : words) out.found += std::binary_search(address.begin(), address.end(), w);
  return out;
}

std::vector<Option> title_options(const PageMetadata& meta, const ArticleSpan& span) {
  Options options;
  std::vector<std::string> declared;  // the keys of the declared titles and their parts
  std::vector<std::string> headings;  // the keys of the <h1>s
  const std::string site = meta.site_name ? title_key(*meta.site_name) : std::string();
  const std::string domain = domain_word(meta.canonical_url ? meta.canonical_url : meta.saved_from);
  auto names_site = [&](const std::string& key) {
    if (key.empty()) return false;
    if (key == site || key == domain) return true;
    return !domain.empty() && word_count(key) <= 4 && spells_at_an_end(key, domain);
  };
  bool seen_h1 = false;
  for (const auto& c : meta.titles) {
    const std::string value = clean_value(c.value);
    if (title_key(value).empty()) continue;
    const bool first_h1 = c.source == MetaSource::heading && !seen_h1;
    if (c.source == MetaSource::heading) seen_h1 = true;
    const TitleSource source = title_source(c, first_h1);
    const int source_id = static_cast<int>(source.full);
    auto& full = options.get(value, title_key(value));
    add(full.features, source.full);
    options.note_source(full, source_id, c.source);
    if (c.source == MetaSource::heading) {
      headings.push_back(title_key(value));
      if (c.linked) add(full.features, TitleFeature::h1_link);
      if (const auto where = place(c.node, span)) {
        add(full.features, *where == Place::before   ? TitleFeature::h1_before
                           : *where == Place::inside ? TitleFeature::h1_inside
                                                     : TitleFeature::h1_after);
      }
      if (leads_in(c.node, span)) add(full.features, TitleFeature::h1_lead_in);
      continue;
    }
    declared.push_back(title_key(value));
    if (const auto split = split_title(value)) {
      declared.push_back(title_key(split->head));
      declared.push_back(title_key(split->tail));
    }
    if (const auto split = split_title(value)) {
      const std::string head_key = title_key(split->head);
      const std::string tail_key = title_key(split->tail);
      // Keep the part that is not the site name; both when it is unclear.
      for (const auto& [part, other, kept] :
           {std::tuple{split->head, tail_key, TitleFeature::kept_head},
            std::tuple{split->tail, head_key, TitleFeature::kept_tail}}) {
        const std::string key = title_key(part);
        if (key.empty() || names_site(key)) continue;
        auto& cut = options.get(part, key);
        add(cut.features, source.cut);
        add(cut.features, kept);
        if (names_site(other)) add(cut.features, TitleFeature::cut_site_name);
        options.note_source(cut, source_id, c.source);
      }
    }
    if (const auto head = before_first_separator(value)) {
      const std::string key = title_key(*head);
      if (!key.empty() && !names_site(key)) {
        declared.push_back(key);
        // What is cut besides the last part (usually the site's name): a
        // section name ("Blog") or a subtitle.
        const auto last = split_title(value);
        const int dropped = word_count(title_key(value)) - word_count(key) -
                            (last ? word_count(title_key(last->tail)) : 0);
        auto& cut = options.get(*head, key);
        add(cut.features, source.cut);
        add(cut.features, TitleFeature::kept_head);
        add(cut.features, TitleFeature::first_of_several);
        add(cut.features, dropped <= 3 ? TitleFeature::dropped_few : TitleFeature::dropped_many);
        options.note_source(cut, source_id, c.source);
      }
    }
  }
  auto& list = options.list();
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto& o = list[i];
    add(o.features, TitleFeature::bias);
    const auto n = options.source_count(i);
    add(o.features, n <= 1   ? TitleFeature::sources_1
                    : n == 2 ? TitleFeature::sources_2
                             : TitleFeature::sources_3);
    const int words = word_count(o.key);
    add(o.features, words <= 1    ? TitleFeature::words_1
                    : words <= 3  ? TitleFeature::words_2
                    : words <= 15 ? TitleFeature::words_4
                                  : TitleFeature::words_16);
    if (names_site(o.key)) add(o.features, TitleFeature::site_name);
    // A heading that rewords a declared title, or a declared title a heading rewords.
    const bool heading = std::find(headings.begin(), headings.end(), o.key) != headings.end();
    if (agrees_with(o.key, heading ? declared : headings)) add(o.features, TitleFeature::agrees);
    if (has_separator(o.value)) add(o.features, TitleFeature::separator);
    bool lower = false;
    for (const char c : o.value) lower = lower || (c >= 'a' && c <= 'z');
    if (!lower) add(o.features, TitleFeature::all_caps);
  }
  // A headline's words are often the address's ("how-to-start-an-llc-in-new-york").
  const auto address = address_words(meta.canonical_url ? meta.canonical_url : meta.saved_from);
  if (!address.empty()) {
    std::vector<AddressShare> shares;
    for (const auto& o : list) shares.push_back(address_share(o.key, address));
    AddressShare best;  // the largest share
    for (const auto& share : shares) {
      if (best.words == 0 || best < share) best = share;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const AddressShare& share = shares[i];
      add(list[i].features, share.at_least(2, 3)   ? TitleFeature::slug_most
                            : share.at_least(1, 3) ? TitleFeature::slug_some
                                                   : TitleFeature::slug_few);
      if (share.found > 0 && !(share < best)) add(list[i].features, TitleFeature::slug_best);
    }
  }
  return std::move(list);
}

std::vector<Option> date_options(const PageMetadata& meta, const ArticleSpan& span) {
  Options options;
  bool seen_time = false;
  bool seen_byline = false;
  for (const auto& c : meta.dates) {
    DateFeature feature = DateFeature::url;
    switch (c.source) {
      case MetaSource::json_ld:
        feature = c.modified ? DateFeature::json_ld_modified : DateFeature::json_ld;
        break;
      case MetaSource::open_graph:
        feature = c.modified ? DateFeature::open_graph_modified : DateFeature::open_graph;
        break;
      case MetaSource::meta_name:
        feature = c.modified ? DateFeature::meta_modified : DateFeature::meta;
        break;
      case MetaSource::microdata:
        feature = c.modified ? DateFeature::microdata_modified : DateFeature::microdata;
        break;
      case MetaSource::time_element:
        feature = seen_time ? DateFeature::time_other : DateFeature::time_first;
        seen_time = true;
        break;
      case MetaSource::byline:
        feature = seen_byline ? DateFeature::byline_other : DateFeature::byline_first;
        seen_byline = true;
        break;
      default:
        break;
    }
    auto& option = options.get(c.value, c.value);
    add(option.features, feature);
    if (c.source == MetaSource::byline && c.modified) {
      add(option.features, DateFeature::byline_updated);
    }
    if (c.source == MetaSource::time_element || c.source == MetaSource::byline) {
      if (const auto where = place(c.node, span)) {
        add(option.features, *where == Place::before   ? DateFeature::before
                             : *where == Place::inside ? DateFeature::inside
                                                       : DateFeature::after);
      }
      if (leads_in(c.node, span)) add(option.features, DateFeature::lead_in);
    }
    options.note_source(option, static_cast<int>(feature), c.source);
  }
  auto& list = options.list();
  std::string earliest, latest;
  for (const auto& o : list) {
    if (earliest.empty() || o.key < earliest) earliest = o.key;
    if (latest.empty() || o.key > latest) latest = o.key;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto& o = list[i];
    add(o.features, DateFeature::bias);
    const auto n = options.source_count(i);
    add(o.features, n <= 1   ? DateFeature::sources_1
                    : n == 2 ? DateFeature::sources_2
                             : DateFeature::sources_3);
    if (list.size() > 1 && o.key == earliest) add(o.features, DateFeature::earliest);
    if (list.size() > 1 && o.key == latest) add(o.features, DateFeature::latest);
    const bool published =
        std::any_of(o.features.begin(), o.features.end(), [](learn::FeatureIndex f) {
          switch (static_cast<DateFeature>(f)) {
            case DateFeature::json_ld:
            case DateFeature::open_graph:
            case DateFeature::meta:
            case DateFeature::microdata:
            case DateFeature::time_first:
            case DateFeature::time_other:
            case DateFeature::url:
            case DateFeature::byline_first:
            case DateFeature::byline_other:
              return true;
            default:
              return false;
          }
        });
    if (!published) add(o.features, DateFeature::only_modified);
  }
  list.push_back({"", "", {static_cast<learn::FeatureIndex>(DateFeature::no_date)}, {}});
  return std::move(list);
}

std::optional<std::size_t> best_option(const std::vector<Option>& options,
                                       const learn::LinearModel& model) {
  std::optional<std::size_t> best;
  std::int32_t best_score = 0;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const std::int32_t score = model.score(options[i].features);
    if (!best || score > best_score) {
      best = i;
      best_score = score;
    }
  }
  if (best && options[*best].key.empty()) return std::nullopt;  // "no date" wins
  return best;
}

std::span<const std::string_view> title_feature_names() {
  return kTitleNames;
}

std::span<const std::string_view> date_feature_names() {
  return kDateNames;
}

const learn::LinearModel& title_model() {
  static const learn::LinearModel model(kTitleNames, kTitleWeights);
  return model;
}

const learn::LinearModel& date_model() {
  static const learn::LinearModel model(kDateNames, kDateWeights);
  return model;
}

}  // namespace presslens::html
