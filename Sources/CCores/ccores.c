#define _GNU_SOURCE
#include "ccores.h"

#include <sched.h>
#include <stdlib.h>

struct dragoman_start {
    void *(*start)(void *);
    void *context;
#ifdef __linux__
    cpu_set_t allowed;
#endif
};

static void *dragoman_trampoline(void *argument) {
    struct dragoman_start start = *(struct dragoman_start *)argument;
    free(argument);
#ifdef __linux__
    // Placed; from now on the kernel may move the thread as it likes.
    sched_setaffinity(0, sizeof start.allowed, &start.allowed);
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
#ifdef __linux__
    if (pthread_getaffinity_np(pthread_self(), sizeof argument->allowed, &argument->allowed) == 0) {
        cpu_set_t elsewhere = argument->allowed;
        int here = sched_getcpu();
        if (here >= 0 && here < CPU_SETSIZE) CPU_CLR(here, &elsewhere);
        if (CPU_COUNT(&elsewhere) > 0) pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere);
    } else {
        CPU_ZERO(&argument->allowed);
        for (int core = 0; core < CPU_SETSIZE; core++) CPU_SET(core, &argument->allowed);
    }
#endif
    status = pthread_create(thread, &attributes, dragoman_trampoline, argument);
    pthread_attr_destroy(&attributes);
    if (status != 0) free(argument);
    return status;
}

int dragoman_current_core(void) {
#ifdef __linux__
    return sched_getcpu();
#else
    return -1;
#endif
}
