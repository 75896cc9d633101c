// schema.org metadata in a page's <script type="application/ld+json">: the
// article's headline, dates, author, body and publisher, wherever they sit
// (a single object, an array, an @graph, nested in a WebPage).
#pragma once

#include <string_view>

#include "html/metadata.hpp"

namespace presslens::html {

// Adds what one script's JSON holds to `meta`; JSON that does not parse adds nothing.
void read_json_ld(std::string_view json, PageMetadata& meta);

}  // namespace presslens::html
