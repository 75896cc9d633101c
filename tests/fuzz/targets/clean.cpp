// The cleaner sees the whole batch (a line that recurs across files is
// furniture): the input is cut into files at each \x1E byte.
#include <vector>

#include "checks.hpp"

PRESSLENS_FUZZ_TARGET(clean) {
  std::vector<presslens::InputFile> files;
  std::size_t start = 0;
  while (start <= input.size() && files.size() < 8) {
    auto end = input.find('\x1E', start);
    if (end == std::string_view::npos) end = input.size();
    files.push_back({"f" + std::to_string(files.size()) + ".txt",
                     std::string(input.substr(start, end - start)), std::nullopt});
    start = end + 1;
  }
  const presslens::Batch batch = presslens::prepare_batch(files);
  // A file is one document at least (an export or a mailbox is several).
  PRESSLENS_FUZZ_CHECK(batch.documents.size() >= files.size());
  for (const auto& document : batch.documents) presslens::fuzz::check_document(document);
}
