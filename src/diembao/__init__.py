"""diembao: Vietnamese news in, a knowledge base of public life out."""

from diembao.record import Article

__version__ = "0.1.0"
__all__ = ["Article", "__version__"]
