"""Fetch a package from the npm registry once and keep it in a cache outside the repository.

Used by the parser conformance test (test262-parser-tests) and by the benchmarks (lodash,
typescript). The cache directory is ``$REALM_HOST_NPM_CACHE`` or ``~/.cache/realm-host/npm``;
each package is unpacked to ``<cache>/<name>-<version>/package``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path


class NpmUnavailable(RuntimeError):
    """npm is missing or the registry did not answer."""


def cache_dir() -> Path:
    env = os.environ.get("REALM_HOST_NPM_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "realm-host" / "npm"


def npm_package(name: str, version: str) -> Path:
    """The unpacked ``package`` directory of ``name@version``, fetching it with ``npm pack`` if needed."""
    root = cache_dir()
    target = root / f"{name}-{version}"
    if (target / "package" / "package.json").is_file():
        return target / "package"
    npm = shutil.which("npm")
    if npm is None:
        raise NpmUnavailable("npm is not on PATH")
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root) as tmp:
        proc = subprocess.run(
            [npm, "pack", f"{name}@{version}", "--pack-destination", tmp, "--silent"],
            capture_output=True, text=True, timeout=600,
        )
        tarballs = list(Path(tmp).glob("*.tgz"))
        if proc.returncode != 0 or not tarballs:
            raise NpmUnavailable(f"npm pack {name}@{version} failed: {proc.stderr.strip()[-500:]}")
        unpacked = Path(tmp) / "unpacked"
        with tarfile.open(tarballs[0]) as tar:
            tar.extractall(unpacked, filter="data")
        try:
            os.replace(unpacked, target)  # atomic: a concurrent fetch either wins or finds it done
        except OSError:
            if not (target / "package" / "package.json").is_file():
                raise
    return target / "package"
