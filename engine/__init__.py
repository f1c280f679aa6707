"""Source text to immutable bytecode images: syntax, scope, codegen, bytecode, image, store."""
