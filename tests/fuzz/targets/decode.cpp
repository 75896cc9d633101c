// Bytes to documents: decoding (every encoding and BOM), records (.json,
// .jsonl), normalisation and blocks. The first byte picks the file's kind.
#include "checks.hpp"

PRESSLENS_FUZZ_TARGET(decode) {
  if (input.empty()) return;
  static constexpr std::string_view kNames[]{"a.txt", "a.json", "a.jsonl"};
  const presslens::InputFile file{std::string(kNames[static_cast<unsigned char>(input[0]) % 3]),
                                  std::string(input.substr(1)), std::nullopt};
  const presslens::Batch batch = presslens::prepare_batch({&file, 1});
  PRESSLENS_FUZZ_CHECK(!batch.documents.empty());
  for (const auto& document : batch.documents) presslens::fuzz::check_document(document);
}
