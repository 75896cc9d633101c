#include "html/block_features.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "clean/region.hpp"

namespace presslens::html {
namespace {

using learn::ActiveFeatures;
using F = BlockFeature;

constexpr std::array<std::string_view, static_cast<std::size_t>(F::count)> kNames{
#define PRESSLENS_NAME(id, name, reason) name,
    PRESSLENS_HTML_BLOCK_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
};

constexpr std::array<std::string_view, static_cast<std::size_t>(F::count)> kReasons{
#define PRESSLENS_REASON(id, name, reason) reason,
    PRESSLENS_HTML_BLOCK_FEATURES(PRESSLENS_REASON)
#undef PRESSLENS_REASON
};

// Feature groups laid out in the order of the enums they mirror.
static_assert(static_cast<int>(F::fur_appeal_header) - static_cast<int>(F::fur_navigation) ==
              static_cast<int>(clean::Furniture::appeal_header) -
                  static_cast<int>(clean::Furniture::navigation));
static_assert(static_cast<int>(F::aria_hidden) - static_cast<int>(F::in_article) + 1 ==
              static_cast<int>(Landmark::count));
static_assert(static_cast<int>(F::near_content) - static_cast<int>(F::near_comment) + 1 ==
              static_cast<int>(Cue::count));
static_assert(static_cast<int>(F::far_content) - static_cast<int>(F::far_comment) + 1 ==
              static_cast<int>(Cue::count));

// The share of the page's prose that makes a subtree its core: the deepest
// element holding at least this much of it.
constexpr double kCoreShare = 0.6;

void add(ActiveFeatures& active, F feature) {
  active.push_back(static_cast<learn::FeatureIndex>(feature));
}

F offset(F first, int k) {
  return static_cast<F>(static_cast<int>(first) + k);
}

F words_bucket(int words) {
  if (words <= 1) return F::words_1;
  if (words <= 3) return F::words_2;
  if (words <= 7) return F::words_4;
  if (words <= 15) return F::words_8;
  if (words <= 31) return F::words_16;
  if (words <= 63) return F::words_32;
  return F::words_64;
}

double link_density(const PageBlock& b) {
  return b.chars ? double(b.link_chars) / b.chars : 0.0;
}

F links_bucket(double density) {
  if (density <= 0) return F::links_none;
  if (density < 0.25) return F::links_some;
  if (density < 0.5) return F::links_half;
  if (density < 0.8) return F::links_most;
  return F::links_all;
}

F share_bucket(double share) {
  if (share < 0.05) return F::share_low;
  if (share < 0.2) return F::share_some;
  if (share < 0.5) return F::share_half;
  if (share < 0.8) return F::share_most;
  return F::share_all;
}

F tag_feature(Tag tag) {
  switch (tag) {
    case Tag::p:
      return F::tag_p;
    case Tag::li:
      return F::tag_li;
    case Tag::h1:
      return F::tag_h1;
    case Tag::h2:
      return F::tag_h2;
    case Tag::h3:
      return F::tag_h3;
    case Tag::h4:
    case Tag::h5:
    case Tag::h6:
      return F::tag_h4;
    case Tag::td:
    case Tag::th:
      return F::tag_cell;
    case Tag::div:
    case Tag::center:
      return F::tag_div;
    case Tag::dt:
    case Tag::dd:
      return F::tag_definition;
    case Tag::blockquote:
      return F::tag_blockquote;
    case Tag::pre:
      return F::tag_pre;
    case Tag::figcaption:
      return F::tag_figcaption;
    case Tag::caption:
      return F::tag_caption;
    case Tag::address:
      return F::tag_address;
    case Tag::article:
    case Tag::section:
    case Tag::main:
      return F::tag_section;
    case Tag::header:
    case Tag::footer:
    case Tag::nav:
    case Tag::aside:
      return F::tag_landmark;
    case Tag::form:
    case Tag::label:
    case Tag::legend:
    case Tag::fieldset:
      return F::tag_form;
    case Tag::summary:
    case Tag::details:
      return F::tag_summary;
    default:
      return F::tag_other;
  }
}

// Words of prose a block brings to the page: its words less its links',
// for blocks that read as text.
double prose_mass(const BlockInput& b) {
  if (!clean::is_prose(b.text) && b.text.words < 8) return 0;
  return b.text.words * (1.0 - link_density(*b.block));
}

// Word sets of the JSON-LD articleBody, for coverage of each block.
std::unordered_set<std::string> word_set(std::string_view text) {
  std::unordered_set<std::string> words;
  std::string word;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool word_byte =
        c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (word_byte) {
      word.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : ch);
    } else if (!word.empty()) {
      words.insert(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.insert(std::move(word));
  return words;
}

double coverage(std::string_view folded, const std::unordered_set<std::string>& body) {
  const auto words = word_set(folded);
  if (words.empty()) return 0;
  std::size_t found = 0;
  for (const auto& w : words) found += body.contains(w);
  return double(found) / words.size();
}

struct Core {
  std::uint32_t node = kNoNode;
  std::uint32_t end = kNoNode;  // one past its subtree, in document order
  std::vector<double> mass;     // prose mass below each node
  double total = 0;
  std::vector<std::uint32_t> chars;       // text below each node
  std::vector<std::uint32_t> link_chars;  // of it in links
};

// Elements that are one of three or more siblings of the same tag and class:
// cards of a teaser list, items of a grid.
constexpr int kSeries = 3;

std::vector<char> series_members(const Dom& dom) {
  std::vector<char> member(dom.size(), 0);
  for (std::uint32_t p = 0; p < dom.size(); ++p) {
    std::unordered_map<std::string, std::vector<std::uint32_t>> alike;
    for (std::uint32_t c = dom.node(p).first_child; c != kNoNode; c = dom.node(c).next_sibling) {
      if (dom.node(c).type != NodeType::element) continue;
      const std::string_view cls = dom.attribute(c, "class");
      if (cls.empty()) continue;
      std::string key = std::to_string(static_cast<int>(dom.node(c).tag));
      key += '/';
      key += cls;
      alike[key].push_back(c);
    }
    for (const auto& [key, members] : alike) {
      if (members.size() < kSeries) continue;
      for (const auto c : members) member[c] = 1;
    }
  }
  return member;
}

F region_links_bucket(std::uint32_t links, std::uint32_t chars) {
  const double density = chars ? double(links) / chars : 0.0;
  if (density < 0.1) return F::region_links_low;
  if (density < 0.3) return F::region_links_some;
  if (density < 0.6) return F::region_links_half;
  return F::region_links_most;
}

Core find_core(const Dom& dom, const std::vector<BlockInput>& blocks) {
  Core core;
  core.mass.assign(dom.size(), 0.0);
  core.chars.assign(dom.size(), 0);
  core.link_chars.assign(dom.size(), 0);
  for (const auto& b : blocks) {
    const double m = prose_mass(b);
    for (std::uint32_t n = b.block->element; n != kNoNode; n = dom.node(n).parent) {
      core.mass[n] += m;
      core.chars[n] += b.block->chars;
      core.link_chars[n] += b.block->link_chars;
    }
  }
  std::uint32_t node = dom.find_first(Tag::body);
  if (node == kNoNode) node = 0;
  core.total = core.mass[node];
  if (core.total <= 0) return core;
  for (bool descended = true; descended;) {
    descended = false;
    for (std::uint32_t c = dom.node(node).first_child; c != kNoNode; c = dom.node(c).next_sibling) {
      if (core.mass[c] >= kCoreShare * core.total) {
        node = c;
        descended = true;
        break;
      }
    }
  }
  core.node = node;
  core.end = dom.next_after(node);
  return core;
}

bool in_subtree(std::uint32_t n, const Core& core) {
  return core.node != kNoNode && n >= core.node && (core.end == kNoNode || n < core.end);
}

}  // namespace

std::span<const std::string_view> block_feature_names() {
  return kNames;
}

std::string_view block_feature_reason(learn::FeatureIndex feature) {
  return feature < kReasons.size() ? kReasons[feature] : std::string_view{};
}

std::vector<ActiveFeatures> block_features(const Dom& dom, const std::vector<BlockInput>& blocks,
                                           const PageMetadata& meta) {
  const Core core = find_core(dom, blocks);
  const std::vector<char> series = series_members(dom);
  std::unordered_set<std::string> body_words;
  if (meta.article_body) body_words = word_set(*meta.article_body);
  const bool has_body = body_words.size() >= 20;
  std::unordered_map<std::uint64_t, int> copies;
  for (const auto& b : blocks) {
    if (b.text.key != 0) ++copies[b.text.key];
  }

  std::vector<ActiveFeatures> out(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const BlockInput& in = blocks[i];
    const PageBlock& b = *in.block;
    const clean::BlockFeatures& t = in.text;
    ActiveFeatures& a = out[i];
    add(a, F::bias);
    add(a, words_bucket(t.words));
    const double links = link_density(b);
    add(a, links_bucket(links));
    const bool prose = clean::is_prose(t);
    if (prose) add(a, F::prose);
    if (t.ends_sentence) add(a, F::ends_sentence);
    if (t.ends_colon) add(a, F::ends_colon);
    const double lower = t.lower_ratio();
    add(a, lower < 0.3 ? F::lower_low : lower < 0.6 ? F::lower_mid : F::lower_high);
    if (t.commas > 0) add(a, F::commas);
    if (t.dateish) add(a, F::dateish);
    if (t.link_like) add(a, F::link_like);
    if (t.all_caps()) add(a, F::all_caps);
    if (in.phrase.furniture != clean::Furniture::none) {
      add(a, offset(F::fur_navigation, static_cast<int>(in.phrase.furniture) - 1));
    }
    add(a, tag_feature(b.tag));
    for (int k = 0; k < static_cast<int>(Landmark::count); ++k) {
      if (b.landmarks & (LandmarkSet{1} << k)) add(a, offset(F::in_article, k));
    }
    for (int k = 0; k < static_cast<int>(Cue::count); ++k) {
      if (b.near_cues & (CueSet{1} << k)) add(a, offset(F::near_comment, k));
      if (b.far_cues & (CueSet{1} << k)) add(a, offset(F::far_comment, k));
    }
    const bool inside = in_subtree(b.element, core);
    if (inside) {
      add(a, F::in_core);
    } else if (core.node != kNoNode) {
      add(a, b.element < core.node ? F::before_core : F::after_core);
    }
    double share = 0;
    std::uint32_t n = b.element;
    for (int up = 0; up < 3 && n != kNoNode; ++up) {
      n = dom.node(n).parent;
      if (n != kNoNode && core.total > 0) share = std::max(share, core.mass[n] / core.total);
    }
    add(a, share_bucket(share));
    if (has_body) {
      add(a, F::has_body_meta);
      add(a, coverage(t.folded, body_words) >= 0.8 ? F::in_body_meta : F::not_in_body_meta);
    }
    if (i * 10 < blocks.size()) add(a, F::first_tenth);
    if (i * 10 >= blocks.size() * 9) add(a, F::last_tenth);
    if (t.key != 0 && copies[t.key] > 1) add(a, F::repeated);
    if (inside && prose) add(a, F::core_prose);
    if (inside && links >= 0.5) add(a, F::core_links);
    if (inside && t.words <= 3) add(a, F::core_short);
    if (!inside && prose) add(a, F::outside_prose);
    const LandmarkSet article_like = landmark_bit(Landmark::article) |
                                     landmark_bit(Landmark::main) |
                                     landmark_bit(Landmark::article_body);
    if ((b.landmarks & article_like) && prose) add(a, F::article_prose);
    if (inside && (b.landmarks & landmark_bit(Landmark::heading))) add(a, F::heading_in_core);
    if (inside && b.tag == Tag::li) add(a, F::li_in_core);
    if (b.tag == Tag::li && links >= 0.5) add(a, F::li_links);
    const std::uint32_t parent = b.element == kNoNode ? kNoNode : dom.node(b.element).parent;
    if (parent != kNoNode) {
      add(a, region_links_bucket(core.link_chars[parent], core.chars[parent]));
    }
    std::uint32_t up = b.element;
    for (int k = 0; k < 3 && up != kNoNode; ++k, up = dom.node(up).parent) {
      if (!series[up]) continue;
      add(a, core.link_chars[up] > 0 ? F::in_linked_series : F::in_series);
      break;
    }
  }
  return out;
}

}  // namespace presslens::html
