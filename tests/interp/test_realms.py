"""Sharing code across realms: one image per source in the process, one metadata table per realm."""
from __future__ import annotations

from realm_host import Host

SCRIPT = "var total = 0; for (var i = 0; i < 10; i++) { total += i; } total"


def test_one_image_and_one_metadata_table_per_realm() -> None:
    with Host() as host:
        realms = [host.new_realm() for _ in range(1000)]
        for realm in realms:
            assert realm.eval(SCRIPT) == 45
        # one image in the process for the script (besides the self-hosted library's)
        assert len([i for i in host.store._images.values() if i is not host.library.image]) == 1
        assert host.code_blocks() == 1000    # one linked code block (metadata table) per realm
        assert all(realm.memory()["metadata"] > 0 for realm in realms)
        for realm in realms:
            realm.close()
        host.collect()
        assert host.code_blocks() == 0       # closing the realms frees their tables


def test_functions_link_on_first_call_only() -> None:
    with Host() as host, host.new_realm() as realm:
        realm.eval("function never() { return 1; } function once() { return 2; }")
        before = host.code_blocks()
        realm.eval("once(); once(); once()")
        # the new script's top level and `once` link; `never` never runs and never links
        assert host.code_blocks() == before + 2


def test_same_source_in_two_hosts_gives_each_its_store() -> None:
    with Host() as a, Host() as b:
        ra, rb = a.new_realm(), b.new_realm()
        assert ra.eval("40 + 2") == rb.eval("40 + 2") == 42
        ra.close()
        rb.close()
