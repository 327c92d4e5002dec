/* Test-only stand-in for Windows 10's system icuuc.dll, which Wine 8 lacks.
 *
 * Qt6Core.dll (Qt >= 6.11 on Windows) imports these ucnv_* functions from the system ICU to
 * offer extra text codecs. This stub reports every converter as unavailable
 * (U_FILE_ACCESS_ERROR, NULL converter), so Qt keeps its built-in UTF-8/16/32 codecs, which
 * is all VanPhong uses. Built by build/windows/tools.sh with mingw-w64 into the Wine prefix's
 * system32 only: it is never part of the bundle or the installer.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4
typedef int UErrorCode;

static void unavailable(UErrorCode *status) {
    if (status && *status <= 0) *status = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { (void)name; unavailable(status); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *status) { (void)cnv; unavailable(status); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *status) {
    (void)cnv; (void)action; (void)context;
    if (old_action) *old_action = NULL; if (old_context) *old_context = NULL; unavailable(status);
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *status) {
    (void)cnv; (void)action; (void)context;
    if (old_action) *old_action = NULL; if (old_context) *old_context = NULL; unavailable(status);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length, int32_t offset,
                                  UErrorCode *status) {
    (void)args; (void)source; (void)length; (void)offset; unavailable(status);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *limit,
                                    int32_t offset, UErrorCode *status) {
    (void)args; (void)source; (void)limit; (void)offset; unavailable(status);
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *status) { (void)cnv; unavailable(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *status) { (void)cnv; unavailable(status); return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) {
    (void)name; (void)standard; unavailable(status); return NULL;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void ucnv_toUnicode(void *cnv, uint16_t **target, const uint16_t *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *status) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    unavailable(status);
}
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit, const uint16_t **source,
                             const uint16_t *source_limit, int32_t *offsets, int8_t flush, UErrorCode *status) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    unavailable(status);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const uint16_t *code_units,
                                            int32_t length, int32_t code_point, int reason, UErrorCode *status) {
    (void)context; (void)args; (void)code_units; (void)length; (void)code_point; (void)reason; unavailable(status);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *code_units,
                                          int32_t length, int reason, UErrorCode *status) {
    (void)context; (void)args; (void)code_units; (void)length; (void)reason; unavailable(status);
}
