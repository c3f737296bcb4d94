"""Reproducible measurements of halopsa: listing speed, rate limiting, start-up, memory and request economy.

Run ``python -m benchmarks`` from the repository root; ``--write`` updates docs/performance.md. Each module is one
section; ``server`` runs FakeHalo in a separate process so that client and server never share a GIL.
"""
