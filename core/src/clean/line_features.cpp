#include "clean/line_features.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>

#include "clean/headline.hpp"
#include "clean/publication_date.hpp"
#include "clean/region.hpp"
#include "learn/buckets.hpp"

namespace presslens::clean {
namespace {

using learn::ActiveFeatures;
using F = LineFeature;
using C = LineContext;

constexpr std::size_t kFirst = static_cast<std::size_t>(F::count);
constexpr std::size_t kAll = kFirst + static_cast<std::size_t>(C::count);

constexpr std::array<std::string_view, kFirst> kNames{
#define PRESSLENS_NAME(id, name, reason) name,
    PRESSLENS_LINE_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
};

constexpr std::array<std::string_view, kAll> kAllNames = [] {
  std::array<std::string_view, kAll> out{};
  std::size_t i = 0;
#define PRESSLENS_NAME(id, name, reason) out[i++] = name;
  PRESSLENS_LINE_FEATURES(PRESSLENS_NAME)
  PRESSLENS_LINE_CONTEXT_FEATURES(PRESSLENS_NAME)
#undef PRESSLENS_NAME
  return out;
}();

static_assert(static_cast<int>(F::fur_appeal_header) - static_cast<int>(F::fur_navigation) ==
              static_cast<int>(Furniture::appeal_header) - static_cast<int>(Furniture::navigation));

constexpr learn::NamedWeight kLineWeights[] = {
#include "clean/line_weights.inc"
};
constexpr learn::NamedWeight kContextWeights[] = {
#include "clean/line_context_weights.inc"
};
constexpr learn::NamedWeight kThirdWeights[] = {
#include "clean/line_third_weights.inc"
};

void add(ActiveFeatures& a, F f) {
  a.push_back(static_cast<learn::FeatureIndex>(f));
}

void add(ActiveFeatures& a, C c) {
  a.push_back(static_cast<learn::FeatureIndex>(kFirst + static_cast<std::size_t>(c)));
}

F words_bucket(int words) {
  if (words <= 1) return F::words_1;
  if (words <= 3) return F::words_2;
  if (words <= 7) return F::words_4;
  if (words <= 15) return F::words_8;
  if (words <= 31) return F::words_16;
  if (words <= 63) return F::words_32;
  if (words <= 149) return F::words_64;
  return F::words_150;
}

bool opens_with_quote(std::string_view s) {
  for (const std::string_view mark :
       {"\"", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "'", "\xE2\x80\x9E"}) {
    if (s.starts_with(mark)) return true;
  }
  return false;
}

bool opens_with_bullet(std::string_view s) {
  for (const std::string_view mark : {"\xE2\x80\xA2", "\xC2\xB7", "\xC2\xBB", "\xE2\x80\xBA",
                                      "\xE2\x96\xBA", "\xE2\x96\xB6", "* ", "- ", "> ", "| "}) {
    if (s.starts_with(mark)) return true;
  }
  return false;
}

bool ends_with_ellipsis(std::string_view s) {
  return s.ends_with("...") || s.ends_with("\xE2\x80\xA6");
}

// A line of a menu or a list of links: a few words, no sentence.
bool short_line(const BlockFeatures& f) {
  constexpr int kShortLine = 5;
  return f.words <= kShortLine && !f.ends_sentence;
}

// Lines in stretches of four or more short lines (menus, tag lists, tables).
std::vector<char> short_stretches(const DocumentEvidence& evidence) {
  constexpr std::size_t kStretch = 4;
  std::vector<char> out(evidence.size(), 0);
  std::size_t i = 0;
  while (i < evidence.size()) {
    std::size_t j = i;
    while (j < evidence.size() && short_line(evidence[j].features)) ++j;
    if (j - i >= kStretch) {
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i),
                out.begin() + static_cast<std::ptrdiff_t>(j), 1);
    }
    i = j == i ? i + 1 : j;
  }
  return out;
}

// Lines after which the article has ended: read-more links, comment forms,
// appeals, small print.
bool end_marker(Furniture f) {
  return f == Furniture::read_more || f == Furniture::comment_form ||
         f == Furniture::appeal_header || f == Furniture::copyright;
}

}  // namespace

std::span<const std::string_view> line_feature_names() {
  return kNames;
}

std::span<const std::string_view> line_context_feature_names() {
  return kAllNames;
}

std::vector<ActiveFeatures> line_features(const DocumentEvidence& evidence) {
  const std::size_t n = evidence.size();
  const auto copies = copies_by_key(evidence);
  const std::vector<char> stretches = short_stretches(evidence);
  std::vector<ActiveFeatures> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Evidence& e = evidence[i];
    const BlockFeatures& t = e.features;
    ActiveFeatures& a = out[i];
    add(a, F::bias);
    add(a, words_bucket(t.words));
    if (is_prose(t)) add(a, F::prose);
    if (t.ends_sentence) add(a, F::ends_sentence);
    if (t.ends_colon) add(a, F::ends_colon);
    const double lower = t.lower_ratio();
    add(a, lower < 0.3 ? F::lower_low : lower < 0.6 ? F::lower_mid : F::lower_high);
    if (t.commas > 0) add(a, F::commas);
    if (t.dateish) add(a, F::dateish);
    if (t.link_like) add(a, F::link_like);
    if (t.all_caps()) add(a, F::all_caps);
    if (t.letters == 0 && t.digits > 0) add(a, F::numbers_only);
    if (opens_with_quote(t.folded)) add(a, F::quoted);
    if (e.furniture != Furniture::none) {
      add(a,
          static_cast<F>(static_cast<int>(F::fur_navigation) + static_cast<int>(e.furniture) - 1));
    }
    if (e.appeal == 1) add(a, F::appeal_1);
    if (e.appeal >= 2) add(a, F::appeal_2);
    if (e.recurs_in >= 2) {
      add(a, e.recurs_in == 2 ? F::recurs_2 : e.recurs_in <= 4 ? F::recurs_3 : F::recurs_5);
      if (t.words <= 6) add(a, F::recurs_short);
    }
    if (e.truncated) add(a, F::truncated);
    if (t.key != 0 && copies.at(t.key) > 1) add(a, F::repeated);
    if (i * 10 < n) {
      add(a, F::first_tenth);
    } else if (i * 10 < n * 3) {
      add(a, F::early);
    } else if (i * 10 >= n * 9) {
      add(a, F::last_tenth);
    } else if (i * 10 >= n * 7) {
      add(a, F::late);
    }
    if (t.digits > 0 && t.digits * 4 >= t.letters) add(a, F::digits_heavy);
    if (t.sentence_marks >= 2) add(a, F::sentences_2);
    if (ends_with_ellipsis(t.folded)) add(a, F::ellipsis);
    if (opens_with_bullet(t.folded)) add(a, F::bullet);
    if (stretches[i]) add(a, F::short_stretch);
    const BlockFeatures* prev = i > 0 ? &evidence[i - 1].features : nullptr;
    const BlockFeatures* next = i + 1 < n ? &evidence[i + 1].features : nullptr;
    if (prev && next && t.words > prev->words && t.words > next->words) add(a, F::longest_near);
    if (prev && next && t.words < prev->words && t.words < next->words) add(a, F::shortest_near);
    if (prev && is_prose(*prev)) add(a, F::prev_prose);
    if (next && is_prose(*next)) add(a, F::next_prose);
    if (prev && prev->link_like) add(a, F::prev_link);
    if (next && next->link_like) add(a, F::next_link);
    if (i > 0 && evidence[i - 1].furniture != Furniture::none) add(a, F::prev_furniture);
    if (next && evidence[i + 1].furniture != Furniture::none) add(a, F::next_furniture);
  }
  return out;
}

std::vector<ActiveFeatures> line_context_features(const DocumentEvidence& evidence,
                                                  const std::vector<ActiveFeatures>& first,
                                                  const std::vector<std::int32_t>& scores) {
  std::vector<ActiveFeatures> out(evidence.size());
  each_line_context_features(evidence, first, scores,
                             [&](std::size_t i, const ActiveFeatures& a) { out[i] = a; });
  return out;
}

void each_line_context_features(const DocumentEvidence& evidence,
                                const std::vector<ActiveFeatures>& first,
                                const std::vector<std::int32_t>& scores,
                                const std::function<void(std::size_t, const ActiveFeatures&)>& f) {
  const std::size_t n = evidence.size();
  std::vector<std::size_t> yes_before(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) yes_before[i + 1] = yes_before[i] + (scores[i] > 0);
  std::size_t first_yes = n, last_yes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (scores[i] > 0) {
      first_yes = std::min(first_yes, i);
      last_yes = i;
    }
  }
  std::vector<std::size_t> gap(n, n);
  for (std::size_t i = 0, last = n; i < n; ++i) {
    if (scores[i] > 0) last = i;
    if (last != n) gap[i] = i - last;
  }
  for (std::size_t i = n, next = n; i-- > 0;) {
    if (scores[i] > 0) next = i;
    if (next != n) gap[i] = std::min(gap[i], next - i);
  }
  std::vector<std::int32_t> sorted(scores.begin(), scores.end());
  std::sort(sorted.begin(), sorted.end(), std::greater<>());

  ActiveFeatures a;
  bool after_end = false;
  bool after_related = false;
  for (std::size_t i = 0; i < n; ++i) {
    a = first[i];
    add(a, learn::score_bucket(scores[i], C::own_very_low));
    if (i > 0) add(a, scores[i - 1] > 0 ? C::prev_yes : C::prev_no);
    if (i + 1 < n) add(a, scores[i + 1] > 0 ? C::next_yes : C::next_no);
    for (const auto& [reach, none] :
         {std::pair{std::size_t{3}, C::near_none}, std::pair{std::size_t{10}, C::wide_none}}) {
      const std::size_t from = i >= reach ? i - reach : 0;
      const std::size_t to = std::min(n, i + reach + 1);
      const std::size_t yes = yes_before[to] - yes_before[from] - (scores[i] > 0);
      add(a, learn::share_bucket(yes, to - from - 1, none));
    }
    if (scores[i] <= 0 && gap[i] < n) {
      add(a, gap[i] <= 1    ? C::gap_0
             : gap[i] <= 3  ? C::gap_3
             : gap[i] <= 10 ? C::gap_10
                            : C::gap_far);
    }
    const auto at = std::lower_bound(sorted.begin(), sorted.end(), scores[i], std::greater<>());
    const double rank = double(at - sorted.begin()) / double(n);
    add(a, rank < 0.1   ? C::rank_top
           : rank < 0.3 ? C::rank_high
           : rank < 0.6 ? C::rank_mid
                        : C::rank_low);
    if (i > 0 && i + 1 < n) {
      if (scores[i] <= 0 && scores[i - 1] > 0 && scores[i + 1] > 0) add(a, C::hole);
      if (scores[i] > 0 && scores[i - 1] <= 0 && scores[i + 1] <= 0) add(a, C::island);
    }
    if (first_yes < n) {
      add(a, i < first_yes ? C::before_first : i > last_yes ? C::after_last : C::between);
    }
    if (after_end) add(a, C::after_marker);
    if (after_related) add(a, C::after_heading_marker);
    const Furniture furniture = evidence[i].furniture;
    after_end = after_end || end_marker(furniture);
    after_related = after_related || furniture == Furniture::related;
    f(i, a);
  }
}

LineModels fitted_line_models() {
  static const learn::LinearModel first(kNames, kLineWeights);
  static const learn::LinearModel second(kAllNames, kContextWeights);
  static const learn::LinearModel third(kAllNames, kThirdWeights);
  return {&first, &second, &title_model(), &date_model(), INT32_MIN, kOutsideBar, &third};
}

std::vector<std::int32_t> line_scores(const DocumentEvidence& evidence, const LineModels& models) {
  const auto first = line_features(evidence);
  std::vector<std::int32_t> scores;
  scores.reserve(first.size());
  for (const auto& f : first) scores.push_back(models.first->score(f));
  // Each round scores a line's context features as they are made.
  std::vector<std::int32_t> next(scores.size());
  for (const learn::LinearModel* model : {models.second, models.third}) {
    if (!model) break;
    each_line_context_features(
        evidence, first, scores,
        [&](std::size_t i, const ActiveFeatures& a) { next[i] = model->score(a); });
    scores.swap(next);
  }
  return scores;
}

}  // namespace presslens::clean
