// Classes of page furniture recognised by their wording: menus, share
// buttons, comment forms, appeals, captions... English and a few other
// languages; the cleaner treats a match as evidence, combined with the
// block's shape and place (see region.hpp).
#pragma once

#include <string_view>

#include "clean/features.hpp"

namespace presslens::clean {

enum class Furniture {
  none,
  navigation,     // "Skip to content", "Home", "Sign in"
  share,          // "Share", "Tweet", "Link copied to clipboard"
  comment_form,   // "Leave a Reply", "Your email address will not be published."
  read_more,      // "Read more", "Continue reading": the article ends here
  related,        // a marker: "Related", "More from ...", "Most read"
  related_link,   // one link: "Related: <headline>", "... by clicking here"
  advertisement,  // "Advertisement", "Story continues below"
  newsletter,     // "Sign up for our newsletter"
  copyright,      // "© 2019 ...", "All rights reserved"
  cookie,         // "We use cookies ..."
  disclosure,     // "We may earn a commission from links on this page"
  caption,        // "(Photo Internet)", "Photo by ... /Getty Images"
  byline,         // "By Jane Doe", "Published 18 November 2019", "Tags: ..."
  appeal,         // "Support The Moscow Times!", "Contribute Today"
  appeal_header,  // "A Message from The Moscow Times:", "Dear readers,"
};

struct PhraseMatch {
  Furniture furniture = Furniture::none;
  int appeal = 0;  // distinct words of donation and membership appeals
};

PhraseMatch match_phrases(const BlockFeatures& block);

std::string_view reason_for(Furniture furniture);

}  // namespace presslens::clean
