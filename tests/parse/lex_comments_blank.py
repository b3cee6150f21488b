# leading comment

# another


x = 1  # trailing

def f():
    # inside

    return 1
        # oddly indented comment
    # back

y = 2
# trailing comment at end
