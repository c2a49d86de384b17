#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <string.h>

/* Opening a break iterator loads and clones ICU's rules: far dearer than segmenting an
   article. Each thread keeps one iterator per locale and only resets its text. */
static _Thread_local UBreakIterator *cachedIterator = NULL;
static _Thread_local char cachedLocale[32] = {0};

int32_t dragoman_sentence_breaks(const char *locale, const uint16_t *text, int32_t length,
                                 int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (cachedIterator == NULL || strncmp(cachedLocale, locale, sizeof cachedLocale) != 0) {
        if (cachedIterator != NULL) ubrk_close(cachedIterator);
        cachedIterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
        if (U_FAILURE(status)) {
            cachedIterator = NULL;
            return -1;
        }
        strncpy(cachedLocale, locale, sizeof cachedLocale - 1);
    }
    UBreakIterator *iterator = cachedIterator;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_next(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (count < capacity) boundaries[count] = position;
        count++;
    }
    /* Do not keep a pointer to the caller's text past this call. */
    ubrk_setText(iterator, (const UChar *)u"", 0, &status);
    return count;
}

int32_t dragoman_nfkc(const uint16_t *text, int32_t length, uint16_t *destination,
                      int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t written = unorm2_normalize(nfkc, (const UChar *)text, length, (UChar *)destination,
                                       capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return written;
    if (U_FAILURE(status)) return -1;
    return written;
}

int32_t dragoman_transliterate(const char *transform, uint16_t *text, int32_t length,
                               int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[128];
    u_uastrncpy(id, transform, 127);
    id[127] = 0;
    UTransliterator *transliterator = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return -1;
    int32_t newLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator, (UChar *)text, &newLength, capacity, 0, &limit, &status);
    utrans_close(transliterator);
    if (status == U_BUFFER_OVERFLOW_ERROR) return newLength;
    if (U_FAILURE(status)) return -1;
    return newLength;
}
