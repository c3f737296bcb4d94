"""The query layer: lazy QuerySets, the filter compiler, pagination and client-side lookups."""

from .compiler import compile_filters, compile_ordering
from .lookups import LOOKUPS
from .pagination import HaloDriftWarning, plan_slice
from .queryset import QuerySet

__all__ = ["QuerySet", "HaloDriftWarning", "compile_filters", "compile_ordering", "plan_slice", "LOOKUPS"]
