# The fuzz targets: each is tests/fuzz/targets/<name>.cpp (see fuzz_target.hpp).
# Adding one: write the file, add its name here, create regressions/<name>/.
set(PRESSLENS_FUZZ_TARGETS
  decode       # bytes -> text -> records -> blocks (every file format)
  clean        # several files cleaned as one batch
  tag          # the entity tagger, on CoNLL tokens and on running text
  attribution  # one article analysed whole: entities, clusters, quotes, cross-index
  search       # queries against an analysed batch
  project      # project files (.presslens) and their base64
  docx         # Word documents: ZIP, inflate, XML, Nexis Uni exports
  html         # web pages and web archives read, bounded, parsed and their article found
)
