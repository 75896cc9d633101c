// What a page's class and id names say about an element: "comments",
// "share-buttons", "related-posts", "entry-content"... Words are split at
// dashes, underscores, digits and camelCase humps, then looked up in a few
// groups. Evidence for the extraction, weighed by the fitted model.
#pragma once

#include <cstdint>
#include <string_view>

namespace presslens::html {

enum class Cue : std::uint8_t {
  comment,     // comments, disqus, respond, replies
  share,       // share, social, sharing buttons
  related,     // related, recommended, popular, trending, read next
  navigation,  // nav, menu, breadcrumb, pagination
  sidebar,     // sidebar, widget, rail
  footer,      // footer, copyright, colophon
  header,      // header, masthead, banner, logo
  advert,      // ad, ads, sponsor, promo
  newsletter,  // newsletter, subscribe, signup
  meta,        // byline, author, date, tags, categories
  caption,     // caption, credit
  consent,     // cookie, consent, gdpr
  popup,       // modal, popup, overlay
  hidden,      // hidden, sr-only, visually-hidden
  bio,         // author bio, about the author
  content,     // article, content, entry, post, story, body, text
  count,
};

using CueSet = std::uint32_t;  // one bit per Cue

constexpr CueSet cue_bit(Cue cue) {
  return CueSet{1} << static_cast<unsigned>(cue);
}

// The cues in a class or id attribute's value.
CueSet cues_in(std::string_view names);

std::string_view cue_name(Cue cue);

}  // namespace presslens::html
