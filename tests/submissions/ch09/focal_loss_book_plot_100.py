# mistake: none: the book's focal_loss cell verbatim with its plot, whose `lines` comes from a demo cell the grader skips (NameError after the def)
# exercise: focal_loss
# status: passed
# message: NameError

def focal_loss(gamma, x):
    return -(1 - x) ** gamma * x.log()

x = nd.arange(0.01, 1, 0.01)
for l, gamma in zip(lines, [0, 1, 5]):
    y = d2l.plt.plot(x.asnumpy(), focal_loss(gamma, x).asnumpy(), l,
                     label='gamma=%.1f' % gamma)
d2l.plt.legend();  # noqa: E703
