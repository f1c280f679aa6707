"""An in-process test262 runner: ``realm test262 SUITE_DIR [PATH...]``.

frontmatter (metadata of a test), catalog (which tests), expectations (committed skip and
known-failure lists), host262 (the $262 object), execute (one test in a fresh realm), pool
(worker processes, crashes and timeouts), report (summaries, JSON, baseline), command (the CLI).
"""
