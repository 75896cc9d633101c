// The result of analysing a batch: documents, and what spans across them.
// Offsets are byte offsets into the UTF-8 `Document::text`; the JSON output
// converts them to UTF-16 code units (see docs/output.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "presslens/boxed.hpp"
#include "presslens/corrections.hpp"
#include "presslens/error.hpp"

namespace presslens {

// Every enum below is written to the JSON as the string to_string() gives
// ("PER", "direct", "more than"...); inside the core it stays typed.

enum class BlockKind : std::uint8_t {
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
enum class InputFormat { text, json, html, mhtml, docx, rtf, email, pdf };

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

// Byte offsets into Document::text, in 4 bytes each: a file is read up to
// AnalyzeOptions::max_file_bytes (64 MB unless set), and a text of 4 GB or
// more fails its document. A page of nothing but names, dates or short
// sentences holds one every few bytes.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

// What the cleaner decided about a block, kept when a correction overrides it.
struct BlockDecision {
  BlockKind kind = BlockKind::paragraph;
  bool kept = true;
  std::string reason;
  std::optional<std::size_t> duplicate_of;
};

// One a line of the input, so kept small (120 bytes): the rare decision
// before a correction on the heap, the flags together, the index of the
// block it repeats and its place in the source in 4 bytes each (a file is
// read up to AnalyzeOptions::max_file_bytes, 64 MB unless set; a source of
// 4 GB or more is refused).
struct Block {
  // Its text, read with block_text(): a block of the body lends it to
  // Document::text (clean::assemble_text) and holds none while it is there.
  std::string text;
  std::string reason;                         // why it was removed; empty when kept
  std::optional<std::uint32_t> duplicate_of;  // index of the block it repeats
  std::uint32_t source_start = 0;             // byte range in the normalised source
  std::uint32_t source_end = 0;
  std::optional<Span> in_text;   // where it sits in Document::text, if there
  Boxed<BlockDecision> cleaner;  // set when a correction kept or removed the block
  BlockKind kind = BlockKind::paragraph;
  bool kept = true;
  bool source_heading = false;  // the input marks it a heading (a DOCX heading style)
};

enum class EntityType { person, organisation, location, misc };  // PER, ORG, LOC, MISC

struct EntityMention {
  std::string text;
  EntityType type = EntityType::misc;
  Span span;
  std::string cluster;
  bool operator==(const EntityMention&) const = default;
};

enum class QuoteKind {
  direct,   // in quote marks
  indirect  // reported speech
};

struct Quote {
  std::string text;
  Span span;
  std::optional<std::string> speaker;
  std::optional<std::string> speaker_cluster;
  std::string cue;
  QuoteKind kind = QuoteKind::direct;
  // The sentence, or the sentences, the quote stands in (its marks and cue included).
  Span sentence;
  bool corrected = false;  // the speaker was set (or rejected) by a correction
  // How likely the speaker is right (0 to 1, calibrated on held-out
  // articles); none while no speaker model is loaded.
  std::optional<double> confidence;
  bool operator==(const Quote&) const = default;
};

// A word or phrase in quote marks that nobody says: a scare quote or a term
// ("terrorism", "action plan").
struct Term {
  std::string text;  // without the quote marks
  Span span;
  bool operator==(const Term&) const = default;
};

enum class NumberKind { cardinal, ordinal, percent, money, age };

// How a figure is hedged: "some 250,000", "more than 200", "at least 10".
enum class Qualifier { none, approximately, more_than, at_least, less_than, at_most };

struct NumberMention {
  std::string text;
  double value = 0;
  Span span;
  NumberKind kind = NumberKind::cardinal;
  Qualifier qualifier = Qualifier::none;
  std::string unit;  // currency code, or the counted unit of an age ("year")
};

// "early next year", "mid-March", "later this week".
enum class DateModifier { none, early, mid, late, earlier, later };

struct DateMention {
  std::string text;
  std::string value;  // ISO 8601 when known ("2015-09-16", "2015-W38", "2016"); else
                      // relative to the article date ("XXXX-WXX-3", "DCT+P1Y")
  Span span;
  bool resolved = false;  // absolute, or anchored to a known article date
  DateModifier modifier = DateModifier::none;
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
  std::optional<std::string> source;  // the outlet, when the input names it
  // What a news-database export says of the article (docs/formats.md).
  std::optional<std::string> byline;
  std::optional<std::string> section;
  std::optional<std::size_t> length;  // in words, as the database states it
  std::optional<std::string> language;
  std::optional<std::string> database;  // "ProQuest", "LexisNexis", "Nexis Uni", "Factiva"
  std::optional<std::string> database_id;
  InputFormat format = InputFormat::text;
  std::size_t bytes = 0;  // size of the input as read
  std::string text;       // the cleaned body: paragraphs separated by a blank line
  // Where each sentence of `text` lies, in order: split once, with the text
  // (prepare_batch), and read by every later stage.
  std::vector<Span> sentences;
  std::vector<Block> blocks;
  std::vector<EntityMention> entities;
  std::vector<EntityMention> nominals;  // "the Russian president": a role naming a cluster's person
  std::vector<Quote> quotes;
  std::vector<Term> terms;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::vector<std::string> warnings;
  std::optional<Error> error;  // set when the file could not be read; the lists stay empty
};

// A block's text: the document's at `in_text` for a block of the body,
// else its own.
std::string_view block_text(const Document& document, const Block& block);

struct Cluster {
  std::string id;
  std::string name;
  EntityType type = EntityType::misc;
  std::vector<std::string> aliases;
  std::vector<std::string> documents;
  std::size_t mentions = 0;
  std::vector<std::string> roles;  // titles seen with the name ("Russian Foreign Minister")
  bool corrected = false;          // a correction merged, split, renamed or retyped it
  bool operator==(const Cluster&) const = default;
};

// The cluster with this id ("c12" is the twelfth), or null.
const Cluster* find_cluster(const std::vector<Cluster>& clusters, std::string_view id);

// Across the batch (docs/batch.md): filled by the cross-index after every
// document is analysed. Documents are referred to by their index in
// Batch::documents; spans are byte offsets into that document's text.
struct SentenceRef {
  std::size_t document = 0;
  Span span;  // the sentence
  bool operator==(const SentenceRef&) const = default;
};

struct GraphNode {
  std::string id;     // the cluster id, or "TYPE:text" for an entity without one
  std::string label;  // the cluster's name, or the mention's text
  EntityType type = EntityType::misc;
  std::size_t mentions = 0;
  std::size_t documents = 0;
  bool operator==(const GraphNode&) const = default;
};

struct GraphEdge {
  std::size_t source = 0;  // indices into Graph::nodes, source < target
  std::size_t target = 0;
  std::size_t sentences = 0;          // sentences naming both
  std::size_t documents = 0;          // articles naming both (anywhere in the article)
  std::vector<SentenceRef> examples;  // the first few shared sentences
  // (document, sentences naming both) for each article with such a sentence,
  // in batch order: the page recounts an edge for a subset of the articles.
  std::vector<std::pair<std::size_t, std::size_t>> by_document;
  bool operator==(const GraphEdge&) const = default;
};

struct Graph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  bool operator==(const Graph&) const = default;
};

struct PassageSide {
  std::size_t document = 0;
  std::optional<Span> span;          // none for a repeat the cleaner removed from the text
  std::optional<std::size_t> block;  // the (first) paragraph's block index
  std::vector<std::size_t>
      blocks;  // every paragraph's block index: consecutive matches are one passage
  bool operator==(const PassageSide&) const = default;
};

enum class PassageKind {
  verbatim,
  near,   // an edited copy
  repeat  // within one article, removed by the cleaner
};

struct Passage {
  PassageSide a;  // the earlier occurrence (batch order, then text order)
  PassageSide b;
  double similarity = 0;  // 1 for verbatim
  PassageKind kind = PassageKind::verbatim;
  bool operator==(const Passage&) const = default;
};

struct Claim {
  std::size_t document = 0;
  std::size_t number = 0;  // index into Document::numbers
  double value = 0;        // what is claimed, in the group's measure
  double low = 0;          // the range the wording allows (qualifiers, "in its fifth year")
  double high = 0;
  Qualifier qualifier = Qualifier::none;
  std::string subject;  // the words the number is about ("people", "civil war")
  Span sentence;
  bool operator==(const Claim&) const = default;
};

// Figures are grouped only when they measure the same thing: the same
// measure, unit, subject and time (docs/batch.md).
struct ClaimGroup {
  std::string counted;  // what is counted ("killed", "age in years")
  std::string measure;  // the measure noun or verb ("killed", "lead")
  std::string unit;     // "people", "%", "USD", "point", "years"...
  std::string subject;  // who or what it is about: a cluster's name, or words ("civil war")
  std::optional<std::string> subject_cluster;
  std::string time;  // the year (or month, day) the figure is for, or empty
  std::string why;   // why these figures are side by side, in words
  std::vector<Claim> claims;
  std::optional<bool> agree;  // none while only one article speaks
  bool operator==(const ClaimGroup&) const = default;
};

struct Keyphrase {
  std::string text;
  double score = 0;
  std::size_t count = 0;      // occurrences
  std::size_t documents = 0;  // articles using it
  bool operator==(const Keyphrase&) const = default;
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

// Syndicated copies: articles made mostly of the same passages (docs/batch.md).
struct Story {
  std::vector<std::size_t> documents;  // in batch order
  std::vector<double> shared;          // each one's share of its text found in the others
  bool operator==(const Story&) const = default;
};

struct Batch {
  std::vector<Document> documents;
  std::vector<Cluster> clusters;
  Graph graph;
  std::vector<Passage> passages;
  std::deque<ClaimGroup> claims;      // grown a group at a time: a page of figures makes thousands
  std::vector<Keyphrase> keyphrases;  // of the whole batch
  std::vector<std::vector<Keyphrase>> document_keyphrases;  // per document
  Timeline timeline;
  std::vector<Story> stories;
  // The user's corrections (AnalyzeOptions::corrections), carried from stage
  // 1 to stage 3, and what became of each, in list order; none when none
  // were given.
  std::optional<std::vector<Correction>> corrections;
  std::vector<CorrectionOutcome> correction_outcomes;
  bool all_ok() const;
};

// The names the JSON output gives them ("paragraph", "PER", "more than"...).
std::string_view to_string(BlockKind kind);
std::string_view to_string(InputFormat format);
std::string_view to_string(DateSource source);  // "" for none
std::string_view to_string(EntityType type);
std::string_view to_string(QuoteKind kind);
std::string_view to_string(NumberKind kind);
std::string_view to_string(Qualifier qualifier);    // "" for none
std::string_view to_string(DateModifier modifier);  // "" for none
std::string_view to_string(PassageKind kind);

// "PER", "ORG", "LOC" or "MISC" as a type; nullopt for anything else.
std::optional<EntityType> parse_entity_type(std::string_view name);

}  // namespace presslens
