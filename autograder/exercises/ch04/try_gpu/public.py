"""`try_gpu()` (§4.6, the book's d2lzh helper of §5.5): mx.gpu() when a GPU works, else
mx.cpu(); the probe the checks run in the sandbox (which has no GPU; it can pretend one
works), the diagnoses and the public checks."""

from d2l.compare import describe
from d2l.registry import Forbidden
from d2l.selfcheck.ch04 import check_caller, other_probes

SECTION = "§4.6 GPU计算"
FORBIDDEN = Forbidden(funcs=("d2l.device.try_gpu",), what="d2l.try_gpu, the function this "
                                                          "exercise writes"
                      ).also(*other_probes("try_gpu"))
HELPERS = ("probe",)

UNTRIED = ("it returns gpu(0) although no GPU works here: try allocating on it "
           "(nd.zeros((1,), ctx=mx.gpu())) and return mx.cpu() when that raises MXNetError")
ALWAYS_CPU = ("it returns cpu(0) although a GPU works: return mx.gpu() when an array can be "
              "made on it")


def probe(fn, pretend):
    """Call ``fn()``; with ``pretend``, a GPU seems to work while it runs: nd.zeros,
    nd.ones, nd.array and nd.empty on a GPU context give CPU arrays, and
    mx.context.num_gpus() and mx.test_utils.list_gpus() report one GPU."""
    check_caller()
    import mxnet as mx

    saved = []

    def patch(owner, name, value):
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    def on_cpu(make):
        def made(*args, **kwargs):
            args = list(args)
            for i, a in enumerate(args):
                if isinstance(a, mx.Context) and a.device_type == "gpu":
                    args[i] = mx.cpu()
            ctx = kwargs.get("ctx")
            if isinstance(ctx, mx.Context) and ctx.device_type == "gpu":
                kwargs["ctx"] = mx.cpu()
            return make(*args, **kwargs)
        return made

    if pretend:
        for name in ("zeros", "ones", "array", "empty"):
            patch(mx.nd, name, on_cpu(getattr(mx.nd, name)))
        patch(mx.context, "num_gpus", lambda: 1)
        patch(mx.test_utils, "list_gpus", lambda: [0])
    try:
        ctx = fn()
    finally:
        for owner, name, value in reversed(saved):
            setattr(owner, name, value)
    return {"context": isinstance(ctx, mx.Context), "text": str(ctx), "type": describe(ctx)}


def problem(found, want):
    if not found.get("context"):
        return f"try_gpu should return an mx.Context, got {found.get('type')}"
    got = found.get("text")
    if got == want:
        return None
    if want == "cpu(0)" and got.startswith("gpu"):
        return UNTRIED
    if want == "gpu(0)" and got.startswith("cpu"):
        return ALWAYS_CPU
    return f"it returns {got}; expected {want}"


CHECKS = [("without a GPU it returns mx.cpu()",
           lambda fn, cases: problem(probe(fn, False), "cpu(0)"))]
