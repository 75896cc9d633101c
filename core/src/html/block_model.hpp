// The fitted block models of web pages: which blocks are the article. The
// first looks at each block alone (block_features.hpp), the second at the
// first's verdicts around it (block_context.hpp). Their weights
// (block_weights.inc, context_weights.inc) are written by
// `train_models html-blocks` (tools/train/) from the labelled WCXB pages;
// see docs/cleaning.md.
#pragma once

#include "learn/linear.hpp"

namespace presslens::html {

const learn::LinearModel& block_model();
const learn::LinearModel& context_model();

}  // namespace presslens::html
