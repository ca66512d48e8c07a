"""Kaggle house prices (§3.16): loading through the cache, and the book's preprocessing."""
import hashlib

import numpy as np
import pandas as pd
import pytest

import d2l

# The real layout in miniature: Id first, SalePrice last (train only), "NA" for missing, and
# "None" as a real category (MasVnrType), not a missing value.
TRAIN_CSV = """\
Id,MSSubClass,LotFrontage,MSZoning,MasVnrType,SalePrice
1,60,65.0,RL,BrkFace,208500
2,20,80.0,RL,None,181500
3,60,NA,RM,None,223500
4,70,60.0,NA,Stone,140000
"""
TEST_CSV = """\
Id,MSSubClass,LotFrontage,MSZoning,MasVnrType
5,20,NA,RH,NA
6,60,74.0,RL,BrkFace
7,120,43.0,RM,None
"""


@pytest.fixture
def house_cache(monkeypatch, tmp_path):
    for name, text in [("kaggle_house_pred_train.csv", TRAIN_CSV),
                       ("kaggle_house_pred_test.csv", TEST_CSV)]:
        (tmp_path / name).write_text(text)
        sha1 = hashlib.sha1(text.encode()).hexdigest()
        monkeypatch.setitem(d2l.DATA_HUB, name, ("http://127.0.0.1:9/" + name, sha1))
    return tmp_path


def test_load_reads_both_files_through_the_cache(house_cache, monkeypatch):
    monkeypatch.setenv("D2L_DATA_DIR", str(house_cache))
    train_df, test_df = d2l.load_house_prices()
    assert train_df.shape == (4, 6) and test_df.shape == (3, 5)
    assert list(train_df["MasVnrType"]) == ["BrkFace", "None", "None", "Stone"]
    assert test_df["MasVnrType"].isna().tolist() == [True, False, False]
    assert train_df["LotFrontage"].isna().sum() == 1


def test_preprocess_standardises_and_makes_dummies(house_cache):
    train_df, test_df = d2l.load_house_prices(cache_dir=house_cache)
    train_features, test_features, train_labels = d2l.preprocess_house_prices(train_df, test_df)

    # 2 numeric columns, MSZoning {RH, RL, RM, nan}, MasVnrType {BrkFace, None, Stone, nan}
    assert train_features.shape == (4, 10) and test_features.shape == (3, 10)
    assert train_labels.shape == (4, 1)
    for array in (train_features, test_features, train_labels):
        assert array.dtype == np.float32
    np.testing.assert_allclose(train_labels.asnumpy()[:, 0], [208500, 181500, 223500, 140000])

    features = np.concatenate([train_features.asnumpy(), test_features.asnumpy()])
    lot = pd.concat([train_df, test_df])["LotFrontage"].to_numpy()
    expected = np.nan_to_num((lot - np.nanmean(lot)) / np.nanstd(lot, ddof=1))
    np.testing.assert_allclose(features[:, 1], expected, rtol=1e-6)
    subclass = pd.concat([train_df, test_df])["MSSubClass"].to_numpy()
    np.testing.assert_allclose(features[:, 0], (subclass - subclass.mean()) / subclass.std(ddof=1),
                               rtol=1e-6)

    dummies = features[:, 2:]
    assert set(np.unique(dummies)) == {0.0, 1.0}
    np.testing.assert_array_equal(dummies.sum(axis=1), 2)  # one indicator per categorical
    zoning_nan = features[:, 5]  # MSZoning_RH, _RL, _RM, _nan
    np.testing.assert_array_equal(zoning_nan, [0, 0, 0, 1, 0, 0, 0])
