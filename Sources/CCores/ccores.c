#define _GNU_SOURCE
#include "ccores.h"

#include <sched.h>
#include <stdlib.h>

struct dragoman_start {
    void *(*start)(void *);
    void *context;
#if defined(__linux__) && defined(__GLIBC__)
    /// Whether the thread was placed and should then be let run on `allowed`.
    int placed;
    cpu_set_t allowed;
#endif
};

static void *dragoman_trampoline(void *argument) {
    struct dragoman_start start = *(struct dragoman_start *)argument;
    free(argument);
#if defined(__linux__) && defined(__GLIBC__)
    // Placed; from now on the kernel may move the thread as it likes, on the creator's cores.
    if (start.placed) sched_setaffinity(0, sizeof start.allowed, &start.allowed);
#endif
    return start.start(start.context);
}

int dragoman_start_thread_elsewhere(pthread_t *thread, void *(*start)(void *), void *context) {
    struct dragoman_start *argument = malloc(sizeof *argument);
    if (argument == NULL) return -1;
    argument->start = start;
    argument->context = context;
    pthread_attr_t attributes;
    int status = pthread_attr_init(&attributes);
    if (status != 0) {
        free(argument);
        return status;
    }
#if defined(__linux__) && defined(__GLIBC__)
    argument->placed = 0;
    if (pthread_getaffinity_np(pthread_self(), sizeof argument->allowed, &argument->allowed) == 0) {
        cpu_set_t elsewhere = argument->allowed;
        int here = sched_getcpu();
        if (here >= 0 && here < CPU_SETSIZE) CPU_CLR(here, &elsewhere);
        if (CPU_COUNT(&elsewhere) > 0
            && pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere) == 0) {
            argument->placed = 1;
        }
    }
    // Else (more cores than a cpu_set_t holds, say) the thread keeps its creator's cores.
#endif
    status = pthread_create(thread, &attributes, dragoman_trampoline, argument);
    pthread_attr_destroy(&attributes);
    if (status != 0) free(argument);
    return status;
}

int dragoman_current_core(void) {
#if defined(__linux__) && defined(__GLIBC__)
    return sched_getcpu();
#else
    return -1;
#endif
}

int dragoman_usable_cores(void) {
#if defined(__linux__) && defined(__GLIBC__)
    cpu_set_t cores;
    if (sched_getaffinity(0, sizeof cores, &cores) != 0) return -1;
    return CPU_COUNT(&cores);
#else
    return -1;
#endif
}

static _Thread_local int dragoman_depth;

int dragoman_perform_depth(void) { return dragoman_depth; }

void dragoman_set_perform_depth(int depth) { dragoman_depth = depth; }
