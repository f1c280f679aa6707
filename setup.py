from setuptools import setup

# cffi has no pyproject-only route: this line compiles the C core in native/ at install time.
setup(cffi_modules=["native/build_core.py:ffibuilder"])
