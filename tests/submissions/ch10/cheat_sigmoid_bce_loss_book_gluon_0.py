# mistake: the book's own loss, gloss.SigmoidBinaryCrossEntropyLoss, which the exercise forbids
# exercise: sigmoid_bce_loss
# status: forbidden
# message: SigmoidBinaryCrossEntropyLoss

loss = gloss.SigmoidBinaryCrossEntropyLoss()


def sigmoid_bce_loss(pred, label, mask):
    return loss(pred, label, mask)
