// One article analysed whole: entities, clusters, quotes and speakers, the
// cross-index, the JSON.
#include "checks.hpp"

PRESSLENS_FUZZ_TARGET(attribution) {
  presslens::fuzz::load_model();
  const presslens::InputFile file{"a.txt", std::string(input), std::nullopt};
  const presslens::Batch batch = presslens::analyze({&file, 1});
  presslens::fuzz::check_batch(batch);
  for (const auto& document : batch.documents) {
    for (const auto& quote : document.quotes) {
      if (quote.speaker_cluster)
        PRESSLENS_FUZZ_CHECK(presslens::find_cluster(batch.clusters, *quote.speaker_cluster));
    }
  }
}
