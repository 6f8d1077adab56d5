// Neither confirm nor deny: whether a document's authority refused to say if it holds the information at all.
// Its own flag, beside the outcome, since one reply can disclose part and neither confirm nor deny the rest.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace foi {

// Whether a kind of document (doc_types.h) can neither confirm nor deny: replies, reviews, threads and the
// decisions on them can; guidance, requests and other documents cannot.
bool ncnd_applies(std::string_view doc_type);

// True for a ground that is the duty to confirm or deny's own exclusion: FOIA's "NCND subsections" (s23(5),
// s30(3), s31(3), s40(5), s40(5B)(a)(i)...), FOISA s18, EIR r12(6) and EISR r10(8). `canonical` as
// exemptions.h writes it ("s31(3)", "FOISA s18(1)", "EIR r12(6)").
bool is_ncnd_ground(std::string_view canonical);

// Why a document neither confirms nor denies, or nullopt when it does not: the first NCND ground among its
// exemptions, else the words themselves ("neither confirm nor deny", "can neither confirm nor deny whether")
// in `authority_text` (what the authority wrote: its messages in correspondence, else the whole text).
std::optional<std::string> ncnd_reason(const std::vector<std::string>& exemptions,
                                       std::string_view authority_text);

// Whether the NCND words at `at` are hedged by their sentence ("This may include information where we can
// neither confirm nor deny", "if we were to neither confirm nor deny"): said of requests in general, not of
// this one. The sentence starts after a full stop or a blank line.
bool ncnd_hedged(std::string_view text, size_t at);

}  // namespace foi
