"""A seccomp filter that leaves the submission's process unable to create processes.

Installed in the submission's process before any student code runs; the kernel keeps it for
the life of the process and every thread it starts, and nothing can remove it. Threads
still work (``clone`` with ``CLONE_THREAD``); ``clone3`` answers ENOSYS, so that glibc
starts threads with ``clone``, whose flags the filter can read. Everything else that would
start a process (``fork``, ``vfork``, ``clone`` without ``CLONE_THREAD``, ``execve``) or
reach past the process (``ptrace``, ``process_vm_*``, System V IPC and POSIX message
queues, which outlive it,
namespaces, mounts, ``bpf``, ``perf_event_open``, ``io_uring``) fails with EPERM.

A forbidden built-in therefore runs, if at all, in the one process whose operators the
guard records (see ``guard.py``).
"""

import ctypes
import errno
import platform
import struct

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
CLONE_THREAD = 0x00010000

RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
RET_KILL_PROCESS = 0x80000000

LD_W_ABS, JEQ_K, JGE_K, JSET_K, RET_K = 0x20, 0x15, 0x35, 0x45, 0x06

ARCHES = {
    # machine: (AUDIT_ARCH_*, clone, clone3, {denied syscall: number})
    "x86_64": (0xC000003E, 56, 435, {
        "fork": 57, "vfork": 58, "execve": 59, "execveat": 322, "ptrace": 101,
        "process_vm_readv": 310, "process_vm_writev": 311, "shmget": 29, "semget": 64,
        "msgget": 68, "unshare": 272, "setns": 308, "mount": 165, "umount2": 166,
        "pivot_root": 155, "chroot": 161, "bpf": 321, "perf_event_open": 298,
        "userfaultfd": 323, "io_uring_setup": 425, "kexec_load": 246, "init_module": 175,
        "finit_module": 313, "keyctl": 250, "add_key": 248, "request_key": 249,
        "mq_open": 240, "mq_unlink": 241, "mq_timedsend": 242, "mq_timedreceive": 243,
        "mq_notify": 244, "mq_getsetattr": 245}),
    "aarch64": (0xC00000B7, 220, 435, {
        "execve": 221, "execveat": 281, "ptrace": 117, "process_vm_readv": 270,
        "process_vm_writev": 271, "shmget": 194, "semget": 190, "msgget": 186,
        "unshare": 97, "setns": 268, "mount": 40, "umount2": 39, "pivot_root": 41,
        "chroot": 51, "bpf": 280, "perf_event_open": 241, "userfaultfd": 282,
        "io_uring_setup": 425, "kexec_load": 104, "init_module": 105, "finit_module": 273,
        "keyctl": 219, "add_key": 217, "request_key": 218, "mq_open": 180,
        "mq_unlink": 181, "mq_timedsend": 182, "mq_timedreceive": 183, "mq_notify": 184,
        "mq_getsetattr": 185}),
}


def supported():
    """Whether this machine's architecture has a filter here."""
    return platform.machine() in ARCHES


def program(machine=None):
    """The BPF program, as a list of ``(code, jt, jf, k)`` instructions."""
    machine = machine or platform.machine()
    arch, clone, clone3, denied = ARCHES[machine]
    eperm, enosys = RET_ERRNO | errno.EPERM, RET_ERRNO | errno.ENOSYS
    prog = [(LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
            (JEQ_K, 1, 0, arch),
            (RET_K, 0, 0, RET_KILL_PROCESS),  # another ABI (i386, x32 calls): not allowed
            (LD_W_ABS, 0, 0, 0)]  # seccomp_data.nr
    if machine == "x86_64":
        prog += [(JGE_K, 0, 1, 0x40000000), (RET_K, 0, 0, eperm)]  # the x32 ABI
    for number in sorted(set(denied.values())):
        prog += [(JEQ_K, 0, 1, number), (RET_K, 0, 0, eperm)]
    prog += [(JEQ_K, 0, 1, clone3), (RET_K, 0, 0, enosys),
             (JEQ_K, 0, 3, clone),
             (LD_W_ABS, 0, 0, 16),  # args[0], the flags (low 32 bits)
             (JSET_K, 1, 0, CLONE_THREAD),
             (RET_K, 0, 0, eperm),
             (RET_K, 0, 0, RET_ALLOW)]
    return prog


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install():
    """Install the filter in this process (and every thread it starts from now on)."""
    prog = program()
    raw = b"".join(struct.pack("=HBBI", *ins) for ins in prog)
    buf = ctypes.create_string_buffer(raw, len(raw))
    fprog = _SockFprog(len(prog), ctypes.addressof(buf))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")
