// The batch pipeline in its three stages: read and clean the whole batch;
// annotate each document on its own; link the documents across the batch.
#include "presslens/analyze.hpp"

#include <algorithm>

#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "clean/clean.hpp"
#include "clean/publication_date.hpp"
#include "facts/facts.hpp"
#include "html/page.hpp"
#include "identity/identity.hpp"
#include "input/blocks.hpp"
#include "input/decode.hpp"
#include "input/normalize.hpp"
#include "input/records.hpp"
#include "nlp/entities.hpp"

namespace presslens {
namespace {

Document failed(std::string name, const Error& error) {
  Document document;
  document.name = std::move(name);
  document.error = error.message;
  document.error_code = std::string(to_string(error.code));
  return document;
}

std::string one_line(std::string_view text) {
  auto normalized = input::normalize_text(text);
  std::string line = normalized ? normalized.value() : std::string(text);
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

Document from_record(input::Record record, const input::Decoded& decoded, std::size_t bytes) {
  if (record.error) return failed(std::move(record.name), *record.error);
  auto normalized = input::normalize_text(record.body);
  if (!normalized) return failed(std::move(record.name), normalized.error());
  Document document;
  document.name = std::move(record.name);
  document.encoding = decoded.encoding;
  document.bytes = bytes;
  document.warnings = decoded.warnings;
  if (record.title) document.title = one_line(*record.title);
  if (record.url) document.url = *record.url;
  if (record.source) document.source = one_line(*record.source);
  if (record.date) {
    document.date = input::iso_date(*record.date);
    if (document.date) document.date_source = DateSource::record;
    if (!document.date)
      document.warnings.push_back("could not read the date \"" + *record.date + "\"");
  }
  document.blocks = input::split_blocks(normalized.value());
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

void read_file(const InputFile& file, const AnalyzeOptions& options, std::vector<Document>& out) {
  if (file.read_error) {
    out.push_back(failed(file.name, *file.read_error));
    return;
  }
  if (file.bytes.size() > options.max_file_bytes) {
    out.push_back(
        failed(file.name,
               {ErrorCode::file_too_large,
                "the file is too large (" + std::to_string(file.bytes.size() >> 20) +
                    " MB; the limit is " + std::to_string(options.max_file_bytes >> 20) + " MB)"}));
    return;
  }
  const auto format = input::sniff_format(file.name, file.bytes);
  if (format == input::FileFormat::html || format == input::FileFormat::mhtml) {
    out.push_back(html::read_page(
        file.name, file.bytes,
        format == input::FileFormat::html ? InputFormat::html : InputFormat::mhtml));
    return;
  }
  auto decoded = input::decode(file.bytes);
  if (!decoded) {
    out.push_back(failed(file.name, decoded.error()));
    return;
  }
  auto records = input::split_records(file.name, decoded.value().text);
  if (!records) {
    out.push_back(failed(file.name, records.error()));
    return;
  }
  const std::size_t count = records.value().size();
  const bool json = format == input::FileFormat::json || format == input::FileFormat::json_lines;
  for (auto& record : records.value()) {
    const std::size_t bytes = count == 1 ? file.bytes.size() : record.body.size();
    out.push_back(from_record(std::move(record), decoded.value(), bytes));
    if (json) out.back().format = InputFormat::json;
  }
}

}  // namespace

Batch prepare_batch(std::span<const InputFile> files, const AnalyzeOptions& options) {
  Batch batch;
  for (const auto& file : files) read_file(file, options, batch.documents);
  // Dates: the record's or the page's, then one written in the text (found
  // by the cleaner), then the user's, then a date in the file's name.
  clean::clean_documents(batch.documents);
  for (auto& document : batch.documents) {
    if (document.error || document.date) continue;
    document.date = user_date(document.name, options);
    if (document.date) {
      document.date_source = DateSource::user;
    } else if ((document.date = clean::date_in_file_name(document.name))) {
      document.date_source = DateSource::file_name;
    }
  }
  for (auto& document : batch.documents) {
    if (!document.error) clean::assemble_text(document);
  }
  return batch;
}

void annotate_document(Document& document) {
  if (document.error) return;
  document.dates = facts::find_dates(document.text, document.date);
  document.numbers = facts::find_numbers(document.text, document.dates);
  nlp::find_entities(document);
}

void finish_batch(Batch& batch) {
  identity::cluster_batch(batch);
  for (auto& document : batch.documents) {
    if (!document.error) attribution::find_quotes(document, batch.clusters);
  }
  batch::cross_index(batch);
}

Batch analyze(std::span<const InputFile> files, const AnalyzeOptions& options) {
  Batch batch = prepare_batch(files, options);
  for (auto& document : batch.documents) annotate_document(document);
  finish_batch(batch);
  return batch;
}

bool Batch::all_ok() const {
  return std::none_of(documents.begin(), documents.end(),
                      [](const Document& d) { return d.error.has_value(); });
}

}  // namespace presslens
