// The search index's data, shared by index.cpp and hits_json.cpp.
#pragma once

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "presslens/search.hpp"
#include "search/fold.hpp"
#include "text/utf8.hpp"

namespace presslens {

using search::FoldedWord;

namespace search {

struct Posting {
  std::uint32_t document;
  std::uint32_t word;
  bool operator<(const Posting& o) const { return document != o.document ? document < o.document : word < o.word; }
  bool operator==(const Posting& o) const { return document == o.document && word == o.word; }
};

// Keys are already hashes; lookups only (nothing iterates this map).
struct KeyHash {
  std::size_t operator()(std::uint64_t key) const { return static_cast<std::size_t>(key ^ (key >> 32)); }
};

}  // namespace search

struct SearchIndex::Impl {
  const Batch* batch = nullptr;
  mutable search::Folder folder;
  std::vector<std::vector<FoldedWord>> words;  // per document
  std::unordered_map<std::uint64_t, std::uint32_t, search::KeyHash> term;
  std::vector<std::vector<search::Posting>> postings;
  std::vector<text::Utf16OffsetMap> utf16;

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
      for (std::size_t k = 0; k < keys.size() && all; ++k) all = doc_words[first + k].key == keys[k];
      if (!all) continue;
      hits.push_back({p.document, {doc_words[first].start, doc_words[first + keys.size() - 1].end}});
    }
    return hits;
  }

  std::vector<SearchHit> entity(const std::string& name) const {
    std::vector<std::string> ids;
    for (const auto& c : batch->clusters) {
      if (c.id == name) ids.push_back(c.id);
    }
    const auto wanted = folder.words(name);
    auto same_words = [&](const std::string& text) {
      const auto got = folder.words(text);
      return !wanted.empty() && got.size() == wanted.size() &&
             std::equal(got.begin(), got.end(), wanted.begin(),
                        [](const FoldedWord& a, const FoldedWord& b) { return a.key == b.key; });
    };
    if (ids.empty()) {
      for (const auto& c : batch->clusters) {
        bool named = same_words(c.name);
        for (const auto& alias : c.aliases) named = named || same_words(alias);
        if (named) ids.push_back(c.id);
      }
    }
    std::vector<SearchHit> hits;
    for (std::size_t d = 0; d < batch->documents.size(); ++d) {
      for (const auto& mention : batch->documents[d].entities) {
        const bool in_cluster =
            !mention.cluster.empty() && std::find(ids.begin(), ids.end(), mention.cluster) != ids.end();
        if (in_cluster || (ids.empty() && same_words(mention.text))) hits.push_back({d, mention.span});
      }
    }
    return hits;
  }
};

}  // namespace presslens
