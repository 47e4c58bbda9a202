"""Helpers the exercises import (an in-memory HTTP harness, a scripted fake session)."""
