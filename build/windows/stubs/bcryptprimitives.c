/* Test-only stand-in for Windows 10's bcryptprimitives.dll, which Wine 8 lacks.
 *
 * pydantic-core (Rust's standard library) imports ProcessPrng from it for random bytes; this
 * one fills the buffer from the system RNG through BCryptGenRandom, which Wine has. Built by
 * build/windows/tools.sh with mingw-w64 into the Wine prefix's system32 only: never part of
 * the bundle or the installer.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
