#include "html/extract.hpp"

#include <algorithm>
#include <unordered_map>

#include "html/block_context.hpp"
#include "html/block_model.hpp"
#include "html/choose.hpp"
#include "input/blocks.hpp"
#include "input/normalize.hpp"
#include "input/records.hpp"
#include "text/case.hpp"
#include "text/offsets.hpp"

namespace presslens::html {
namespace {

// A date line is short: a block of more words is a sentence that mentions a
// date, not the page's date line. Date lines are read wherever they are
// (a date written under the article, or after a long menu); the date model
// weighs where each lies (choose.cpp).
constexpr int kLongestDateLine = 15;

// The blocks just before the article's first kept block: room for its
// headline, a byline, a date line and a picture's caption.
constexpr std::size_t kLeadIn = 4;

// A kept block this long that repeats an earlier kept one is a copy.
constexpr int kRepeatedParagraphWords = 8;

std::string normalised(std::string_view text) {
  auto result = input::normalize_text(text);
  std::string out = result ? std::move(result.value()) : std::string(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// "Updated March 5, 2025": the line gives a modification date.
bool says_updated(std::string_view text) {
  const std::string lower = text::ascii_lower(text);
  return lower.find("updated") != std::string::npos || lower.find("modified") != std::string::npos;
}

void add_byline_dates(PageAnalysis& a) {
  for (std::size_t i = 0; i < a.inputs.size(); ++i) {
    const auto& in = a.inputs[i];
    if (in.text.words > kLongestDateLine || in.text.digits == 0) continue;
    if (auto date = input::written_date(a.texts[i])) {
      a.meta.dates.push_back(
          {*date, MetaSource::byline, says_updated(a.texts[i]), in.block->element});
    }
  }
}

bool is_heading(const PageBlock& b) {
  return (b.landmarks & landmark_bit(Landmark::heading)) != 0;
}

void remove(Block& block, BlockKind kind, std::string reason) {
  block.kept = false;
  block.kind = kind;
  block.reason = std::move(reason);
}

std::string block_name(std::size_t index) {
  return "block " + std::to_string(index + 1);
}

// The title's block: the first block reading as the title, preferably a heading.
std::optional<std::size_t> title_block(const PageAnalysis& a, const std::string& title) {
  const std::string key = title_key(title);
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < a.texts.size(); ++i) {
    if (title_key(a.texts[i]) != key) continue;
    if (is_heading(a.blocks[i])) return i;
    if (!found) found = i;
  }
  return found;
}

std::optional<std::string> choose_author(const PageMetadata& meta) {
  for (const auto source : {MetaSource::json_ld, MetaSource::meta_name, MetaSource::open_graph,
                            MetaSource::microdata}) {
    for (const auto& c : meta.authors) {
      if (c.source == source && !c.value.empty()) return normalised(c.value);
    }
  }
  return std::nullopt;
}

}  // namespace

PageAnalysis analyse_page(std::string_view utf8) {
  return analyse_page(parse_html(utf8));
}

PageAnalysis analyse_page(ParsedPage parsed) {
  PageAnalysis a;
  a.page = std::move(parsed);
  a.blocks = page_blocks(a.page.dom);
  // Blocks of invisible characters only (zero-width spaces) are no blocks.
  std::vector<std::string> texts;
  std::vector<PageBlock> visible;
  for (auto& block : a.blocks) {
    std::string text = normalised(block.text);
    if (text.empty()) continue;
    texts.push_back(std::move(text));
    visible.push_back(std::move(block));
  }
  a.blocks = std::move(visible);
  a.texts = std::move(texts);
  a.inputs.reserve(a.blocks.size());
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    auto& block = a.blocks[i];
    BlockInput in{&block, clean::measure(a.texts[i]), {}};
    in.phrase = clean::match_phrases(in.text);
    a.inputs.push_back(std::move(in));
  }
  a.meta = read_metadata(a.page.dom);
  add_byline_dates(a);
  a.features = block_features(a.page.dom, a.inputs, a.meta);
  return a;
}

Models fitted_models() {
  return {&block_model(), &context_model(), &title_model(), &date_model()};
}

std::vector<std::int32_t> block_scores(const PageAnalysis& a, const Models& models,
                                       std::vector<learn::ActiveFeatures>* features) {
  std::vector<std::int32_t> first;
  first.reserve(a.features.size());
  for (const auto& f : a.features) first.push_back(models.blocks->score(f));
  auto second = context_features(a.page.dom, a.inputs, a.features, first);
  std::vector<std::int32_t> scores;
  scores.reserve(second.size());
  for (const auto& f : second) scores.push_back(models.context->score(f));
  if (features) *features = std::move(second);
  return scores;
}

ArticleSpan article_span(const PageAnalysis& a, const std::vector<std::int32_t>& scores) {
  ArticleSpan span;
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    if (scores[i] <= 0) continue;
    if (span.first == kNoNode) {
      span.first = a.blocks[i].element;
      span.lead_in = a.blocks[i >= kLeadIn ? i - kLeadIn : 0].element;
    }
    span.last = a.blocks[i].element;
  }
  return span;
}

void decide_page(const PageAnalysis& a, const Models& models, Document& document) {
  document.blocks.clear();
  std::unordered_map<std::uint64_t, std::size_t> first_kept;
  std::size_t source_offset = 0;
  std::vector<learn::ActiveFeatures> features;
  auto scores = block_scores(a, models, &features);
  // A page where no block reads as article text still gives its likeliest
  // block (a lone paragraph in a page of markup): a best effort, not nothing.
  if (const auto best = std::max_element(scores.begin(), scores.end());
      best != scores.end() && *best <= 0) {
    *best = 1;
  }
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    Block block;
    block.text = a.texts[i];
    block.source_start = text::offset32(source_offset, input::kSourceTooLarge);
    block.source_end = text::offset32(source_offset + block.text.size(), input::kSourceTooLarge);
    source_offset = block.source_end + 1;
    const std::uint64_t key = a.inputs[i].text.key;
    const auto earlier = key != 0 ? first_kept.find(key) : first_kept.end();
    // A paragraph the page repeats word for word (a copy for another screen
    // size, a tab repeating the text) is read once; short lines ("Black",
    // "Read more") may recur in a list or table and stay.
    const bool repeat =
        earlier != first_kept.end() && a.inputs[i].text.words >= kRepeatedParagraphWords;
    const bool kept = scores[i] > 0 && !repeat;
    if (kept) {
      block.kind = is_heading(a.blocks[i]) ? BlockKind::heading : BlockKind::paragraph;
      if (key != 0) first_kept.emplace(key, i);
    } else if (earlier != first_kept.end()) {
      remove(block, BlockKind::duplicate, "duplicate of " + block_name(earlier->second));
      block.duplicate_of = earlier->second;
    } else {
      const auto against = models.context->strongest_against(
          features[i], [](learn::FeatureIndex f) { return !context_feature_reason(f).empty(); });
      const std::string reason =
          against ? std::string(context_feature_reason(*against)) : "outside the article text";
      remove(block, reason == "photo caption" ? BlockKind::caption : BlockKind::boilerplate,
             reason);
    }
    document.blocks.push_back(std::move(block));
  }

  const ArticleSpan span = article_span(a, scores);
  const auto titles = title_options(a.meta, span);
  if (const auto best = best_option(titles, *models.title)) {
    document.title = normalised(titles[*best].value);
    if (const auto at = title_block(a, *document.title)) {
      auto& block = document.blocks[*at];
      block.kind = BlockKind::title;
      block.kept = true;
      block.reason.clear();
      block.duplicate_of.reset();
    }
  }
  const auto dates = date_options(a.meta, span);
  if (const auto best = best_option(dates, *models.date)) {
    document.date = dates[*best].value;
    // A date that only the page's address gives is marked as such.
    const auto& sources = dates[*best].sources;
    document.date_source = sources.size() == 1 && sources.front() == MetaSource::url
                               ? DateSource::address
                               : DateSource::metadata;
  }
  document.author = choose_author(a.meta);
  if (a.meta.canonical_url) {
    document.url = a.meta.canonical_url;
  } else if (a.meta.saved_from) {
    document.url = a.meta.saved_from;
  }
  if (a.meta.site_name) document.source = normalised(*a.meta.site_name);
  document.warnings.insert(document.warnings.end(), a.page.warnings.begin(), a.page.warnings.end());
}

}  // namespace presslens::html
