#include "call_result.hpp"

namespace presslens::wasm {

CallResult failure(std::string_view code, std::string message) {
  return {false, std::string(code), std::move(message), {}};
}

CallResult failure(const Error& error) {
  return failure(to_string(error.code), error.message);
}

CallResult to_call_result(const Status& status) {
  return status ? CallResult{} : failure(status.error());
}

CallResult to_call_result(Result<std::string> json) {
  if (!json) return failure(json.error());
  CallResult result;
  result.json = std::move(json).value();
  return result;
}

}  // namespace presslens::wasm
