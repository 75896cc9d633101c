// The fitted block model of web pages: which blocks are the article. Its
// weights (block_weights.inc) are written by `train_models html-blocks`
// (tools/train/) from the labelled WCXB pages; see docs/cleaning.md.
#pragma once

#include "learn/linear.hpp"

namespace presslens::html {

const learn::LinearModel& block_model();

}  // namespace presslens::html
