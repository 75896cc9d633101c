#include "clean/region.hpp"

#include <algorithm>
#include <vector>

#include "text/lexicon.hpp"

namespace presslens::clean {
namespace {

bool plain_line(const Evidence& e) {
  constexpr int kLongestListItem = 30;
  return e.furniture == Furniture::none && e.appeal == 0 && e.recurs_in < 2 &&
         !e.features.link_like && e.features.words <= kLongestListItem;
}

// How far a list continues the run past `end`: an optional introducing line,
// then at least three plain lines, most of them with digits (dates, scores).
std::size_t list_end(const DocumentEvidence& evidence, std::size_t end) {
  constexpr std::size_t kShortestList = 3;
  std::size_t at = end;
  if (at < evidence.size() && plain_line(evidence[at]) && evidence[at].features.words <= 10 &&
      evidence[at].features.digits == 0) {
    ++at;
  }
  const std::size_t first_item = at;
  std::size_t with_digits = 0;
  while (at < evidence.size() && plain_line(evidence[at])) {
    with_digits += evidence[at].features.digits > 0;
    ++at;
  }
  const std::size_t items = at - first_item;
  if (items < kShortestList || with_digits * 10 < items * 6) return end;
  return at;
}

// A cell or a row of figures: digits and no letters ("4,993", "1/1/2013 +13.1%").
bool numeric_cell(const BlockFeatures& f) {
  return f.letters == 0 && f.digits > 0;
}

// Tables flattened to one cell per line: long runs of short plain lines, most
// of them numbers. They are data of the article, not menus.
std::vector<char> table_cells(const DocumentEvidence& evidence) {
  constexpr std::size_t kShortestTable = 12;
  constexpr int kLongestCell = 6;
  std::vector<char> cells(evidence.size(), 0);
  std::size_t i = 0;
  while (i < evidence.size()) {
    std::size_t j = i;
    std::size_t numbers = 0;
    while (j < evidence.size()) {
      const auto& e = evidence[j];
      const bool number = numeric_cell(e.features);
      const bool cell = number || (plain_line(e) && e.features.words <= kLongestCell);
      if (!cell || e.furniture != Furniture::none) break;
      numbers += number;
      ++j;
    }
    if (j - i >= kShortestTable && numbers * 2 >= j - i) {
      std::fill(cells.begin() + static_cast<std::ptrdiff_t>(i),
                cells.begin() + static_cast<std::ptrdiff_t>(j), 1);
    }
    i = j == i ? i + 1 : j;
  }
  return cells;
}

// A teaser's date names its day or its time: a month ("Nov 6, 2025"), a
// date in digits ("11/06/2025", "2025-11-06"), a clock time or "2 hours
// ago". A year alone ("Best EVs of 2026", "2026 Nissan Leaf") names no day.
bool names_a_day(const BlockFeatures& f) {
  if (!f.dateish) return false;
  const std::string_view t = f.folded;
  if (t.ends_with(" ago")) return true;
  std::size_t i = 0;
  while (i < t.size()) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c >= 'a' && c <= 'z') {
      const std::size_t start = i;
      while (i < t.size() && t[i] >= 'a' && t[i] <= 'z') ++i;
      if (text::month_of(t.substr(start, i - start)) != 0) return true;
      continue;
    }
    if (c >= '0' && c <= '9') {
      // digits, a separator, digits: 11/06, 2025-11, 12:01, 6.11.
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
      if (i + 1 < t.size() && (t[i] == '/' || t[i] == '-' || t[i] == ':' || t[i] == '.') &&
          t[i + 1] >= '0' && t[i + 1] <= '9') {
        return true;
      }
      continue;
    }
    ++i;
  }
  return false;
}

// Lists of teasers (headline, author, date, summary; again and again) after
// the article: the run ends before the first of two dated lines close
// together with at most one paragraph between them. (A live blog has its
// time stamps too, but several paragraphs under each.)
// `teaser_dates`: the lines that date a day and are no table's rows.
std::size_t teasers_start(const DocumentEvidence& evidence, const std::vector<char>& teaser_dates,
                          const Scores& scores, Region region) {
  auto teaser_date = [&](std::size_t i) { return teaser_dates[i] != 0; };
  constexpr std::size_t kTeaserSpan = 8;
  std::size_t i = region.begin;
  while (i < region.end && scores[i] <= 0) ++i;  // the article's first prose
  for (; i < region.end; ++i) {
    if (!teaser_date(i)) continue;
    const std::size_t stop = std::min(region.end, i + kTeaserSpan + 1);
    std::size_t j = i + 1;
    int prose = 0;
    while (j < stop && !teaser_date(j)) {
      prose += scores[j] > 0 && is_prose(evidence[j].features);
      ++j;
    }
    if (j == stop || prose > 1) continue;
    // The run ends with the last paragraph before the first teaser.
    std::size_t end = i;
    while (end > region.begin && !(scores[end - 1] > 0 && is_prose(evidence[end - 1].features))) {
      --end;
    }
    return end > region.begin ? end : region.end;
  }
  return region.end;
}

// Stretches without prose that the main run may not cross: several blocks of
// furniture (related links, share buttons, ads...) adding up to a strong
// pull, as between an article and the teasers below it.
std::vector<char> walls_between(const DocumentEvidence& evidence, const Scores& scores) {
  constexpr int kWallFurniture = 3;
  constexpr std::int64_t kWallPull = -45 * kWordUnit;
  std::vector<char> walls(evidence.size(), 0);
  std::size_t i = 0;
  while (i < evidence.size()) {
    if (scores[i] > 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::int64_t pull = 0;
    int furniture = 0;
    while (j < evidence.size() && scores[j] <= 0) {
      pull += scores[j];
      furniture += evidence[j].furniture != Furniture::none;
      ++j;
    }
    if (furniture >= kWallFurniture && pull <= kWallPull) {
      std::fill(walls.begin() + static_cast<std::ptrdiff_t>(i),
                walls.begin() + static_cast<std::ptrdiff_t>(j), 1);
    }
    i = j;
  }
  // A line that says the article is over is a wall by itself: "Read more",
  // a comment form or a comment count, an appeal's header. Said again and
  // again ("Continue reading" under each item of a list, "Website" in each
  // entry of a directory), it ends no article.
  constexpr int kMostEndings = 2;
  const auto said = copies_by_key(evidence);
  for (std::size_t k = 0; k < evidence.size(); ++k) {
    const Furniture f = evidence[k].furniture;
    const auto key = evidence[k].features.key;
    if ((f == Furniture::read_more || f == Furniture::comment_form ||
         f == Furniture::appeal_header) &&
        (key == 0 || said.at(key) <= kMostEndings)) {
      walls[k] = 1;
    }
  }
  return walls;
}

// A company's "About us" paragraph printed under each of its press releases:
// prose at the end of the run that recurs in other files of the batch, when
// the rest of the run is the document's own (shared wire copy recurs whole).
std::size_t trim_recurring_tail(const DocumentEvidence& evidence, const Scores& scores,
                                Region region) {
  std::size_t end = region.end;
  while (end > region.begin && (evidence[end - 1].recurs_in >= 2 || scores[end - 1] <= 0)) {
    --end;
  }
  if (end == region.end || end == region.begin) return region.end;
  int own = 0;
  int shared = 0;
  for (std::size_t i = region.begin; i < end; ++i) {
    if (scores[i] <= 0) continue;
    (evidence[i].recurs_in >= 2 ? shared : own) += 1;
  }
  bool tail_recurs = false;
  for (std::size_t i = end; i < region.end; ++i) {
    tail_recurs = tail_recurs || (evidence[i].recurs_in >= 2 && scores[i] > 0);
  }
  return tail_recurs && shared * 2 < own ? end : region.end;
}

// A standfirst or a lead photo's caption above the byline: one or two short
// prose blocks, then the byline or the date, then the article's paragraphs.
std::size_t body_start(const DocumentEvidence& evidence, const Scores& scores, Region region) {
  constexpr std::size_t kMostHeaderBlocks = 2;
  constexpr int kLongestStandfirst = 40;  // words
  constexpr int kParagraphsAfter = 2;
  std::size_t i = region.begin;
  while (i < region.end && i - region.begin < kMostHeaderBlocks &&
         evidence[i].features.words <= kLongestStandfirst && scores[i] > 0) {
    ++i;
  }
  if (i == region.begin || i >= region.end) return region.begin;
  const auto& meta = evidence[i];
  if (!meta.features.dateish && meta.furniture != Furniture::byline) return region.begin;
  int after = 0;
  for (std::size_t j = i + 1; j < region.end && after < kParagraphsAfter; ++j) {
    after += scores[j] > 0;
  }
  return after >= kParagraphsAfter ? i + 1 : region.begin;
}

}  // namespace

bool is_prose(const BlockFeatures& f) {
  const double lower = f.lower_ratio();
  if (f.words >= 10 && lower >= 0.5 && (f.ends_sentence || f.sentence_marks + f.commas >= 1)) {
    return true;
  }
  if (f.words >= 4 && f.ends_sentence) return true;
  return f.words >= 20 && lower >= 0.4;
}

Scores run_scores(const DocumentEvidence& evidence, const std::vector<std::int32_t>& line_scores) {
  // The soft sign z / (|z| + 2) of the log-odds z: half sure at two (odds of 7 to 1).
  constexpr std::int64_t kHalfSure = 2 * learn::kWeightScale;
  Scores scores(evidence.size());
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const std::int64_t words = std::max(evidence[i].features.words, 1);
    const std::int64_t z = line_scores[i];
    scores[i] = words * z * kWordUnit / ((z < 0 ? -z : z) + kHalfSure);
  }
  return scores;
}

// A short text in which no detector claims a line (a record's body, a pasted
// article) is all article.
bool short_and_clean(const DocumentEvidence& evidence) {
  constexpr std::size_t kShortText = 12;  // lines
  if (evidence.size() > kShortText) return false;
  for (const auto& e : evidence) {
    if (e.furniture != Furniture::none || e.appeal > 0 || e.recurs_in > 0 || e.features.link_like ||
        e.truncated) {
      return false;
    }
  }
  return true;
}

Region main_region(const DocumentEvidence& evidence, const Scores& run) {
  if (short_and_clean(evidence)) return {0, evidence.size()};
  constexpr std::int64_t kFirstAmongEquals =
      2;  // a run half as strong as the best, and earlier, wins
  const std::vector<char> table = table_cells(evidence);
  // Each line read once for a day's date; a table's rows are no teasers.
  std::vector<char> teaser_dates(evidence.size(), 0);
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    teaser_dates[i] = !table[i] && names_a_day(evidence[i].features);
  }
  Scores scores(run);
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    if (table[i]) scores[i] = kWordUnit;
  }
  const std::vector<char> walls = walls_between(evidence, scores);
  // The best run between each pair of walls; the article is the first of
  // them that comes close to the best of all (teasers and comments below an
  // article can outweigh it, but they follow it).
  std::vector<std::pair<Region, std::int64_t>> candidates;
  Region best;
  std::int64_t best_sum = 0;
  std::int64_t sum = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= evidence.size(); ++i) {
    if (i == evidence.size() || walls[i]) {
      if (best_sum > 0) candidates.emplace_back(best, best_sum);
      best = {};
      best_sum = 0;
      sum = 0;
      start = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i];
    if (sum > best_sum) {
      best_sum = sum;
      best = {start, i + 1};
    }
  }
  // Each candidate loses its teasers before the comparison. A run of fewer
  // than three positive lines counts for a third of its sum per line: one
  // long line (a quotation, a pasted comment) is weaker evidence of an
  // article than several paragraphs.
  constexpr std::int64_t kWholeRun = 3;
  for (auto& [region, total] : candidates) {
    const std::size_t end = teasers_start(evidence, teaser_dates, scores, region);
    for (std::size_t i = end; i < region.end; ++i) total -= scores[i];
    region.end = end;
    std::int64_t positive = 0;
    for (std::size_t i = region.begin; i < region.end; ++i) positive += scores[i] > 0;
    if (positive < kWholeRun) total = total * positive / kWholeRun;
  }
  std::int64_t top = 0;
  for (const auto& candidate : candidates) top = std::max(top, candidate.second);
  for (const auto& candidate : candidates) {
    if (candidate.second * kFirstAmongEquals >= top) {
      best = candidate.first;
      break;
    }
  }
  // Nothing reads as prose (a one-line record, a list): the whole text is
  // the article, less what the detectors recognise.
  if (best.end == best.begin) return {0, evidence.size()};
  // The run neither starts nor ends with a line the detectors claim.
  while (best.end - best.begin > 1 && evidence[best.begin].furniture != Furniture::none) {
    ++best.begin;
  }
  while (best.end - best.begin > 1 && evidence[best.end - 1].furniture != Furniture::none) {
    --best.end;
  }
  best.end = list_end(evidence, trim_recurring_tail(evidence, scores, best));
  best.begin = body_start(evidence, scores, best);
  return best;
}

}  // namespace presslens::clean
