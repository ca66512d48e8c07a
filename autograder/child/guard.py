"""The submission's guard: a record of what ran that student code can neither stop nor forge.

Student code shares its interpreter with the harness, so anything the harness computes in
Python (which operators ran, whether the profiler was on) the student can patch. The guard
is what student code cannot reach. It is two audit hooks (PEP 578), added before any
student code runs; audit hooks cannot be removed, and nothing but the interpreter refers
to these.

* The **recorder** holds the key and the record in its closure. No student code ever runs
  while its frame is on the stack, so that frame (and the key) is never seen: it calls no
  student code, never raises, triggers no audit event, and the ways student code could
  reach a frame or an object without a reference are closed by the gatekeeper. Signal
  handlers, which Python runs between any two bytecodes, are not available to student code.
* The **gatekeeper**, added second, holds nothing secret and refuses (``PermissionError``)
  what would reach the recorder or blind the record: searching the heap (``gc.get_objects``
  and its relatives), other threads' frames, trace and profile functions, further audit
  hooks, code objects built at run time, changing the profile function, and reaching the
  profiler or any other native library through ``ctypes``. The recorder has seen the
  attempt first: it is tampering.
* The recorder keeps MXNet's profiler running from the moment it is armed, through function
  pointers of its own (it never resolves them on MXNet's ``_LIB``, so ``mx.profiler`` and
  ``_LIB`` reach the profiler only through the dynamic linker, which is audited).
* Python-level built-ins are recorded by the code they run: a profile function whose every
  setting is immutable reports each call of a watched function's code (a reimported module
  or a copied function runs the same file and line), and each call of a copy of the
  grader's own code made from its source (pasted, ``exec``'d, renamed, moved, stripped of
  its docstring, given another parameter or alias): the copy compiles to the same
  instructions over the same attributes and constants (``fingerprint``). Threads do not
  get it; the threads a call starts are counted instead, and an exercise with watched
  built-ins is not judged by an answer that used them.
* What ran between ``d2l.begin`` and ``d2l.seal`` leaves as a record sealed with a key the
  supervisor shares: the operators the profiler saw, the watched functions, what ran outside
  any request, the threads started, every tampering noticed, and a counter, so that a record
  sealed early, twice or for another request does not pass (runner.py checks).

The harness talks to it with ``sys.audit`` events (below). Code that replaces
``sys.audit`` or the harness only gets no record, and a missing record is tampering.
"""

import opcode
import operator
import sys
import types

BEGIN = "d2l.begin"  # (nonce,): start the record of one request
SEAL = "d2l.seal"  # (nonce, out bytearray[, False]): end it; the sealed record is written into
# out; False skips the check of the grader's modules (the attestation right after a call,
# whose own record checked them: whatever changes them later is seen at the next call's)
WATCHED = "d2l.watched"  # (key,): a watched function ran (sent by the profile function)
SHAPED = "d2l.shaped"  # (code,): code shaped like a copied grader function ran (the same)
THREAD = "d2l.thread"  # (): a thread is being started (sent by the profile function)
ARMED = "d2l.armed"  # (): both hooks are in place
MAC_BYTES = 32
# Where MXNet is told to write the profiler's trace. MXNet deletes that path when the
# profiler is configured and creates it at each dump, so it must be a path no file can
# ever have: as root outside a sandbox, "/dev/null" itself was deleted and replaced. A
# path under a character device fails both with ENOTDIR and touches nothing.
PROFILER_TRACE = "/dev/null/d2l-profiler-trace.json"

# Refused once the guard is armed (and recorded as tampering).
REFUSED = frozenset({
    "gc.get_objects", "gc.get_referrers", "gc.get_referents", "sys._current_frames",
    "sys.settrace", "sys.setprofile", "sys.addaudithook", "code.__new__", "ctypes.dlopen",
})
# Names in libmxnet whose use would blind or bypass the operator record.
_MX_DENY = r"Profil|MXDumpProcessProfile|MXAggregateProfileStats|MXLoadLib|Subgraph|" \
           r"OptimizeForBackend|MXGenBackend"


def arm(key, watched, lib, strict=True, copies=(), protect=()):
    """Start the guard in this process (once, before any student code).

    ``key``: the bytes that seal records (the supervisor holds the same); ``watched``:
    ``{(co_filename, co_firstlineno, co_name): qualname}`` of the Python-level built-ins to
    record; ``copies``: what :func:`copied_codes` gives for them (copies of the grader's
    code are recorded as the original); ``protect``: the grader's modules in this process
    (:func:`grader_modules`), which no student code may change; ``lib``: MXNet's ``_LIB``.
    ``strict=False`` records only, without the gatekeeper and with signal handlers left
    alone: for a live Jupyter kernel (stock nbgrader), where nothing is protected anyway.
    """
    import _thread
    import threading

    inside = set()  # threads in which the guard itself is asking for a frame
    profile = _make_profile(watched, copies, sys.audit, _thread.start_new_thread)
    recorder = _make_recorder(bytes(key), lib, profile, watched, _snapshot(protect), copies,
                              inside)
    if strict:
        # Both hooks are made before the profile function is set: under it, walking the
        # grader's modules for their members took twenty times as long (80 ms a process).
        gatekeeper = _make_gatekeeper(lib, profile, _members(protect), inside,
                                      _frame_readers(), _grader_files(protect))
        _no_signal_handlers()
    sys.setprofile(profile)
    threading.setprofile(profile)  # threading's bootstrap installs it in every new thread
    sys.addaudithook(recorder)
    if strict:
        sys.addaudithook(gatekeeper)
    sys.audit(ARMED)  # from here on the recorder takes refused events for tampering


def _make_recorder(key, lib, profile, watched, snapshot=((), {}), copies=(),
                   inside=None):
    """The hook that keeps the record. Everything it uses is bound here: it looks up no
    global and no builtin while it runs."""
    import _blake2
    import _ctypes
    import _json
    import _signal
    import _thread
    import ctypes
    import gc
    import json
    import re
    import threading

    _getframe, _boot_code = sys._getframe, threading.Thread._bootstrap_inner.__code__
    _threading_vars = vars(threading)
    _gc_enabled, _gc_disable, _gc_enable = gc.isenabled, gc.disable, gc.enable
    _sigmask, _BLOCK, _SETMASK = _signal.pthread_sigmask, _signal.SIG_BLOCK, _signal.SIG_SETMASK
    _all_signals = _signal.valid_signals()
    _names = {key: name for key, name in watched.items()}
    _type, _str, _bytes, _bytearray, _dict, _tuple = type, str, bytes, bytearray, dict, tuple
    _len, _sorted, _set = len, sorted, set
    _get_ident = _thread.get_ident
    inside = _set() if inside is None else inside
    _blake = _blake2.blake2b
    _key = key
    _scan = _json.make_scanner(json.JSONDecoder())
    _quote = _json.encode_basestring_ascii
    _deny = re.compile(_MX_DENY).search
    _refused = REFUSED
    _WATCHED, _THREAD, _BEGIN, _SEAL, _ARMED = WATCHED, THREAD, BEGIN, SEAL, ARMED
    _SHAPED, _Code, _fingerprint = SHAPED, types.CodeType, _print
    # print -> watched name of the grader's functions; code -> name or None, for each code
    # fingerprinted so far (code objects hash and compare in C, on literals only)
    copied = {fp: watched[key] for _, fp, key in copies if key in watched}
    verdicts = {}
    _MAC_BYTES = MAC_BYTES
    _lib = lib
    _empty = ""
    _Exception = BaseException

    class _Fn(_ctypes.CFuncPtr):  # a class of its own: no student code can reach or patch it
        _flags_ = _ctypes.FUNCFLAG_CDECL
        _restype_ = None

    def _fn(name):
        # lib[name] does not cache the function on lib, so that student code reaching for
        # the same name through _LIB still asks the (audited) dynamic linker
        return _Fn(ctypes.cast(lib[name], ctypes.c_void_p).value)

    set_config = _fn("MXSetProcessProfilerConfig")
    set_state = _fn("MXSetProcessProfilerState")
    stats_print = _fn("MXAggregateProfileStatsPrintEx")
    wait_all = _fn("MXNDArrayWaitAll")
    text = ctypes.c_char_p()
    text_ref = ctypes.byref(text)
    text_value = ctypes._SimpleCData.__dict__["value"].__get__

    # Operators only: the C API and memory events (on by default) would triple what the
    # profiler records and formats at every dump. The aggregate is read from memory; the
    # trace MXNet also writes at each dump is not wanted (it would fill the scratch space).
    settings = {"profile_imperative": "True", "profile_symbolic": "True",
                "profile_api": "False", "profile_memory": "False",
                "aggregate_stats": "True", "filename": PROFILER_TRACE}
    keys = (ctypes.c_char_p * len(settings))(*[k.encode() for k in settings])
    values = (ctypes.c_char_p * len(settings))(*[v.encode() for v in settings.values()])
    set_config(len(settings), keys, values, None)
    set_state(1, 0, None)

    def dump():
        """The operator names the profiler saw since the last dump (and reset it)."""
        wait_all()
        stats_print(text_ref, 1, 1, 0, 0)
        raw = text_value(text)
        if _type(raw) is not _bytes:
            return None
        if not raw.strip():
            return []
        try:
            times = _scan(raw.decode("utf-8", "replace"), 0)[0].get("Time", {})
        except _Exception:
            return None
        if _type(times) is not _dict:
            return None
        found = []
        for category, ops in times.items():  # "operator", "Custom Operator", ...
            if category != "MXNET_C_API" and _type(ops) is _dict:
                # a custom operator's operators are named "its_name::operator"
                found += [name.rpartition("::")[2] for name in ops if _type(name) is _str]
        return found

    dump()  # forget what ran before arming (the supervisor's warm-up)

    # The grader's modules as they were armed: at every seal, each name they had must
    # still be bound to the same object (and each module still be the one imported).
    _items, _absent = _dict.items, object()
    shots, imported = snapshot
    _all, _map, _is = all, map, operator.is_

    def _is_str(value, _type=_type, _str=_str):
        return _type(value) is _str
    _modules = sys.modules

    def changed():
        found = []
        for module, names, kind, keys, values, want in shots:
            now = _tuple(names)  # the keys, in order: appended ones come last
            n = _len(keys)
            if _len(now) >= n and _all(_map(_is, now[:n], keys)) and _all(
                    _map(_is, _tuple(kind.values(names))[:n], values)) and _all(
                    _map(_is_str, now[n:])):
                continue  # the usual case, checked in C: nothing changed, nothing odd added
            seen = 0
            for name, value in kind.items(names):
                if _type(name) is not _str:
                    found.append(module + " (an entry that is not a name was added)")
                    continue
                old = want.get(name, _absent)  # exact str keys on both sides: no student __eq__
                if old is _absent:
                    continue
                seen += 1
                if value is not old:
                    found.append(module + "." + name)
            if seen != _len(want):
                found.append(module + " (a name was deleted)")
        seen = 0
        for name, module in _items(_modules):
            if _type(name) is _str:
                old = imported.get(name, _absent)
                if old is not _absent:
                    seen += 1
                    if module is not old:
                        found.append(name + " (replaced in sys.modules)")
        if seen != _len(imported):
            found.append("a grader's module was removed from sys.modules")
        return found[:5]

    state = {"nonce": None, "count": 0, "watched": _set(), "started": 0, "profiled": 0,
             "missed": False, "armed": False,
             "outside": _set(), "watched_outside": _set()}
    used_nonces = _set()
    taint = []

    def names(items):
        return ", ".join([_quote(n) for n in _sorted(items)])

    def record(nonce, ops, extra):
        state["count"] += 1
        if state["missed"]:
            extra = extra + ["the guard could not record an event"]
        parts = ['{"nonce": ', _quote(nonce), ', "count": ', _str(state["count"]),
                 ', "ops": [', names(ops), '], "outside": [', names(state["outside"]),
                 '], "watched": [', names(state["watched"]),
                 '], "watched_outside": [', names(state["watched_outside"]),
                 '], "threads": ', _str(state["started"] - state["profiled"]),
                 ', "taint": [', names(taint + extra), "]}"]
        body = _empty.join(parts).encode()
        return body + _blake(body, key=_key, digest_size=_MAC_BYTES).digest()

    def recorder(event, args):
        # No student code may run while this frame is live: no collection (gc callbacks,
        # finalizers) and no signal (Python runs handlers between any two bytecodes).
        if _type(event) is not _str or event == "object.__getattr__":
            return
        collecting = _gc_enabled()
        _gc_disable()
        mask = _sigmask(_BLOCK, _all_signals)
        try:
            if event == _WATCHED:
                name = _names.get(args[0]) if _len(args) == 1 and _type(args[0]) is _tuple \
                    else None
                if name is not None:
                    state["watched" if state["nonce"] is not None else "watched_outside"].add(
                        name)
            elif event == _SHAPED:
                code = args[0] if _len(args) == 1 else None
                if _type(code) is _Code:
                    name = verdicts.get(code, _absent)
                    if name is _absent:
                        name = verdicts[code] = copied.get(_fingerprint(code))
                    if name is not None:
                        state["watched" if state["nonce"] is not None else
                              "watched_outside"].add(name)
            elif event == _THREAD:
                state["started"] += 1
            elif event == _BEGIN:
                nonce = args[0] if _len(args) == 1 else None
                if _type(nonce) is not _str or nonce in used_nonces:
                    taint.append("a request's record was started again")
                    return
                used_nonces.add(nonce)
                state["outside"].update(dump() or ["(the profiler's record could not be read)"])
                state["nonce"] = nonce
                state["watched"] = _set()
            elif event == _SEAL:
                if _len(args) not in (2, 3) or _type(args[0]) is not _str or \
                        _type(args[1]) is not _bytearray:
                    taint.append("a record was asked for in a malformed way")
                    return
                nonce, out = args[0], args[1]
                extra = [] if nonce == state["nonce"] else [
                    "a record was sealed for a request that was not running"]
                ops = dump()
                if _len(args) == 2 or args[2] is not False:
                    extra = extra + ["the grader's code was changed: " + name
                                     for name in changed()]
                if ops is None:
                    ops, extra = [], extra + ["the profiler's record could not be read"]
                if state["nonce"] is None:
                    state["outside"].update(ops)  # no request was running: nothing is lost
                    ops = []
                out[:] = record(nonce, ops, extra)
                state["nonce"] = None
                state["outside"], state["watched_outside"] = _set(), _set()
            elif event == _ARMED:
                state["armed"] = True
            elif not state["armed"]:
                return
            elif event == "sys.setprofile":
                me = _get_ident()
                inside.add(me)
                try:
                    caller = _getframe(1)  # who called sys.setprofile (this frame is 0)
                finally:
                    inside.discard(me)
                if caller.f_code is _boot_code and \
                        _threading_vars.get("_profile_hook") is profile:
                    state["profiled"] += 1  # threading gives a new thread the profile function
            # What the gatekeeper refuses does not happen: no need to hold it against the
            # submission (honest code may try cProfile or mx.profiler and fail there).
        except _Exception:
            state["missed"] = True
        finally:
            _sigmask(_SETMASK, mask)
            if collecting:
                _gc_enable()

    return recorder


def _make_gatekeeper(lib, profile, members=frozenset(), inside=None, readers=frozenset(),
                     grader_files=frozenset()):
    """The hook that refuses what would reach the recorder or blind the record, or change
    the grader's functions and classes (``members``: their ids), or give student code a
    frame: from a frame, ``f_back`` leads to the grader's frames above the student's call
    (a probe's, the harness's) and ``f_locals`` to what they hold. Only ``readers`` (the
    code of functions that read frames and hand none out, :data:`FRAME_READERS`) and the
    guard itself (the threads in ``inside``) get frames. It holds nothing secret: its frame
    may show in a traceback."""
    import _thread
    import re

    inside = set() if inside is None else inside

    def gatekeeper(event, args, _refused=REFUSED, _str=str, _type=type, _len=len, _lib=lib,
                   _profile=profile, _deny=re.compile(_MX_DENY).search,
                   _Refused=PermissionError, _signal_modules=frozenset({"signal", "_signal"}),
                   _bootstrap=_bootstrap_check(profile),  # noqa: B008 - bound once, on purpose
                   _fingerprinter=_print, _members=members, _id=id,
                   _changes=frozenset({"object.__setattr__", "object.__delattr__"}),
                   _frame_attrs=frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"}),
                   _inside=inside, _readers=readers, _get_ident=_thread.get_ident,
                   _getframe=sys._getframe, _grader_files=grader_files):
        if _type(event) is not _str:
            return
        if event == "sys._getframe" or (event == "object.__getattr__" and _len(args) > 1
                                        and args[1] in _frame_attrs):
            me = _get_ident()
            if me in _inside:
                return
            _inside.add(me)
            try:
                asking = _getframe(1).f_code  # who asked (this frame is 0)
            finally:
                _inside.discard(me)
            if asking not in _readers:
                raise _Refused("frames (sys._getframe, inspect.currentframe, a traceback's "
                               "tb_frame, a generator's gi_frame) are not available while "
                               "the grader runs this code")
            return
        if event == "object.__getattr__":
            return
        if event == "sys.setprofile":
            me = _get_ident()
            _inside.add(me)
            try:
                bootstrap = _bootstrap()
            finally:
                _inside.discard(me)
            if bootstrap:
                return
        if event in _refused:
            raise _Refused(f"{event} is not available while the grader runs this code (also "
                           "when code recurses too deeply under the grader's profiler)")
        if event.startswith("ctypes.dlsym") and _len(args) > 1 and (
                args[0] is not _lib or _type(args[1]) is not _str or _deny(args[1])
                or not args[1].startswith(("MX", "NN"))):
            raise _Refused("looking up native functions is not available while the grader "
                           "runs this code")
        if event == "import" and args and args[0] in _signal_modules:
            raise _Refused("signal handlers are not available while the grader runs this code")
        if event == "object.__setattr__" and args and (args[0] is _profile
                                                       or args[0] is _fingerprinter):
            raise _Refused("the grader's profile function cannot be changed")
        if event in _changes and args and _id(args[0]) in _members:
            me = _get_ident()
            _inside.add(me)
            try:
                changer = _getframe(1).f_code.co_filename  # a probe may swap MXNet's code
            finally:
                _inside.discard(me)
            if changer not in _grader_files:
                raise _Refused("the grader's code, and the MXNet functions it relies on, "
                               "cannot be changed")

    return gatekeeper


def _bootstrap_check(profile):
    """A function telling whether ``sys.setprofile`` is being called by threading's
    bootstrap of a new thread, installing the grader's profile function. (Calling it from a
    hook is safe: it triggers only the guard's own audit events, and no student hook exists.)
    """
    import threading

    def check(_getframe=sys._getframe, _code=threading.Thread._bootstrap_inner.__code__,
              _vars=vars(threading), _profile=profile):  # noqa: B008 - bound once, on purpose
        caller = _getframe(2)  # 0: this check, 1: the hook, 2: who called sys.setprofile
        return caller.f_code is _code and _vars.get("_profile_hook") is _profile

    return check


def _no_signal_handlers():
    """Python runs signal handlers between any two bytecodes, also the recorder's: student
    code may not install one (SIGINT, whose default handler raises, is ignored)."""
    import _signal
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def refused(*args, **kwargs):
        raise PermissionError("signal handlers are not available while the grader runs "
                              "this code")

    for module in (signal, _signal):
        module.signal = refused


def _make_profile(watched, copies, audit, start_thread):
    """The profile function: its settings live in its defaults, immutable tuples and
    frozensets of builtin values (changing ``__defaults__`` is refused; comparing with them
    runs no student code: code objects hold only literals, and building one at run time is
    refused); it reports to the recorder through ``sys.audit``. A call whose code has the
    shape of a copied grader function (``_shapes``, see :func:`_shape`) is fingerprinted.
    Every thread start is reported; the recorder counts those that ``threading`` gave the
    profile function, and the rest are reported."""
    # It runs at every call of every function: the name and the stack size are checked
    # first, as they cost one attribute each and rule out almost every call.
    def profile(frame, event, arg, _keys=frozenset(watched), _audit=audit,
                _start=start_thread, _names=frozenset(name for _, _, name in watched),
                _stacks=frozenset(shape[1] for shape, _, _ in copies),
                _shapes=frozenset(shape for shape, _, _ in copies), _len=len, _bool=bool):
        if event == "call":
            code = frame.f_code
            if code.co_name in _names and (
                    code.co_filename, code.co_firstlineno, code.co_name) in _keys:
                _audit("d2l.watched", (code.co_filename, code.co_firstlineno, code.co_name))
            elif code.co_stacksize in _stacks and (
                    _len(code.co_names), code.co_stacksize,
                    code.co_nlocals - code.co_argcount - code.co_kwonlyargcount
                    - _bool(code.co_flags & 4) - _bool(code.co_flags & 8)) in _shapes:
                _audit("d2l.shaped", code)  # the recorder fingerprints it, once per code
        elif event == "c_call" and arg is _start:
            _audit("d2l.thread")

    return profile


#: Code shorter than this (bytes of bytecode, inline caches included) is not fingerprinted:
#: an honest answer may well compile to the same bytecode as a short grader function.
MIN_COPY_BYTES = 80


_SKIP = frozenset(opcode.opmap[n] for n in ("CACHE", "NOP", "EXTENDED_ARG"))
_JUMPS = frozenset(opcode.hasjrel)
_LOADS_CONST = frozenset(opcode.opmap[n] for n in ("LOAD_CONST", "KW_NAMES"))
_LOCALS = frozenset(opcode.haslocal) | frozenset(opcode.hasfree)
_ATTRIBUTES = frozenset(opcode.opmap[n] for n in ("LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
                                                   "LOAD_METHOD", "IMPORT_NAME", "IMPORT_FROM"))
_GLOBALS = frozenset(opcode.hasname) - _ATTRIBUTES


def _shape(code):
    """What :func:`_print` compares first, cheap enough for every call: how many names the
    code has, its stack size and how many locals it has besides its arguments (a copy with
    a parameter added, a name renamed or its docstring removed keeps all three)."""
    flags = code.co_flags
    return (len(code.co_names), code.co_stacksize,
            code.co_nlocals - code.co_argcount - code.co_kwonlyargcount
            - bool(flags & 4) - bool(flags & 8))


def _print(code, _type=type, _tuple=tuple, _range=range, _len=len, _Code=types.CodeType,
           _str=str, _skip=_SKIP, _jumps=_JUMPS, _consts=_LOADS_CONST, _locals=_LOCALS,
           _attributes=_ATTRIBUTES, _globals=_GLOBALS, _method=opcode.opmap["LOAD_METHOD"],
           _attr=opcode.opmap["LOAD_ATTR"]):
    """What a copy of ``code`` made from its source keeps (the guard's profile function runs
    it, so it looks up nothing at run time): its instructions and those of the code nested
    in it, with the attribute names they use and the constants they load other than
    strings in place of their indices; without jump distances, locals, global names (an
    alias renamed) or string constants (``"float64"`` written ``"f8"``), and with ``x.f()``
    on a global compiled one way (3.11 compiles it one way or the other by whether ``x`` is
    imported in the same source). No docstring, line, file or function name is in it."""
    codes, out = [code], []
    for const in code.co_consts:
        if _type(const) is _Code:
            codes.append(const)
    for each in codes:
        raw, consts, names, ops = each.co_code, each.co_consts, each.co_names, []
        for i in _range(0, _len(raw), 2):
            op, arg = raw[i], raw[i + 1]
            if op in _skip:
                continue
            if op == _method:
                op = _attr
            if op in _consts and arg < _len(consts):
                const = consts[arg]
                kind = _type(const)
                ops.append((op, None if kind is _Code or kind is _str else const))
            elif op in _attributes and arg < _len(names):
                ops.append((op, names[arg]))
            elif op in _jumps or op in _locals or op in _globals:
                ops.append(op * 256)
            else:
                ops.append(op * 256 + arg)
        out.append(_tuple(ops))
    return _tuple(out)


def fingerprint(code):
    """``(shape, print)`` of ``code``: the shape (:func:`_shape`) is cheap to compare on
    every call, the print (:func:`_print`) is compared only when the shape matches."""
    return _shape(code), _print(code)


def copied_codes(qualnames):
    """``[(shape, print, key)]`` (see :func:`fingerprint`) of the grader's own functions
    among ``qualnames`` (those of ``d2l.selfcheck``), when long enough to be told from
    honest code; ``key`` is the function's watched key. The book's code is left out, since
    a student may type it in: the ``d2l`` package, MXNet (the book's code often reads like
    Gluon's own, ``MySequential.forward`` and ``Sequential.forward`` compile alike) and the
    functions a public module lists in ``BOOK_CODE``."""
    out = []
    for qualname in qualnames:
        if not qualname.startswith("d2l.selfcheck."):
            continue
        for func in _functions(resolve(qualname)):
            module = sys.modules.get(getattr(func, "__module__", None) or "")
            book = getattr(module, "BOOK_CODE", ())
            if func.__name__ in book or qualname.rpartition(".")[2] in book:
                continue
            code = func.__code__
            if len(code.co_code) >= MIN_COPY_BYTES:
                out.append((*fingerprint(code), (code.co_filename, code.co_firstlineno,
                                                 code.co_name)))
    return out


#: The functions that may read frames while student code can run: each reads only names
#: and line numbers off them and hands no frame out (the grader's traceback summary, the
#: probes' check of who called them, and what the standard library asks a frame for when
#: a namedtuple or a TypeVar is made).
FRAME_READERS = (f"{__name__.rpartition('.')[0] or 'child'}.cells.traceback_entries",
                 "d2l.selfcheck.ch04.check_caller", "collections.namedtuple",
                 "typing._caller")


def _frame_readers():
    """The code objects of :data:`FRAME_READERS` among the modules imported so far."""
    out = set()
    for qualname in FRAME_READERS:
        module, _, name = qualname.rpartition(".")
        func = getattr(sys.modules.get(module), name, None)
        code = getattr(func, "__code__", None)
        if code is not None:
            out.add(code)
    return frozenset(out)


#: The modules of the grader in the submission's process, and the modules they rely on that
#: student code could otherwise patch under them (a clock, a builtin).
GRADER_MODULES = (__name__.rpartition(".")[0] or "child", "d2l.selfcheck")  # the sandbox: "child"
RELIED_ON = ("builtins", "time", "functools", "types", "random", "linecache", "mxnet",
             "mxnet.base", "mxnet.context", "mxnet.random", "mxnet.autograd",
             "mxnet.ndarray.ndarray", "mxnet.ndarray.utils", "mxnet.symbol.symbol",
             "mxnet.gluon", "mxnet.gluon.block", "mxnet.gluon.parameter", "mxnet.gluon.utils",
             "mxnet.gluon.trainer")
#: The MXNet classes whose attributes are checked too (those of the standard library cannot
#: be changed): what the harness and the probes build, read and export through.
RELIED_ON_CLASSES = frozenset({"NDArray", "Parameter", "ParameterDict", "Block", "HybridBlock",
                               "SymbolBlock", "Symbol", "Trainer", "Context"})


def grader_modules():
    """The grader's modules imported so far (see ``GRADER_MODULES`` and ``RELIED_ON``)."""
    return [m for name, m in list(sys.modules.items()) if m is not None and (
        name in RELIED_ON or name in GRADER_MODULES
        or name.startswith(tuple(p + "." for p in GRADER_MODULES)))]


def _grader_files(modules):
    """The source files of the grader's own modules among ``modules``."""
    return frozenset(getattr(m, "__file__", None) for m in modules
                     if m.__name__ not in RELIED_ON and getattr(m, "__file__", None))


def _snapshot(modules):
    """``([(name, its namespace, its type, keys, values, {name: value})], {name: module})``
    of the modules and of the classes they define (class attributes can be set without an
    audit event), as they are now."""
    shots = []

    def shot(name, names, kind):
        shots.append((name, names, kind, tuple(names), tuple(kind.values(names)),
                      {k: v for k, v in kind.items(names) if type(k) is str}))

    for module in modules:
        shot(module.__name__, vars(module), dict)
        relied_on = module.__name__ in RELIED_ON
        for name, value in list(vars(module).items()):
            if relied_on and name not in RELIED_ON_CLASSES:
                continue
            if isinstance(value, type) and value.__module__ == module.__name__:
                shot(f"{module.__name__}.{name}", vars(value), types.MappingProxyType)
    return shots, {m.__name__: m for m in modules}


def _members(modules):
    """Ids of the functions the grader's modules hold (defined there or bound from MXNet
    and the standard library, such as the harness's ``_ASNUMPY``), the methods and property
    functions of the classes they define, and those classes: their code and defaults
    cannot be changed (``object.__setattr__``/``__delattr__`` on a function is audited)."""
    out = set()

    def add(value):
        value = getattr(value, "__func__", value)
        if isinstance(value, property):
            for part in (value.fget, value.fset, value.fdel):
                add(part)
        elif isinstance(value, (types.FunctionType, type)):
            out.add(id(value))

    for module in modules:
        for value in list(vars(module).values()):
            add(value)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for member in list(vars(value).values()):
                    add(member)
    return frozenset(out)


def resolve(qualname):
    """The object a qualified name ``package.module.Class.method`` names (looked up in the
    class that defines it), or None."""
    import importlib

    parts = qualname.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            owner = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        try:
            for attr in parts[split:]:
                owner = vars(owner)[attr] if isinstance(owner, type) else getattr(owner, attr)
        except (AttributeError, KeyError):
            return None
        return owner
    return None


def _functions(owner):
    """The Python functions a watched name stands for: a function, or a class's
    ``__init__``, ``forward``, ``hybrid_forward`` and ``__call__`` (where it defines them)."""
    if isinstance(owner, type):
        funcs = [vars(owner).get(m) for m in ("__init__", "forward", "hybrid_forward",
                                             "__call__")]
    else:
        funcs = [owner]
    funcs = [getattr(f, "__func__", f) for f in funcs]
    return [f for f in funcs if getattr(f, "__code__", None) is not None]


def watched_codes(qualnames):
    """``{(co_filename, co_firstlineno, co_name): qualname}`` for Python functions named
    ``package.module.Class.method`` (methods where the class defines them; a class stands
    for its ``__init__``, ``forward``, ``hybrid_forward`` and ``__call__``)."""
    out = {}
    for qualname in qualnames:
        for func in _functions(resolve(qualname)):
            code = func.__code__
            out[(code.co_filename, code.co_firstlineno, code.co_name)] = qualname
    return out


def verify(record, key):
    """The parsed record if its seal is right, else None (run by the supervisor)."""
    import hashlib
    import hmac
    import json

    if not isinstance(record, (bytes, bytearray)) or len(record) <= MAC_BYTES:
        return None
    body, mac = bytes(record[:-MAC_BYTES]), bytes(record[-MAC_BYTES:])
    expected = hashlib.blake2b(body, key=bytes(key), digest_size=MAC_BYTES).digest()
    if not hmac.compare_digest(mac, expected):
        return None
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None
