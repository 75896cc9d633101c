// Search hits as JSON: offsets in UTF-16 code units, context in characters.
#include "output/json.hpp"
#include "output/offsets.hpp"
#include "presslens/search.hpp"
#include "search/index_impl.hpp"

namespace presslens {
namespace {

using output::Json;

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t back_chars(const std::string& text, std::size_t from, std::size_t n) {
  while (n > 0 && from > 0) {
    --from;
    while (from > 0 && continuation(text[from])) --from;
    --n;
  }
  return from;
}

std::size_t forward_chars(const std::string& text, std::size_t from, std::size_t n) {
  while (n > 0 && from < text.size()) {
    ++from;
    while (from < text.size() && continuation(text[from])) ++from;
    --n;
  }
  return from;
}

Json hit_json(const Batch& batch, output::Utf16Offsets& offsets, const SearchHit& hit,
              const SearchOptions& options) {
  const auto& text = batch.documents[hit.document].text;
  const std::size_t before = back_chars(text, hit.span.start, options.context);
  const std::size_t after = forward_chars(text, hit.span.end, options.context);
  return Json{{"document", batch.documents[hit.document].name},
              {"start", offsets.at(hit.document, hit.span.start)},
              {"end", offsets.at(hit.document, hit.span.end)},
              {"before", text.substr(before, hit.span.start - before)},
              {"match", text.substr(hit.span.start, hit.span.end - hit.span.start)},
              {"after", text.substr(hit.span.end, after - hit.span.end)}};
}

}  // namespace

std::string SearchIndex::json_lines(const std::vector<SearchHit>& hits,
                                    const SearchOptions& options) const {
  std::string out;
  const std::size_t n = options.limit ? std::min(options.limit, hits.size()) : hits.size();
  for (std::size_t i = 0; i < n; ++i) {
    out += output::dump(hit_json(*impl_->batch, *impl_->offsets, hits[i], options));
    out += '\n';
  }
  return out;
}

std::string SearchIndex::json(std::string_view query, const std::vector<SearchHit>& hits,
                              const SearchOptions& options) const {
  Json out{{"query", std::string(query)}, {"total", hits.size()}, {"hits", Json::array()}};
  const std::size_t n = options.limit ? std::min(options.limit, hits.size()) : hits.size();
  for (std::size_t i = 0; i < n; ++i) {
    out["hits"].push_back(hit_json(*impl_->batch, *impl_->offsets, hits[i], options));
  }
  return output::dump(out);
}

}  // namespace presslens
