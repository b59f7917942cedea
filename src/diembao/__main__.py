"""`python -m diembao`: the same command line as `diembao`."""

from diembao.cli import main

main()
