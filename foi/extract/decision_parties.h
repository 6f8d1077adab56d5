// The public authority a decision is about: the body whose handling of a request a tribunal decision or a
// commissioner's decision notice reviews. Letters are read by extract_authority (authorities.h) instead.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "foi/extract/decision_narrative.h"  // DecisionAuthority

namespace foi {

// Signals, strongest first: a "Public authority:" line (an ICO notice, a Tribunal's substituted notice; a
// name written short there, "Borough of X", is the known body the text names in full, "London Borough of X"),
// an "Authority:" line (a Scottish notice); a body among the parties ("Second Respondent: Home Office", or
// the appellant when a body appeals); a Scottish notice's title ("Mr X and the Scottish Ministers"); the body
// a request was sent to ("wrote to the Cabinet Office"); a body given a short name the decision goes on
// using; the body the decision says refused ("the BBC has refused to answer the request"). Never the
// Commissioner (the respondent), a person, or a body in a cited case ("Hogan and Oxford City Council v
// Information Commissioner"). nullopt when none.
std::optional<DecisionAuthority> decision_authority(std::string_view text);

// Who published a piece of guidance, when the text says so itself: Authorised Professional Practice is the
// College of Policing's ("This page is from APP"); guidance that names the ICO (not the Scottish
// Commissioner) and no authority of its own (`letter_reading`, the letter rule's answer, is empty) is the
// ICO's, and one naming the Scottish Information Commissioner alone is that Commissioner's. nullopt
// otherwise.
std::optional<DecisionAuthority> guidance_publisher(std::string_view text,
                                                    const std::optional<std::string>& letter_reading);

}  // namespace foi
