#include <string_view>

#include "presslens/analyze.hpp"
#include "presslens/document.hpp"
#include "presslens/error.hpp"
#include "presslens/presslens.hpp"

namespace presslens {

std::string_view version() {
  return PRESSLENS_VERSION;
}

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::ok:
      return "ok";
    case ErrorCode::empty_file:
      return "empty_file";
    case ErrorCode::binary_file:
      return "binary_file";
    case ErrorCode::undecodable:
      return "undecodable";
    case ErrorCode::file_too_large:
      return "file_too_large";
    case ErrorCode::invalid_record:
      return "invalid_record";
    case ErrorCode::unreadable:
      return "unreadable";
    case ErrorCode::icu_failure:
      return "icu_failure";
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::too_complex:
      return "too_complex";
  }
  return "unknown";
}

std::string name_without_extension(const std::string& name) {
  const auto hash = name.rfind('#');
  const std::string file = hash == std::string::npos ? name : name.substr(0, hash);
  const std::string suffix = hash == std::string::npos ? "" : name.substr(hash);
  const auto slash = file.find_last_of("/\\");
  const auto dot = file.rfind('.');
  const bool has_extension =
      dot != std::string::npos && dot > 0 && (slash == std::string::npos || dot > slash + 1);
  return (has_extension ? file.substr(0, dot) : file) + suffix;
}

}  // namespace presslens
