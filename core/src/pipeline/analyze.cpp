// The batch pipeline in its three stages: read and clean the whole batch;
// annotate each document on its own; link the documents across the batch.
#include "presslens/analyze.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "clean/clean.hpp"
#include "clean/publication_date.hpp"
#include "corrections/corrections.hpp"
#include "facts/facts.hpp"
#include "html/factiva.hpp"
#include "html/page.hpp"
#include "identity/identity.hpp"
#include "input/blocks.hpp"
#include "input/decode.hpp"
#include "input/docx.hpp"
#include "input/normalize.hpp"
#include "input/pdf_text.hpp"
#include "input/records.hpp"
#include "nlp/entities.hpp"
#include "pipeline/guard.hpp"
#include "pipeline/stages.hpp"
#include "text/offsets.hpp"
#include "text/sentences.hpp"

namespace presslens {
namespace {

Document failed(std::string name, const Error& error) {
  Document document;
  document.name = std::move(name);
  document.error = error;
  return document;
}

std::string one_line(std::string_view text) {
  auto normalized = input::normalize_text(text);
  std::string line = normalized ? normalized.value() : std::string(text);
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

// The blocks the input marks as headings (a DOCX heading style), so that
// the cleaner's verdict on them can be reviewed (keep_source_headings).
void mark_source_headings(Document& document, const std::vector<std::string>& headings) {
  if (headings.empty()) return;
  std::unordered_set<std::string> lines;
  for (const auto& h : headings) lines.insert(one_line(h));
  for (auto& block : document.blocks) block.source_heading = lines.contains(block.text);
}

// A heading the author marked as one stays, as a heading, when the cleaner
// removed it as page furniture inside the article (after its first kept
// paragraph or its title, before its last kept paragraph): the document's own
// structure outweighs a guess from the line's shape. Duplicates stay removed.
void keep_source_headings(Document& document) {
  auto& blocks = document.blocks;
  std::size_t first = blocks.size(), last = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const bool body = blocks[i].kept && (blocks[i].kind == BlockKind::paragraph ||
                                         blocks[i].kind == BlockKind::title);
    if (!body) continue;
    first = std::min(first, i);
    last = i;
  }
  for (std::size_t i = first; i < last; ++i) {
    auto& block = blocks[i];
    if (!block.source_heading || block.kept || block.kind != BlockKind::boilerplate) continue;
    block.kind = BlockKind::heading;
    block.kept = true;
    block.reason.clear();
  }
}

// Where a text longer than `limit` bytes is cut: at the last paragraph
// break before it, else the last line break, else the last space (each only
// in the second half, so that little is lost), else at a character boundary.
std::size_t cut_point(std::string_view text, std::size_t limit) {
  const std::string_view head = text.substr(0, limit);
  for (const std::string_view separator : {"\n\n", "\n", " "}) {
    const auto at = head.rfind(separator);
    if (at != std::string_view::npos && at >= limit / 2) return at;
  }
  std::size_t at = limit;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::string one_decimal_megabytes(std::size_t bytes) {
  const std::size_t tenths = (bytes * 10 + (1u << 19)) >> 20;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

std::string text_limit_warning(std::size_t limit, std::size_t size) {
  return "only the first " + one_decimal_megabytes(limit) + " of the text (" +
         one_decimal_megabytes(size) + ") were analysed: split the file to analyse the rest";
}

// A web page's article text up to `limit` bytes: the kept block that would
// pass it and every block after are dropped (a long one is cut instead,
// cut_point), with a warning. The blocks before it stay, kept or not.
void limit_blocks(Document& document, std::size_t limit) {
  std::size_t total = 0;
  for (const auto& block : document.blocks) {
    if (block.kept) total += block.text.size() + 2;
  }
  if (total <= limit) return;
  std::size_t used = 0;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    Block& block = document.blocks[i];
    if (!block.kept) continue;
    if (used + block.text.size() > limit) {
      // A paragraph that does not fit is dropped whole, unless it is a long
      // one (a page with no paragraphs): that one is cut.
      const std::size_t room = limit - used;
      const bool long_block = block.text.size() > limit / 2;
      const std::size_t cut = long_block && room > 0 ? cut_point(block.text, room) : 0;
      if (cut > 0) {
        block.text.resize(cut);
        ++i;
      }
      document.blocks.erase(document.blocks.begin() + static_cast<std::ptrdiff_t>(i),
                            document.blocks.end());
      break;
    }
    used += block.text.size() + 2;
  }
  document.warnings.push_back(text_limit_warning(limit, total));
}

Document from_record(input::Record record, const input::Decoded& decoded, std::size_t bytes,
                     std::size_t max_text) {
  if (record.error) return failed(std::move(record.name), *record.error);
  auto normalized = input::normalize_text(record.body);
  if (!normalized) return failed(std::move(record.name), normalized.error());
  std::optional<std::string> cut_warning;
  if (std::string& text = normalized.value(); text.size() > max_text) {
    cut_warning = text_limit_warning(max_text, text.size());
    text.resize(cut_point(text, max_text));
  }
  Document document;
  document.name = std::move(record.name);
  document.encoding = decoded.encoding;
  document.bytes = bytes;
  document.warnings = decoded.warnings;
  document.warnings.insert(document.warnings.end(), record.warnings.begin(), record.warnings.end());
  if (record.title) document.title = one_line(*record.title);
  if (record.url) document.url = *record.url;
  if (record.source) document.source = one_line(*record.source);
  if (record.byline) document.byline = one_line(*record.byline);
  if (record.section) document.section = one_line(*record.section);
  document.length = record.length;
  if (record.language) document.language = one_line(*record.language);
  document.database = std::move(record.database);
  if (record.database_id) document.database_id = one_line(*record.database_id);
  if (record.date) {
    document.date = input::iso_date(*record.date);
    if (document.date) document.date_source = DateSource::record;
    if (!document.date)
      document.warnings.push_back("could not read the date \"" + *record.date + "\"");
  }
  if (cut_warning) document.warnings.push_back(std::move(*cut_warning));
  std::size_t joined_lines = 0;
  document.blocks = input::split_blocks(normalized.value(), &joined_lines);
  if (joined_lines > 0) {
    document.warnings.push_back("the " + std::to_string(joined_lines) + " lines after the first " +
                                std::to_string(input::kMaxLineBlocks) + " were read in blocks of " +
                                std::to_string(input::kJoinedBlockBytes) + " bytes or more");
  }
  mark_source_headings(document, record.headings);
  if (document.blocks.empty()) {
    return failed(std::move(document.name),
                  {ErrorCode::empty_file, "the file holds no text (only whitespace)"});
  }
  return document;
}

std::optional<std::string> user_date(const std::string& name, const AnalyzeOptions& options) {
  const auto it = options.document_dates.find(name);
  const auto& given =
      it != options.document_dates.end() ? std::optional(it->second) : options.default_date;
  return given ? input::iso_date(*given) : std::nullopt;
}

// "same (2).txt" for the second "same.txt"; "feed (2).jsonl#3" for a record.
std::string numbered(const std::string& name, std::size_t n) {
  const auto hash = name.rfind('#');
  const std::string file = hash == std::string::npos ? name : name.substr(0, hash);
  const std::string record = hash == std::string::npos ? "" : name.substr(hash);
  const auto slash = file.find_last_of("/\\");
  auto dot = file.rfind('.');
  if (dot == std::string::npos || dot == 0 || (slash != std::string::npos && dot < slash + 2))
    dot = file.size();
  return file.substr(0, dot) + " (" + std::to_string(n) + ")" + file.substr(dot) + record;
}

// Two documents of a batch never share a name, nor a name without its
// extension (the key of `clean --json`): the later one is numbered.
void make_names_unique(std::vector<Document>& documents) {
  std::unordered_set<std::string> keys;
  for (auto& document : documents) {
    if (keys.insert(name_without_extension(document.name)).second) continue;
    std::string renamed;
    for (std::size_t n = 2;; ++n) {
      renamed = numbered(document.name, n);
      if (keys.insert(name_without_extension(renamed)).second) break;
    }
    document.warnings.push_back("named " + renamed + " here: another file of the batch is called " +
                                document.name);
    document.name = std::move(renamed);
  }
}

void add_records(std::vector<input::Record> records, const input::Decoded& decoded,
                 std::size_t file_bytes, std::size_t max_text, std::vector<Document>& out) {
  const std::size_t count = records.size();
  // Room for a file's records at once (a database's export holds thousands):
  // grown one at a time, the documents were held twice while the list grew.
  if (out.capacity() - out.size() < count)
    out.reserve(std::max(out.size() + count, 2 * out.size()));
  for (auto& record : records) {
    const std::size_t bytes = count == 1 ? file_bytes : record.body.size();
    const InputFormat read_as = record.format;
    out.push_back(from_record(std::move(record), decoded, bytes, max_text));
    out.back().format = read_as;
  }
}

// A web page, or a web archive: one Document, or one per article when it is
// a database's export saved as HTML (Factiva's).
void read_page_file(const InputFile& file, InputFormat format, std::size_t max_text,
                    std::vector<Document>& out) {
  auto page = html::decode_page(file.bytes, format);
  if (!page) {
    out.push_back(failed(file.name, page.error()));
    return;
  }
  auto parsed = html::parse_html(page.value().decoded.text);
  if (auto found = html::read_factiva_html(file.name, parsed.dom, file.bytes.size())) {
    auto records = input::read_as(std::move(*found), format);
    if (!records) {
      out.push_back(failed(file.name, records.error()));
      return;
    }
    auto& decoded = page.value().decoded;
    decoded.warnings.insert(decoded.warnings.end(), parsed.warnings.begin(), parsed.warnings.end());
    add_records(std::move(records.value()), decoded, file.bytes.size(), max_text, out);
    return;
  }
  out.push_back(
      html::read_page(file.name, page.value(), std::move(parsed), format, file.bytes.size()));
  if (!out.back().error) limit_blocks(out.back(), max_text);
}

void read_file(const InputFile& file, const AnalyzeOptions& options, std::vector<Document>& out) {
  if (file.read_error) {
    out.push_back(failed(file.name, *file.read_error));
    return;
  }
  if (file.bytes.size() > options.max_file_bytes) {
    out.push_back(failed(file.name, file_too_large(file.bytes.size(), options.max_file_bytes)));
    return;
  }
  // A Word document is read from its XML, and PDF text (web/pdf-text.js) by
  // pages, not decoded as text; a web page or web archive by its DOM.
  const bool docx = input::is_zip(file.bytes);
  const bool pdf_text = input::is_pdf_text(file.bytes);
  const auto format = input::sniff_format(file.name, file.bytes);
  if (!docx && !pdf_text &&
      (format == input::FileFormat::html || format == input::FileFormat::mhtml)) {
    read_page_file(file, format == input::FileFormat::html ? InputFormat::html : InputFormat::mhtml,
                   options.max_text_bytes, out);
    return;
  }
  auto decoded = docx || pdf_text ? Result<input::Decoded>(input::Decoded{{}, "UTF-8", {}})
                                  : input::decode(file.bytes);
  if (!decoded) {
    out.push_back(failed(file.name, decoded.error()));
    return;
  }
  // Each record carries the format it was read as (split_records decides
  // JSON, RTF, e-mail or text once, from the same name and content).
  auto records = docx ? input::read_as(input::read_docx(file.name, file.bytes), InputFormat::docx)
                 : pdf_text
                     ? input::read_as(input::read_pdf_text(file.name, file.bytes), InputFormat::pdf)
                     : input::split_records(file.name, decoded.value().text);
  if (!records) {
    out.push_back(failed(file.name, records.error()));
    return;
  }
  add_records(std::move(records.value()), decoded.value(), file.bytes.size(),
              options.max_text_bytes, out);
}

// For documents built by the caller rather than by prepare_batch().
void split_sentences_if_missing(Document& document) {
  if (!document.error && document.sentences.empty() && !document.text.empty())
    document.sentences = text::split_sentences(document.text);
}

}  // namespace

Error file_too_large(std::uint64_t bytes, std::size_t limit, bool at_least) {
  const auto megabytes = [](std::uint64_t n) { return std::to_string(n >> 20) + " MB"; };
  return {ErrorCode::file_too_large,
          "the file is too large (" +
              (at_least ? "more than " + megabytes(limit) : megabytes(bytes)) + "; the limit is " +
              megabytes(limit) + ")"};
}

std::optional<std::string> read_date(std::string_view text) {
  return input::iso_date(text);
}

namespace pipeline {

void fail_document(Document& document, const Error& error) {
  Document failed_document;
  failed_document.name = std::move(document.name);
  failed_document.bytes = document.bytes;
  failed_document.error = error;
  document = std::move(failed_document);
}

}  // namespace pipeline

Batch prepare_batch(std::span<const InputFile> files, const AnalyzeOptions& options) {
  Batch batch;
  for (const auto& file : files) {
    const std::size_t first = batch.documents.size();
    if (auto error = pipeline::run_guarded([&] { read_file(file, options, batch.documents); })) {
      batch.documents.resize(first);  // the records read before it failed go too
      batch.documents.push_back(failed(file.name, *error));
    }
  }
  // The user's dates are given by the names the files came with.
  std::vector<std::optional<std::string>> user_dates;
  user_dates.reserve(batch.documents.size());
  for (const auto& document : batch.documents)
    user_dates.push_back(user_date(document.name, options));
  make_names_unique(batch.documents);
  // The cleaner sees the batch at once; should that fail, each file is
  // cleaned on its own (without the evidence of the others) rather than lost.
  if (pipeline::run_guarded([&] { clean::clean_documents(batch.documents); })) {
    for (auto& document : batch.documents) {
      if (document.error) continue;
      for (auto& block : document.blocks)
        block = Block{.text = block.text,
                      .source_start = block.source_start,
                      .source_end = block.source_end,
                      .source_heading = block.source_heading};
      pipeline::guard_document(document, [&] { clean::clean_documents({&document, 1}); });
    }
  }
  // Dates: the record's or the page's, then one written in the text (found
  // by the cleaner), then the user's, then a date in the file's name.
  for (std::size_t i = 0; i < batch.documents.size(); ++i) {
    auto& document = batch.documents[i];
    if (document.error || document.date) continue;
    if ((document.date = user_dates[i])) {
      document.date_source = DateSource::user;
    } else if ((document.date = clean::date_in_file_name(document.name))) {
      document.date_source = DateSource::file_name;
    }
  }
  if (options.corrections) {
    batch.corrections = options.corrections;
    pipeline::apply_block_corrections(batch);
  }
  for (auto& document : batch.documents) {
    if (document.error) continue;
    pipeline::guard_document(document, [&] {
      keep_source_headings(document);
      clean::assemble_text(document);
      document.sentences = text::split_sentences(document.text);
    });
  }
  return batch;
}

void annotate_document(Document& document) {
  if (document.error) return;
  // Again from scratch on a document annotated before (its text changed).
  document.entities.clear();
  std::erase_if(document.warnings, nlp::is_entities_warning);
  std::erase_if(document.warnings, facts::is_limited_warning);
  pipeline::guard_document(document, [&] {
    // Every place in the text is held in 4 bytes (Span).
    text::offset32(document.text.size(), "a text of 4 GB or more");
    split_sentences_if_missing(document);
    const std::size_t max = text::max_mentions(document.text.size());
    std::size_t dates_over = 0, figures_over = 0;
    document.dates = facts::find_dates(document.text, document.date, max, &dates_over);
    document.numbers =
        facts::find_numbers(document.text, document.dates, document.sentences, max, &figures_over);
    if (dates_over > 0)
      document.warnings.push_back(facts::limited_warning("dates", max, dates_over));
    if (figures_over > 0) {
      document.warnings.push_back(facts::limited_warning("figures", max, figures_over));
    }
    nlp::find_entities(document);
    // What the later stages hold beside them: no room to spare from growing.
    document.sentences.shrink_to_fit();
    document.dates.shrink_to_fit();
    document.numbers.shrink_to_fit();
    document.entities.shrink_to_fit();
  });
}

struct BatchFinisher::State {
  explicit State(Batch& batch) : stage3(batch, pipeline::find_from_rules) {}
  pipeline::Stage3 stage3;
};

BatchFinisher::BatchFinisher(Batch& batch) : state_(std::make_unique<State>(batch)) {}
BatchFinisher::~BatchFinisher() = default;

// Steps: 1 (names) + one per document (quotes) + the cross-index's parts.
std::size_t BatchFinisher::total() const {
  return state_->stage3.total();
}

std::string_view BatchFinisher::part() const {
  return state_->stage3.part();
}

bool BatchFinisher::step(std::size_t steps) {
  const bool more = state_->stage3.step(steps);
  done_ = state_->stage3.done();
  return more;
}

void finish_batch(Batch& batch) {
  BatchFinisher finisher(batch);
  while (finisher.step(64)) {
  }
}

namespace {

// Stages 2 and 3 of analyze().
Batch annotated_and_finished(Batch batch) {
  for (auto& document : batch.documents) annotate_document(document);
  finish_batch(batch);
  return batch;
}

}  // namespace

Batch analyze(std::span<const InputFile> files, const AnalyzeOptions& options) {
  return annotated_and_finished(prepare_batch(files, options));
}

Batch analyze(std::vector<InputFile>&& files, const AnalyzeOptions& options) {
  Batch batch = prepare_batch(files, options);
  std::vector<InputFile>().swap(files);
  return annotated_and_finished(std::move(batch));
}

bool Batch::all_ok() const {
  return std::none_of(documents.begin(), documents.end(),
                      [](const Document& d) { return d.error.has_value(); });
}

}  // namespace presslens
