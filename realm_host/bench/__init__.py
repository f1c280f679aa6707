"""``realm bench``: this engine against the peers a Python user would pick instead.

peers (the engines and how each runs a program), programs (timing rounds, medians, ratios),
extras (realm cost, cold versus cached start, agents on threads), history (the JSON record),
command (the CLI).
"""
