"""Test helpers every app's tests share (kept out of production imports)."""
