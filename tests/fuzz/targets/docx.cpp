// Word documents and what they are made of. The first byte picks: a whole
// file read as a .docx (ZIP directory, inflate, CRC, XML, Nexis Uni
// articles), raw DEFLATE data, or the XML of word/document.xml.
#include "input/docx.hpp"
#include "checks.hpp"
#include "input/inflate.hpp"

PRESSLENS_FUZZ_TARGET(docx) {
  if (input.empty()) return;
  const auto rest = input.substr(1);
  switch (static_cast<unsigned char>(input[0]) % 3) {
    case 0: {
      const presslens::InputFile file{"a.docx", std::string(rest), std::nullopt};
      const presslens::Batch batch = presslens::prepare_batch({&file, 1});
      PRESSLENS_FUZZ_CHECK(!batch.documents.empty());
      for (const auto& document : batch.documents) presslens::fuzz::check_document(document);
      break;
    }
    case 1: {
      constexpr std::size_t kBound = 1 << 20;
      const auto inflated = presslens::input::inflate(rest, kBound);
      PRESSLENS_FUZZ_CHECK(inflated.bytes.size() <= kBound);
      break;
    }
    default: {
      const auto text = presslens::input::docx_paragraphs(rest);
      std::size_t total = 0;
      for (const auto& p : text.paragraphs) total += p.size();
      // Text only shrinks: entities and markup never expand past the input.
      PRESSLENS_FUZZ_CHECK(total <= rest.size());
      break;
    }
  }
}
