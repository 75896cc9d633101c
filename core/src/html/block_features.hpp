// The evidence on each block of a page, as binary features of the fitted
// block model (block_model.cpp): its text (length, prose, furniture wording,
// from the plain-text cleaner's measures), its element and landmarks, its
// ancestors' class and id names, how much of it is links, where it sits
// relative to the part of the page that holds most of its prose, and whether
// the page's JSON-LD articleBody holds it.
#pragma once

#include <string_view>
#include <vector>

#include "clean/features.hpp"
#include "clean/phrases.hpp"
#include "html/blocks.hpp"
#include "html/metadata.hpp"
#include "learn/linear.hpp"

namespace presslens::html {

// id, name, and the reason given when the feature is what removes a block
// ("" when it is no reason a reader would accept).
#define PRESSLENS_HTML_BLOCK_FEATURES(X)                                     \
  X(bias, "bias", "")                                                        \
  X(words_1, "words 1", "")                                                  \
  X(words_2, "words 2-3", "")                                                \
  X(words_4, "words 4-7", "")                                                \
  X(words_8, "words 8-15", "")                                               \
  X(words_16, "words 16-31", "")                                             \
  X(words_32, "words 32-63", "")                                             \
  X(words_64, "words 64+", "")                                               \
  X(links_none, "links none", "")                                            \
  X(links_some, "links < 25%", "")                                           \
  X(links_half, "links 25-50%", "")                                          \
  X(links_most, "links 50-80%", "a list of links")                           \
  X(links_all, "links > 80%", "a list of links")                             \
  X(prose, "prose", "")                                                      \
  X(ends_sentence, "ends a sentence", "")                                    \
  X(ends_colon, "ends with a colon", "")                                     \
  X(lower_low, "lower-case words < 30%", "")                                 \
  X(lower_mid, "lower-case words 30-60%", "")                                \
  X(lower_high, "lower-case words > 60%", "")                                \
  X(commas, "commas", "")                                                    \
  X(dateish, "date or time line", "byline or date")                          \
  X(link_like, "address or menu line", "navigation")                         \
  X(all_caps, "all capitals", "")                                            \
  X(fur_navigation, "phrase navigation", "navigation")                       \
  X(fur_share, "phrase share", "share buttons")                              \
  X(fur_comment_form, "phrase comment form", "comment form")                 \
  X(fur_read_more, "phrase read more", "read-more link")                     \
  X(fur_related, "phrase related", "related links")                          \
  X(fur_related_link, "phrase related link", "related links")                \
  X(fur_advertisement, "phrase advertisement", "advertisement")              \
  X(fur_newsletter, "phrase newsletter", "newsletter sign-up")               \
  X(fur_copyright, "phrase copyright", "copyright notice")                   \
  X(fur_cookie, "phrase cookie", "cookie notice")                            \
  X(fur_disclosure, "phrase disclosure", "affiliate disclosure")             \
  X(fur_caption, "phrase caption", "photo caption")                          \
  X(fur_byline, "phrase byline", "byline or date")                           \
  X(fur_appeal, "phrase appeal", "donation appeal")                          \
  X(fur_appeal_header, "phrase appeal header", "donation appeal")            \
  X(tag_p, "tag p", "")                                                      \
  X(tag_li, "tag li", "")                                                    \
  X(tag_h1, "tag h1", "")                                                    \
  X(tag_h2, "tag h2", "")                                                    \
  X(tag_h3, "tag h3", "")                                                    \
  X(tag_h4, "tag h4-h6", "")                                                 \
  X(tag_cell, "tag td/th", "")                                               \
  X(tag_div, "tag div", "")                                                  \
  X(tag_definition, "tag dt/dd", "")                                         \
  X(tag_blockquote, "tag blockquote", "")                                    \
  X(tag_pre, "tag pre", "")                                                  \
  X(tag_figcaption, "tag figcaption", "photo caption")                       \
  X(tag_caption, "tag caption", "")                                          \
  X(tag_address, "tag address", "")                                          \
  X(tag_section, "tag article/section/main", "")                             \
  X(tag_landmark, "tag header/footer/nav/aside", "")                         \
  X(tag_form, "tag form/label/legend", "form")                               \
  X(tag_summary, "tag summary/details", "")                                  \
  X(tag_other, "tag other", "")                                              \
  X(in_article, "in article", "")                                            \
  X(in_main, "in main", "")                                                  \
  X(in_article_body, "in itemprop articleBody", "")                          \
  X(in_nav, "in nav", "navigation")                                          \
  X(in_aside, "in aside", "sidebar")                                         \
  X(in_header, "in header", "page header")                                   \
  X(in_footer, "in footer", "page footer")                                   \
  X(in_form, "in form", "form")                                              \
  X(in_figure, "in figure", "photo caption")                                 \
  X(in_list, "in list", "")                                                  \
  X(in_table, "in table", "")                                                \
  X(in_blockquote, "in blockquote", "")                                      \
  X(in_heading, "in heading", "")                                            \
  X(in_address, "in address", "")                                            \
  X(in_details, "in details", "")                                            \
  X(aria_hidden, "aria-hidden", "hidden text")                               \
  X(near_comment, "near class comment", "comments")                          \
  X(near_share, "near class share", "share buttons")                         \
  X(near_related, "near class related", "related links")                     \
  X(near_navigation, "near class navigation", "navigation")                  \
  X(near_sidebar, "near class sidebar", "sidebar")                           \
  X(near_footer, "near class footer", "page footer")                         \
  X(near_header, "near class header", "page header")                         \
  X(near_advert, "near class advert", "advertisement")                       \
  X(near_newsletter, "near class newsletter", "newsletter sign-up")          \
  X(near_meta, "near class meta", "byline or date")                          \
  X(near_caption, "near class caption", "photo caption")                     \
  X(near_consent, "near class consent", "cookie notice")                     \
  X(near_popup, "near class popup", "pop-up")                                \
  X(near_hidden, "near class hidden", "hidden text")                         \
  X(near_bio, "near class bio", "author bio")                                \
  X(near_content, "near class content", "")                                  \
  X(far_comment, "far class comment", "comments")                            \
  X(far_share, "far class share", "share buttons")                           \
  X(far_related, "far class related", "related links")                       \
  X(far_navigation, "far class navigation", "navigation")                    \
  X(far_sidebar, "far class sidebar", "sidebar")                             \
  X(far_footer, "far class footer", "page footer")                           \
  X(far_header, "far class header", "page header")                           \
  X(far_advert, "far class advert", "advertisement")                         \
  X(far_newsletter, "far class newsletter", "newsletter sign-up")            \
  X(far_meta, "far class meta", "byline or date")                            \
  X(far_caption, "far class caption", "photo caption")                       \
  X(far_consent, "far class consent", "cookie notice")                       \
  X(far_popup, "far class popup", "pop-up")                                  \
  X(far_hidden, "far class hidden", "hidden text")                           \
  X(far_bio, "far class bio", "author bio")                                  \
  X(far_content, "far class content", "")                                    \
  X(in_core, "in the prose's core", "")                                      \
  X(before_core, "before the prose's core", "outside the article text")      \
  X(after_core, "after the prose's core", "outside the article text")        \
  X(share_low, "region prose share < 5%", "outside the article text")        \
  X(share_some, "region prose share 5-20%", "")                              \
  X(share_half, "region prose share 20-50%", "")                             \
  X(share_most, "region prose share 50-80%", "")                             \
  X(share_all, "region prose share > 80%", "")                               \
  X(has_body_meta, "page has articleBody", "")                               \
  X(in_body_meta, "in articleBody", "")                                      \
  X(not_in_body_meta, "not in articleBody", "not in the page's articleBody") \
  X(first_tenth, "first tenth of the page", "")                              \
  X(last_tenth, "last tenth of the page", "")                                \
  X(repeated, "repeated on the page", "")                                    \
  X(core_prose, "in core and prose", "")                                     \
  X(core_links, "in core and mostly links", "a list of links")               \
  X(core_short, "in core and 1-3 words", "")                                 \
  X(outside_prose, "outside core and prose", "outside the article text")     \
  X(article_prose, "in article/main and prose", "")                          \
  X(heading_in_core, "heading in core", "")                                  \
  X(li_in_core, "list item in core", "")                                     \
  X(li_links, "list item of links", "a list of links")                       \
  X(region_links_low, "region links < 10%", "")                              \
  X(region_links_some, "region links 10-30%", "")                            \
  X(region_links_half, "region links 30-60%", "")                            \
  X(region_links_most, "region links > 60%", "a list of links")              \
  X(in_series, "one of a series of alike elements", "")                      \
  X(in_linked_series, "one of a series of linked elements", "a list of teasers")

enum class BlockFeature : learn::FeatureIndex {
#define PRESSLENS_ENUM(id, name, reason) id,
  PRESSLENS_HTML_BLOCK_FEATURES(PRESSLENS_ENUM)
#undef PRESSLENS_ENUM
      count
};

std::span<const std::string_view> block_feature_names();
std::string_view block_feature_reason(learn::FeatureIndex feature);

// What the features are computed from, for one block.
struct BlockInput {
  const PageBlock* block;
  clean::BlockFeatures text;  // measured on the normalised text
  clean::PhraseMatch phrase;
};

// Features of every block of a page.
std::vector<learn::ActiveFeatures> block_features(const Dom& dom,
                                                  const std::vector<BlockInput>& blocks,
                                                  const PageMetadata& meta);

}  // namespace presslens::html
