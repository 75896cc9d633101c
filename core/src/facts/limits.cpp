#include "facts/facts.hpp"

namespace presslens::facts {
namespace {

constexpr std::string_view kLimited = " limited to the first ";

}  // namespace

std::string limited_warning(std::string_view kind, std::size_t kept, std::size_t left_out) {
  return std::string(kind) + std::string(kLimited) + std::to_string(kept) + " of this document (" +
         std::to_string(left_out) + " more)";
}

bool is_limited_warning(std::string_view warning) {
  return (warning.starts_with("figures") || warning.starts_with("dates")) &&
         warning.find(kLimited) != std::string_view::npos;
}

}  // namespace presslens::facts
