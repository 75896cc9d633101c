#include "output/enum_names.hpp"

namespace presslens {

std::string_view to_string(BlockKind kind) {
  return output::name_of(output::kBlockKindNames, kind);
}

std::string_view to_string(EntityType type) {
  return output::name_of(output::kEntityTypeNames, type);
}

std::string_view to_string(QuoteKind kind) {
  return output::name_of(output::kQuoteKindNames, kind);
}

std::string_view to_string(NumberKind kind) {
  return output::name_of(output::kNumberKindNames, kind);
}

std::string_view to_string(Qualifier qualifier) {
  return output::name_of(output::kQualifierNames, qualifier);
}

std::string_view to_string(DateModifier modifier) {
  return output::name_of(output::kDateModifierNames, modifier);
}

std::string_view to_string(PassageKind kind) {
  return output::name_of(output::kPassageKindNames, kind);
}

std::string_view to_string(InputFormat format) {
  return output::name_of(output::kInputFormatNames, format);
}

std::string_view to_string(DateSource source) {
  return output::name_of(output::kDateSourceNames, source);
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  return output::value_named<EntityType>(output::kEntityTypeNames, name);
}

}  // namespace presslens
