// The result of analysing a batch: documents, and what spans across them.
// Offsets are byte offsets into the UTF-8 `Document::text`; the JSON output
// converts them to UTF-16 code units (see docs/output.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace presslens {

enum class BlockKind { title, dateline, heading, paragraph, credit, caption, boilerplate, duplicate };

struct Span {
  std::size_t start = 0;  // byte offsets into Document::text
  std::size_t end = 0;
};

struct Block {
  std::string text;
  BlockKind kind = BlockKind::paragraph;
  bool kept = true;
  std::string reason;                       // why it was removed; empty when kept
  std::optional<std::size_t> duplicate_of;  // index of the block it repeats
  std::size_t source_start = 0;             // byte range in the normalised source
  std::size_t source_end = 0;
  std::optional<Span> in_text;              // where it sits in Document::text, if there
};

struct EntityMention {
  std::string text;
  std::string type;  // PER, ORG, LOC, MISC
  Span span;
  std::string cluster;
};

struct Quote {
  std::string text;
  Span span;
  std::optional<std::string> speaker;
  std::optional<std::string> speaker_cluster;
  std::string cue;
};

struct NumberMention {
  std::string text;
  double value = 0;
  Span span;
  std::string kind = "cardinal";  // cardinal, ordinal, percent, money, age
  std::string qualifier;          // "", "approximately", "more than", "at least", "less than", "at most"
  std::string unit;               // currency code, or the counted unit of an age ("year")
};

struct DateMention {
  std::string text;
  std::string value;   // ISO 8601 when known ("2015-09-16", "2015-W38", "2016"); else
                       // relative to the article date ("XXXX-WXX-3", "DCT+P1Y")
  Span span;
  bool resolved = false;  // absolute, or anchored to a known article date
  std::string modifier;   // "early", "mid", "late", "earlier", "later" or ""
};

struct Document {
  std::string name;
  std::string encoding;
  std::optional<std::string> title;
  std::optional<std::string> dateline;
  std::optional<std::string> credit;
  std::optional<std::string> date;  // ISO 8601
  std::optional<std::string> url;
  std::optional<std::string> source;
  std::size_t bytes = 0;  // size of the input as read
  std::string text;       // the cleaned body: paragraphs separated by a blank line
  std::vector<Block> blocks;
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::vector<std::string> warnings;
  std::optional<std::string> error;
  std::optional<std::string> error_code;
};

struct Cluster {
  std::string id;
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
  std::vector<std::string> documents;
  std::size_t mentions = 0;
};

struct Batch {
  std::vector<Document> documents;
  std::vector<Cluster> clusters;
  bool all_ok() const;
};

std::string_view to_string(BlockKind kind);

}  // namespace presslens
