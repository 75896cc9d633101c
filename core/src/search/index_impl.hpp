// The search index's data, shared by search/index.cpp and output/hits_json.cpp.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "output/offsets.hpp"
#include "presslens/search.hpp"
#include "search/fold.hpp"
#include "text/hash.hpp"

namespace presslens {

using search::FoldedWord;

namespace search {

struct Posting {
  std::uint32_t document;
  std::uint32_t word;
  bool operator<(const Posting& o) const {
    return document != o.document ? document < o.document : word < o.word;
  }
  bool operator==(const Posting& o) const { return document == o.document && word == o.word; }
};

inline std::uint64_t mix_key(std::uint64_t sequence, std::uint64_t word) {
  return (sequence ^ word) * text::kGoldenGamma + 0x632BE59BD9B4E019ull;
}

// Keys are already hashes; lookups only (nothing iterates these maps).
using KeyHash = text::PrehashedKey;

}  // namespace search

struct SearchIndex::Impl {
  const Batch* batch = nullptr;
  mutable search::Folder folder;
  std::vector<std::vector<FoldedWord>> words;  // per document
  std::unordered_map<std::uint64_t, std::uint32_t, search::KeyHash> term;
  std::vector<std::vector<search::Posting>> postings;
  std::unique_ptr<output::Utf16Offsets> offsets;  // for the JSON of hits

  const std::vector<search::Posting>* postings_of(std::uint64_t key) const {
    auto it = term.find(key);
    return it == term.end() ? nullptr : &postings[it->second];
  }

  std::vector<SearchHit> phrase(const std::vector<std::uint64_t>& keys) const {
    std::vector<const std::vector<search::Posting>*> lists;
    for (const auto key : keys) {
      const auto* list = postings_of(key);
      if (!list) return {};
      lists.push_back(list);
    }
    std::size_t rarest = 0;
    for (std::size_t k = 1; k < lists.size(); ++k) {
      if (lists[k]->size() < lists[rarest]->size()) rarest = k;
    }
    std::vector<SearchHit> hits;
    for (const auto& p : *lists[rarest]) {
      if (p.word < rarest) continue;
      const std::uint32_t first = p.word - static_cast<std::uint32_t>(rarest);
      const auto& doc_words = words[p.document];
      if (first + keys.size() > doc_words.size()) continue;
      bool all = true;
      for (std::size_t k = 0; k < keys.size() && all; ++k)
        all = doc_words[first + k].key == keys[k];
      if (!all) continue;
      hits.push_back(
          {p.document, {doc_words[first].start, doc_words[first + keys.size() - 1].end}});
    }
    return hits;
  }

  // Entity queries, prepared once: mentions by cluster, clusters by the
  // folded words of their name and aliases, mentions by their folded words.
  std::map<std::string, std::vector<SearchHit>> mentions_of_cluster;
  std::unordered_map<std::uint64_t, std::vector<std::string>, search::KeyHash> clusters_named;
  std::unordered_map<std::uint64_t, std::vector<SearchHit>, search::KeyHash> mentions_named;

  std::uint64_t name_key(std::string_view name) const {
    std::uint64_t key = 0;
    for (const auto& w : folder.words(name)) key = search::mix_key(key, w.key);
    return key;
  }

  void index_entities() {
    for (std::uint32_t d = 0; d < batch->documents.size(); ++d) {
      for (const auto& mention : batch->documents[d].entities) {
        const SearchHit hit{d, mention.span};
        if (!mention.cluster.empty()) mentions_of_cluster[mention.cluster].push_back(hit);
        if (const auto key = name_key(mention.text)) mentions_named[key].push_back(hit);
      }
    }
    for (const auto& c : batch->clusters) {
      std::vector<std::uint64_t> keys{name_key(c.name)};
      for (const auto& alias : c.aliases) keys.push_back(name_key(alias));
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      for (const auto key : keys) {
        if (key) clusters_named[key].push_back(c.id);
      }
    }
  }

  std::vector<SearchHit> entity(const std::string& name) const {
    if (auto it = mentions_of_cluster.find(name); it != mentions_of_cluster.end())
      return it->second;
    const auto key = name_key(name);
    std::vector<SearchHit> hits;
    if (auto named = clusters_named.find(key); named != clusters_named.end()) {
      for (const auto& id : named->second) {
        if (auto it = mentions_of_cluster.find(id); it != mentions_of_cluster.end()) {
          hits.insert(hits.end(), it->second.begin(), it->second.end());
        }
      }
      return hits;
    }
    if (auto it = mentions_named.find(key); it != mentions_named.end()) return it->second;
    return hits;
  }
};

}  // namespace presslens
