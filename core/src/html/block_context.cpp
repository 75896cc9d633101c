#include "html/block_context.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <unordered_map>

#include "learn/buckets.hpp"

namespace presslens::html {
namespace {

using learn::ActiveFeatures;
using C = ContextFeature;

constexpr std::size_t kFirst = static_cast<std::size_t>(BlockFeature::count);
constexpr std::size_t kAll = kFirst + static_cast<std::size_t>(C::count);

// Both stages' names, joined once.
const std::array<std::string_view, kAll>& all_names() {
  static const auto names = [] {
    std::array<std::string_view, kAll> out{};
    const auto first = block_feature_names();
    std::copy(first.begin(), first.end(), out.begin());
    constexpr std::array<std::string_view, static_cast<std::size_t>(C::count)> kContext{
#define PRESSLENS_NAME(id, name, reason) name,
        PRESSLENS_HTML_CONTEXT_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
    };
    std::copy(kContext.begin(), kContext.end(), out.begin() + kFirst);
    return out;
  }();
  return names;
}

constexpr std::array<std::string_view, static_cast<std::size_t>(C::count)> kReasons{
#define PRESSLENS_REASON(id, name, reason) reason,
    PRESSLENS_HTML_CONTEXT_FEATURES(PRESSLENS_REASON)
#undef PRESSLENS_REASON
};

// The share of the kept words that makes a subtree the kept text's core.
constexpr double kCoreShare = 0.6;

void add(ActiveFeatures& a, C feature) {
  a.push_back(static_cast<learn::FeatureIndex>(kFirst + static_cast<std::size_t>(feature)));
}

struct KeptCore {
  std::uint32_t node = kNoNode;
  std::uint32_t end = kNoNode;
};

KeptCore kept_core(const Dom& dom, const std::vector<BlockInput>& blocks,
                   const std::vector<std::int32_t>& scores) {
  std::vector<double> mass(dom.size(), 0.0);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (scores[i] <= 0) continue;
    const double words = blocks[i].text.words;
    for (std::uint32_t n = blocks[i].block->element; n != kNoNode; n = dom.node(n).parent) {
      mass[n] += words;
    }
  }
  KeptCore core;
  std::uint32_t node = 0;
  if (mass[node] <= 0) return core;
  const double total = mass[node];
  for (bool descended = true; descended;) {
    descended = false;
    for (std::uint32_t c = dom.node(node).first_child; c != kNoNode; c = dom.node(c).next_sibling) {
      if (mass[c] >= kCoreShare * total) {
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

}  // namespace

std::span<const std::string_view> context_feature_names() {
  return all_names();
}

std::string_view context_feature_reason(learn::FeatureIndex feature) {
  if (feature < kFirst) return block_feature_reason(feature);
  const std::size_t k = feature - kFirst;
  return k < kReasons.size() ? kReasons[k] : std::string_view{};
}

std::vector<ActiveFeatures> context_features(const Dom& dom, const std::vector<BlockInput>& blocks,
                                             const std::vector<ActiveFeatures>& first,
                                             const std::vector<std::int32_t>& scores) {
  const std::size_t n = blocks.size();
  std::vector<std::size_t> positive_before(n + 1, 0);  // prefix counts of yes
  for (std::size_t i = 0; i < n; ++i) positive_before[i + 1] = positive_before[i] + (scores[i] > 0);
  auto yes_between = [&](std::size_t from, std::size_t to) {  // [from, to)
    return positive_before[to] - positive_before[from];
  };
  std::size_t first_yes = n, last_yes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (scores[i] > 0) {
      first_yes = std::min(first_yes, i);
      last_yes = i;
    }
  }
  // Blocks grouped by their element's parent: siblings in the layout.
  std::vector<std::uint32_t> group(n);
  std::unordered_map<std::uint32_t, std::pair<std::size_t, std::size_t>> groups;  // yes, all
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t e = blocks[i].block->element;
    group[i] = e == kNoNode ? kNoNode : dom.node(e).parent;
    auto& g = groups[group[i]];
    g.first += scores[i] > 0;
    ++g.second;
  }
  const KeptCore core = kept_core(dom, blocks, scores);
  // Distance to the nearest kept block on either side.
  std::vector<std::size_t> gap(n, n);
  for (std::size_t i = 0, last = n; i < n; ++i) {
    if (scores[i] > 0) last = i;
    if (last != n) gap[i] = i - last;
  }
  for (std::size_t i = n, next = n; i-- > 0;) {
    if (scores[i] > 0) next = i;
    if (next != n) gap[i] = std::min(gap[i], next - i);
  }

  // Each block's rank among the page's first-stage scores.
  std::vector<std::int32_t> sorted(scores.begin(), scores.end());
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  auto rank_share = [&](std::int32_t score) {
    const auto at = std::lower_bound(sorted.begin(), sorted.end(), score, std::greater<>());
    return double(at - sorted.begin()) / double(n);
  };

  std::vector<ActiveFeatures> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    ActiveFeatures& a = out[i];
    a = first[i];
    add(a, learn::score_bucket(scores[i], C::own_very_low));
    const double rank = rank_share(scores[i]);
    add(a, rank < 0.1   ? C::rank_top
           : rank < 0.3 ? C::rank_high
           : rank < 0.6 ? C::rank_mid
                        : C::rank_low);
    if (i > 0 && i + 1 < n) {
      const bool around = scores[i - 1] > 0 && scores[i + 1] > 0;
      const bool neither = scores[i - 1] <= 0 && scores[i + 1] <= 0;
      if (scores[i] <= 0 && around) add(a, C::hole);
      if (scores[i] > 0 && neither) add(a, C::island);
    }
    if (i > 0) add(a, scores[i - 1] > 0 ? C::prev_yes : C::prev_no);
    if (i + 1 < n) add(a, scores[i + 1] > 0 ? C::next_yes : C::next_no);
    for (const auto& [reach, none] :
         {std::pair{std::size_t{3}, C::near_none}, std::pair{std::size_t{10}, C::wide_none}}) {
      const std::size_t from = i >= reach ? i - reach : 0;
      const std::size_t to = std::min(n, i + reach + 1);
      const std::size_t yes = yes_between(from, to) - (scores[i] > 0);
      add(a, learn::share_bucket(yes, to - from - 1, none));
    }
    const auto& g = groups[group[i]];
    if (g.second > 1) {
      add(a, learn::share_bucket(g.first - (scores[i] > 0), g.second - 1, C::siblings_none));
    }
    const std::uint32_t e = blocks[i].block->element;
    if (core.node != kNoNode) {
      const bool inside = e >= core.node && (core.end == kNoNode || e < core.end);
      add(a, inside ? C::in_kept_core : C::outside_kept_core);
    }
    for (std::size_t h = i; h-- > 0;) {
      if ((blocks[h].block->landmarks & landmark_bit(Landmark::heading)) == 0) continue;
      add(a, scores[h] > 0 ? C::heading_yes : C::heading_no);
      if (blocks[h].phrase.furniture != clean::Furniture::none) add(a, C::heading_furniture);
      break;
    }
    if (scores[i] <= 0 && gap[i] < n) {
      add(a, gap[i] <= 1    ? C::gap_0
             : gap[i] <= 3  ? C::gap_3
             : gap[i] <= 10 ? C::gap_10
                            : C::gap_far);
    }
    if (first_yes < n) {
      if (i < first_yes) {
        add(a, C::before_first);
      } else if (i > last_yes) {
        add(a, C::after_last);
      } else {
        add(a, C::between);
      }
    }
  }
  return out;
}

}  // namespace presslens::html
