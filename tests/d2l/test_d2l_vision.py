"""Chapter 9's helpers: drawing boxes, the book's images, the detection data, style transfer."""
import hashlib

import matplotlib
import numpy as np
import pytest
from mxnet import image, nd

import d2l
import d2l.data
import d2l.vision

matplotlib.use("Agg")


def test_bbox_to_rect_is_the_books():
    rect = d2l.bbox_to_rect([60, 45, 378, 516], "blue")
    assert rect.xy == (60, 45) and rect.get_width() == 318 and rect.get_height() == 471
    assert not rect.get_fill() and rect.get_linewidth() == 2


def test_show_bboxes_draws_ndarray_and_numpy_boxes_with_labels():
    fig, ax = d2l.plt.subplots()
    try:
        d2l.show_bboxes(ax, nd.array([[0, 0, 10, 20], [5, 5, 8, 9]]), ["a", "b"])
        d2l.show_bboxes(ax, [np.array([1, 2, 3, 4])], "c", "w")
        assert len(ax.patches) == 3
        assert [t.get_text() for t in ax.texts] == ["a", "b", "c"]
        assert ax.texts[2].get_color() == "k"  # dark text on a white label
        assert ax.patches[1].get_edgecolor()[:3] == matplotlib.colors.to_rgb("g")
    finally:
        d2l.plt.close(fig)


def test_read_image_without_data_raises_a_clear_message():
    with pytest.raises(d2l.DataUnavailable, match="catdog.jpg.*not available"):
        d2l.read_image("catdog.jpg")


def test_read_image_stand_in_has_the_books_size(capsys):
    img = d2l.read_image("catdog.jpg", stand_in=True)
    assert img.shape == (561, 728, 3) and img.dtype == np.uint8
    assert "synthetic stand-in" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(d2l.vision.BOOK_IMAGES))
def test_read_image_reads_the_books_images(shared_data, monkeypatch, name):
    monkeypatch.setenv("D2L_DATA_DIR", str(shared_data))
    img = d2l.read_image(name)
    assert img.shape == d2l.vision.BOOK_IMAGES[name]
    assert (img.asnumpy() == image.imread(str(shared_data / "img" / name)).asnumpy()).all()


def test_load_data_pikachu_says_it_needs_the_download(tmp_path):
    with pytest.raises(d2l.DataUnavailable, match="load_data_synthetic_pikachu"):
        d2l.load_data_pikachu(32)


def test_load_data_pikachu_reads_the_files_it_finds(tmp_path, monkeypatch):
    # Files in the cache are checked, not downloaded: a wrong file is reported as such.
    folder = tmp_path / "d2l-data" / "pikachu"
    folder.mkdir(parents=True)
    for name in d2l.PIKACHU_HUB:
        (folder / name).write_bytes(b"not the data")
    with pytest.raises(d2l.DataUnavailable, match="damaged or not the right one"):
        d2l.load_data_pikachu(32)
    assert hashlib.sha1(b"not the data").hexdigest() not in str(d2l.PIKACHU_HUB)


def test_synthetic_pikachu_shapes_values_and_seed():
    X, Y = d2l.synthetic_pikachu(12, edge_size=64, seed=3)
    assert X.shape == (12, 3, 64, 64) and X.dtype == np.float32
    assert Y.shape == (12, 1, 5) and Y.dtype == np.float32
    assert X.min() >= 0 and X.max() <= 255 and X.std() > 10
    assert (Y[:, 0, 0] == 0).all()
    box = Y[:, 0, 1:]
    assert (box >= 0).all() and (box <= 1).all()
    assert (box[:, 2] > box[:, 0]).all() and (box[:, 3] > box[:, 1]).all()
    assert ((box[:, 2] - box[:, 0]) > 0.05).all()
    X2, Y2 = d2l.synthetic_pikachu(12, edge_size=64, seed=3)
    assert (X == X2).all() and (Y == Y2).all()
    assert not (d2l.synthetic_pikachu(12, edge_size=64, seed=4)[1] == Y).all()


def test_synthetic_pikachu_box_is_tight_around_the_yellow_object():
    X, Y = d2l.synthetic_pikachu(6, edge_size=128, seed=0)
    for img, label in zip(X, Y):
        x0, y0, x1, y1 = np.round(label[0, 1:] * 128).astype(int)
        yellow = (img[0] > 180) & (img[1] > 150) & (img[2] < 90)
        inside = yellow[y0:y1, x0:x1]
        # the object fills much of its box, spans most of its width and height
        assert inside.mean() > 0.3
        assert inside.any(axis=0).sum() >= 0.6 * (x1 - x0)
        assert inside.any(axis=1).sum() >= 0.75 * (y1 - y0)


def test_load_data_synthetic_pikachu_batches_are_the_books():
    train_iter, val_iter = d2l.load_data_synthetic_pikachu(8, edge_size=64, num_train=20,
                                                           num_val=5)
    batches = list(train_iter)
    assert len(batches) == 2  # 20 images, the incomplete last batch dropped
    batch = batches[0]
    assert batch.data[0].shape == (8, 3, 64, 64) and batch.label[0].shape == (8, 1, 5)
    train_iter.reset()
    assert train_iter.next().data[0].shape == (8, 3, 64, 64)
    val = list(val_iter)
    assert len(val) == 1 and val[0].pad == 3 and val[0].label[0].shape == (8, 1, 5)


def test_preprocess_and_postprocess_are_the_books():
    img = nd.array(np.random.RandomState(0).randint(0, 256, size=(30, 40, 3)), dtype="uint8")
    X = d2l.preprocess(img, (20, 10))
    assert X.shape == (1, 3, 10, 20)
    expected = ((image.imresize(img, 20, 10).asnumpy().astype("float32") / 255
                 - d2l.vision.rgb_mean) / d2l.vision.rgb_std).transpose((2, 0, 1))
    np.testing.assert_allclose(X[0].asnumpy(), expected, rtol=1e-6, atol=1e-6)
    back = d2l.postprocess(X)
    assert back.shape == (10, 20, 3)
    np.testing.assert_allclose(back.asnumpy(),
                               image.imresize(img, 20, 10).asnumpy() / 255, atol=1e-5)
    assert d2l.postprocess(X * 100).max().asscalar() == 1
