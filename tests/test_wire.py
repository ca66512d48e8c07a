"""The wire format: values survive the trip, and nothing the child sends can run code."""

import io
import pickle
import struct

import numpy as np
import pytest

from autograder.child import wire


def roundtrip(value, to_array=None):
    tree, blobs = wire.encode(value, to_array)
    buf = io.BytesIO()
    wire.write_frame(buf, {"value": tree}, blobs)
    buf.seek(0)
    header, got_blobs = wire.read_frame(buf)
    return wire.decode(header["value"], got_blobs)


def test_values_round_trip():
    value = {"a": [1, 2.5, None, True, "x"], "t": (np.arange(6).reshape(2, 3),),
             "nan": float("nan"), "inf": float("-inf"), "big": 2**70,
             "scalar": np.float32(1.5)}
    got = roundtrip(value)
    assert got["a"] == [1, 2.5, None, True, "x"]
    assert isinstance(got["t"], tuple) and np.array_equal(got["t"][0], np.arange(6).reshape(2, 3))
    assert np.isnan(got["nan"]) and got["inf"] == float("-inf")
    assert got["big"] == float(2**70)
    assert got["scalar"] == np.float32(1.5)


def test_ndarray_flag_survives():
    arr = np.ones((2, 2), dtype="float32").view(wire.NDArrayValue)
    got = roundtrip([arr, np.ones(2)])
    assert isinstance(got[0], wire.NDArrayValue)
    assert not isinstance(got[1], wire.NDArrayValue)


def test_foreign_objects_become_opaque():
    got = roundtrip([len, object()])
    assert all(isinstance(v, wire.Opaque) for v in got)
    assert "builtin_function_or_method" in got[0].type_name


def test_truncated_generators_are_marked():
    got = roundtrip(wire.Truncated([1, 2]))
    assert isinstance(got, wire.Truncated) and list(got) == [1, 2]


def test_object_arrays_are_refused_on_both_sides():
    with pytest.raises(wire.WireError):
        wire.encode(np.array([object()], dtype=object))
    buf = io.BytesIO()
    np.save(buf, np.array([{"x": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(wire.WireError):
        wire.decode({"np": 0}, [buf.getvalue()])


def test_a_pickle_is_never_loaded():
    class Boom:
        def __reduce__(self):
            return (print, ("pwned",))

    with pytest.raises(wire.WireError):
        wire.decode({"np": 0}, [pickle.dumps(Boom())])


def test_make_tags_are_refused_by_the_parent():
    with pytest.raises(wire.WireError):
        wire.decode({"make": "param", "spec": None}, [])
    assert wire.decode({"make": "x", "spec": 3}, [], makers={"x": lambda s: s + 1}) == 4


@pytest.mark.parametrize("tree", [{"nd": 5}, {"list": "x"}, {"weird": 1}, {"f": "1e500x"},
                                  {"dict": [[{"list": []}, 1]]}, [1, 2]])
def test_malformed_trees_are_refused(tree):
    with pytest.raises(wire.WireError):
        wire.decode(tree, [])


def test_truncated_and_oversized_frames_are_refused():
    buf = io.BytesIO()
    wire.write_frame(buf, {"a": 1}, [b"x" * 10])
    data = buf.getvalue()
    with pytest.raises(wire.WireError):
        wire.read_frame(io.BytesIO(data[:-3]))
    with pytest.raises(EOFError):
        wire.read_frame(io.BytesIO(b""))
    with pytest.raises(wire.WireError):
        wire.read_frame(io.BytesIO(struct.pack(">I", wire.MAX_HEADER_BYTES + 1)))
    with pytest.raises(wire.WireError):
        wire.read_frame(io.BytesIO(data), max_total=5)


PLAIN = [np.ones((3, 4), np.float32), np.arange(5), np.array(3.5), np.zeros((0, 3)),
         np.ones((2, 3), bool), np.asfortranarray(np.arange(6.0).reshape(2, 3)),
         np.arange(4, dtype=np.uint8), np.ones(2, np.complex64), np.ones(1, ">f8")]


@pytest.mark.parametrize("version", [(1, 0), (2, 0), (3, 0)])
@pytest.mark.parametrize("arr", PLAIN, ids=lambda a: f"{a.dtype}{a.shape}")
def test_plain_arrays_are_read_as_numpy_reads_them(arr, version):
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, version=version, allow_pickle=False)
    data = buf.getvalue()
    fast, reference = wire._plain_npy(data), np.load(io.BytesIO(data))
    assert fast is not None
    assert fast.dtype == reference.dtype and fast.shape == reference.shape
    assert np.array_equal(fast, reference) and fast.flags.writeable
    assert fast.flags.f_contiguous == reference.flags.f_contiguous
    # a byte more or less than the header says is not a plain array: NumPy's reader decides
    assert wire._plain_npy(data + b"\0") is None
    assert wire._plain_npy(data[:-1]) is None or arr.size == 0


def test_an_unusual_header_is_left_to_numpy():
    arr = np.arange(6, dtype=np.int32)
    buf = io.BytesIO()
    np.lib.format.write_array(buf, arr, version=(3, 0))
    data = buf.getvalue().replace(b"'descr': '<i4'", b"'descr':'<i4' ")
    assert wire._plain_npy(data) is None
    assert np.array_equal(wire.load_npy(data), arr)
