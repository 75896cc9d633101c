#include "clean/decide.hpp"

#include <string>

#include "clean/headline.hpp"
#include "clean/publication_date.hpp"
#include "clean/region.hpp"
#include "clean/repeats.hpp"

namespace presslens::clean {
namespace {

// Reasons name blocks as the page lists them, counting from 1.
std::string block_name(std::size_t index) {
  return "block " + std::to_string(index + 1);
}

void remove(Block& block, BlockKind kind, std::string reason) {
  block.kept = false;
  block.kind = kind;
  block.reason = std::move(reason);
}

bool headline_like(const BlockFeatures& f) {
  return f.words <= 20 && !is_prose(f) && !f.link_like;
}

// A long line in capitals inside an article is a headline of another story
// ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"); section headings
// in capitals are short ("US FALLS").
bool shouted_headline(const BlockFeatures& f) {
  constexpr int kLongestCapitalHeading = 5;
  return f.all_caps() && f.words > kLongestCapitalHeading && !f.ends_sentence;
}

// The shape-based reason for a block with no specific detector: what sits
// outside the main run. Prose just above the article is its standfirst or
// the caption of its lead picture.
std::string outside_reason(const BlockFeatures& f, std::size_t index, Region region) {
  constexpr std::size_t kHeaderReach = 4;
  if (f.words <= 6 && !f.ends_sentence) return "navigation";
  if (index < region.begin && region.begin - index <= kHeaderReach && is_prose(f)) {
    return "summary or caption above the article";
  }
  return "outside the article text";
}

// Inside the article a list may repeat its short items ("Eat every 2-3 hours");
// a copy is an artefact of the page when it follows its original directly or
// repeats a whole paragraph.
bool artefact_copy(const Evidence& e, std::size_t index, std::size_t original) {
  constexpr std::size_t kNear = 1;
  constexpr int kParagraphWords = 40;
  const std::size_t distance = index > original ? index - original : original - index;
  return distance <= kNear || e.features.words >= kParagraphWords;
}

// A short line in other stories of the batch is a site's furniture (a
// sign-up, a section name); copies of one story do not count (repeats.hpp).
bool recurring_furniture(const Evidence& e) {
  constexpr int kShortLine = 6;
  constexpr int kLongLine = 25;
  const int words = e.features.words;
  return e.recurs_in >= 2 && (words <= kShortLine || (e.recurs_in >= 3 && words < kLongLine));
}

void decide_block(Block& block, const Evidence& e, std::size_t index, Region region,
                  const std::optional<std::size_t>& duplicate_of, std::int64_t score) {
  const bool inside = region.contains(index);
  block.kind = BlockKind::paragraph;
  block.kept = true;
  block.reason.clear();
  block.duplicate_of.reset();
  if (e.truncated) {
    remove(block, BlockKind::duplicate, "truncated copy of " + block_name(*e.truncated));
    block.duplicate_of = e.truncated;
  } else if (e.furniture == Furniture::caption) {
    remove(block, BlockKind::caption, std::string(reason_for(e.furniture)));
  } else if (e.furniture != Furniture::none) {
    remove(block, BlockKind::boilerplate, std::string(reason_for(e.furniture)));
  } else if (inside && e.features.letters == 0 && e.features.digits > 0) {
    // A number inside the article: a table cell, whatever repeats it.
  } else if (duplicate_of && (!inside || artefact_copy(e, index, *duplicate_of))) {
    remove(block, BlockKind::duplicate, "duplicate of " + block_name(*duplicate_of));
    block.duplicate_of = duplicate_of;
  } else if (e.appeal >= 2 || (e.appeal >= 1 && !inside)) {
    remove(block, BlockKind::boilerplate, "donation appeal");
  } else if (e.recurs_in >= 2 && (score < 0 || recurring_furniture(e))) {
    remove(block, BlockKind::boilerplate,
           "recurs in " + std::to_string(e.recurs_in) + " different stories of the batch");
  } else if (!inside) {
    remove(block, BlockKind::boilerplate, outside_reason(e.features, index, region));
  } else if (shouted_headline(e.features)) {
    remove(block, BlockKind::boilerplate, "related links");
  } else if (headline_like(e.features)) {
    block.kind = BlockKind::heading;
  }
}

// Links listed under a "Related" marker inside the article: headline-shaped
// lines up to the next paragraph of prose.
void remove_related_runs(Document& document, const DocumentEvidence& evidence, Region region) {
  for (std::size_t i = region.begin; i < region.end; ++i) {
    if (evidence[i].furniture != Furniture::related) continue;
    for (std::size_t j = i + 1; j < region.end; ++j) {
      auto& block = document.blocks[j];
      if (evidence[j].furniture == Furniture::related) break;  // the next marker takes over
      if (!block.kept) continue;
      if (block.kind != BlockKind::heading || evidence[j].features.ends_sentence) break;
      remove(block, BlockKind::boilerplate, "related links");
    }
  }
}

// Outside the main run, a stretch of blocks that mentions support or
// donations is one appeal, however long, sentences and all.
void mark_appeals(Document& document, const DocumentEvidence& evidence, Region region) {
  constexpr std::size_t kMaxAppealBlocks = 12;
  std::size_t i = 0;
  while (i < document.blocks.size()) {
    if (region.contains(i)) {
      i = region.end;
      continue;
    }
    std::size_t j = i;
    bool appeal = false;
    while (j < document.blocks.size() && !region.contains(j)) {
      const auto& e = evidence[j];
      const bool generic = e.furniture == Furniture::none || e.furniture == Furniture::appeal ||
                           e.furniture == Furniture::appeal_header;
      if (!generic) break;
      appeal = appeal || e.appeal > 0 || e.furniture == Furniture::appeal ||
               e.furniture == Furniture::appeal_header;
      ++j;
    }
    if (appeal && j - i <= kMaxAppealBlocks) {
      for (std::size_t k = i; k < j; ++k) {
        if (document.blocks[k].kind == BlockKind::boilerplate) {
          document.blocks[k].reason = "donation appeal";
        }
      }
    }
    i = j == i ? i + 1 : j;
  }
}

void mark_title(Document& document, const DocumentEvidence& evidence, Region region,
                const std::vector<std::int32_t>& lines, const learn::LinearModel& model) {
  if (document.title) {
    for (auto& block : document.blocks) {
      if (block.text == *document.title) {
        block.kind = BlockKind::title;
        block.kept = true;
        block.reason.clear();
        break;
      }
    }
    return;
  }
  if (auto title = find_title(evidence, region, lines, model)) {
    auto& block = document.blocks[*title];
    block.kind = BlockKind::title;
    block.kept = true;
    block.reason.clear();
    document.title = block.text;
  }
}

void mark_credit(Document& document, const DocumentEvidence& evidence, Region region) {
  if (region.begin == region.end) return;
  const std::size_t from = region.end - 1;
  const std::size_t to = std::min(document.blocks.size(), region.end + 2);
  for (std::size_t i = from; i < to; ++i) {
    auto& block = document.blocks[i];
    if (auto credit = find_credit(block.text, evidence[i].features)) {
      block.kind = BlockKind::credit;
      block.kept = true;
      block.reason.clear();
      document.credit = *credit;
      return;
    }
  }
}

// Splits "MOSCOW - Russian ..." into a dateline block and the paragraph.
void split_dateline(Document& document, Region region) {
  std::size_t i = region.begin;
  while (i < region.end &&
         !(document.blocks[i].kept && document.blocks[i].kind == BlockKind::paragraph))
    ++i;
  if (i >= region.end) return;
  const auto dateline = find_dateline(document.blocks[i].text);
  if (!dateline) return;
  Block head = document.blocks[i];
  Block& rest = document.blocks[i];
  head.kind = BlockKind::dateline;
  head.text = rest.text.substr(0, dateline->length);
  head.source_end = head.source_start + dateline->length;
  rest.text.erase(0, dateline->skip);
  rest.source_start += dateline->skip;
  for (auto& block : document.blocks) {
    if (block.duplicate_of && *block.duplicate_of >= i) {
      if (*block.duplicate_of > i)
        ++*block.duplicate_of;
      else
        *block.duplicate_of = i + 1;
      block.reason = "duplicate of " + block_name(*block.duplicate_of);
    }
  }
  document.dateline = dateline->place;
  document.blocks.insert(document.blocks.begin() + static_cast<std::ptrdiff_t>(i), std::move(head));
}

}  // namespace

void decide(Document& document, const DocumentEvidence& evidence, const LineModels& models) {
  const auto lines = line_scores(evidence, models);
  const Scores scores = run_scores(evidence, lines);
  Region region = main_region(evidence, scores);
  const auto duplicates = find_duplicates(evidence, region);
  bool ended = false;  // an end-of-article line (read more, comment form, appeal) was seen
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    decide_block(document.blocks[i], evidence[i], i, region, duplicates[i], scores[i]);
    auto& block = document.blocks[i];
    const Furniture f = evidence[i].furniture;
    ended = ended || f == Furniture::read_more || f == Furniture::comment_form ||
            f == Furniture::appeal_header || f == Furniture::appeal || evidence[i].appeal > 0;
    if (region.contains(i) && block.kept && lines[i] < models.inside_floor) {
      remove(block, BlockKind::boilerplate, "not article text");
    } else if (!region.contains(i) && !ended && !block.kept &&
               block.kind == BlockKind::boilerplate &&
               (block.reason == "outside the article text" || block.reason == "navigation") &&
               lines[i] > models.outside_bar) {
      // Article text the main run missed: the line models are sure of it.
      block.kept = true;
      block.kind = BlockKind::paragraph;
      block.reason.clear();
    }
  }
  remove_related_runs(document, evidence, region);
  mark_appeals(document, evidence, region);
  mark_title(document, evidence, region, lines, *models.title);
  if (!document.date) {
    document.date = find_publication_date(document.blocks, evidence, region, *models.date);
    if (document.date) document.date_source = DateSource::text;
  }
  mark_credit(document, evidence, region);
  split_dateline(document, region);
}

}  // namespace presslens::clean
