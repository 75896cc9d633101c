// A corpus of news articles for the benchmarks: paragraphs of the
// development data (aeb-dev and polnear-dev under ../shared/data),
// recombined into N articles of one .jsonl record each (a headline, a date
// in 2015-2019, 6 to 16 paragraphs), the same every run.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace presslens::bench {

std::vector<std::string> paragraph_pool(const std::filesystem::path& shared);

std::string corpus(const std::vector<std::string>& pool, std::size_t articles);

}  // namespace presslens::bench
