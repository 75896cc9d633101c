// Repeated text: within a document (a paragraph printed twice, a caption cut
// off and then printed whole) and across the batch (a line that recurs in
// several files is page furniture, unless it is running prose such as shared
// wire copy).
#pragma once

#include <span>
#include <vector>

#include "clean/evidence.hpp"
#include "clean/region.hpp"
#include "presslens/document.hpp"

namespace presslens::clean {

// Sets Evidence::recurs_in: in how many stories of the batch each line
// occurs, copies of one story (syndicated or saved twice) counting once.
void count_recurrences(std::span<DocumentEvidence> batch);

// Sets Evidence::truncated for a block that is a cut-off start of the next one.
void find_truncations(DocumentEvidence& evidence);

// For each block, the earlier copy it repeats, if any. The copy inside the
// main run is the original, so a teaser printed above the article is the
// duplicate rather than the article's own paragraph.
std::vector<std::optional<std::size_t>> find_duplicates(const DocumentEvidence& evidence,
                                                        const Region& region);

}  // namespace presslens::clean
