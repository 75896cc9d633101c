// Web pages and web archives: sniffing, MHTML parts (quoted-printable,
// base64), declared charsets, the markup bound, gumbo, blocks, metadata and
// the block models, Factiva's HTML exports. The first byte picks the file's name (and so its kind).
#include "checks.hpp"

PRESSLENS_FUZZ_TARGET(html) {
  if (input.empty()) return;
  static constexpr std::string_view kNames[]{"a.html", "a.mhtml", "a.xhtml", "a.txt"};
  const presslens::InputFile file{std::string(kNames[static_cast<unsigned char>(input[0]) % 4]),
                                  std::string(input.substr(1)), std::nullopt};
  const presslens::Batch batch = presslens::prepare_batch({&file, 1});
  // One page, or one document per article of a database's export (Factiva's).
  PRESSLENS_FUZZ_CHECK(!batch.documents.empty());
  for (const auto& document : batch.documents) {
    presslens::fuzz::check_document(document);
    if (document.error) continue;
    for (const auto& field : {document.title, document.author, document.url, document.source,
                              document.byline, document.section, document.database_id})
      PRESSLENS_FUZZ_CHECK(!field || presslens::text::scan_utf8(*field).valid);
    PRESSLENS_FUZZ_CHECK(!document.date || document.date->size() == 10);
  }
}
