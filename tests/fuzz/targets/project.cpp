// Project files (.presslens): whatever the bytes, read_project either
// refuses them with a message or gives files with unique, non-empty names;
// and the strict base64 codec gives back any bytes it encodes.
#include <set>

#include "checks.hpp"
#include "presslens/project.hpp"
#include "project/base64.hpp"

PRESSLENS_FUZZ_TARGET(project) {
  const auto project = presslens::read_project(input);
  if (!project) {
    PRESSLENS_FUZZ_CHECK(!project.error().message.empty());
  } else {
    std::set<std::string> names;
    for (const auto& file : project.value().files) {
      PRESSLENS_FUZZ_CHECK(!file.name.empty());
      PRESSLENS_FUZZ_CHECK(names.insert(file.name).second);
    }
  }
  const auto decoded = presslens::project::decode_base64(input);
  if (decoded)
    PRESSLENS_FUZZ_CHECK(decoded->size() == input.size() / 4 * 3 - (input.ends_with("==")  ? 2
                                                                    : input.ends_with("=") ? 1
                                                                                           : 0));
  PRESSLENS_FUZZ_CHECK(
      presslens::project::decode_base64(presslens::project::encode_base64(input)) == input);
}
