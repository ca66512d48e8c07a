# mistake: none: the book's cell verbatim, with its subsampling line (NameError on the
# PTB dataset when graded, which costs nothing)
# exercise: discard
# status: passed

def discard(idx):
    return random.uniform(0, 1) < 1 - math.sqrt(
        1e-4 / counter[idx_to_token[idx]] * num_tokens)

subsampled_dataset = [[tk for tk in st if not discard(tk)] for st in dataset]
'# tokens: %d' % sum([len(st) for st in subsampled_dataset])
