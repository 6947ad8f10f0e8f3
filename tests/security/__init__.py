"""Security tests: canaries, tampering, crashes, fuzzing, key management.

A package (unlike the other test folders) so that its module names cannot collide with theirs.
"""
