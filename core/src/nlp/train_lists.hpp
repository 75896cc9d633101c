// The gazetteers a model is trained with: names mined from the training
// data (with per-document exclusions, see GazetteerExclusions), words seen
// in lowercase there, and lists from files (iso-codes JSON or plain lines).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "nlp/conll.hpp"
#include "nlp/gazetteer.hpp"
#include "presslens/error.hpp"

namespace presslens::nlp {

struct TrainingLists {
  Gazetteer gazetteer;
  std::vector<GazetteerExclusions> exclusions;  // one per training document
};

Result<TrainingLists> build_lists(const std::vector<LabelledDocument>& training,
                                  const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace presslens::nlp
