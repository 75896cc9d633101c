// `presslens train-speakers`: trains the speaker model on PolNeAR-style data
// (docs/attribution.md, models/README.md).
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli.hpp"
#include "presslens/ner.hpp"
#include "presslens/speakers.hpp"

namespace presslens::cli {
namespace {

constexpr std::string_view kUsage =
    "train-speakers --data DIR --out FILE [--held-out FILE] [--folds N] [--epochs N] "
    "[--seed N] [--runs N] [--learning-rate R] [--l2 R] [--min-weight W]\n"
    "  DIR holds text/ARTICLE.txt and attributions.jsonl (PolNeAR's layout)";

bool write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) write_error("presslens: cannot write " + path + "\n");
  return static_cast<bool>(out);
}

}  // namespace

int train_speakers_command(const std::vector<std::string>& args) {
  std::string data, out_path, held_out_path;
  SpeakerTrainOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (i + 1 >= args.size()) return usage_error("Usage: presslens " + std::string(kUsage));
    const std::string& value = args[++i];
    if (arg == "--data") {
      data = value;
    } else if (arg == "--out") {
      out_path = value;
    } else if (arg == "--held-out") {
      held_out_path = value;
    } else if (arg == "--folds") {
      options.folds = std::stoi(value);
    } else if (arg == "--epochs") {
      options.epochs = std::stoi(value);
    } else if (arg == "--seed") {
      options.seed = std::stoull(value);
    } else if (arg == "--runs") {
      options.runs = std::stoi(value);
    } else if (arg == "--learning-rate") {
      options.learning_rate = std::stod(value);
    } else if (arg == "--l2") {
      options.l2 = std::stod(value);
    } else if (arg == "--min-weight") {
      options.min_weight = std::stod(value);
    } else {
      return usage_error("train-speakers: unknown option " + arg + "\nUsage: presslens " +
                         std::string(kUsage));
    }
  }
  if (data.empty() || out_path.empty())
    return usage_error("Usage: presslens " + std::string(kUsage));
  if (!ner_model_loaded()) {
    write_error("presslens: train-speakers needs the entity model (ner.bin beside the tool)\n");
    return kSomeFileFailed;
  }
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::error_code error;
  for (const auto& e : fs::directory_iterator(fs::path(data) / "text", error)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  }
  if (error || paths.empty()) {
    write_error("presslens: " + data + "/text: no articles\n");
    return kSomeFileFailed;
  }
  std::sort(paths.begin(), paths.end());
  const auto files = read_files(paths);
  const auto gold = read_files({(fs::path(data) / "attributions.jsonl").string()});
  if (gold[0].read_error) {
    write_error("presslens: " + data + "/attributions.jsonl: " + gold[0].read_error->message +
                "\n");
    return kSomeFileFailed;
  }
  options.log = [](const std::string& line) { write_error(line + "\n"); };
  auto trained = train_speaker_model(files, gold[0].bytes, options);
  if (!trained) {
    write_error("presslens: train-speakers: " + trained.error().message + "\n");
    return kSomeFileFailed;
  }
  if (!write_file(out_path, trained.value().model)) return kSomeFileFailed;
  if (!held_out_path.empty() && !write_file(held_out_path, trained.value().held_out_json))
    return kSomeFileFailed;
  write_error("wrote " + out_path + " (" + std::to_string(trained.value().model.size()) +
              " bytes)\n");
  return kSuccess;
}

}  // namespace presslens::cli
