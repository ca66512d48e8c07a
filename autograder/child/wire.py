"""The wire format between the trusted parent and the sandboxed child.

A frame is a JSON header followed by raw ``.npy`` blobs. Arrays travel as ``.npy`` bytes
and are read back with ``allow_pickle=False``; everything else is a small tagged JSON tree.
Nothing the child sends is ever unpickled or evaluated, so a hostile submission can at
worst send wrong numbers, never code.

This module is imported on both sides of the sandbox wall, so it depends on NumPy and the
standard library only (MXNet arrays are converted by the caller through ``to_wire``).
"""

import io
import math
import re
import struct
from json import dumps as _dumps
from json import loads as _loads  # bound once: student code that replaces json.loads is alone

import numpy as np

MAX_HEADER_BYTES = 8 << 20
MAX_BLOB_BYTES = 256 << 20
MAX_BLOBS = 4096
MAX_DEPTH = 32
MAX_ITEMS = 10000
MAX_STR = 100_000
MAX_ELEMENTS = 1 << 24  # array elements in one message: a check converts them, maybe to float64
ARRAY_KINDS = frozenset("biufc")


class WireError(ValueError):
    """A frame that does not follow the format (truncated, oversized or malformed)."""


class NDArrayValue(np.ndarray):
    """A NumPy view of an array that was an MXNet ``NDArray`` on the other side."""


class Opaque:
    """An object that cannot cross the wall (a function, a Block, ...): its type and repr."""

    def __init__(self, type_name, text):
        self.type_name = type_name
        self.text = text

    def __repr__(self):
        return f"<{self.type_name}: {self.text}>"


class Truncated(list):
    """The items a generator yielded before the item cap was reached."""


def encode(value, to_array=None):
    """Turn ``value`` into ``(tree, blobs)``.

    ``to_array(obj)`` may convert foreign array types (MXNet NDArrays) into NumPy; it returns
    ``None`` for objects it does not know.
    """
    blobs = []

    def enc(obj, depth):
        if depth > MAX_DEPTH:
            return {"obj": "nesting", "repr": "(too deeply nested)"}
        if obj is None or isinstance(obj, (bool, str)):
            return obj if not isinstance(obj, str) else obj[:MAX_STR]
        if isinstance(obj, int):
            return obj if abs(obj) < 2**63 else {"f": repr(float(obj))}
        if isinstance(obj, float):
            return obj if math.isfinite(obj) else {"f": repr(obj)}
        if isinstance(obj, NDArrayValue):
            return {"nd": add_blob(obj.view(np.ndarray))}
        if to_array is not None:
            converted = to_array(obj)
            if converted is not None:
                return {"nd": add_blob(converted)}
        if isinstance(obj, np.ndarray):
            return {"np": add_blob(obj)}
        if isinstance(obj, np.generic):
            return {"npscalar": add_blob(np.asarray(obj))}
        if isinstance(obj, Truncated):
            return {"truncated": [enc(x, depth + 1) for x in obj[:MAX_ITEMS]]}
        if isinstance(obj, (list, tuple)):
            tag = "list" if isinstance(obj, list) else "tuple"
            return {tag: [enc(x, depth + 1) for x in obj[:MAX_ITEMS]]}
        if isinstance(obj, dict):
            return {"dict": [[enc(k, depth + 1), enc(v, depth + 1)]
                             for k, v in list(obj.items())[:MAX_ITEMS]]}
        maker = getattr(type(obj), "__wire_make__", None)
        if maker is not None:
            kind, spec = maker(obj)
            return {"make": kind, "spec": enc(spec, depth + 1)}
        return {"obj": f"{type(obj).__module__}.{type(obj).__qualname__}",
                "repr": safe_repr(obj)}

    def add_blob(arr):
        arr = np.asarray(arr)
        if arr.dtype.kind not in ARRAY_KINDS or arr.dtype.names:
            raise WireError(f"arrays of dtype {arr.dtype} cannot be sent")
        if arr.size > MAX_ELEMENTS:
            raise WireError(f"the result is too large: it holds more than {MAX_ELEMENTS} numbers")
        if len(blobs) >= MAX_BLOBS:
            raise WireError("too many arrays in one message")
        buf = io.BytesIO()
        # format 3.0: readers skip the slow header filtering kept for Python 2 files
        np.lib.format.write_array(buf, np.ascontiguousarray(arr), version=(3, 0),
                                  allow_pickle=False)
        blobs.append(buf.getvalue())
        return len(blobs) - 1

    return enc(value, 0), blobs


def decode(tree, blobs, makers=None):
    """Inverse of :func:`encode`; arrays come back as NumPy (``NDArrayValue`` for NDArrays).

    ``makers`` maps the names of objects the child may build from data (``{"make": ...}``,
    sent by the parent only) to functions; the parent decodes with ``makers=None`` and so
    refuses them.
    """
    arrays = [None] * len(blobs)
    elements = [0]

    def blob(i, ndarray):
        if not isinstance(i, int) or not 0 <= i < len(blobs):
            raise WireError("bad array reference")
        if arrays[i] is None:
            arrays[i] = load_npy(blobs[i])
            elements[0] += arrays[i].size
            if elements[0] > MAX_ELEMENTS:
                raise WireError(f"the result holds more than {MAX_ELEMENTS} numbers")
        arr = arrays[i]
        return arr.view(NDArrayValue) if ndarray else arr

    def dec(node, depth):
        if depth > MAX_DEPTH:
            raise WireError("nesting too deep")
        if node is None or isinstance(node, (bool, int, float, str)):
            return node
        if not isinstance(node, dict) or len(node) not in (1, 2):
            raise WireError("malformed value")
        if "nd" in node:
            return blob(node["nd"], True)
        if "np" in node:
            return blob(node["np"], False)
        if "npscalar" in node:
            return blob(node["npscalar"], False)[()]
        if "f" in node:
            if node["f"] not in ("nan", "inf", "-inf") and not _is_float_text(node["f"]):
                raise WireError("bad float")
            return float(node["f"])
        if "list" in node:
            return [dec(x, depth + 1) for x in _items(node["list"])]
        if "tuple" in node:
            return tuple(dec(x, depth + 1) for x in _items(node["tuple"]))
        if "truncated" in node:
            return Truncated(dec(x, depth + 1) for x in _items(node["truncated"]))
        if "dict" in node:
            out = {}
            for pair in _items(node["dict"]):
                if not isinstance(pair, list) or len(pair) != 2:
                    raise WireError("malformed dict")
                key = dec(pair[0], depth + 1)
                try:
                    out[key] = dec(pair[1], depth + 1)
                except TypeError as exc:  # unhashable key
                    raise WireError("unhashable dict key") from exc
            return out
        if "obj" in node:
            return Opaque(str(node["obj"])[:200], str(node.get("repr", ""))[:2000])
        if "make" in node and makers is not None and node["make"] in makers:
            return makers[node["make"]](dec(node.get("spec"), depth + 1))
        raise WireError("unknown value tag")

    return dec(tree, 0)


# The header NumPy writes for a plain array, e.g. "{'descr': '<f4', 'fortran_order': False,
# 'shape': (3, 4), }", padded with spaces: read with this pattern, not NumPy's
# ``ast.literal_eval`` (twice), which took most of the time of a small call's arrays.
_NPY_HEADER = re.compile(r"\{'descr': '([<>|=][biufc][0-9]{1,2})', 'fortran_order': (False|True), "
                         r"'shape': \((|[0-9]+,|[0-9]+(?:, [0-9]+)+)\), \} *\n")
_NPY_LENGTHS = {1: struct.Struct("<H"), 2: struct.Struct("<I"), 3: struct.Struct("<I")}


def _plain_npy(data):
    """The array of a ``.npy`` blob whose header is exactly what NumPy writes for a plain
    array and whose data is exactly the size it gives; None for anything else."""
    length = _NPY_LENGTHS.get(data[6]) if len(data) > 12 and data[:6] == b"\x93NUMPY" else None
    if length is None:
        return None
    start = 8 + length.size
    end = start + length.unpack_from(data, 8)[0]
    match = _NPY_HEADER.fullmatch(data[start:end].decode("latin-1"))
    if match is None:
        return None
    dtype = np.dtype(match[1])
    shape = tuple(int(n) for n in match[3].replace(",", " ").split())
    count = math.prod(shape)
    if count > MAX_ELEMENTS or len(data) != end + count * dtype.itemsize:
        return None
    arr = np.frombuffer(data, dtype, count, offset=end)
    return arr.reshape(shape, order="F" if match[2] == "True" else "C").copy(order="K")


def load_npy(data):
    """Read one ``.npy`` blob without ever unpickling; its header (shape and dtype) is
    checked against its size before anything is allocated."""
    arr = _plain_npy(data)
    if arr is not None:
        return arr
    try:
        stream = io.BytesIO(data)
        version = np.lib.format.read_magic(stream)
        shape, _fortran, dtype = np.lib.format._read_array_header(stream, version)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a wire error
        raise WireError(f"unreadable array: {exc}") from None
    if dtype.kind not in ARRAY_KINDS or dtype.names or dtype.hasobject:
        raise WireError(f"arrays of dtype {dtype} are not accepted")
    count = math.prod(shape)
    if count > MAX_ELEMENTS or count * dtype.itemsize > len(data):
        raise WireError("the array is larger than the data sent")
    try:
        arr = np.load(io.BytesIO(data), allow_pickle=False)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a wire error
        raise WireError(f"unreadable array: {exc}") from None
    if arr.dtype.kind not in ARRAY_KINDS or arr.dtype.names:
        raise WireError(f"arrays of dtype {arr.dtype} are not accepted")
    return arr


def write_frame(stream, header, blobs=()):
    """Write one frame: header length, JSON header, then each blob with its length."""
    head = dict(header, blobs=len(blobs))
    data = _dumps(head, allow_nan=False).encode()
    parts = [struct.pack(">I", len(data)), data]
    for b in blobs:
        parts.append(struct.pack(">Q", len(b)))
        parts.append(b)
    stream.write(b"".join(parts))
    stream.flush()


def read_frame(stream, max_total=MAX_BLOB_BYTES):
    """Read one frame; returns ``(header, blobs)``. Raises EOFError at a clean end."""
    raw = _read_exact(stream, 4, allow_eof=True)
    (size,) = struct.unpack(">I", raw)
    if size > MAX_HEADER_BYTES:
        raise WireError("header too large")
    try:
        header = _loads(_read_exact(stream, size))
    except ValueError as exc:
        raise WireError(f"bad header: {exc}") from None
    if not isinstance(header, dict):
        raise WireError("header is not an object")
    count = header.get("blobs", 0)
    if not isinstance(count, int) or not 0 <= count <= MAX_BLOBS:
        raise WireError("bad blob count")
    blobs, total = [], 0
    for _ in range(count):
        (n,) = struct.unpack(">Q", _read_exact(stream, 8))
        total += n
        if total > max_total:
            raise WireError("message too large")
        blobs.append(_read_exact(stream, n))
    return header, blobs


def safe_repr(obj, limit=300):
    """``repr`` that never raises and never runs long."""
    try:
        text = repr(obj)
    except Exception:  # noqa: BLE001 - a student's __repr__ may raise anything
        text = f"<{type(obj).__name__} object>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _items(seq):
    if not isinstance(seq, list) or len(seq) > MAX_ITEMS:
        raise WireError("malformed sequence")
    return seq


def _is_float_text(text):
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True


def _read_exact(stream, n, allow_eof=False):
    chunks, got = [], 0
    while got < n:
        chunk = stream.read(n - got)
        if not chunk:
            if allow_eof and got == 0:
                raise EOFError
            raise WireError("truncated frame")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)
