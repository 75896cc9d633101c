// The batch pipeline in its three stages: read and clean the whole batch;
// annotate each document on its own; link the documents across the batch.
#include "presslens/analyze.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "attribution/attribution.hpp"
#include "batch/cross_index.hpp"
#include "clean/clean.hpp"
#include "corrections/corrections.hpp"
#include "facts/facts.hpp"
#include "identity/identity.hpp"
#include "input/blocks.hpp"
#include "input/decode.hpp"
#include "input/normalize.hpp"
#include "input/records.hpp"
#include "nlp/entities.hpp"
#include "pipeline/stages.hpp"

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
  for (auto& record : records.value()) {
    const std::size_t bytes = count == 1 ? file.bytes.size() : record.body.size();
    out.push_back(from_record(std::move(record), decoded.value(), bytes));
  }
}

}  // namespace

Batch prepare_batch(std::span<const InputFile> files, const AnalyzeOptions& options) {
  Batch batch;
  for (const auto& file : files) read_file(file, options, batch.documents);
  for (auto& document : batch.documents) {
    if (!document.error && !document.date) document.date = user_date(document.name, options);
  }
  clean::clean_documents(batch.documents);
  if (options.corrections) {
    batch.corrections = options.corrections;
    corrections::apply_to_blocks(batch.documents, *batch.corrections, batch.correction_outcomes);
  }
  for (auto& document : batch.documents) {
    if (!document.error) clean::assemble_text(document);
  }
  return batch;
}

void annotate_document(Document& document) {
  if (document.error) return;
  // Again from scratch on a document annotated before (its text changed).
  document.entities.clear();
  std::erase_if(document.warnings,
                [](const std::string& w) { return w.starts_with(nlp::kEntitiesSkipped); });
  document.dates = facts::find_dates(document.text, document.date);
  document.numbers = facts::find_numbers(document.text, document.dates);
  nlp::find_entities(document);
}

namespace pipeline {
namespace {

// What nominals and attribution read of a cluster.
std::string cluster_inputs(const Cluster& c) {
  std::string out = '\x1e' + c.id + '\x1f' + c.name + '\x1f' + c.type + '\x1f' + c.gender;
  for (const auto& role : c.roles) out += '\x1f' + role;
  return out;
}

// What a document's nominals and attribution read of the batch: its
// mentions and, of each cluster they name, its id, name, type, gender and
// roles (find_nominals and find_quotes read nothing else of a cluster).
std::string link_inputs(const Document& d, const std::vector<Cluster>& clusters) {
  std::string out;
  std::vector<const Cluster*> named;
  for (const auto& e : d.entities) {
    out += std::to_string(e.span.start) + ':' + std::to_string(e.span.end) + ':' + e.type + ':' +
           e.cluster + '\x1f';
    if (const Cluster* c = find_cluster(clusters, e.cluster)) named.push_back(c);
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  for (const Cluster* c : named) out += cluster_inputs(*c);
  return out;
}

// Genders, each document's votes counted again only when its mentions changed.
void infer_genders(Batch& batch, LinkMemory& memory) {
  std::vector<std::vector<identity::GenderVote>> votes(batch.documents.size());
  for (std::size_t d = 0; d < batch.documents.size(); ++d) {
    auto& m = memory.documents[d];
    const auto& entities = batch.documents[d].entities;
    const bool same = std::equal(entities.begin(), entities.end(), m.voted.begin(), m.voted.end(),
                                 [](const EntityMention& a, const EntityMention& b) {
                                   return a.span == b.span && a.type == b.type;
                                 });
    if (!same) {
      m.votes = identity::gender_votes(batch.documents[d]);
      m.voted = entities;
    }
    votes[d] = m.votes;
  }
  identity::infer_genders(batch, votes);
}

}  // namespace

void LinkMemory::forget(std::size_t document) {
  documents[document] = {};
  clusters.forget_document(document);
}

void identify_and_attribute(Batch& batch, std::vector<identity::Identity> found,
                            const corrections::Numbering& before, LinkMemory* memory) {
  if (batch.corrections) {
    corrections::edit_identities(batch, found, before, *batch.corrections,
                                 batch.correction_outcomes);
  }
  if (!memory) {
    identity::name_identities(batch, std::move(found));
    for (auto& document : batch.documents) {
      if (!document.error) attribution::find_quotes(document, batch.clusters);
    }
  } else {
    memory->documents.resize(batch.documents.size());
    identity::write_clusters(batch, std::move(found), &memory->clusters);
    infer_genders(batch, *memory);
    // The clusters whose part of the inputs changed: a document that names
    // none of them, with the same mentions as before, is taken as it was.
    std::unordered_map<std::string, std::string> now;
    now.reserve(batch.clusters.size());
    std::unordered_set<std::string_view> changed;
    for (const auto& c : batch.clusters) {
      std::string inputs = cluster_inputs(c);
      const auto it = memory->cluster_inputs.find(c.id);
      if (it == memory->cluster_inputs.end() || it->second != inputs) changed.insert(c.id);
      now.emplace(c.id, std::move(inputs));
    }
    memory->cluster_inputs = std::move(now);
    for (std::size_t d = 0; d < batch.documents.size(); ++d) {
      auto& document = batch.documents[d];
      auto& m = memory->documents[d];
      const bool as_before =
          m.linked && document.entities == m.linked_entities &&
          std::none_of(document.entities.begin(), document.entities.end(),
                       [&](const EntityMention& e) { return changed.contains(e.cluster); });
      std::string inputs = as_before ? std::string() : link_inputs(document, batch.clusters);
      if (!as_before && (!m.linked || inputs != m.inputs)) {
        identity::find_nominals(document, batch.clusters);
        if (!document.error) attribution::find_quotes(document, batch.clusters);
        m.linked = true;
        m.inputs = std::move(inputs);
        m.linked_entities = document.entities;
        m.nominals = document.nominals;
        m.quotes = document.quotes;
        m.terms = document.terms;
      } else {
        if (!as_before) m.linked_entities = document.entities;
        document.nominals = m.nominals;
        document.quotes = m.quotes;
        document.terms = m.terms;
      }
    }
  }
  if (batch.corrections) {
    corrections::edit_speakers(batch, *batch.corrections, batch.correction_outcomes);
    corrections::sort_outcomes(batch.correction_outcomes);
  }
}

}  // namespace pipeline

void finish_batch(Batch& batch) {
  auto found = identity::find_identities(batch);
  const auto before = batch.corrections ? corrections::number_before_corrections(batch, found)
                                        : corrections::Numbering{};
  pipeline::identify_and_attribute(batch, std::move(found), before);
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
