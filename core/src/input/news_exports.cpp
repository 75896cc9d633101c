#include "input/news_exports.hpp"

namespace presslens::input {

std::optional<Result<std::vector<Record>>> read_news_export(const std::string& file_name,
                                                            std::string_view content) {
  if (auto records = read_lexisnexis_text(file_name, content)) return records;
  if (auto records = read_proquest_text(file_name, content)) return records;
  if (auto records = read_factiva_text(file_name, content)) return records;
  return std::nullopt;
}

}  // namespace presslens::input
