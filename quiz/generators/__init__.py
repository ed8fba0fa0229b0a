"""One module per question type; each turns facts into questions of its type.

Every generator has the signature ``generate(fact, ctx) -> list[Question]`` and returns nothing rather
than a question an instructor would reject.
"""
