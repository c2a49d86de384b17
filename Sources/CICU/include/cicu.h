#ifndef DRAGOMAN_CICU_H
#define DRAGOMAN_CICU_H

// A narrow C face over the system ICU. Only <stdint.h> types cross this header, so Swift can
// import it beside Foundation (whose own ICU copy would otherwise clash with ICU's types).
// Every function returns a negative value on an ICU error.

#include <stdint.h>

/// Sentence boundaries of a UTF-16 text for a locale (e.g. "ar"). Writes the break offsets
/// (UTF-16 units, excluding 0, including `length`) into `boundaries`; returns their count, or
/// the count needed when `capacity` is too small.
int32_t dragoman_sentence_breaks(const char *locale, const uint16_t *text, int32_t length,
                                 int32_t *boundaries, int32_t capacity);

/// NFKC of a UTF-16 text into `destination`; returns the length written, or the length needed
/// when `capacity` is too small.
int32_t dragoman_nfkc(const uint16_t *text, int32_t length, uint16_t *destination,
                      int32_t capacity);

/// Transliterates UTF-16 text with an ICU transform id (e.g. "Arabic-Latin; Latin-ASCII")
/// in place; `length` in, new length returned (or needed, when `capacity` is too small).
int32_t dragoman_transliterate(const char *transform, uint16_t *text, int32_t length,
                               int32_t capacity);

#endif
