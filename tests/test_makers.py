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
