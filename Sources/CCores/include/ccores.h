#ifndef DRAGOMAN_CCORES_H
#define DRAGOMAN_CCORES_H

// Starting a helper thread on another core than the caller's. Linux's affinity calls are GNU
// extensions that Swift's Glibc module does not show, hence this C file.

#include <pthread.h>

/// Starts `start(context)` on a new thread, placed first on the cores the calling thread may
/// use other than the one it runs on (all of them when it has no other), then free to run on
/// all of those. Returns pthread_create's status (0 when started); join it with pthread_join.
///
/// Why: on a virtual machine whose other vCPUs have been idle, Linux puts a new thread on its
/// creator's core, where it waits out the creator's time slice (2 ms) before it first runs.
int dragoman_start_thread_elsewhere(pthread_t *thread, void *(*start)(void *), void *context);

/// The core the calling thread runs on, or -1 where that cannot be told.
int dragoman_current_core(void);

/// How many cores the calling thread may run on (its affinity: `taskset`, cpusets), or -1
/// where that cannot be told.
int dragoman_usable_cores(void);

/// How deep the calling thread is in `Cores.perform` work (0 outside it); set by `Cores.perform`.
int dragoman_perform_depth(void);
void dragoman_set_perform_depth(int depth);

#endif
