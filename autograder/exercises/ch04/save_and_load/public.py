"""`save_and_load(obj, path)` (§4.5): save an NDArray, a list of NDArrays or a dict of them
with nd.save and return what nd.load reads back; the probe the checks run in the sandbox
(in a temporary folder of its scratch directory), the diagnoses and the public checks."""

import numpy as np

from d2l.compare import as_array, describe, mismatch
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes
from d2l.selfcheck.ch04.MLP.public import plain

SECTION = "§4.5 读取和存储"
FORBIDDEN = Forbidden().also(*other_probes("save_and_load"))
HELPERS = ("probe",)

NO_FILE = "nothing was written at path: save obj there with nd.save(path, obj)"
GIVEN_BACK = ("it returns obj itself (the very object it was given), not what nd.load reads "
              "back from the file: return nd.load(path)")
NOT_MXNET = ("nd.load cannot read the file at path: it is not in MXNet's format; write it "
             "with nd.save(path, obj)")


def make(kind, arrays, keys):
    from mxnet import nd

    values = [nd.array(a) for a in arrays]
    if kind == "array":
        return values[0]
    if kind == "list":
        return values
    return dict(zip(keys, values))


def probe(fn, kind, arrays, keys, name):
    """Call ``fn(obj, path)`` with ``obj`` made from ``arrays`` and ``path`` the file
    ``name`` in a fresh temporary folder (in the sandbox, inside its scratch directory);
    return its result, whether ``path`` is a file, and what nd.load reads from it (or the
    error). The folder is removed afterwards."""
    check_caller()
    import os
    import shutil
    import tempfile

    from mxnet import nd

    folder = tempfile.mkdtemp(prefix="d2l-check-")
    path = os.path.join(folder, name)
    try:
        obj = make(kind, arrays, keys)
        result = fn(obj, path)
        given = list(obj.values()) if isinstance(obj, dict) else (
            obj if isinstance(obj, list) else [obj])
        got = list(result.values()) if isinstance(result, dict) else (
            result if isinstance(result, list) else [result])
        found = {"result": result, "exists": os.path.isfile(path),
                 "given_back": result is obj or any(g is o for g in got for o in given)}
        if found["exists"]:
            try:
                found["loaded"] = nd.load(path)
            except Exception as exc:  # noqa: BLE001 - the file's format is the student's
                found["loaded"] = f"error: {type(exc).__name__}"
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _same(got, arrays):
    return all(as_array(g) is not None and np.shape(as_array(g)) == np.shape(a)
               and np.allclose(as_array(g), a) for g, a in zip(got, arrays))


def problem(found, kind, arrays, keys):
    """What is wrong with the file and the result for an object of ``kind``."""
    if not found.get("exists"):
        return NO_FILE
    loaded = found.get("loaded")
    if isinstance(loaded, str):
        return NOT_MXNET
    if kind == "dict":
        if not isinstance(loaded, dict):
            return ("the file holds a list, not the dict: save the dict itself, "
                    "nd.save(path, mydict), so that its keys are kept")
        if sorted(loaded) != sorted(keys) or not _same([loaded[k] for k in keys], arrays):
            return f"the file holds {describe(loaded)}; expected the dict saved"
    elif not isinstance(loaded, list) or len(loaded) != len(arrays) or not _same(loaded,
                                                                                 arrays):
        return f"the file holds {describe(loaded)}; expected the {kind} saved"
    if found.get("given_back"):
        return GIVEN_BACK
    result = found.get("result")
    if kind == "dict":
        if not isinstance(result, dict):
            return (f"for a dict it returns {describe(result)}: nd.load gives the dict back "
                    "(keys and NDArrays); return it")
        if sorted(result) != sorted(keys) or not _same([result[k] for k in keys], arrays):
            return "the dict it returns does not hold the saved NDArrays under their keys"
        return None
    if kind == "array" and as_array(result) is not None:
        return ("for an NDArray it returns the NDArray: nd.load returns a list, [x], for a "
                "file that holds one NDArray (the book's x2); return what nd.load gives")
    if not isinstance(result, list) or len(result) != len(arrays):
        return (f"for {'an NDArray' if kind == 'array' else 'a list'} it returns "
                f"{describe(result)}: nd.load gives a list of {len(arrays)} NDArray(s)")
    for i, (g, a) in enumerate(zip(result, arrays)):
        wrong = mismatch(g, np.asarray(a), 0, 0, name=f"item {i} of the result")
        if wrong:
            return wrong
    return None


def _check(kinds):
    def run(fn, cases):
        for kind in kinds:
            arrays = [cases["x"], cases["y"]] if kind != "array" else [cases["x"]]
            keys = ["x", "y"] if kind == "dict" else []
            found = plain(probe(fn, kind, arrays, keys, f"{kind}.params"))
            wrong = problem(found, kind, arrays, keys)
            if wrong:
                return wrong
        return None
    return run


CHECKS = [("an NDArray and a list round-trip through the file", _check(["array", "list"])),
          ("a dict round-trips with its keys", _check(["dict"]))]
