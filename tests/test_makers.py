"""The objects the parent asks the child to build from data (``harness.makers``): Gluon
embedding layers and text token embeddings, sent through the wire as the checks send them."""

import numpy as np

from autograder.child import harness, wire
from autograder.testing import Embedding, TokenEmbedding


def built(*objects):
    tree, blobs = wire.encode({"args": list(objects)})
    made = []
    return wire.decode(tree, blobs, makers=harness.makers({}, made))["args"], made


def test_embedding_layer_has_the_weight_and_returns_its_gradient():
    from mxnet import autograd, nd

    weight = np.arange(12, dtype="float32").reshape(4, 3)
    (layer,), made = built(Embedding(weight))
    np.testing.assert_array_equal(layer(nd.array([3, 1])).asnumpy(), weight[[3, 1]])
    with autograd.record():
        out = layer(nd.array([1, 1, 2])).sum()
    out.backward()
    assert len(made) == 1  # its weight, whose gradient comes back in param_grads
    np.testing.assert_array_equal(made[0].grad.asnumpy()[:, 0], [0, 2, 1, 0])


def test_token_embedding_is_a_custom_embedding_with_unk_first():
    from mxnet.contrib import text

    vectors = np.array([[1, 0], [0, 1]], dtype="float32")
    (emb,), _ = built(TokenEmbedding(["man", "woman"], vectors, unknown_vec=[0.5, 0.5]))
    assert isinstance(emb, text.embedding.CustomEmbedding)
    assert emb.idx_to_token == ["<unk>", "man", "woman"] and len(emb) == 3
    assert emb.token_to_idx["woman"] == 2 and emb.vec_len == 2
    np.testing.assert_array_equal(emb.idx_to_vec.asnumpy(), [[0.5, 0.5], [1, 0], [0, 1]])
    np.testing.assert_array_equal(emb.get_vecs_by_tokens(["woman", "nobody"]).asnumpy(),
                                  [[0, 1], [0.5, 0.5]])


def test_arrays_sent_as_ndarrays_arrive_as_mx_nd_array_makes_them():
    """``to_mx`` copies into a new NDArray without ``mx.nd.array``'s indexing machinery:
    the same dtype, shape and values for every kind of array the wire carries."""
    import mxnet as mx

    rng = np.random.default_rng(0)
    arrays = [rng.normal(size=(3, 4)).astype(t) for t in ("float16", "float32", "float64")]
    arrays += [np.arange(6, dtype=t).reshape(2, 3) for t in ("uint8", "int8", "int32", "int64")]
    arrays += [np.float32(2.5) * np.ones(()), np.zeros((0, 3), "float32"),
               np.asfortranarray(rng.normal(size=(4, 5))), np.array([True, False]),
               rng.normal(size=(2, 3, 4, 5)).astype("float32")]
    for arr in arrays:
        tree, blobs = wire.encode({"x": mx.nd.array(arr, dtype=arr.dtype)},
                                  to_array=harness.from_mx)
        sent = np.asarray(wire.decode(tree, blobs)["x"])
        got = harness.to_mx(wire.decode(tree, blobs)["x"])
        want = mx.nd.array(sent, dtype=sent.dtype)
        assert isinstance(got, mx.nd.NDArray)
        assert (got.dtype, got.shape) == (want.dtype, want.shape), arr.dtype
        np.testing.assert_array_equal(got.asnumpy(), want.asnumpy())
