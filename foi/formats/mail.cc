// Email reader: arrives in the next commit (GMime).
#include "foi/formats/mail.h"
namespace foi::formats {
ReadText read_mail(std::string_view, const ReadOptions&) { throw UnsupportedFormat("email is not read yet"); }
std::vector<ReadText> read_mbox(std::string_view, const ReadOptions&) { throw UnsupportedFormat("mbox is not read yet"); }
}  // namespace foi::formats
