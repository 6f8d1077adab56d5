// A full build ends compacted. An index built from empty is written into a staging directory beside it
// ("DIR.building"), compacted into a second one ("DIR.compacting"), and only then renamed to DIR: readers and
// a killed run see no index or a whole one, never half of one. The batches of a build leave about half of
// each B-tree block empty; compaction writes the tables full and drops the changesets the build wrote.
#pragma once

#include <optional>
#include <string>

#include "foi/index/shards.h"

namespace foi {

// Where a build into `dir` is staged: "DIR.building" when `dir` is missing or an empty directory (a build
// from empty), nullopt when it holds anything (an existing index is updated in place). A staging directory
// left by a killed build is reused: its committed batches count as indexed, so the next run picks up where it
// stopped.
std::optional<std::string> staging_dir(const std::string& dir);

// Compacts every database of the staged layout into "DIR.compacting" (shards and their stub alike) and
// renames that to `dir`, which must be missing or empty. Throws IndexError when Xapian or the file system
// fails; the staged build is then left as it was.
void compact_into_place(const IndexLayout& staged, const std::string& dir);

// Removes a staging directory: once its index is in place, or when it holds a build of another shape.
void remove_staging(const std::string& staging);

}  // namespace foi
