// What a page says about itself: its title, author, publication date, site
// name and address, from schema.org JSON-LD, Open Graph and other <meta>
// tags, microdata, <time> elements, its headings, and the address it was
// saved from. Each field keeps every candidate with where it came from; the
// choice between them is in choose.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "html/dom.hpp"

namespace presslens::html {

enum class MetaSource {
  json_ld,        // <script type="application/ld+json">: headline, datePublished, author
  open_graph,     // og:title, article:published_time, article:author
  twitter,        // twitter:title
  meta_name,      // <meta name="date">, "author", "parsely-pub-date"...
  microdata,      // itemprop="headline", "datePublished", "author"
  time_element,   // <time datetime> (and pubdate)
  heading,        // <h1>
  title_element,  // <title>
  url,            // a date in the page's address
  byline,         // a date written near the headline ("Published Sept. 16, 2015")
};

std::string_view to_string(MetaSource source);

struct Candidate {
  std::string value;  // dates as ISO 8601 (2015-09-16)
  MetaSource source;
  bool modified = false;         // a date of modification (dateModified, updated_time)
  std::uint32_t node = kNoNode;  // the element it was read from (headings, <time>)
  bool linked = false;           // a heading whose whole text is one link (a site's logo)
};

struct PageMetadata {
  std::vector<Candidate> titles;
  std::vector<Candidate> dates;
  std::vector<Candidate> authors;
  std::optional<std::string> site_name;
  std::optional<std::string> canonical_url;  // <link rel=canonical>, og:url, JSON-LD url
  std::optional<std::string> saved_from;     // "<!-- saved from url=(0059)https://... -->"
  std::optional<std::string> article_body;   // JSON-LD articleBody
  std::optional<std::string> description;
};

PageMetadata read_metadata(const Dom& dom);

// A date in a page address: /2015/09/16/, /2015-09-16-, /20150916/.
std::optional<std::string> date_in_url(std::string_view url);

}  // namespace presslens::html
