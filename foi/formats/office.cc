// Office reader: arrives in the next commit (libzip + libxml2).
#include "foi/formats/office.h"
#include "foi/formats/reader.h"
namespace foi::formats {
ReadText read_docx(std::string_view, const ZipLimits&) { throw UnsupportedFormat("DOCX is not read yet"); }
ReadText read_odt(std::string_view, const ZipLimits&) { throw UnsupportedFormat("ODT is not read yet"); }
}  // namespace foi::formats
