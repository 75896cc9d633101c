#include "nlp/train_lists.hpp"

#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "nlp/tokenize.hpp"
#include "text/case.hpp"

namespace presslens::nlp {
namespace {

// The lowercase CoNLL tokens of each name as it would appear in text (one
// ICU pass over all names, one a line: creating break iterators is slow).
Result<std::vector<std::vector<std::string>>> name_tokens(const std::vector<std::string>& names) {
  std::string text;
  std::vector<std::size_t> line_starts;
  for (const auto& name : names) {
    line_starts.push_back(text.size());
    text += name;
    text += '\n';
  }
  auto tokens = tokenize(text);
  if (!tokens) return tokens.error();
  std::vector<std::vector<std::string>> out(names.size());
  std::size_t line = 0;
  for (const auto& t : tokens.value()) {
    while (line + 1 < line_starts.size() && line_starts[line + 1] <= t.start) ++line;
    out[line].push_back(
        text::lower(conll_form(std::string_view(text).substr(t.start, t.end - t.start))));
  }
  return out;
}

void collect_json_names(const nlohmann::json& node, std::vector<std::string>& out) {
  if (node.is_array()) {
    for (const auto& item : node) collect_json_names(item, out);
  } else if (node.is_object()) {
    for (const char* field : {"name", "common_name", "official_name"}) {
      const auto it = node.find(field);
      if (it == node.end() || !it->is_string()) continue;
      std::string name = it->get<std::string>();
      // "Korea, Republic of" -> "Korea"; "Bonaire (island)" -> "Bonaire".
      if (const auto cut = name.find_first_of(",("); cut != std::string::npos) name.resize(cut);
      while (!name.empty() && name.back() == ' ') name.pop_back();
      if (!name.empty()) out.push_back(name);
    }
    for (const auto& [key, value] : node.items()) {
      if (value.is_structured()) collect_json_names(value, out);
    }
  }
}

Result<std::vector<std::string>> list_entries(const std::string& contents) {
  std::vector<std::string> names;
  const auto first = contents.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && contents[first] == '{') {
    const auto json = nlohmann::json::parse(contents, nullptr, false);
    if (json.is_discarded()) return Error{ErrorCode::invalid_argument, "a list is not valid JSON"};
    collect_json_names(json, names);
    return names;
  }
  std::size_t pos = 0;
  while (pos < contents.size()) {
    auto eol = contents.find('\n', pos);
    if (eol == std::string::npos) eol = contents.size();
    std::string line = contents.substr(pos, eol - pos);
    pos = eol + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') names.push_back(line);
  }
  return names;
}

}  // namespace

Result<TrainingLists> build_lists(const std::vector<LabelledDocument>& training,
                                  const std::vector<std::pair<std::string, std::string>>& files) {
  if (files.size() > kMaxLists - kFirstFileList) {
    return Error{ErrorCode::invalid_argument, "too many gazetteer lists"};
  }
  TrainingLists lists;
  lists.gazetteer.list_names = {"train-PER", "train-ORG", "train-LOC", "train-MISC",
                                "train-lowercase"};
  // Entity names of each type, and in how many documents; std::map keeps the
  // order (and so the model bytes) independent of hashing.
  std::map<std::uint32_t, std::array<std::uint32_t, 4>> name_documents;
  std::vector<std::map<std::uint32_t, ListMask>> per_document(training.size());
  std::map<std::uint32_t, std::uint32_t> lowercase_counts;
  for (std::size_t d = 0; d < training.size(); ++d) {
    const auto& doc = training[d];
    for (std::size_t i = 0; i < doc.tags.size(); ++i) {
      const std::string_view word = doc.document.words[i];
      if (doc.tags[i] == 0 && text::lower(word) == word &&
          word.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
        ++lowercase_counts[entry_key({std::string(word)})];
      }
    }
    for (const auto& e : entity_spans(doc.tags.data(), doc.tags.size())) {
      if (e.end - e.begin > kMaxEntryTokens) continue;
      std::vector<std::string> tokens;
      for (std::size_t k = e.begin; k < e.end; ++k)
        tokens.push_back(text::lower(doc.document.words[k]));
      per_document[d][entry_key(tokens)] |= static_cast<ListMask>(1u << e.type);
    }
    for (const auto& [key, mask] : per_document[d]) {
      auto& counts = name_documents[key];
      for (int t = 0; t < 4; ++t) counts[t] += (mask >> t) & 1;
    }
  }
  for (const auto& [key, counts] : name_documents) {
    ListMask mask = 0;
    for (int t = 0; t < 4; ++t) mask |= counts[t] ? static_cast<ListMask>(1u << t) : 0;
    lists.gazetteer.add(key, mask);
  }
  for (const auto& [key, count] : lowercase_counts) {
    if (count >= 2) lists.gazetteer.add(key, 1u << kCommonWord);
  }
  // A training document does not see the names only it contains.
  lists.exclusions.resize(training.size());
  for (std::size_t d = 0; d < training.size(); ++d) {
    for (const auto& [key, mask] : per_document[d]) {
      const auto& counts = name_documents[key];
      ListMask hidden = 0;
      for (int t = 0; t < 4; ++t) {
        if ((mask >> t & 1) && counts[t] == 1) hidden |= static_cast<ListMask>(1u << t);
      }
      if (hidden) lists.exclusions[d].emplace(key, hidden);
    }
  }
  for (std::size_t f = 0; f < files.size(); ++f) {
    const auto bit = static_cast<ListMask>(1u << (kFirstFileList + f));
    lists.gazetteer.list_names.push_back(files[f].first);
    auto names = list_entries(files[f].second);
    if (!names) return names.error();
    auto tokens = name_tokens(names.value());
    if (!tokens) return tokens.error();
    for (const auto& name : tokens.value()) {
      if (name.empty() || name.size() > kMaxEntryTokens) continue;
      lists.gazetteer.add(entry_key(name), bit);
    }
  }
  lists.gazetteer.finish();
  return lists;
}

}  // namespace presslens::nlp
