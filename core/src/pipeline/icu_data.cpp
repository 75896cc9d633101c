#include "presslens/icu_data.hpp"

#include <unicode/udata.h>
#include <unicode/uloc.h>

#include <string>

namespace presslens {

Status use_icu_data(const void* data, std::size_t size) {
  if (data == nullptr || size < 32) {
    return Error{ErrorCode::invalid_argument, "the ICU data buffer is empty"};
  }
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(data, &status);
  if (U_FAILURE(status)) {
    return Error{ErrorCode::icu_failure,
                 std::string("ICU rejected its data file: ") + u_errorName(status)};
  }
  // Results must not depend on the browser's or the machine's locale.
  uloc_setDefault("en", &status);
  return Status::success();
}

}  // namespace presslens
