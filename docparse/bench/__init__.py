"""Benchmarks: field accuracy against expected records (``accuracy``, ``compare``) and speed."""
