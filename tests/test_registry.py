"""The forbidden lists come from what MXNet registers, and the stand-ins give nothing away.

* Every registered form of a forbidden operator is matched (aliases, backward, contrib,
  numpy, sparse, multi-tensor, mixed-precision, quantized and fused forms, the profiler's
  bracketed names); the operators an honest answer runs are not.
* Fused subgraph operators are forbidden in every exercise.
* The lists of Python-level built-ins (optimizers, metrics, losses, recurrent cells) are
  generated from MXNet's classes and name each method where it is defined.
* The stand-ins give the numbers they gave before, run the built-in (or the watched
  function) their own exercise forbids, and nothing the exercises checked with them forbid.
"""

import ast
import contextlib
import functools
import json
import re
import sys
from pathlib import Path

import mxnet as mx
import numpy as np
import pytest
from mxnet import autograd, gluon, nd

from autograder import exercises
from autograder.checking import CHECKS_DIR, Forbidden, Student, load_forbidden
from d2l import registry

CHAPTERS = tuple(exercises.chapters())
RULES = {chapter: load_forbidden(chapter) for chapter in CHAPTERS}
# The grader's stand-ins, each the STAND_IN of its exercise (names are unique in this course).
CHAPTER_OF = {name: chapter for chapter in CHAPTERS for name in exercises.names(chapter)
              if hasattr(exercises.public(chapter, name), "STAND_IN")}
STAND_INS = {name: exercises.public(chapter, name).STAND_IN for name, chapter in CHAPTER_OF.items()}


# --- helpers ----------------------------------------------------------------------------


@contextlib.contextmanager
def profiled(tmp_path):
    """Record the operators MXNet runs in the block, as its profiler names them."""
    ran = []
    mx.profiler.set_config(profile_imperative=True, profile_symbolic=True,
                           aggregate_stats=True, filename=str(tmp_path / "profile.json"))
    mx.profiler.dumps(format="json", reset=True)  # forget what ran before
    mx.profiler.set_state("run")
    try:
        yield ran
        nd.waitall()
    finally:
        mx.profiler.set_state("stop")
        stats = json.loads(mx.profiler.dumps(format="json", reset=True) or "{}")
        ran.extend(sorted(stats.get("Time", {}).get("operator", {})))


def resolve(qualname):
    """The function a qualified name names (``module.Class.method`` with the class that
    defines it), or None, as the guard in the sandbox resolves it."""
    from autograder.child import guard

    owner = guard.resolve(qualname)
    return getattr(owner, "__func__", owner)


def code_key(func):
    code = func.__code__
    return code.co_filename, code.co_firstlineno, code.co_name


@contextlib.contextmanager
def watched(chapter):
    """Record which of the chapter's watched functions run, by their code (as the guard in
    the sandbox does)."""
    keys = {}
    for rule in RULES[chapter].values():
        for qualname in rule.funcs:
            func = resolve(qualname)
            if func is not None:
                keys.setdefault(code_key(func), set()).add(qualname)
    ran = set()

    def profile(frame, event, arg):
        if event == "call":
            code = frame.f_code
            ran.update(keys.get((code.co_filename, code.co_firstlineno, code.co_name), ()))

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield ran
    finally:
        sys.setprofile(previous)


def hits(chapter, exercise, names):
    return RULES[chapter][exercise].hits(names)


# --- operators: every registered form is matched ------------------------------------------


def test_the_registry_is_mxnets():
    names = registry.registered_names()
    assert len(names) > 1000
    assert {"_adamw_update", "_multi_adamw_update", "_mp_adamw_update", "_multi_lamb_update",
            "_npx_softmax", "_sg_mkldnn_fully_connected", "_backward_softmax"} <= names
    # numpy's softmax is the alias _npx_softmax (there is no _npi_softmax in MXNet 1.9.1)
    assert "_npi_softmax" not in names
    assert registry.operator_of("_npx_softmax") == "softmax"
    assert registry.operator_of("Softmax") == "SoftmaxOutput"  # an alias, not softmax
    assert registry.operator_of("no such operator") is None


FORMS = [
    # chapter, exercise, names MXNet registers (or the profiler prints) for the built-in
    ("ch07", "adam", ["adam_update", "_sparse_adam_update", "_adamw_update", "_mp_adamw_update",
                      "_multi_adamw_update", "_multi_mp_adamw_update", "_multi_lamb_update",
                      "_multi_mp_lamb_update", "lamb_update_phase1", "mp_lamb_update_phase2"]),
    ("ch07", "sgd_momentum", ["sgd_mom_update", "mp_sgd_mom_update", "multi_sgd_mom_update",
                              "multi_mp_sgd_mom_update", "preloaded_multi_sgd_mom_update",
                              "preloaded_multi_mp_sgd_mom_update", "_sparse_sgd_mom_update",
                              "nag_mom_update", "mp_nag_mom_update", "signum_update"]),
    ("ch07", "rmsprop", ["rmsprop_update", "rmspropalex_update", "ftml_update", "ftrl_update",
                         "_sparse_ftrl_update", "signsgd_update"]),
    ("ch07", "adagrad", ["_sparse_adagrad_update", "_contrib_group_adagrad_update"]),
    ("ch03", "sgd", ["sgd_update", "mp_sgd_update", "multi_sgd_update", "multi_mp_sgd_update",
                     "preloaded_multi_sgd_update", "preloaded_multi_mp_sgd_update",
                     "_sparse_sgd_update", "_multi_adamw_update", "[sgd_update]"]),
    ("ch03", "softmax", ["softmax", "_npx_softmax", "_backward_softmax", "[_backward_softmax]",
                         "[softmax]", "log_softmax", "_npx_log_softmax", "_backward_log_softmax",
                         "Softmax", "SoftmaxOutput", "_backward_SoftmaxOutput",
                         "SoftmaxActivation", "_backward_SoftmaxActivation",
                         "softmax_cross_entropy", "_backward_softmax_cross_entropy",
                         "softmin", "_backward_softmin"]),
    ("ch03", "linreg", ["FullyConnected", "_npx_fully_connected", "_sparse_FullyConnected",
                        "_backward_FullyConnected", "_backward_backward_FullyConnected",
                        "_contrib_quantized_fully_connected", "_sg_mkldnn_fully_connected",
                        "[FullyConnected]"]),
    ("ch03", "relu", ["relu", "_npx_relu", "_sparse_relu", "_backward_relu", "Activation",
                      "_npx_activation", "_backward_Activation", "_contrib_quantized_act",
                      "LeakyReLU", "_npx_leaky_relu", "_backward_LeakyReLU"]),
    ("ch03", "dropout", ["Dropout", "_npx_dropout", "_backward_Dropout"]),
    ("ch05", "corr2d", ["Convolution", "Convolution_v1", "_backward_Convolution_v1",
                        "_npx_convolution", "_backward_Convolution", "_contrib_quantized_conv",
                        "_sg_mkldnn_conv", "Deconvolution", "_npx_deconvolution",
                        "_backward_Deconvolution", "_contrib_DeformableConvolution",
                        "_backward__contrib_ModulatedDeformableConvolution", "Correlation"]),
    ("ch05", "pool2d", ["Pooling", "Pooling_v1", "_npx_pooling", "_backward_Pooling",
                        "_contrib_quantized_pooling", "_contrib_AdaptiveAvgPooling2D",
                        "_backward_contrib_AdaptiveAvgPooling2D", "_npx_roi_pooling",
                        "_contrib_PSROIPooling"]),
    ("ch05", "batch_norm", ["BatchNorm", "BatchNorm_v1", "_npx_batch_norm", "_backward_BatchNorm",
                            "_contrib_quantized_batch_norm", "_contrib_SyncBatchNorm",
                            "_backward_contrib_BatchNormWithReLU", "LayerNorm",
                            "_npx_layer_norm", "InstanceNorm", "GroupNorm"]),
    ("ch06", "rnn", ["RNN", "_npx_rnn", "_backward_RNN", "_contrib_quantized_rnn",
                     "FullyConnected", "_npx_fully_connected"]),
    ("ch06", "lstm", ["RNN", "[_backward_RNN]", "_sg_mkldnn_fully_connected"]),
]


@pytest.mark.parametrize(("chapter", "exercise", "name"),
                         [(c, e, n) for c, e, names in FORMS for n in names])
def test_every_registered_form_of_a_forbidden_operator_is_matched(chapter, exercise, name):
    assert name.strip("[]") in registry.registered_names()
    assert hits(chapter, exercise, ["dot", name, "exp"]) == [name]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_rule_forbids_its_operators_whole_families(chapter):
    for exercise, rule in RULES[chapter].items():
        for op in rule.ops:
            members = registry.family_members(op)
            assert op in members or registry.families(op) <= registry.resolve_ops(rule.ops)
            for name in members:
                assert rule.hits([name]) == [name], (exercise, op, name)
                assert rule.hits([f"[{name}]"]) == [f"[{name}]"], (exercise, op, name)


def test_any_registered_form_names_the_family():
    for form in ("FullyConnected", "_npx_fully_connected", "fully_connected",
                 "_sparse_FullyConnected", "[_backward_FullyConnected]"):
        rule = Forbidden(ops={form})
        assert rule.hits(["FullyConnected", "_sg_mkldnn_fully_connected"]) == [
            "FullyConnected", "_sg_mkldnn_fully_connected"], form
    assert Forbidden(ops={"_multi_adamw_update"}).hits(["_adamw_update"]) == ["_adamw_update"]
    assert Forbidden(ops={"Softmax"}).hits(["softmax", "SoftmaxOutput"]) == ["SoftmaxOutput"]


def test_a_name_mxnet_does_not_register_is_an_error():
    for typo in ("Convolutoin", "masked_softmax", "masked_log_softmax", ""):
        with pytest.raises(ValueError, match="not a form of any operator"):
            Forbidden(ops={typo})


def test_update_operators_are_every_registered_update():
    updates = {n for n in registry.registered_names() if "update" in n}
    assert registry.update_ops() == updates
    assert len(updates) >= 37
    for rule in [RULES["ch03"]["sgd"], *RULES["ch07"].values()]:
        assert rule.hits(sorted(updates)) == sorted(updates)


# --- operators: what honest answers run is not matched ---------------------------------------


HONEST = [
    ("ch03", "softmax", ["dot", "exp", "sum", "sum_axis", "broadcast_add", "broadcast_sub",
                         "broadcast_div", "_plus_scalar", "_mul_scalar", "elemwise_add", "log",
                         "max", "max_axis", "_backward_exp", "_backward_sum", "_npi_exp",
                         "_np_sum", "[exp]", "CopyCPU2CPU", "DeleteVariable", "SetValueOp",
                         "_zeros", "_random_uniform", "d2l.sgd"]),
    ("ch03", "relu", ["maximum", "_maximum_scalar", "broadcast_maximum",
                      "_backward_maximum_scalar", "clip", "_greater_scalar", "elemwise_mul",
                      "sigmoid", "tanh"]),
    ("ch03", "cross_entropy", ["pick", "_backward_pick", "log", "_backward_log", "mean",
                               "negative", "softmax", "exp"]),
    ("ch03", "linreg", ["dot", "_backward_dot", "broadcast_add", "linalg_gemm2", "batch_dot"]),
    ("ch03", "dropout", ["_random_uniform", "_lesser_scalar", "elemwise_mul", "_div_scalar"]),
    ("ch03", "sgd", ["elemwise_sub", "_mul_scalar", "_div_scalar", "_slice_assign",
                     "_backward_mul_scalar", "multi_sum_sq", "all_finite"]),
    ("ch05", "corr2d", ["add_n", "slice", "_backward_slice", "broadcast_mul", "elemwise_mul",
                        "_mul_scalar", "sum", "ElementWiseSum", "dot", "stack", "concat"]),
    ("ch05", "pool2d", ["max", "mean", "slice", "Pad", "pad", "stack", "_backward_max"]),
    ("ch05", "batch_norm", ["mean", "moments", "sqrt", "broadcast_sub", "_power_scalar",
                            "square", "_backward_sqrt", "broadcast_div"]),
    ("ch06", "rnn", ["dot", "tanh", "sigmoid", "_backward_dot", "_backward_tanh", "concat",
                     "stack", "one_hot", "elemwise_mul", "_rnn_param_concat"]),
    ("ch06", "to_onehot", ["one_hot", "_npx_one_hot", "transpose"]),
    ("ch07", "adam", ["sqrt", "_div_scalar", "elemwise_div", "square", "_plus_scalar",
                      "broadcast_mul", "zeros_like", "_backward_sqrt", "elemwise_sub"]),
]


@pytest.mark.parametrize(("chapter", "exercise", "names"), HONEST)
def test_honest_operators_are_not_matched(chapter, exercise, names):
    assert hits(chapter, exercise, names) == []


def test_an_honest_softmax_under_the_profiler_runs_nothing_forbidden(tmp_path):
    X = nd.array(np.random.default_rng(0).normal(size=(4, 5)))
    X.attach_grad()
    with profiled(tmp_path) as ran:
        with autograd.record():
            E = (X - X.max(axis=1, keepdims=True)).exp()
            Y = E / E.sum(axis=1, keepdims=True)
        Y.backward()
    assert ran and hits("ch03", "softmax", ran) == []
    with profiled(tmp_path) as ran:
        with autograd.record():
            Y = nd.softmax(X)
        Y.backward()
    assert hits("ch03", "softmax", ran) == ["_backward_softmax", "softmax"]


def test_watched_functions_match_by_their_qualified_names():
    rule = Forbidden(funcs=("d2l.sgd", "mxnet.metric.Accuracy.update"))
    assert rule.hits(["d2l.sgd", "d2l.sgd_x", "mxnet.metric.Accuracy", "sgd_update"]) == [
        "d2l.sgd"]
    assert registry.families("mxnet.metric.Accuracy.update") == frozenset()


# --- subgraph operators ---------------------------------------------------------------------


SUBGRAPH = ["_sg_mkldnn_conv", "_sg_mkldnn_fully_connected", "_sg_mkldnn_selfatt_qk",
            "[_sg_mkldnn_selfatt_valatt]", "_sg_onednn_fully_connected",
            "_backward_sg_mkldnn_conv"]


@pytest.mark.parametrize("name", SUBGRAPH)
def test_subgraph_operators_are_forbidden_everywhere(name):
    assert registry.is_subgraph(name)
    assert Forbidden().hits(["dot", name]) == [name]
    for rules in RULES.values():
        for rule in rules.values():
            assert rule.hits([name]) == [name]
    message = Student(None, "net", Forbidden())._forbidden_used(["dot", name])
    assert "hybridize(backend=...)" in message and name in message


def test_not_every_underscored_name_is_a_subgraph():
    for name in ("_plus_scalar", "_backward_softmax", "_contrib_quantized_conv", "sgd_update",
                 "_npx_softmax", "mxnet.gluon.block.HybridBlock.hybridize"):
        assert not registry.is_subgraph(name)
    assert Forbidden().hits(["_plus_scalar", "softmax", "FullyConnected"]) == []


def test_hybridizing_with_a_backend_is_caught(tmp_path):
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(4, activation="relu"), gluon.nn.Dense(2))
    net.initialize()
    net.hybridize(backend="MKLDNN")
    with profiled(tmp_path) as ran:
        net(nd.ones((3, 5)))
    assert any(registry.is_subgraph(n) for n in ran), ran
    assert Forbidden().hits(ran) == [n for n in ran if n.startswith("_sg_")]
    assert "hybridize(backend=...)" in Student(None, "net", Forbidden())._forbidden_used(ran)


# --- Python-level built-ins -------------------------------------------------------------------


def test_optimizer_lists_cover_every_optimizer_class():
    funcs = set(registry.optimizer_funcs())
    base = "mxnet.optimizer.optimizer"
    for name in ("Test.update", "LBSGD.update", "SGD.update", "SGD._update_impl",
                 "SGD.update_multi_precision", "NAG.update_multi_precision", "LAMB.update",
                 "AdaGrad.update", "AdaDelta.update", "Adam.update", "DCASGD.update",
                 "SGLD.update", "Optimizer.update_multi_precision", "Optimizer.update",
                 "Updater.__call__", "get_updater", "Optimizer.create_optimizer",
                 "ccSGD.__init__"):
        assert f"{base}.{name}" in funcs, name
    assert "mxnet.optimizer.contrib.GroupAdaGrad.update" in funcs
    # inherited methods are named where they are defined, which is what the child watches
    assert f"{base}.Adam.update_multi_precision" not in funcs
    assert f"{base}.ccSGD.update" not in funcs
    classes = {c for c in _subclasses(mx.optimizer.Optimizer)}
    classes |= set(mx.optimizer.Optimizer.opt_registry.values())
    assert len(classes) >= 19
    for cls in classes:
        assert any(f.startswith(f"{cls.__module__}.{cls.__qualname__}.") for f in funcs), cls
    assert "mxnet.gluon.trainer.Trainer.step" in registry.trainer_funcs()
    assert "mxnet.gluon.trainer.Trainer._update" in registry.trainer_funcs()


def test_metric_lists_cover_every_metric():
    funcs = set(registry.metric_funcs())
    for name in ("Accuracy.update", "TopKAccuracy.update", "Perplexity.update",
                 "Perplexity.get", "CrossEntropy.update", "NegativeLogLikelihood.update",
                 "CustomMetric.update", "EvalMetric.update_dict", "F1.update",
                 "_BinaryClassificationMetrics.update_binary_stats"):
        assert f"mxnet.metric.{name}" in funcs, name
    for cls in _subclasses(mx.metric.EvalMetric):
        assert any(f.startswith(f"{cls.__module__}.{cls.__qualname__}.") for f in funcs), cls
    assert "mxnet.metric.Accuracy.get" not in funcs  # EvalMetric.get, inherited
    for exercise in ("accuracy",):
        assert funcs <= set(RULES["ch03"][exercise].funcs)
    assert funcs <= set(RULES["ch06"]["perplexity"].funcs)


def test_loss_and_recurrent_lists():
    losses = set(registry.loss_funcs())
    assert {"mxnet.gluon.loss.L2Loss.hybrid_forward", "mxnet.gluon.loss.KLDivLoss.hybrid_forward",
            "mxnet.gluon.loss.SoftmaxCrossEntropyLoss.hybrid_forward"} <= losses
    cells = set(registry.recurrent_funcs())
    assert {"mxnet.gluon.rnn.rnn_cell.RNNCell.hybrid_forward",
            "mxnet.gluon.rnn.rnn_cell.GRUCell.hybrid_forward",
            "mxnet.gluon.rnn.rnn_cell.LSTMCell.hybrid_forward",
            "mxnet.gluon.contrib.rnn.rnn_cell.LSTMPCell.hybrid_forward",
            "mxnet.gluon.rnn.rnn_layer._RNNLayer._forward_kernel",
            "mxnet.rnn.rnn_cell.LSTMCell.__call__"} <= cells


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_watched_name_names_the_function_defined_there(chapter):
    """Each qualified name resolves to a function whose own qualified name it ends with (so
    the child watches that definition), and a function two names share is forbidden by
    both names together (the child reports one of them)."""
    by_code = {}
    for rule in RULES[chapter].values():
        for qualname in rule.funcs:
            func = resolve(qualname)
            assert func is not None and hasattr(func, "__code__"), qualname
            if not qualname.startswith("d2l."):  # d2l's names are the package's exports
                assert qualname.endswith(func.__qualname__), (qualname, func.__qualname__)
            by_code.setdefault(code_key(func), set()).add(qualname)
    for names in by_code.values():
        for rule in RULES[chapter].values():
            assert not (names & set(rule.funcs)) or names <= set(rule.funcs), names


def test_standin_names_are_the_sandboxes_and_the_kernels():
    """One qualified name everywhere (the public modules are always d2l.selfcheck's), and
    its own exercise forbids it."""
    name = exercises.standin_name("ch05", "corr2d")
    assert name.startswith("d2l.selfcheck.ch05.corr2d.public.")
    assert resolve(name) is STAND_INS["corr2d"]
    for standin, chapter in CHAPTER_OF.items():
        assert exercises.standin_name(chapter, standin) in RULES[chapter][standin].funcs


def test_the_registry_is_computed_once():
    registry._operators()
    before = registry._operators.cache_info()
    registry.forbidden_hits(RULES["ch03"]["softmax"], ["softmax", "exp"])
    RULES["ch03"]["softmax"].hits(["softmax"])
    after = registry._operators.cache_info()
    assert after.misses == before.misses == 1


# --- stand-ins ----------------------------------------------------------------------------------

# The exercises whose checks swap in a stand-in, and which stand-ins (from the check modules).
CHECKED_WITH = {
    "ch02": {"grad_of_f": ["f"], "grad_check": ["numerical_grad"]},
    "ch03": {"net": ["relu"]},
    "ch05": {"Conv2D": ["corr2d"], "corr2d_multi_in": ["corr2d"],
             "corr2d_multi_in_out": ["corr2d", "corr2d_multi_in"], "BatchNorm": ["batch_norm"],
             "DenseBlock": ["conv_block"]},
    "ch06": {"predict_rnn": ["to_onehot", "rnn", "lstm"]},
    "ch10": {"corr1d_multi_in": ["corr1d"], "get_analogy": ["knn"],
             "attention_forward": ["masked_softmax"], "dot_product_attention": ["masked_softmax"],
             "Decoder": ["attention_model", "attention_forward"]},
    "ch09": {"assign_anchor_to_bbox": ["box_iou"], "nms": ["box_iou"],
             "multibox_target": ["assign_anchor_to_bbox", "box_iou", "box_corner_to_center"],
             "multibox_detection": ["nms", "box_iou", "box_corner_to_center",
                                    "box_center_to_corner"],
             "concat_preds": ["flatten_pred"],
             "TinySSD": ["cls_predictor", "bbox_predictor", "flatten_pred", "concat_preds",
                         "down_sample_blk"],
             "style_loss": ["gram"],
             "compute_loss": ["content_loss", "style_loss", "tv_loss", "gram"]},
    "ch08": {"train_batch": ["split_and_load", "allreduce"]},
}
# The stand-ins that run the built-in their exercise forbids: what the record shows.
RUNS_THE_BUILTIN = {"relu": "relu", "rnn": "RNN", "lstm": "RNN", "to_onehot": "d2l.to_onehot",
                    "corr2d": "d2l.corr2d"}


def test_the_stand_in_users_are_all_listed():
    for chapter_dir in sorted(Path(CHECKS_DIR).glob("ch*")):
        for path in chapter_dir.glob("*/test_*.py"):
            source = path.read_text()
            exercise = re.search(r'pytest\.mark\.exercise\("(\w+)"\)', source).group(1)
            used = set(re.findall(r'StandIn\("(\w+)"\)', source))
            for node in ast.walk(ast.parse(source)):
                if isinstance(node, ast.Dict) and _in_stand_ins(node, source):
                    used |= {v.value for v in node.values if isinstance(v, ast.Constant)}
            used = {u for u in used if "." not in u}  # "exercise.helper": a HELPERS entry
            listed = set(CHECKED_WITH.get(chapter_dir.name, {}).get(exercise, []))
            assert used <= listed, (path.name, used - listed)


def _in_stand_ins(node, source):
    line = source.splitlines()[node.lineno - 1]
    return "stand_ins" in line or "STAND_INS" in line


def _chapter_of(standin):
    return CHAPTER_OF[standin]


def _run(standin, rng):
    """Call a stand-in as the checks do (with gradients where they take them); returns
    the NDArrays it gave."""
    f = STAND_INS[standin]
    if standin == "relu":
        X = nd.array(rng.normal(size=(4, 6)))
        X.attach_grad()
        with autograd.record():
            Y = f(X)
        Y.backward()
        return [Y, X.grad]
    if standin in ("corr2d", "corr2d_multi_in"):
        shape = (5, 6) if standin == "corr2d" else (2, 5, 6)
        X, K = nd.array(rng.normal(size=shape)), nd.array(rng.normal(size=shape[:-2] + (2, 3)))
        X.attach_grad()
        K.attach_grad()
        with autograd.record():
            Y = f(X, K)
        Y.backward()
        return [Y, X.grad, K.grad]
    if standin == "batch_norm":
        out = []
        for train in (True, False):
            X = nd.array(rng.normal(size=(3, 2, 4, 4)))
            X.attach_grad()
            stats = [nd.array(rng.uniform(0.5, 1.5, size=(1, 2, 1, 1))) for _ in range(4)]
            with autograd.record(train_mode=train):
                Y, mean, var = f(X, *stats, 1e-5, 0.9)
            Y.backward()
            out += [Y, mean, var, X.grad]
        return out
    if standin == "conv_block":
        mx.random.seed(0)
        blk = f(3)
        blk.initialize()
        with autograd.record(train_mode=True):
            Y = blk(nd.array(rng.normal(size=(2, 2, 5, 5))))
        Y.backward()
        return [Y]
    if standin == "to_onehot":
        return f(nd.array(rng.integers(0, 6, size=(3, 4))), 6)
    if standin == "f":
        a = nd.array(rng.normal(size=(3,)))
        return _with_grads(lambda: f(a), a)
    if standin == "numerical_grad":
        return [f(lambda v: (v ** 3).sum(), nd.array(rng.normal(size=(2, 3)), dtype="float64"))]
    if standin == "assign_anchor_to_bbox":  # ch09: the book's cat and dog, random anchors
        corners = np.sort(rng.uniform(0, 1, size=(6, 2, 2)), axis=1)
        return [f(nd.array([[0.1, 0.08, 0.52, 0.92], [0.55, 0.2, 0.9, 0.88]]),
                  nd.array(corners.reshape(6, 4)), 0.5)]
    if standin in CH10_CASES:
        return CH10_CASES[standin](f, rng)
    if standin in CH08_CASES:
        return CH08_CASES[standin](f, rng)
    if standin in CH09_STYLE_CASES:
        return CH09_STYLE_CASES[standin](f, rng)
    if standin in CH09_SSD_CASES:
        return CH09_SSD_CASES[standin](f, rng)
    if standin in CH09_BOX_CASES:
        return CH09_BOX_CASES[standin](f, rng)
    kind = standin
    params, inputs, state = _model_case(rng, kind)
    outputs, final = f(inputs, state, params)
    return [*outputs, *final]


def _with_grads(f, *arrays):
    """f(*arrays) recorded, its first output backpropagated: [outputs..., grads...]."""
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        out = f()
    out = list(out) if isinstance(out, (list, tuple)) else [out]
    out[0].backward()
    return [*out, *(a.grad for a in arrays)]


def _attention_block(size=5):
    mx.random.seed(0)
    model = STAND_INS["attention_model"](size)
    model.initialize()
    return model


def _ch10_masked_softmax(f, rng):
    X = nd.array(rng.normal(size=(2, 3, 4)))
    return _with_grads(lambda: f(X, nd.array([2, 0])), X)


def _ch10_attention_forward(f, rng):
    enc, dec = nd.array(rng.normal(size=(4, 2, 3))), nd.array(rng.normal(size=(2, 3)))
    model = _attention_block()
    return _with_grads(lambda: f(model, enc, dec, nd.array([3, 1])), enc, dec)


def _ch10_dot_product_attention(f, rng):
    Q, K, V = (nd.array(rng.normal(size=s)) for s in ((2, 3, 4), (2, 5, 4), (2, 5, 2)))
    return _with_grads(lambda: f(Q, K, V, nd.array([5, 2])), Q, K, V)


def _ch10_corr1d(f, rng, shape=(7,)):
    X, K = nd.array(rng.normal(size=shape)), nd.array(rng.normal(size=shape[:-1] + (3,)))
    return _with_grads(lambda: f(X, K), X, K)


def _ch08_allreduce(f, rng):  # two "devices": cpu(0) and cpu(1)
    data = [nd.array(rng.normal(size=(2, 3)), ctx=mx.cpu(i)) for i in range(2)]
    f(data)
    return data


CH08_CASES = {
    "allreduce": _ch08_allreduce,
    "split_and_load": lambda f, rng: f(nd.array(rng.normal(size=(4, 3))), [mx.cpu(0), mx.cpu(1)]),
}


CH10_CASES = {
    "masked_softmax": _ch10_masked_softmax,
    "attention_model": lambda f, rng: [_attention_block()(nd.array(rng.normal(size=(4, 2, 6))))],
    "attention_forward": _ch10_attention_forward,
    "dot_product_attention": _ch10_dot_product_attention,
    "corr1d": _ch10_corr1d,
    "corr1d_multi_in": lambda f, rng: _ch10_corr1d(f, rng, shape=(2, 7)),
    "knn": lambda f, rng: list(f(nd.array(rng.normal(size=(10, 4))),
                                 nd.array(rng.normal(size=(4,))), 3)),
    "batchify": lambda f, rng: list(f([(1, [2, 3], [4, 5, 6, 7, 8, 9]), (2, [3], [5, 6, 7])])),
}


def _ch09_style(f, rng, standin):
    """A style-transfer loss (ch09) on random features, with its gradients."""
    X = nd.array(rng.normal(size=(1, 3, 4, 5)))
    if standin in ("gram", "tv_loss"):
        return _with_grads(lambda: f(X), X)
    other = nd.array(rng.normal(size=(1, 3, 4, 5) if standin == "content_loss" else (3, 3)))
    return _with_grads(lambda: f(X, other), X, other)


CH09_STYLE_CASES = {name: functools.partial(_ch09_style, standin=name)
                    for name in ("gram", "content_loss", "style_loss", "tv_loss")}


def _ch09_ssd_block(f, rng, *args, channels=3):
    """Build an SSD part (a block), initialize it, run it in training mode."""
    mx.random.seed(0)
    blk = f(*args)
    blk.initialize()
    with autograd.record(train_mode=True):
        Y = blk(nd.array(rng.normal(size=(2, channels, 4, 4))))
    Y.backward()
    return [Y]


def _ch09_boxes(rng, n):
    corners = np.sort(rng.uniform(0, 1, size=(n, 2, 2)), axis=1)  # x1 < x2, y1 < y2
    return nd.array(corners.transpose(0, 2, 1).reshape(n, 4))


CH09_BOX_CASES = {
    "box_corner_to_center": lambda f, rng: [f(_ch09_boxes(rng, 5))],
    "box_center_to_corner": lambda f, rng: [f(_ch09_boxes(rng, 5))],
    "box_iou": lambda f, rng: [f(_ch09_boxes(rng, 4), _ch09_boxes(rng, 3))],
    "multibox_prior": lambda f, rng: [f(nd.zeros((1, 3, 3, 4)), [0.75, 0.5], [1, 2, 0.5])],
    "nms": lambda f, rng: [f(_ch09_boxes(rng, 6), nd.array(rng.permutation(6) / 6 + 0.1), 0.3)],
}


CH09_SSD_CASES = {
    "cls_predictor": lambda f, rng: _ch09_ssd_block(f, rng, 3, 2),
    "bbox_predictor": lambda f, rng: _ch09_ssd_block(f, rng, 3),
    "down_sample_blk": lambda f, rng: _ch09_ssd_block(f, rng, 4),
    "flatten_pred": lambda f, rng: [f(nd.array(rng.normal(size=(2, 3, 4, 5))))],
    "concat_preds": lambda f, rng: [f([nd.array(rng.normal(size=(2, 6, 4, 4))),
                                       nd.array(rng.normal(size=(2, 3, 2, 2)))])],
}


def _model_case(rng, kind, vocab=7, hiddens=5, batch=3, steps=4):
    from autograder.exercises.ch06 import _models

    params = [nd.array(p) for p in _models.make_params(rng, kind, vocab, hiddens, vocab, scale=1.0)]
    inputs = [nd.array(rng.normal(size=(batch, vocab))) for _ in range(steps)]
    state = tuple(nd.array(rng.normal(size=(batch, hiddens)))
                  for _ in range(2 if kind == "lstm" else 1))
    return params, inputs, state


@pytest.mark.parametrize("standin", sorted(STAND_INS))
def test_a_stand_in_is_caught_in_its_exercise_and_allowed_where_it_stands_in(standin, tmp_path):
    chapter = _chapter_of(standin)
    rng = np.random.default_rng(1)
    with watched(chapter) as funcs, profiled(tmp_path) as ops:
        _run(standin, rng)
    ran = [*ops, *sorted(funcs)]
    own = RULES[chapter][standin]
    caught = own.hits(ran)
    assert exercises.standin_name(chapter, standin) in caught, (standin, ran)
    if standin in RUNS_THE_BUILTIN:
        assert RUNS_THE_BUILTIN[standin] in caught, (standin, ran)
    for exercise, standins in CHECKED_WITH.get(chapter, {}).items():
        if standin in standins and exercise in RULES[chapter]:
            assert RULES[chapter][exercise].hits(ran) == [], (exercise, standin, ran)


# The stand-ins as they were (plain operators): the new ones give the same numbers.


def _old_corr2d(X, K):
    h, w = K.shape
    out_h, out_w = X.shape[0] - h + 1, X.shape[1] - w + 1
    return nd.add_n(*[K[a, b] * X[a:a + out_h, b:b + out_w] for a in range(h) for b in range(w)])


def _old_corr2d_multi_in(X, K):
    return nd.add_n(*[_old_corr2d(x, k) for x, k in zip(X, K)])


def _old_to_onehot(X, size):
    return [nd.one_hot(x, size) for x in X.T]


def _old_rnn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        H = nd.tanh(nd.dot(X, W_xh) + nd.dot(H, W_hh) + b_h)
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)


def _old_lstm(inputs, state, params):
    (W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q) = params
    H, C = state
    outputs = []
    for X in inputs:
        I = nd.sigmoid(nd.dot(X, W_xi) + nd.dot(H, W_hi) + b_i)  # noqa: E741 - the book's name
        F = nd.sigmoid(nd.dot(X, W_xf) + nd.dot(H, W_hf) + b_f)
        O = nd.sigmoid(nd.dot(X, W_xo) + nd.dot(H, W_ho) + b_o)  # noqa: E741 - the book's name
        C_tilda = nd.tanh(nd.dot(X, W_xc) + nd.dot(H, W_hc) + b_c)
        C = F * C + I * C_tilda
        H = O * C.tanh()
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H, C)


def _close(got, expected, rtol, atol):
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        np.testing.assert_allclose(g.asnumpy(), e.asnumpy(), rtol=rtol, atol=atol)


@pytest.mark.parametrize("seed", range(3))
def test_model_stand_ins_give_the_numbers_they_gave(seed):
    rng = np.random.default_rng(seed)
    for kind, old, new in (("rnn", _old_rnn, [STAND_INS["rnn"]]),
                           ("lstm", _old_lstm, [STAND_INS["lstm"]])):
        for steps in (1, 5):
            params, inputs, state = _model_case(rng, kind, steps=steps)
            outputs, final = old(inputs, state, params)
            for f in new:
                got_outputs, got_final = f(inputs, state, params)
                assert isinstance(got_final, tuple) and len(got_final) == len(state)
                # float32, the fused operator sums in another order: a few ulps apart
                _close(got_outputs, outputs, rtol=1e-5, atol=1e-6)
                _close(list(got_final), list(final), rtol=1e-5, atol=1e-6)


def test_other_stand_ins_give_the_numbers_they_gave():
    rng = np.random.default_rng(7)
    X = nd.array(rng.integers(0, 6, size=(3, 4)))
    _close(STAND_INS["to_onehot"](X, 6), _old_to_onehot(X, 6), rtol=0, atol=0)
    for standin, old, shape in (("corr2d", _old_corr2d, (5, 6)),
                                ("corr2d_multi_in", _old_corr2d_multi_in, (3, 5, 6))):
        X, K = nd.array(rng.normal(size=shape)), nd.array(rng.normal(size=shape[:-2] + (2, 3)))
        grads = []
        for f in (STAND_INS[standin], old):
            X.attach_grad()
            K.attach_grad()
            with autograd.record():
                Y = f(X, K)
            Y.backward()
            grads.append([Y, X.grad.copy(), K.grad.copy()])
        _close(grads[0], grads[1], rtol=0, atol=0)
    assert STAND_INS["relu"](nd.array([[-1.0, 2.0]])).asnumpy().tolist() == [[0.0, 2.0]]


def test_the_predict_rnn_public_check_still_passes_a_correct_answer():
    import inspect

    from d2l import rnn
    from d2l.selfcheck import check

    # The library's own copy, defined in a notebook's namespace as a student would paste it
    # (the library's function itself is forbidden there, and its globals are the library's).
    namespace = {"nd": nd}
    exec(inspect.getsource(rnn.predict_rnn), namespace)
    assert check("predict_rnn", namespace["predict_rnn"], verbose=False, chapter="ch06")


def test_importing_a_stand_in_runs_the_forbidden_operator(tmp_path):
    """What an answer that imports a stand-in hands in: the record shows the built-in."""
    rng = np.random.default_rng(3)
    params, inputs, state = _model_case(rng, "rnn")
    for answer in (STAND_INS["rnn"],):
        with profiled(tmp_path) as ran:
            answer(inputs, state, params)
        assert "RNN" in ran
        assert "RNN" in hits("ch06", "rnn", ran)
    with profiled(tmp_path) as ran:
        STAND_INS["relu"](nd.array([[-1.0, 1.0]]))
    assert hits("ch03", "relu", ran) == ["relu"]


def _subclasses(base):
    found, todo = set(), [base]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found
