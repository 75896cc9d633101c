// Timeline data: the articles by publication date, and every dated item
// whose date is known (absolute, or relative to a known article date).
#include <algorithm>
#include <numeric>

#include "batch/cross_index.hpp"
#include "text/sentences.hpp"

namespace presslens::batch {

Timeline build_timeline(const std::vector<Document>& documents) {
  Timeline timeline;
  timeline.documents.resize(documents.size());
  std::iota(timeline.documents.begin(), timeline.documents.end(), 0);
  std::stable_sort(timeline.documents.begin(), timeline.documents.end(),
                   [&](std::size_t a, std::size_t b) {
                     const auto& x = documents[a].date;
                     const auto& y = documents[b].date;
                     if (x.has_value() != y.has_value()) return x.has_value();
                     return x && *x < *y;
                   });
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& spans = documents[d].sentences;
    for (std::size_t k = 0; k < documents[d].dates.size(); ++k) {
      const auto& date = documents[d].dates[k];
      if (!date.resolved) continue;
      timeline.items.push_back(
          {d, k, spans.empty() ? Span{} : spans[text::sentence_at(spans, date.span.start)]});
    }
  }
  std::stable_sort(timeline.items.begin(), timeline.items.end(),
                   [&](const TimelineItem& a, const TimelineItem& b) {
                     return documents[a.document].dates[a.date].value <
                            documents[b.document].dates[b.date].value;
                   });
  return timeline;
}

}  // namespace presslens::batch
