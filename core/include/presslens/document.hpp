// The result of analysing a batch: documents, and what spans across them.
// Offsets are byte offsets into the UTF-8 `Document::text`; the JSON output
// converts them to UTF-16 code units (see docs/output.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace presslens {

enum class BlockKind {
  title,
  dateline,
  heading,
  paragraph,
  credit,
  caption,
  boilerplate,
  duplicate
};

// What a file was read as.
enum class InputFormat { text, json, html, mhtml };

// Where a document's publication date comes from.
enum class DateSource {
  none,
  record,     // the date field of a .json/.jsonl record
  metadata,   // a web page's metadata (JSON-LD, <meta>, <time>)
  address,    // a date in the page's address (/2015/09/16/)
  text,       // a date written in the article ("Published Sept. 16, 2015")
  file_name,  // a date in the file's name (2016-10-12): a guess, marked as such
  user,       // given by the user (analyze --date, the page's option)
};

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
  std::optional<Span> in_text;  // where it sits in Document::text, if there
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
  std::string kind = "direct";  // "direct" (in quote marks) or "indirect" (reported speech)
};

// A word or phrase in quote marks that nobody says: a scare quote or a term
// ("terrorism", "action plan").
struct Term {
  std::string text;  // without the quote marks
  Span span;
};

struct NumberMention {
  std::string text;
  double value = 0;
  Span span;
  std::string kind = "cardinal";  // cardinal, ordinal, percent, money, age
  std::string qualifier;  // "", "approximately", "more than", "at least", "less than", "at most"
  std::string unit;       // currency code, or the counted unit of an age ("year")
};

struct DateMention {
  std::string text;
  std::string value;  // ISO 8601 when known ("2015-09-16", "2015-W38", "2016"); else
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
  DateSource date_source = DateSource::none;
  std::optional<std::string> author;
  std::optional<std::string> url;
  std::optional<std::string> source;
  InputFormat format = InputFormat::text;
  std::size_t bytes = 0;  // size of the input as read
  std::string text;       // the cleaned body: paragraphs separated by a blank line
  std::vector<Block> blocks;
  std::vector<EntityMention> entities;
  std::vector<EntityMention> nominals;  // "the Russian president": a role naming a cluster's person
  std::vector<Quote> quotes;
  std::vector<Term> terms;
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
  std::vector<std::string> roles;  // titles seen with the name ("Russian Foreign Minister")
  // "male", "female" or empty, as the batch's words show it (honorifics,
  // gendered role nouns, the pronouns after the name); used to resolve
  // "he" and "she", not written to the JSON.
  std::string gender;
};

// The cluster with this id ("c12" is the twelfth), or null.
const Cluster* find_cluster(const std::vector<Cluster>& clusters, std::string_view id);

// Across the batch (docs/batch.md): filled by the cross-index after every
// document is analysed. Documents are referred to by their index in
// Batch::documents; spans are byte offsets into that document's text.
struct SentenceRef {
  std::size_t document = 0;
  Span span;  // the sentence
};

struct GraphNode {
  std::string id;     // the cluster id, or "TYPE:text" for an entity without one
  std::string label;  // the cluster's name, or the mention's text
  std::string type;
  std::size_t mentions = 0;
  std::size_t documents = 0;
};

struct GraphEdge {
  std::size_t source = 0;  // indices into Graph::nodes, source < target
  std::size_t target = 0;
  std::size_t sentences = 0;          // sentences naming both
  std::size_t documents = 0;          // articles naming both (anywhere in the article)
  std::vector<SentenceRef> examples;  // the first few shared sentences
};

struct Graph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

struct PassageSide {
  std::size_t document = 0;
  std::optional<Span> span;          // none for a repeat the cleaner removed from the text
  std::optional<std::size_t> block;  // the (first) paragraph's block index
  std::vector<std::size_t>
      blocks;  // every paragraph's block index: consecutive matches are one passage
};

struct Passage {
  PassageSide a;  // the earlier occurrence (batch order, then text order)
  PassageSide b;
  double similarity = 0;  // 1 for verbatim
  std::string kind;  // "verbatim", "near" (edited copy), "repeat" (within one article, removed by
                     // the cleaner)
};

struct Claim {
  std::size_t document = 0;
  std::size_t number = 0;  // index into Document::numbers
  double value = 0;        // what is claimed, in the group's measure
  double low = 0;          // the range the wording allows (qualifiers, "in its fifth year")
  double high = 0;
  std::string qualifier;
  std::string subject;  // the words the number is about ("people", "civil war")
  Span sentence;
};

struct ClaimGroup {
  std::string counted;  // what is counted ("killed", "age in years")
  std::vector<Claim> claims;
  std::optional<bool> agree;  // none while only one article speaks
};

struct Keyphrase {
  std::string text;
  double score = 0;
  std::size_t count = 0;      // occurrences
  std::size_t documents = 0;  // articles using it
};

struct TimelineItem {
  std::size_t document = 0;
  std::size_t date = 0;  // index into Document::dates
  Span sentence;
};

struct Timeline {
  std::vector<std::size_t> documents;  // by publication date; undated ones last
  std::vector<TimelineItem> items;     // resolved dates, by value
};

struct Batch {
  std::vector<Document> documents;
  std::vector<Cluster> clusters;
  Graph graph;
  std::vector<Passage> passages;
  std::vector<ClaimGroup> claims;
  std::vector<Keyphrase> keyphrases;                        // of the whole batch
  std::vector<std::vector<Keyphrase>> document_keyphrases;  // per document
  Timeline timeline;
  bool all_ok() const;
};

std::string_view to_string(BlockKind kind);
std::string_view to_string(InputFormat format);
std::string_view to_string(DateSource source);

}  // namespace presslens
