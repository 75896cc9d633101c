// The seed articles: every behaviour issue 3 asks of the cleaner, block by block.
#include <doctest/doctest.h>

#include <string>

#include "fixtures.hpp"
#include "presslens/analyze.hpp"

using namespace presslens;

namespace {

const Batch& seeds() {
  static const Batch batch = analyze(testing::seed_files());
  return batch;
}

const Document& seed(std::size_t index) {
  return seeds().documents.at(index);
}

const Block* find_block(const Document& document, std::string_view start) {
  for (const auto& block : document.blocks) {
    if (block_text(document, block).starts_with(start)) return &block;
  }
  return nullptr;
}

void check_removed(const Document& document, std::string_view start, std::string_view reason) {
  CAPTURE(document.name);
  CAPTURE(start);
  const Block* block = find_block(document, start);
  REQUIRE(block != nullptr);
  CHECK_FALSE(block->kept);
  CHECK(block->reason == reason);
  CHECK(document.text.find(std::string(start)) == std::string::npos);
}

void check_kept(const Document& document, std::string_view start, BlockKind kind) {
  CAPTURE(document.name);
  CAPTURE(start);
  const Block* block = find_block(document, start);
  REQUIRE(block != nullptr);
  CHECK(block->kept);
  CHECK(block->kind == kind);
  CHECK(block->reason.empty());
}

}  // namespace

TEST_CASE("seed titles: the headline where there is one, never a sentence") {
  CHECK_FALSE(seed(0).title);
  CHECK(seed(1).title == "Lavrov: Russia 'Optimistic' on Syria Peace Talks Early Next Year");
  CHECK(seed(2).title == "Russia Vows Support for Syria's Assad to Combat 'Terrorism'");
  CHECK(seed(3).title == "Putin at center of diplomatic blitz on Syria");
  CHECK(seed(4).title == "Russia Pushes For Peace Talks to End Syrian Crisis");
  for (const auto& document : seeds().documents) {
    CAPTURE(document.name);
    if (document.title) CHECK(document.text.find(*document.title) == std::string::npos);
  }
}

TEST_CASE("donation appeals are removed however long they are") {
  check_removed(seed(0), "A Message from The Moscow Times:", "donation appeal");
  check_removed(seed(0), "Dear readers,", "donation appeal");
  check_removed(seed(0), "We are facing unprecedented challenges.", "donation appeal");
  check_removed(seed(0), "Remind me later.", "donation appeal");
  check_removed(seed(1), "Support The Moscow Times!", "donation appeal");
  check_removed(seed(1), "Contribute Today", "donation appeal");
  check_removed(seed(2), "Support The Moscow Times!", "donation appeal");
}

TEST_CASE("001's whole tail after \"Read more\" is part of the appeal") {
  check_removed(seed(1), "Read more", "read-more link");
  check_removed(seed(1), "Russia media is under attack.", "donation appeal");
  check_removed(seed(1), "At least 10 independent media outlets", "donation appeal");
  check_removed(seed(1), "The Moscow Times needs your help", "donation appeal");
  CHECK(seed(1).text.ends_with("tried to crush the unrest by force."));
}

TEST_CASE("navigation, share buttons and comment forms are page furniture") {
  check_removed(seed(3), "Skip to content", "navigation");
  check_removed(seed(3), "News", "navigation");
  check_removed(seed(3), "Link copied to clipboard", "share buttons");
  check_removed(seed(2), "Read more", "read-more link");
  check_removed(seed(4), "Leave a Reply", "comment form");
  check_removed(seed(4), "Your email address will not be published.", "comment form");
}

TEST_CASE("003's repeated lead is a duplicate of the paragraph it repeats") {
  const Document& document = seed(3);
  const Block* dateline = find_block(document, "MOSCOW -");
  REQUIRE(dateline != nullptr);
  // The first copy was split into the dateline and the paragraph; the second
  // copy keeps its dateline and points at the paragraph.
  std::size_t duplicates = 0;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    const Block& block = document.blocks[i];
    if (block.kind != BlockKind::duplicate) continue;
    ++duplicates;
    REQUIRE(block.duplicate_of);
    const Block& original = document.blocks[*block.duplicate_of];
    CHECK(original.kept);
    CHECK(block_text(document, original)
              .starts_with("Russian President Vladimir Putin worked Wednesday"));
    CHECK(block.reason == "duplicate of block " + std::to_string(*block.duplicate_of + 1));
    CHECK_FALSE(block.kept);
  }
  CHECK(duplicates == 1);
  CHECK(document.text.find("Russian President Vladimir Putin worked Wednesday") ==
        document.text.rfind("Russian President Vladimir Putin worked Wednesday"));
}

TEST_CASE("003's dateline is its own block and the document's dateline") {
  const Document& document = seed(3);
  CHECK(document.dateline == "MOSCOW");
  std::size_t at = 0;
  while (at < document.blocks.size() && document.blocks[at].kind != BlockKind::dateline) ++at;
  REQUIRE(at + 1 < document.blocks.size());
  CHECK(block_text(document, document.blocks[at]) == "MOSCOW -");
  CHECK(document.blocks[at].kept);
  CHECK(block_text(document, document.blocks[at + 1])
            .starts_with("Russian President Vladimir Putin"));
  CHECK(document.blocks[at + 1].kind == BlockKind::paragraph);
  CHECK(document.blocks[at + 1].source_start > document.blocks[at].source_end);
  CHECK(document.text.starts_with("Russian President Vladimir Putin worked Wednesday"));
}

TEST_CASE("004's captions: a truncated copy of the next block and a (Photo ...) credit") {
  const Document& document = seed(4);
  const Block& cut = document.blocks.at(1);
  CHECK(cut.text == "Russian Deputy Foreign Minister Mikhail Bogdanov and");
  CHECK_FALSE(cut.kept);
  CHECK(cut.kind == BlockKind::duplicate);
  CHECK(cut.duplicate_of == 2u);
  CHECK(cut.reason == "truncated copy of block 3");
  const Block& caption = document.blocks.at(2);
  CHECK(caption.text.ends_with("(Photo Internet)"));
  CHECK(caption.kind == BlockKind::caption);
  CHECK(caption.reason == "photo caption");
  CHECK(document.text.starts_with("As Russia pushes to broker a political solution"));
}

TEST_CASE("004's credit line is kept as a credit, outside the body") {
  const Document& document = seed(4);
  CHECK(document.credit == "Reuters");
  check_kept(document, "Parts From Reuters", BlockKind::credit);
  CHECK(document.text.find("Parts From Reuters") == std::string::npos);
  CHECK(document.text.ends_with("over 200 people died."));
}

TEST_CASE("every article paragraph is kept, short ones, headings and ones without a full stop") {
  check_kept(seed(2), "Stalled Talks", BlockKind::heading);
  check_kept(seed(2), "Lavrov criticised the United States for refusing to do that.",
             BlockKind::paragraph);
  check_kept(seed(0), "It is not clear what agreement could be reached", BlockKind::paragraph);
  const std::size_t paragraphs[] = {9, 9, 13, 8, 12};
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(seed(i).name);
    std::size_t kept = 0;
    for (const auto& block : seed(i).blocks) {
      kept += block.kept && block.kind == BlockKind::paragraph;
    }
    CHECK(kept == paragraphs[i]);
  }
}

TEST_CASE("every removed block says why; every kept block has no reason") {
  for (const auto& document : seeds().documents) {
    CAPTURE(document.name);
    for (const auto& block : document.blocks) {
      CAPTURE(block_text(document, block));
      CHECK(block.kept == block.reason.empty());
      const bool removed_kind = block.kind == BlockKind::boilerplate ||
                                block.kind == BlockKind::duplicate ||
                                block.kind == BlockKind::caption;
      CHECK(block.kept != removed_kind);
    }
  }
}
